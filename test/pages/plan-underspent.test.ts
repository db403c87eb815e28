import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as } from '../auth/support/as-caller.js'
import { createPageWorld, mainOf, type PageWorld } from './support/page-world.js'

// A line spends less than its budget for one of two reasons, and the plan page names the right one: a frequency cap
// that saturates the audience, or a channel that targets nobody of it (LinkedIn draws no circles: platforms.md).
const umea = {
  name: 'Umeå +30 km',
  locale: 'sv',
  geo: { include: [{ radius: { lat: 63.825656, lng: 20.263074, km: 30 } }] },
}

describe('plan page: why a line cannot spend its budget', () => {
  let world: PageWorld
  let planId: string
  beforeAll(async () => {
    world = await createPageWorld()
    const staff = as(world, 'staff')
    const audienceId = (await staff.post('/api/v1/audiences', { clientId: world.clients.a1.id, audience: umea })).body
      .id
    const plan = await staff.post('/api/v1/plans', {
      clientId: world.clients.a1.id,
      name: 'Umeå',
      lines: [
        { audienceId, channel: 'linkedin', budget: 300 },
        // About 13,000 people on Meta, at most twice each: far fewer impressions than 100,000 € buys.
        { audienceId, channel: 'facebook', budget: 100_000, frequencyCap: 2 },
      ],
    })
    planId = plan.body.id
  })
  afterAll(() => world.dispose())

  for (const [locale, nobody, cap] of [
    ['en', 'the channel reaches nobody of the audience', 'the cap limits spend'],
    ['fi', 'kanava ei tavoita ketään yleisöstä', 'katto rajoittaa käyttöä'],
    ['sv', 'kanalen når ingen i målgruppen', 'taket begränsar användningen'],
  ] as const)
    it(`when the LinkedIn line targets nobody and the capped Facebook line saturates, then the ${locale} page says each`, async () => {
      const page = await (await world.browse('staff')).get(`/plans/${planId}`, { 'Accept-Language': locale })
      const rows = mainOf(page.text)
        .split('<tr')
        .filter((row) => /LinkedIn|Facebook/.test(row))

      expect(page.status).toBe(200)
      expect(rows.find((row) => row.includes('LinkedIn'))).toContain(nobody)
      expect(rows.find((row) => row.includes('Facebook'))).toContain(cap)
    })
})
