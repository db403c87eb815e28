import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { as } from '../auth/support/as-caller.js'
import { createPageWorld, errorCodeOf, mainOf, type PageWorld } from './support/page-world.js'

describe('GET /plans/:id/client and its forms', () => {
  let world: PageWorld
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())

  it('when the client user opens a shared plan, then reads it in Finnish with an approve button and no rates or internal notes', async () => {
    const { plan } = await world.make.plan('own')
    await as(world, 'staff').post(`/api/v1/plans/${plan.id}/comments`, { body: 'Kate 30 % sisäinen', internal: true })
    const client = await world.browse('client')

    const response = await client.get(`/plans/${plan.id}/client`, { 'Accept-Language': 'fi' })
    const page = mainOf(response.text)

    expect(response.status).toBe(200)
    expect(page).toContain(plan.name)
    expect(page).toContain('Mitä ostamme')
    expect(page).toContain('Hyväksy suunnitelma')
    expect(page).toContain(`action="/plans/${plan.id}/client/approve"`)
    expect(page).not.toContain('Kate 30 %')
    expect(page).not.toMatch(/CPM|CPC|CTR|interest\.|income\.|geoTargetConstants|approximated|unresolved/)
  })

  it('when a client user opens another client’s plan or a draft, then answers 404', async () => {
    const { plan: other } = await world.make.plan('otherClient')
    const { plan: draft } = await world.make.plan('own', 'draft')
    const client = await world.browse('client')

    const responses = [await client.get(`/plans/${other.id}/client`), await client.get(`/plans/${draft.id}/client`)]

    expect(responses.map((r) => [r.status, errorCodeOf(r.text)])).toEqual([
      [404, 'not_found'],
      [404, 'not_found'],
    ])
  })

  it('when agency staff preview it, then see the preview notice and neither approve nor comment forms', async () => {
    const { plan } = await world.make.plan('own')
    const page = mainOf((await (await world.browse('staff')).get(`/plans/${plan.id}/client`)).text)

    expect(page).toContain('class="warning no-print"')
    expect(page).not.toContain('/client/approve')
    expect(page).not.toContain('/client/comments')
  })

  it('when the client approves, then the version is approved by them, the page says so without a button, and a change makes a new draft', async () => {
    const { plan } = await world.make.plan('own')
    const client = await world.browse('client')

    const approved = await client.post(`/plans/${plan.id}/client/approve`, { version: '1', confirm: 'yes' })
    const stored = await world.store.plans.get({ agencyId: world.where('own').agencyId, clientId: null }, plan.id)
    const page = mainOf((await client.get(`/plans/${plan.id}/client?done=approved`)).text)
    const again = await client.post(`/plans/${plan.id}/client/approve`, { version: '1', confirm: 'yes' })

    expect(approved.status).toBe(303)
    expect(approved.headers['location']).toBe(`/plans/${plan.id}/client?done=approved`)
    expect(stored).toMatchObject({ version: 1, status: 'approved', approvedBy: world.callers.client.userId })
    expect(page).toContain('Kiitos! Suunnitelma on hyväksytty.')
    expect(page).toMatch(/Hyväksynyt client-\d+-\d+@agency\.test/)
    expect(page).not.toContain('Hyväksy suunnitelma')
    expect([again.status, errorCodeOf(again.text)]).toEqual([409, 'conflict'])
  })

  it('when the client sends an empty comment, then answers 422 with the error linked to the field; a real one is stored', async () => {
    const { plan } = await world.make.plan('own')
    const client = await world.browse('client')

    const empty = await client.post(`/plans/${plan.id}/client/comments`, { body: '   ' })
    const sent = await client.post(`/plans/${plan.id}/client/comments`, { body: 'Näyttää hyvältä.' })
    const comments = await world.store.planReviews.comments(
      { agencyId: world.where('own').agencyId, clientId: null },
      plan.id,
      { limit: 10 },
    )

    expect([empty.status, errorCodeOf(empty.text)]).toEqual([422, 'request_invalid'])
    expect(mainOf(empty.text)).toContain('<a href="#comment-body">Kirjoita kommentti.</a>')
    expect(mainOf(empty.text)).toContain('aria-invalid="true"')
    expect(sent.status).toBe(303)
    expect(comments?.items.map((c) => [c.body, c.internal, c.authorId])).toEqual([
      ['Näyttää hyvältä.', false, world.callers.client.userId],
    ])
  })

  it('when a form comes without the session’s CSRF token or from an agency role, then answers 403 and stores nothing', async () => {
    const { plan } = await world.make.plan('own')
    const client = await world.browse('client')
    const staff = await world.browse('staff')

    const forged = await client.post(`/plans/${plan.id}/client/approve`, { version: '1', _csrf: 'wrong' })
    const byStaff = await staff.post(`/plans/${plan.id}/client/approve`, { version: '1' })
    const stored = await world.store.plans.get({ agencyId: world.where('own').agencyId, clientId: null }, plan.id)

    expect([forged.status, errorCodeOf(forged.text)]).toEqual([403, 'forbidden'])
    expect([byStaff.status, errorCodeOf(byStaff.text)]).toEqual([403, 'forbidden'])
    expect(stored?.status).toBe('shared')
  })
})
