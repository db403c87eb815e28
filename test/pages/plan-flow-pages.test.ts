import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPageWorld, errorCodeOf, mainOf, type PageWorld } from './support/page-world.js'

let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

const planIdOf = (location: string) => /^\/plans\/([0-9a-f-]{36})\?saved=1$/.exec(location)?.[1] ?? ''

describe('the plan builder, the plan page and its tools', () => {
  it('when staff build a plan, optimise, apply, share, and the client approves, then the approved version is never edited in place', async () => {
    const staff = await world.browse('staff')
    const audience = await world.make.audience('own')
    const form = await staff.get(`/plans/new?audienceId=${audience.id}`)
    expect(form.status).toBe(200)
    expect(mainOf(form.text)).toContain('name="lines[0][cpm]" type="text"')

    const saved = await staff.post('/plans/new', {
      clientId: world.clients.a1.id,
      name: 'Syyskampanja',
      'lines[0][audienceId]': audience.id,
      'lines[0][channel]': 'facebook',
      'lines[0][budget]': '1000',
      'lines[1][audienceId]': audience.id,
      'lines[1][channel]': 'linkedin',
      'lines[1][budget]': '1000',
      'reach[kind]': 'poisson',
      action: 'save',
    })
    expect(saved.status).toBe(303)
    const id = planIdOf(saved.headers['location'] ?? '')
    expect(id).not.toBe('')

    const page = await staff.get(`/plans/${id}`)
    expect(page.status).toBe(200)
    expect(mainOf(page.text)).toContain('role="img"')

    const posted = await staff.post(`/plans/${id}/optimize`, { objective: 'reach' })
    expect([posted.status, posted.headers['location']]).toEqual([
      303,
      `/plans/${id}/optimize?objective=reach&effectiveFrequency=1#optimize-result`,
    ])
    const optimised = await staff.get(`/plans/${id}/optimize?objective=reach&effectiveFrequency=1`)
    expect(optimised.status).toBe(200)
    expect(mainOf(optimised.text)).toContain('id="optimize-result"')

    const applied = await staff.post(`/plans/${id}/optimize/apply`, { objective: 'reach', version: '1' })
    expect(applied.status).toBe(303)
    const v2 = (await world.store.plans.get({ agencyId: world.where('own').agencyId, clientId: null }, id))!
    const budgets = (v2.content as { lines: { budget: number }[] }).lines.map((l) => l.budget)
    expect(v2.version).toBe(2)
    expect(budgets[0]! + budgets[1]!).toBeCloseTo(2000, 6)
    // Facebook's impressions cost a third of LinkedIn's: the split for reach leans to Facebook.
    expect(budgets[0]).toBeGreaterThan(1000)

    const shared = await staff.post(`/plans/${id}/share`, {})
    expect(shared.status).toBe(200)
    const url = /<code id="share-url">([^<]+)<\/code>/.exec(shared.text)?.[1] ?? ''
    expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/)
    expect(errorCodeOf(shared.text)).toBeNull()
  })
})
