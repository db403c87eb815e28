import { describe, expect, it } from 'vitest'
import { AudienceSchema, CHANNEL_IDS, compileAudience, DEFAULT_TAXONOMY } from '../../audiences/index.js'

// "frisbeegolf radat" is in no label or synonym of the shipped vocabulary (bench/vocabulary-coverage.ts reports it
// as free text), so each channel says what it did with the words: platforms.md §1 (Google custom segments of
// keywords), §2 (Meta targetingsearch), §3 (LinkedIn adTargetingEntities typeahead).
const audience = AudienceSchema.parse({
  name: 'Disc golfers',
  geo: { include: [{ country: 'FI' }] },
  include: [[{ facet: 'interest', value: 'frisbeegolf radat' }]],
})
const compiled = compileAudience(audience, DEFAULT_TAXONOMY, [...CHANNEL_IDS])
const verdictOf = (channel: (typeof CHANNEL_IDS)[number]) => {
  const item = compiled[channel]?.fidelity.items.find((i) => i.path.join('.') === 'include.0.0')
  return [item?.status, item?.code, item?.message]
}

describe('free text through every compiler', () => {
  it('when an interest is typed as free text, then Google gets it as a custom-segment keyword, reported approximated', () => {
    expect(DEFAULT_TAXONOMY.term('frisbeegolf radat')).toBeUndefined()
    expect(JSON.stringify(compiled.google?.spec)).toContain('{"member_type":"KEYWORD","keyword":"frisbeegolf radat"}')
    expect(verdictOf('google').slice(0, 2)).toEqual(['approximated', 'custom_segment'])
  })

  it.each(['facebook', 'instagram'] as const)(
    'when the same reaches %s, then it is a targeting search to run',
    (channel) => {
      const [status, code, message] = verdictOf(channel)

      expect([status, code]).toEqual(['unresolved', 'free_text_unresolved'])
      expect(message).toContain('targetingsearch?q=frisbeegolf radat&limit_type=interests')
    },
  )

  it('when the same reaches LinkedIn, then it is a typeahead lookup on the interests facet', () => {
    const [status, code, message] = verdictOf('linkedin')

    expect([status, code]).toEqual(['unresolved', 'free_text_lookup'])
    expect(message).toContain('facet=urn:li:adTargetingFacet:interests&query=frisbeegolf radat')
  })
})
