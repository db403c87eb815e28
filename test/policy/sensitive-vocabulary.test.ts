import { describe, expect, it } from 'vitest'
import {
  AudienceSchema,
  CHANNEL_IDS,
  compileAudience,
  DEFAULT_TAXONOMY,
  flattenAudience,
  type Term,
} from '../../audiences/index.js'
import { euPolicy } from '../../audiences/policy/eu-policy.js'

const audience = (country: string, term: Term) =>
  AudienceSchema.parse({ name: 'x', geo: { include: [{ country }] }, include: [[term]] })
const verdicts = (country: string, term: Term) => {
  const compiled = compileAudience(audience(country, term), DEFAULT_TAXONOMY, [...CHANNEL_IDS])
  return CHANNEL_IDS.map((c) => compiled[c]?.fidelity.items.find((i) => i.path.join('.') === 'include.0.0')?.code)
}
const EVERY_CHANNEL_DROPS = CHANNEL_IDS.map(() => 'dsa_special_category')

// DSA Art. 26(3) with GDPR Art. 9(1): no ads based on profiling by special categories in the EU (platforms.md §4).
describe('the policy rules over the shipped vocabulary', () => {
  it.each([
    ['interest.google-92921', 'politics'], // google-user-interests.csv: AFFINITY 92921 Left-Leaning (Potential US Voters)
    ['interest.religion', 'religion'],
    ['interest.lgbtq', 'sexuality'],
    ['interest.mental-health', 'health'],
  ])('when %s targets Finland, then every channel drops it as %s', (value, category) => {
    const flat = flattenAudience(audience('FI', { facet: 'interest', value }), DEFAULT_TAXONOMY)

    expect(DEFAULT_TAXONOMY.term(value)?.sensitive).toBe(category)
    expect(euPolicy(flat, DEFAULT_TAXONOMY).findings.map((f) => f.code)).toEqual(['dsa_special_category'])
    expect(verdicts('FI', { facet: 'interest', value })).toEqual(EVERY_CHANNEL_DROPS)
  })

  it('when a political Google category targets the US, then Google still refuses it as a sensitive interest', () => {
    expect(verdicts('US', { facet: 'interest', value: 'interest.google-92921' })[0]).toBe('google_sensitive_interest')
  })

  it.each(['uskonto', 'uskonnot', 'homot', 'Psykisk ohälsa'])(
    'when free text names a special category ("%s"), then it is dropped in the EU as the term would be',
    (value) => {
      expect(DEFAULT_TAXONOMY.term(value)).toBeUndefined()
      expect(verdicts('FI', { facet: 'interest', value })).toEqual(EVERY_CHANNEL_DROPS)
    },
  )

  it('when free text only contains such a word, or is a search keyword, then it is left to the channels', () => {
    expect(verdicts('FI', { facet: 'interest', value: 'kirkkoveneet soutu' })[0]).toBe('custom_segment')
    expect(verdicts('FI', { facet: 'keyword', value: 'uskonto' })[0]).toBe('keyword_phrase')
  })
})
