import { describe, expect, it } from 'vitest'
import { PLATFORMS } from '../../audiences/index.js'
import { handWrittenTerms } from './support/hand-written.js'

const terms = handWrittenTerms()
const mappings = terms.flatMap((entry) =>
  PLATFORMS.flatMap((platform) => {
    const mapping = entry.channels[platform]
    return mapping ? [{ key: entry.key, platform, mapping }] : []
  }),
)
const seniority = (n: number, name: string) => [
  `seniority.${name.toLowerCase()}`,
  'linkedin',
  'seniorities',
  `urn:li:seniority:${n}`,
]
const staff = (key: string, range: string) => [
  `companySize.${key}`,
  'linkedin',
  'staffCountRanges',
  `urn:li:staffCountRange:(${range})`,
]
const industry = (key: string, code: number) => [`industry.${key}`, 'linkedin', 'industries', `urn:li:industry:${code}`]
const jobFunction = (key: string, id: number) => [
  `jobFunction.${key}`,
  'linkedin',
  'jobFunctions',
  `urn:li:function:${id}`,
]

// Every identifier shipped, copied by hand from platforms.md §1.3 (Google enums), §2.7 (Meta) and §3.6 (LinkedIn),
// and from the imported tables: audiences/data/platforms/linkedin-functions.csv (id, name) and google-user-interests.csv
// (EXTENDED_DEMOGRAPHIC 30004 Bachelor's Degree, 30005 Advanced Degree, 30014 Parents of Teens, 30037 In a
// Relationship; LIFE_EVENT 95009 Recently Moved).
const SOURCED = [
  jobFunction('finance', 10),
  jobFunction('it', 13),
  jobFunction('purchasing', 21),
  jobFunction('operations', 18),
  ['education.university', 'google', 'extended_demographic', '30004'],
  ['education.higher-university', 'google', 'extended_demographic', '30005'],
  ['parental.teenagers', 'google', 'extended_demographic', '30014'],
  ['relationship.in-relationship', 'google', 'extended_demographic', '30037'],
  ['lifeEvent.recently-moved', 'google', 'life_event', '95009'],
  ['interest.interior-design', 'meta', 'interests', '6002920953955'],
  ['interest.luxury-goods', 'meta', 'interests', '6007828099136'],
  ['interest.business', 'meta', 'interests', '6003402305839'],
  ['interest.real-estate', 'meta', 'interests', '6003578086487'],
  ['interest.construction', 'meta', 'interests', '6003395414271'],
  ['parental.parent', 'meta', 'family_statuses', '6002714398372'],
  ['lifeEvent.recently-moved', 'meta', 'life_events', '6003054185372'],
  ['industry.accounting-finance', 'meta', 'industries', '6009003307783'],
  ...['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO', 'Partner', 'Owner'].map((n, i) =>
    seniority(i + 1, n),
  ),
  staff('1', '1,1'),
  staff('2-10', '2,10'),
  staff('11-50', '11,50'),
  staff('51-200', '51,200'),
  staff('201-500', '201,500'),
  staff('501-1000', '501,1000'),
  staff('1001-5000', '1001,5000'),
  staff('5001-10000', '5001,10000'),
  staff('10001-plus', '10001,2147483647'),
  industry('software', 4),
  industry('law-practice', 9),
  industry('legal-services', 10),
  industry('medical-practice', 13),
  industry('hospital-health-care', 14),
  industry('commercial-real-estate', 128),
  industry('it-services', 96),
  industry('financial-services', 43),
  industry('banking', 41),
  ['income.top-10', 'google', 'income_range', 'INCOME_RANGE_90_UP'],
  ['income.top-20', 'google', 'income_range', 'INCOME_RANGE_80_90,INCOME_RANGE_90_UP'],
  [
    'income.middle-60',
    'google',
    'income_range',
    'INCOME_RANGE_0_50,INCOME_RANGE_50_60,INCOME_RANGE_60_70,INCOME_RANGE_70_80',
  ],
  ['income.bottom-20', 'google', 'income_range', 'INCOME_RANGE_0_50'],
  ['parental.parent', 'google', 'parental_status', 'PARENT'],
  ['parental.not-parent', 'google', 'parental_status', 'NOT_A_PARENT'],
]

describe('term channel mappings', () => {
  it('when every identifier is listed, then it is exactly the set sourced in platforms.md', () => {
    const shipped = mappings
      .filter((m) => m.mapping.id !== null)
      .map((m) => [m.key, m.platform, m.mapping.target, m.mapping.id])

    expect(shipped.map((row) => row.join(' ')).sort()).toEqual(SOURCED.map((row) => row.join(' ')).sort())
  })

  it('when a mapping has an identifier, then it names its source, is dated, carries a confidence and needs no fallback', () => {
    const withId = mappings.filter((m) => m.mapping.id !== null)
    const cited = (source: string | null) =>
      source?.includes('platforms.md §') || source?.includes('audiences/data/platforms/')

    expect(withId.filter((m) => !cited(m.mapping.source))).toEqual([])
    // 2026-11-22: checked against platforms.md; 2026-12-07: read from the imported tables (SOURCES.md).
    expect(new Set(withId.map((m) => m.mapping.confirmed))).toEqual(new Set(['2026-11-22', '2026-12-07']))
    expect(withId.filter((m) => !m.mapping.confidence || !m.mapping.copied)).toEqual([])
    expect(withId.filter((m) => m.mapping.fallback)).toEqual([])
  })

  it('when a mapping has no identifier, then it carries a fallback and no confirmation date', () => {
    const withoutId = mappings.filter((m) => m.mapping.id === null)

    expect(withoutId.filter((m) => !m.mapping.fallback || m.mapping.confirmed !== null)).toEqual([])
  })

  it('when an entry is read, then it tells every platform what to do', () => {
    expect(terms.filter((t) => PLATFORMS.some((p) => !t.channels[p])).map((t) => t.key)).toEqual([])
  })

  it('when a fallback is a Google custom segment, then it sits on Google and its keywords fit Google limits (≤ 10 words, ≤ 80 characters)', () => {
    const custom = mappings.filter((m) => m.mapping.fallback?.kind === 'customAudience')
    const keywords = custom.flatMap((m) =>
      m.mapping.fallback?.kind === 'customAudience' ? m.mapping.fallback.keywords : [],
    )
    const urls = custom.flatMap((m) => (m.mapping.fallback?.kind === 'customAudience' ? m.mapping.fallback.urls : []))

    expect(new Set(custom.map((m) => `${m.platform}:${m.mapping.target}`))).toEqual(new Set(['google:custom_audience']))
    expect(keywords.filter((k) => k.length > 80 || k.split(/\s+/).length > 10)).toEqual([])
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([])
  })

  it('when a term is a GDPR special category, then no platform targets it', () => {
    const sensitive = mappings.filter((m) => terms.find((t) => t.key === m.key)?.sensitive)

    expect(sensitive).toHaveLength(9)
    expect(sensitive.filter((m) => m.mapping.fallback?.kind !== 'unsupported')).toEqual([])
  })

  it('when a customer list is mapped, then every platform asks for an upload (nothing account-specific is shipped)', () => {
    const lists = mappings.filter((m) => m.key.startsWith('list.'))

    expect(lists.map((m) => `${m.platform}:${m.mapping.target}:${m.mapping.fallback?.kind}`).sort()).toEqual(
      ['google:user_list:lookup', 'linkedin:audienceMatchingSegments:lookup', 'meta:custom_audiences:lookup']
        .flatMap((row) => [row, row, row, row])
        .sort(),
    )
  })
})
