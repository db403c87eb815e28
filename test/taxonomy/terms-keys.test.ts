import { describe, expect, it } from 'vitest'
import { TermEntrySchema, normalizeName, type Facet } from '../../audiences/index.js'
import { HAND_WRITTEN_FILES as FILES, handWrittenTerms } from './support/hand-written.js'

const terms = handWrittenTerms()
const keysOf = (prefix: string, facet: Facet, slugs: string[]) => slugs.map((s) => [`${prefix}.${s}`, facet] as const)

// The brief's "Taxonomy keys being written now": other engineers code against exactly these keys.
const EXPECTED_KEYS = new Map<string, Facet>([
  ...keysOf('interest', 'interest', [
    'design',
    'interior-design',
    'luxury-goods',
    'business-finance-media',
    'business',
    'real-estate',
    'construction',
    'house-factories',
    'cottages',
    'home-garden',
    'cats',
    'dogs',
    'horses',
    'religion',
    'politics',
    'health-conditions',
  ]),
  ...keysOf('title', 'title', ['ceo', 'cfo', 'physician', 'lawyer', 'it-manager', 'purchasing-manager']),
  ...keysOf('seniority', 'seniority', [
    'unpaid',
    'training',
    'entry',
    'senior',
    'manager',
    'director',
    'vp',
    'cxo',
    'partner',
    'owner',
  ]),
  ...keysOf('jobFunction', 'jobFunction', ['finance', 'it', 'purchasing', 'operations']),
  ...keysOf('industry', 'industry', [
    'software',
    'law-practice',
    'legal-services',
    'medical-practice',
    'hospital-health-care',
    'commercial-real-estate',
    'it-services',
    'financial-services',
    'banking',
    'construction',
    'real-estate',
    'manufacturing',
    'accounting-finance',
  ]),
  ...keysOf('companySize', 'companySize', [
    '1',
    '2-10',
    '11-50',
    '51-200',
    '201-500',
    '501-1000',
    '1001-5000',
    '5001-10000',
    '10001-plus',
  ]),
  ...keysOf('companyRevenue', 'companyRevenue', ['under-2m', '2m-10m', '10m-50m', '50m-plus']),
  ['companyProfit.positive', 'companyProfit'],
  ...keysOf('companyTrade', 'companyTrade', ['exporter', 'importer']),
  ['companySites.multiple', 'companySites'],
  ...keysOf('parental', 'parentalStatus', ['parent', 'not-parent', 'young-children', 'teenagers']),
  ['relationship.in-relationship', 'relationship'],
  ...keysOf('income', 'income', ['top-10', 'top-20', 'middle-60', 'bottom-20']),
  ...keysOf('education', 'education', ['basic', 'vocational', 'university', 'higher-university']),
  ['employment.employed', 'employment'],
  ['homeType.detached-house', 'homeType'],
  ['lifeEvent.recently-moved', 'lifeEvent'],
  ...keysOf('skill', 'skill', ['erp', 'interior-design']),
  ...keysOf('list', 'customerList', [
    'current-customers',
    'occasional-customers',
    'potential-customers',
    'former-customers',
  ]),
])

const wordsOf = (entry: (typeof terms)[number]) =>
  new Set([...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()].map(normalizeName))

describe('term data files', () => {
  it.each(Object.entries(FILES))(
    'when terms-%s.json is parsed entry by entry, then every entry is a valid TermEntry',
    (_name, file) => {
      const failures = file.flatMap((raw, i) => {
        const result = TermEntrySchema.safeParse(raw)
        return result.success ? [] : [{ i, issues: result.error.issues }]
      })

      expect(failures).toEqual([])
    },
  )

  it('when the keys are listed, then they are exactly the agreed keys, each with its facet', () => {
    const actual = new Map(terms.map((t) => [t.key, t.facet]))

    expect([...actual.entries()].sort()).toEqual([...EXPECTED_KEYS.entries()].sort())
  })

  it('when a special-category interest is looked up, then it is marked sensitive with its GDPR Art. 9 category', () => {
    const sensitive = terms.filter((t) => t.sensitive).map((t) => [t.key, t.sensitive])

    expect(sensitive.sort()).toEqual([
      ['interest.health-conditions', 'health'],
      ['interest.politics', 'politics'],
      ['interest.religion', 'religion'],
    ])
  })

  it('when labels and synonyms of one facet are normalised, then no word points to two entries', () => {
    const owners = new Map<string, string>()
    const clashes: string[] = []
    for (const entry of terms) {
      for (const word of wordsOf(entry)) {
        const owner = owners.get(`${entry.facet}:${word}`)
        if (owner && owner !== entry.key) clashes.push(`${word}: ${owner} / ${entry.key}`)
        owners.set(`${entry.facet}:${word}`, entry.key)
      }
    }

    expect(clashes).toEqual([])
  })

  it('when one language list of an entry is read, then it repeats neither itself nor the label', () => {
    const repeats = terms.flatMap((entry) =>
      (['fi', 'sv', 'en'] as const).flatMap((locale) => {
        const words = [entry.labels[locale], ...entry.synonyms[locale]].map(normalizeName)
        return words.length === new Set(words).size ? [] : [`${entry.key} ${locale}`]
      }),
    )

    expect(repeats).toEqual([])
  })
})
