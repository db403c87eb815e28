import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, FINNISH_RATE_CARD, TEMPLATES } from '../../audiences/index.js'
import { ClientPlanSchema, StoredPlanSchema } from '../../server/routes/plan-schemas.js'
import { as } from '../auth/support/as-caller.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
// ADR 0010: a percentage fee is a markup on net media; a fixed fee is shared over its lines by net media.
const card = {
  ...FINNISH_RATE_CARD,
  fee: { kind: 'percent', rate: 0.15 },
  notes: 'Meta rates negotiated for 2027; LinkedIn management fee per campaign',
  rates: {
    ...FINNISH_RATE_CARD.rates,
    linkedin: { ...FINNISH_RATE_CARD.rates.linkedin, fee: { kind: 'fixed', amount: 120 } },
  },
}

describe.each(STORE_KINDS)('net media, fee and gross on %s', (kind) => {
  let opened: OpenedStore
  let world: AuthWorld
  let villaId: string
  let cardId: string
  beforeAll(async () => {
    opened = await openTestStore(kind)
    world = await createAuthWorld(DEFAULT_TAXONOMY, opened.store)
    villaId = (await as(world, 'staff').post('/api/v1/audiences', { clientId: world.clients.a1.id, audience: villa }))
      .body.id
    cardId = (await as(world, 'admin').post('/api/v1/rate-cards', { card })).body.id
  })
  afterAll(async () => {
    await world.dispose()
    await opened.dispose()
  })
  const staff = () => as(world, 'staff')
  const lines = () => [
    { audienceId: villaId, channel: 'facebook', budget: 1000 },
    { audienceId: villaId, channel: 'linkedin', budget: 600 },
    { audienceId: villaId, channel: 'linkedin', budget: 400 },
  ]
  const aPlan = (extra: object = {}) =>
    staff().post('/api/v1/plans', { clientId: world.clients.a1.id, name: 'Spring', lines: lines(), ...extra })

  it('when a rate card has a fee and notes, then they are stored and read back', async () => {
    const read = await as(world, 'admin').get(`/api/v1/rate-cards/${cardId}`)

    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ fee: card.fee, notes: card.notes })
    expect(read.body.rates.linkedin.fee).toEqual({ kind: 'fixed', amount: 120 })
  })

  it("when a plan uses the card's fees, then staff see net, fee and gross per line and in total", async () => {
    const created = await aPlan()

    expect(StoredPlanSchema.safeParse(created.body).error).toBeUndefined()
    // Facebook: 15 % markup on 1,000 € = 150 €. LinkedIn's 120 € fixed fee shared 600:400 → 72 € and 48 €.
    expect(created.body.estimate.cost).toEqual({
      net: 2000,
      fee: 270,
      gross: 2270,
      lines: [
        { net: 1000, fee: 150, gross: 1150 },
        { net: 600, fee: 72, gross: 672 },
        { net: 400, fee: 48, gross: 448 },
      ],
    })
    // Net media buys the impressions: 1,000 € at the card's 10 € CPM = 100,000.
    expect(created.body.estimate.lines[0].impressions).toBeCloseTo(100_000, 6)
    expect(created.body.estimate.assumptions.map((a: { factor: string }) => a.factor)).toContain('fee.facebook')
  })

  it("when the plan sets its own fee, then it replaces the card's: 300 € fixed over 2,000 € net → 150, 90, 60", async () => {
    const created = await aPlan({ fee: { kind: 'fixed', amount: 300 } })

    expect(created.body.fee).toEqual({ kind: 'fixed', amount: 300 })
    expect(created.body.estimate.cost.lines.map((c: { fee: number }) => c.fee)).toEqual([150, 90, 60])
    expect(created.body.estimate.cost.gross).toBe(2300)
  })

  it('when a client user or a share link reads the plan, then every euro is gross and no net, fee or note shows', async () => {
    const { body: plan } = await aPlan()
    const shared = await staff().post(`/api/v1/plans/${plan.id}/share`, {})
    const reads = [
      (await as(world, 'client').get(`/api/v1/plans/${plan.id}`)).body,
      (await request(world.app).get(new URL(shared.body.url).pathname)).body,
    ]

    for (const read of reads) {
      expect(ClientPlanSchema.safeParse(read).error).toBeUndefined()
      expect(read.lines.map((l: { budget: number }) => l.budget)).toEqual([1150, 672, 448])
      expect(read.estimate.lines.map((l: { budget: number }) => l.budget)).toEqual([1150, 672, 448])
      expect(read.estimate.total.budget).toBe(2270)
      // Delivery is the same: the client pays 1,150 € for the 100,000 impressions that 1,000 € net buys.
      expect(read.estimate.lines[0].impressions).toBeCloseTo(100_000, 6)
      // The gross curve is the net curve with every euro × 1.15, so its threshold point is at 1.15 × the net one.
      const staffRecommended = plan.estimate.lines[0].recommendedBudget.budget
      expect(read.estimate.lines[0].recommendedBudget.budget).toBeCloseTo(staffRecommended * 1.15, 6)
      const text = JSON.stringify(read)
      expect(text).not.toMatch(/"(cost|fee|net|gross|notes)":/)
      expect(text).not.toContain('negotiated')
      expect(read.estimate.assumptions.map((a: { factor: string }) => a.factor)).not.toContainEqual(
        expect.stringMatching(/^(fee|rate)\./),
      )
    }
  })
})
