import { describe, expect, it } from 'vitest'
import { TAXONOMY_PARTS, type ChannelMapping } from '../../audiences/index.js'
import { planLookup, type TaxonomyItem } from '../../server/connectors/lookup-plan.js'
import { CEO, DESIGN, HELSINKI, RESOLVE_PARTS } from './support/resolve-taxonomy.js'

const term = (entry: typeof DESIGN): TaxonomyItem => ({ kind: 'term', entry })
const lookup = (target: string, query: string): ChannelMapping => ({
  target,
  id: null,
  source: null,
  confirmed: null,
  fallback: { kind: 'lookup', query },
})

describe('planLookup', () => {
  it('when the fallback is a Meta /search URL, then plans that search type and query', () => {
    const plan = planLookup(term(DESIGN), 'meta', DESIGN.channels.meta!)

    expect(plan).toMatchObject({ platform: 'meta', request: { kind: 'search', type: 'adinterest', q: 'Design' } })
  })

  it('when the fallback is a targetingsearch URL, then plans the ad-account edge with its limit_type', () => {
    const mapping = lookup('industries', 'act_{ad_account_id}/targetingsearch?limit_type=industries&q=Finance')

    expect(planLookup(term(CEO), 'meta', mapping)).toMatchObject({
      request: { kind: 'targetingsearch', limitType: 'industries', q: 'Finance' },
    })
  })

  it('when the fallback is a LinkedIn typeahead or a facet list with a quoted pick, then plans the matching finder', () => {
    const facet = lookup(
      'jobFunctions',
      'adTargetingEntities?q=adTargetingFacet&facet=urn:li:adTargetingFacet:jobFunctions then pick "Finance"',
    )

    expect(planLookup(term(DESIGN), 'linkedin', DESIGN.channels.linkedin!)).toMatchObject({
      request: { kind: 'typeahead', facet: 'interests', query: 'Design' },
    })
    expect(planLookup(term(CEO), 'linkedin', facet)).toMatchObject({
      request: { kind: 'facet', facet: 'jobFunctions', pick: 'Finance' },
      names: expect.arrayContaining(['Finance']),
    })
  })

  it('when a municipality has a plain name, then Google suggests it in its country and Meta searches cities there', () => {
    const item: TaxonomyItem = { kind: 'geo', entry: HELSINKI }

    expect(planLookup(item, 'google', HELSINKI.channels.google!)).toMatchObject({
      request: { kind: 'geo', name: 'Helsinki', countryCode: 'FI' },
      types: ['Municipality', 'City'],
    })
    expect(planLookup(item, 'meta', HELSINKI.channels.meta!)).toMatchObject({
      request: { kind: 'search', type: 'adgeolocation', q: 'Helsinki', locationTypes: ['city'], countryCode: 'FI' },
      country: 'FI',
    })
  })

  it('when a mapping already has an id, then there is nothing to plan', () => {
    const geoFi = RESOLVE_PARTS.geo[0]!

    expect(planLookup({ kind: 'geo', entry: geoFi }, 'google', geoFi.channels.google!)).toBeUndefined()
  })

  it('when run over the shipped taxonomy, then every lookup becomes a platform call except the customer-list uploads', () => {
    const manual: string[] = []
    let planned = 0
    const items: TaxonomyItem[] = [
      ...TAXONOMY_PARTS.terms.map((entry) => ({ kind: 'term' as const, entry })),
      ...TAXONOMY_PARTS.geo.map((entry) => ({ kind: 'geo' as const, entry })),
      ...TAXONOMY_PARTS.languages.map((entry) => ({ kind: 'language' as const, entry })),
    ]

    for (const item of items) {
      for (const platform of ['google', 'meta', 'linkedin'] as const) {
        const mapping = item.entry.channels[platform]
        const plan = mapping && planLookup(item, platform, mapping)
        if (!plan) continue
        if ('manual' in plan) manual.push(`${item.entry.key} ${platform}`)
        else planned += 1
      }
    }

    expect(planned).toBeGreaterThan(1000)
    expect(manual.every((m) => m.startsWith('list.'))).toBe(true)
    expect(manual).toHaveLength(12)
  })
})
