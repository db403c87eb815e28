import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEMPLATES } from '../../audiences/index.js'
import { as } from '../auth/support/as-caller.js'
import { createPageWorld, mainOf, type PageWorld } from './support/page-world.js'

const HTML = { Accept: 'text/html', 'Accept-Language': 'fi-FI' }
const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
// Finnish money: a no-break space groups thousands, a comma marks the cents.
const fiMoney = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('pages: net media, fee and gross (ADR 0010)', () => {
  let world: PageWorld
  let planId: string
  let sharePath: string
  beforeAll(async () => {
    world = await createPageWorld()
    const staff = as(world, 'staff')
    const audienceId = (await staff.post('/api/v1/audiences', { clientId: world.clients.a1.id, audience: villa })).body
      .id
    const plan = await staff.post('/api/v1/plans', {
      clientId: world.clients.a1.id,
      name: 'Kevät',
      fee: { kind: 'percent', rate: 0.15 },
      lines: [{ audienceId, channel: 'facebook', budget: 1000 }],
    })
    planId = plan.body.id
    sharePath = new URL((await staff.post(`/api/v1/plans/${planId}/share`, {})).body.url).pathname
  })
  afterAll(() => world.dispose())

  it('when staff open the plan, then it shows net 1 000 €, fee 150 € (15 % on net) and gross 1 150 €', async () => {
    const page = await (await world.browse('staff')).get(`/plans/${planId}`, HTML)
    const main = fiMoney(mainOf(page.text))

    expect(page.status).toBe(200)
    expect(main).toMatch(/id="cost-net">1 000,00 €/)
    expect(main).toMatch(/id="cost-fee">150,00 €/)
    expect(main).toMatch(/id="cost-gross">1 150,00 €/)
  })

  it('when staff edit the plan, then the form keeps the plan’s fee as 15 %', async () => {
    const page = await (await world.browse('staff')).get(`/plans/${planId}/edit`, HTML)

    expect(page.text).toContain('<option value="percent" selected>')
    expect(page.text).toMatch(/id="plan-fee-value" name="fee\[value\]" type="text" inputmode="decimal" value="15"/)
  })

  it('when the client opens the share link, then the budget is 1 150 € and nothing names net, fee or a rate', async () => {
    const page = await request(world.app).get(sharePath).set(HTML)
    const main = fiMoney(mainOf(page.text))

    expect(page.status).toBe(200)
    expect(main).toContain('1 150')
    expect(main).not.toMatch(/1 000,00|plan-cost|Nettomedia|Palkkio|CPM|CPC/)
  })
})
