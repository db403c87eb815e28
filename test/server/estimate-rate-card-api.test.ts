import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, FINNISH_RATE_CARD } from '../../audiences/index.js'
import { as } from '../auth/support/as-caller.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'

// An agency that pays 20 € per 1,000 Facebook impressions in Finland instead of the seed's 10 €.
const agencyCard = {
  ...FINNISH_RATE_CARD,
  rates: {
    ...FINNISH_RATE_CARD.rates,
    facebook: { ...FINNISH_RATE_CARD.rates.facebook!, cpm: { value: 20, source: 'our 2026 contract' } },
  },
}
const villaInFinland = { name: 'Villa buyers', geo: { include: [{ country: 'FI' }] } }

describe("stateless planning routes use the caller's agency rate card", () => {
  let world: AuthWorld
  beforeAll(async () => {
    world = await createAuthWorld(DEFAULT_TAXONOMY)
  })
  afterAll(() => world.dispose())

  it('when the agency has its own Finnish card, then /estimate prices a Facebook line from it (100 € at 20 € CPM = 5,000)', async () => {
    const line = { channel: 'facebook', budget: 100, audienceSize: 1_000_000 }
    const before = await as(world, 'staff').post('/api/v1/estimate', { audience: villaInFinland, lines: [line] })
    expect(before.body.lines[0].impressions).toBeCloseTo(10_000, 6)

    expect((await as(world, 'admin').post('/api/v1/rate-cards', { card: agencyCard })).status).toBe(201)
    const after = await as(world, 'staff').post('/api/v1/estimate', { audience: villaInFinland, lines: [line] })

    expect(after.status).toBe(200)
    expect(after.body.lines[0].cpm).toBe(20)
    expect(after.body.lines[0].impressions).toBeCloseTo(5_000, 6)
  })
})
