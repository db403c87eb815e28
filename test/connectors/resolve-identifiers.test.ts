import { FacebookAdsApi } from 'facebook-nodejs-business-sdk'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { compileAudience, withMappings, type MappingOverride } from '../../audiences/index.js'
import type { Connectors } from '../../server/connectors/connectors.js'
import type { GoogleConnector, GoogleLookupRequest } from '../../server/connectors/google/google-connector.js'
import type { LookupCandidate } from '../../server/connectors/live-result.js'
import { createMemoryMappingStore } from '../../server/connectors/mapping-store.js'
import { createMetaConnector } from '../../server/connectors/meta/meta-connector.js'
import { resolveCommandReport } from '../../server/connectors/resolve-report.js'
import { ResolveAbortedError, resolveIdentifiers } from '../../server/connectors/resolve-identifiers.js'
import { anAudience } from '../support/audience-builder.js'
import { TODAY, testDeps } from './support/connector-deps.js'
import { startLoopback, type FakeReply, type Loopback, type RecordedRequest } from './support/loopback-server.js'
import { HELSINKI, RESOLVE_PARTS, sourced } from './support/resolve-taxonomy.js'

// Identifiers in the fakes' answers are made up unless a comment cites platforms.md: they test plumbing, not data.

const clock = () => TODAY
const ok = (data: unknown[]): FakeReply => ({ status: 200, body: { data } })
const EXPIRED: FakeReply = {
  status: 400,
  body: { error: { message: 'Error validating access token', type: 'OAuthException', code: 190, error_subcode: 463 } },
}

// Answers Meta's /search by type, like the platform: interests, work positions, cities, option status.
function metaGraph(request: RecordedRequest): FakeReply {
  switch (request.query.get('type')) {
    case 'adinterest':
      return ok([{ id: '6003020834693', name: 'Design', path: ['Interests', 'Design'] }])
    case 'adworkposition':
      return ok([
        { id: '105000001', name: 'Chief Executive Officer' },
        { id: '105000002', name: 'Chief Executive Officer' },
      ])
    case 'adgeolocation':
      return ok([{ key: '1500001', name: 'Helsinki', type: 'city', country_code: 'FI', region: 'Uusimaa' }])
    case 'targetingoptionstatus':
      return ok([{ id: '6003020834693', current_status: 'NORMAL' }])
    case null:
    default:
      return { status: 400, body: { error: { message: '(#100) Invalid parameter', code: 100 } } }
  }
}

let fake: Loopback | undefined
let answer: (request: RecordedRequest, index: number) => FakeReply = metaGraph
const graph = Object.getOwnPropertyDescriptor(FacebookAdsApi, 'GRAPH')
beforeAll(async () => {
  fake = await startLoopback((request, index) => answer(request, index))
  const url = fake.url
  Object.defineProperty(FacebookAdsApi, 'GRAPH', { get: () => url, configurable: true })
})
afterAll(async () => {
  if (graph) Object.defineProperty(FacebookAdsApi, 'GRAPH', graph)
  await fake?.close()
})
afterEach(() => {
  answer = metaGraph
  fake?.requests.splice(0)
})

const meta = () => createMetaConnector({ accessToken: 'meta-token', adAccountId: '123' }, testDeps())

function googleStub(answers: Record<string, LookupCandidate[]>): GoogleConnector & { asked: GoogleLookupRequest[] } {
  const asked: GoogleLookupRequest[] = []
  const unused = () => Promise.reject(new Error('not used here'))
  return {
    platform: 'google',
    account: '1234567890',
    asked,
    lookup: async (request) => {
      asked.push(request)
      return answers[request.kind === 'language' ? request.code : 'name' in request ? request.name : ''] ?? []
    },
    validate: unused,
    keywordForecast: unused,
  }
}
const googleSource = { kind: 'live', platform: 'google', account: '1234567890', date: '2026-11-22' } as const

describe('resolveIdentifiers', () => {
  it('when Meta answers one exact match, then proposes it with a live source and stores it once', async () => {
    const store = createMemoryMappingStore()

    const result = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors: { meta: meta() },
      store,
      clock,
      platforms: ['meta'],
    })

    expect(result.overrides).toEqual([
      {
        key: 'interest.design',
        platform: 'meta',
        mapping: {
          target: 'interests',
          id: '6003020834693',
          name: 'Design',
          source: 'live meta act_123',
          confirmed: '2026-11-22',
          confidence: 'live',
          copied: '2026-11-22',
          fallback: { kind: 'lookup', query: 'search?type=adinterest&q=Design' },
        },
      },
      {
        key: 'geo.fi.helsinki',
        platform: 'meta',
        mapping: expect.objectContaining({
          target: 'cities',
          id: '1500001',
          source: 'live meta act_123',
          confirmed: '2026-11-22',
        }),
      },
    ])
    expect(store.saves).toBe(1)
    expect(await store.list()).toEqual(result.overrides)
  })

  it('when several options share the name, then stores none and lists them for a person', async () => {
    const result = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors: { meta: meta() },
      store: createMemoryMappingStore(),
      clock,
      platforms: ['meta'],
    })

    const ceo = result.items.find((i) => i.key === 'title.ceo')
    expect(ceo).toMatchObject({ status: 'ambiguous' })
    expect(ceo?.status === 'ambiguous' && ceo.candidates.map((c) => c.id)).toEqual(['105000001', '105000002'])
  })

  it('when a mapping is an upload to do by hand, then reports it as manual without calling the platform', async () => {
    const result = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors: { meta: meta() },
      store: createMemoryMappingStore(),
      clock,
      platforms: ['meta'],
    })

    expect(result.items.find((i) => i.key === 'list.current-customers')).toMatchObject({ status: 'manual' })
    expect(fake?.requests.map((r) => r.query.get('type'))).toEqual([
      'adinterest',
      'adworkposition',
      'adgeolocation',
      'targetingoptionstatus',
    ])
  })

  it('when Meta says an option no longer delivers, then it is not stored', async () => {
    answer = (request) =>
      request.query.get('type') === 'targetingoptionstatus'
        ? ok([{ id: '6003020834693', current_status: 'NON-DELIVERABLE' }])
        : metaGraph(request)

    const result = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors: { meta: meta() },
      store: createMemoryMappingStore(),
      clock,
      platforms: ['meta'],
    })

    expect(result.items.find((i) => i.key === 'interest.design')).toMatchObject({
      status: 'not_deliverable',
      deliveryStatus: 'NON-DELIVERABLE',
    })
    expect(result.overrides.map((o) => o.key)).toEqual(['geo.fi.helsinki'])
  })

  it('when the token expires mid-way, then aborts and writes nothing', async () => {
    answer = (request, index) => (index === 0 ? metaGraph(request) : EXPIRED)
    const before: MappingOverride[] = [
      { key: 'title.ceo', platform: 'linkedin', mapping: sourced('titles', 'urn:li:title:1', 'live linkedin x') },
    ]
    const store = createMemoryMappingStore(before)

    const error = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors: { meta: meta() },
      store,
      clock,
      platforms: ['meta'],
    }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ResolveAbortedError)
    expect(error).toMatchObject({
      at: { key: 'title.ceo', platform: 'meta' },
      lookedUp: 1,
      failure: { code: 'token_expired', platformCode: '190/463' },
    })
    expect(store.saves).toBe(0)
    expect(await store.list()).toEqual(before)
  })

  it.each([
    ['an expired token', EXPIRED, 'token_expired', 1],
    [
      'rate limits that do not stop',
      { status: 400, body: { error: { message: 'User request limit reached', code: 17 } } },
      'rate_limited',
      3,
    ],
    [
      'an invalid parameter',
      { status: 400, body: { error: { message: '(#100) Invalid parameter', code: 100 } } },
      'parameter_invalid',
      1,
    ],
    [
      'server errors that do not stop',
      { status: 503, body: { error: { message: 'Service unavailable', code: 2 } } },
      'platform_unavailable',
      3,
    ],
  ] as const)(
    'when the second lookup meets %s, then it stops after a bounded number of calls and writes nothing',
    async (_what, reply, code, calls) => {
      answer = (request, index) => (index === 0 ? metaGraph(request) : reply)
      const store = createMemoryMappingStore()

      const error = await resolveIdentifiers({
        parts: RESOLVE_PARTS,
        connectors: { meta: meta() },
        store,
        clock,
        platforms: ['meta'],
      }).catch((e: unknown) => e)

      expect(error).toMatchObject({ failure: { code } })
      expect(fake?.requests).toHaveLength(1 + calls)
      expect(store.saves).toBe(0)
      expect(await store.list()).toEqual([])
    },
  )

  it('when a stored identifier differs from the live answer on recheck, then keeps it and reports a conflict', async () => {
    const stored = sourced('location', '1005001', 'live google 1234567890')
    const store = createMemoryMappingStore([{ key: 'geo.fi.helsinki', platform: 'google', mapping: stored }])
    const google = googleStub({
      Helsinki: [
        {
          id: '1005000',
          name: 'Helsinki',
          detail: 'City: Helsinki,Uusimaa,Finland',
          country: 'FI',
          source: googleSource,
        },
      ],
      fi: [{ id: '1011', name: 'Finnish', detail: 'fi', source: googleSource }],
    })

    const result = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors: { google },
      store,
      clock,
      platforms: ['google'],
      recheck: true,
    })

    expect(result.items.find((i) => i.key === 'geo.fi.helsinki')).toMatchObject({
      status: 'conflict',
      existing: stored,
      candidate: { id: '1005000' },
    })
    expect(result.overrides.map((o) => [o.key, o.mapping.id])).toEqual([['language.fi', '1011']])
    expect((await store.list()).find((o) => o.key === 'geo.fi.helsinki')?.mapping).toEqual(stored)
  })

  it('when a stored identifier exists and no recheck is asked, then it is kept without a lookup', async () => {
    const stored = sourced('location', '1005001', 'live google 1234567890')
    const google = googleStub({})

    const result = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors: { google },
      store: createMemoryMappingStore([{ key: 'geo.fi.helsinki', platform: 'google', mapping: stored }]),
      clock,
      platforms: ['google'],
    })

    expect(result.items.find((i) => i.key === 'geo.fi.helsinki')).toMatchObject({ status: 'kept' })
    expect(google.asked).toEqual([{ kind: 'language', code: 'fi' }])
  })

  it('when Google suggests a region and a city of the same name, then takes the city for a municipality', async () => {
    const google = googleStub({
      Helsinki: [
        {
          id: '9000001',
          name: 'Helsinki',
          detail: 'Region: Helsinki Region,Finland',
          country: 'FI',
          source: googleSource,
        },
        {
          id: '1005000',
          name: 'Helsinki',
          detail: 'City: Helsinki,Uusimaa,Finland',
          country: 'FI',
          source: googleSource,
        },
      ],
    })

    const result = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors: { google },
      store: createMemoryMappingStore(),
      clock,
      platforms: ['google'],
      keyPrefix: 'geo.',
    })

    expect(result.overrides.map((o) => o.mapping.id)).toEqual(['1005000'])
    expect(google.asked).toEqual([{ kind: 'geo', name: 'Helsinki', countryCode: 'FI' }])
  })

  it('when a platform is not connected, then its lookups are reported as off', async () => {
    const connectors: Connectors = {}

    const result = await resolveIdentifiers({
      parts: RESOLVE_PARTS,
      connectors,
      store: createMemoryMappingStore(),
      clock,
      platforms: ['linkedin'],
    })

    expect(result.items).toEqual([expect.objectContaining({ key: 'interest.design', status: 'platform_off' })])
    expect(result.written).toBe(false)
  })

  it('when the stored overrides are applied, then the next compile targets the live identifier exactly', async () => {
    const store = createMemoryMappingStore()
    await resolveIdentifiers({ parts: RESOLVE_PARTS, connectors: { meta: meta() }, store, clock, platforms: ['meta'] })

    const taxonomy = withMappings(RESOLVE_PARTS, await store.list())
    const compiled = compileAudience(
      anAudience({ include: [[{ facet: 'interest', value: 'interest.design' }]] }),
      taxonomy,
      ['facebook'],
    )

    expect(JSON.stringify(compiled.facebook?.spec)).toContain('"id":"6003020834693"')
    expect(compiled.facebook?.fidelity.items.find((i) => i.criterion.includes('interest'))?.status).toBe('exact')
  })
})

describe('resolveCommandReport', () => {
  it('when the run succeeds, then prints what was stored with its source and what needs a person', async () => {
    const report = await resolveCommandReport({
      parts: RESOLVE_PARTS,
      connectors: { meta: meta() },
      store: createMemoryMappingStore(),
      clock,
      platforms: ['meta'],
    })

    expect(report.exitCode).toBe(0)
    expect(report.written).toBe(2)
    expect(report.text).toContain(
      'interest.design → Meta interests: 6003020834693 "Design" (Interests > Design), live meta act_123, 2026-11-22',
    )
    expect(report.text).toContain('No single exact match: pick one by hand (1):')
    expect(report.text).toContain('Needs a person (not a lookup) (1):')
  })

  it('when the run aborts, then says where, with the platform code, and that nothing was written', async () => {
    answer = () => EXPIRED

    const report = await resolveCommandReport({
      parts: RESOLVE_PARTS,
      connectors: { meta: meta() },
      store: createMemoryMappingStore(),
      clock,
      platforms: ['meta'],
    })

    expect(report).toMatchObject({ exitCode: 1, written: 0 })
    expect(report.text).toContain('Stopped at interest.design on meta')
    expect(report.text).toContain('Meta code 190/463')
    expect(report.text).toContain('Nothing was written.')
  })
})

describe('resolveIdentifiers with unconfirmed candidates', () => {
  // Oulu's LinkedIn id 106842242 has one public source only (linkedin-geo-nordic-places.csv): a candidate.
  const OULU = {
    ...HELSINKI,
    key: 'geo.fi.oulu',
    code: '564',
    labels: { fi: 'Oulu', sv: 'Uleåborg', en: 'Oulu' },
    channels: {
      linkedin: {
        target: 'locations',
        id: null,
        source: null,
        confirmed: null,
        fallback: { kind: 'lookup' as const, query: 'Oulu' },
        candidates: [{ id: 'urn:li:geo:106842242', name: 'Oulu, North Ostrobothnia, Finland', source: 'apidirect' }],
      },
    },
  }
  const linkedinAnswering = (candidates: LookupCandidate[]) => ({
    platform: 'linkedin' as const,
    account: '5100',
    lookup: async () => candidates,
  })
  const linkedinSource = { kind: 'live', platform: 'linkedin', account: '5100', date: '2026-11-22' } as const
  const parts = { ...RESOLVE_PARTS, terms: [], geo: [OULU], languages: [] }

  it('when LinkedIn returns the candidate id among others, then the lookup confirms it: stored as a live id', async () => {
    const answer = [
      { id: 'urn:li:geo:106842242', name: 'Oulu, North Ostrobothnia, Finland', source: linkedinSource },
      { id: 'urn:li:geo:90000001', name: 'Oulu Region', source: linkedinSource },
    ]
    const result = await resolveIdentifiers({
      parts,
      connectors: { linkedin: linkedinAnswering(answer) as unknown as Connectors['linkedin'] },
      store: createMemoryMappingStore(),
      clock,
      platforms: ['linkedin'],
    })

    expect(result.overrides).toEqual([
      {
        key: 'geo.fi.oulu',
        platform: 'linkedin',
        mapping: {
          target: 'locations',
          id: 'urn:li:geo:106842242',
          name: 'Oulu, North Ostrobothnia, Finland',
          source: 'live linkedin 5100',
          confirmed: '2026-11-22',
          confidence: 'live',
          copied: '2026-11-22',
          fallback: { kind: 'lookup', query: 'Oulu' },
        },
      },
    ])
  })

  it('when LinkedIn does not return the candidate, then nothing is stored and a person chooses', async () => {
    const answer = [{ id: 'urn:li:geo:90000001', name: 'Oulu Region', source: linkedinSource }]
    const result = await resolveIdentifiers({
      parts,
      connectors: { linkedin: linkedinAnswering(answer) as unknown as Connectors['linkedin'] },
      store: createMemoryMappingStore(),
      clock,
      platforms: ['linkedin'],
    })

    expect(result.overrides).toEqual([])
    expect(result.items).toEqual([expect.objectContaining({ key: 'geo.fi.oulu', status: 'ambiguous' })])
  })
})
