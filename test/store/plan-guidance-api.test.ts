import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, TEMPLATES } from '../../audiences/index.js'
import { ClientPlanSchema, StoredPlanSchema } from '../../server/routes/plan-schemas.js'
import { as } from '../auth/support/as-caller.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience

describe.each(STORE_KINDS)('guidance on stored plans on %s', (kind) => {
  let opened: OpenedStore
  let world: AuthWorld
  let villaId: string
  beforeAll(async () => {
    opened = await openTestStore(kind)
    world = await createAuthWorld(DEFAULT_TAXONOMY, opened.store)
    const audience = await as(world, 'staff').post('/api/v1/audiences', {
      clientId: world.clients.a1.id,
      audience: villa,
    })
    villaId = audience.body.id
  })
  afterAll(async () => {
    await world.dispose()
    await opened.dispose()
  })
  // Facebook's spec for the villa audience targets 852,500 people (ADR 0008: the titles, income and interests it cannot
  // express narrow nothing): 120,000 € at CPM 10 € is 12,000,000 impressions, m = 14.1, frequency ≈ 14.1 > 10.
  const saturatedPlan = (extra: object = {}) =>
    as(world, 'staff').post('/api/v1/plans', {
      clientId: world.clients.a1.id,
      name: 'Saturated',
      lines: [
        { audienceId: villaId, channel: 'facebook', budget: 120000, startDate: '2026-03-02', endDate: '2026-03-29' },
        { audienceId: villaId, channel: 'facebook', budget: 100 },
      ],
      ...extra,
    })

  it('answers each line with its warnings and recommendedBudget, and the plan with all warnings', async () => {
    const created = await saturatedPlan()
    const read = await as(world, 'staff').get(`/api/v1/plans/${created.body.id}`)

    expect(created.status).toBe(201)
    expect(StoredPlanSchema.safeParse(read.body).error).toBeUndefined()
    const estimate = read.body.estimate
    const codes = estimate.warnings.map((w: { code: string }) => w.code)
    expect(codes).toEqual(expect.arrayContaining(['frequency_above_range', 'diminishing_returns', 'lines_overlap']))
    const size = estimate.lines[0].audienceSize.value
    expect(estimate.lines[0].recommendedBudget.budget).toBeCloseTo(size * 0.01 * Math.LN10, 6)
    // The Meta cap over the 28-day flight, and the line's own daily budget: 120,000 / 28.
    expect(estimate.lines[0].frequencyCapSuggestion.platformSetting).toEqual({
      platform: 'meta',
      maxFrequency: 10,
      intervalDays: 28,
    })
    expect(estimate.lines[0].dailyBudget).toBeCloseTo(120000 / 28, 9)
    expect(created.body.estimate.warnings).toEqual(estimate.warnings)
    expect(read.body.guidance).toBeNull()
  })

  it('keeps the plan’s own settings and measures against them', async () => {
    const created = await saturatedPlan({ guidance: { frequencyRanges: { facebook: { min: 1, max: 1000 } } } })

    expect(created.body.guidance).toEqual({ frequencyRanges: { facebook: { min: 1, max: 1000 } } })
    expect(created.body.estimate.warnings.some((w: { code: string }) => w.code === 'frequency_above_range')).toBe(false)
  })

  it('shows a client the warnings and recommended budgets, in the client view', async () => {
    const created = await saturatedPlan()
    const shared = await as(world, 'staff').post(`/api/v1/plans/${created.body.id}/share`, {})
    const views = [
      (await as(world, 'client').get(`/api/v1/plans/${created.body.id}`)).body,
      (await request(world.app).get(new URL(shared.body.url).pathname)).body,
    ]

    for (const view of views) {
      expect(ClientPlanSchema.safeParse(view).error).toBeUndefined()
      expect(view.estimate.warnings.length).toBeGreaterThan(0)
      expect(view.estimate.lines[0].recommendedBudget.budget).toBeGreaterThan(0)
    }
  })

  it('400 with the path for a bad range', async () => {
    const bad = await saturatedPlan({ guidance: { frequencyRanges: { facebook: { min: 0, max: 5 } } } })

    expect(bad.status).toBe(400)
    expect(bad.body.error.issues[0].path).toEqual(['guidance', 'frequencyRanges', 'facebook', 'min'])
  })
})
