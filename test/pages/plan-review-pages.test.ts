import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as } from '../auth/support/as-caller.js'
import { createPageWorld, errorCodeOf, mainOf, type PageWorld } from './support/page-world.js'

const HTML = { Accept: 'text/html', 'Accept-Language': 'fi-FI,fi;q=0.9' }

describe('the review forms and the staff’s review section (issue 17)', () => {
  let world: PageWorld
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())
  const agencyScope = () => ({ agencyId: world.where('own').agencyId, clientId: null })
  const shared = async () => {
    const { plan } = await world.make.plan('own', 'draft')
    const link = await as(world, 'staff').post(`/api/v1/plans/${plan.id}/share`, {})
    return { plan, path: new URL(link.body.url as string).pathname }
  }
  const post = (path: string, form: Record<string, string>) =>
    request(world.app).post(path).set(HTML).type('form').send(form)

  it('when a link visitor approves without the confirmation, name or email, then 422 names each field and nothing is approved', async () => {
    const { plan, path } = await shared()

    const refused = await post(`${path}/approve`, { version: '1', name: '', email: 'maija' })
    const stored = await world.store.plans.get(agencyScope(), plan.id)

    expect([refused.status, errorCodeOf(refused.text)]).toEqual([422, 'request_invalid'])
    const main = mainOf(refused.text)
    expect(main).toContain('<a href="#approve-confirm">Vahvista hyväksyntä rastittamalla ruutu.</a>')
    expect(main).toContain('<a href="#approve-name">Kirjoita nimesi.</a>')
    expect(main).toContain('<a href="#approve-email">')
    expect(main).toContain('value="maija"')
    expect(stored?.status).toBe('shared')
  })

  it('when the client user requests changes to line 1, then the version is changes_requested, the comment points at the line, and staff see it with the activity', async () => {
    const { plan } = await shared()
    const client = await world.browse('client')
    const staff = await world.browse('staff')

    const empty = await client.post(`/plans/${plan.id}/client/request-changes`, { comment: ' ', line: '' })
    const badLine = await client.post(`/plans/${plan.id}/client/request-changes`, { comment: 'x', line: '7' })
    const sent = await client.post(`/plans/${plan.id}/client/request-changes`, { comment: 'Vähemmän', line: '0' })
    const stored = await world.store.plans.get(agencyScope(), plan.id)
    const comments = await world.store.planReviews.comments(agencyScope(), plan.id, { limit: 5 })
    const page = mainOf((await staff.get(`/plans/${plan.id}`)).text)

    expect([empty.status, badLine.status]).toEqual([422, 422])
    expect(mainOf(badLine.text)).toContain('<a href="#changes-line">Valitse rivi listasta.</a>')
    expect(sent.status).toBe(303)
    expect(sent.headers['location']).toBe(`/plans/${plan.id}/client?done=requested`)
    expect(stored).toMatchObject({ status: 'changes_requested', sharedStatus: 'changes_requested' })
    expect(comments?.items.map((c) => [c.body, c.line])).toEqual([['Vähemmän', 0]])
    expect(page).toContain('id="changes-requested"')
    expect(page).toContain('Asiakas pyysi muutoksia versioon 1: ”Vähemmän”')
    expect(page).toMatch(/id="activity"[\s\S]*pyysi muutoksia versioon 1[\s\S]*jakoi version 1/)
  })
})
