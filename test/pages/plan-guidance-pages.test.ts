import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPageWorld, errorCodeOf, mainOf, unescapeHtml, type PageWorld } from './support/page-world.js'

let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

const planIdOf = (location: string) => /^\/plans\/([0-9a-f-]{36})\?saved=1$/.exec(location)?.[1] ?? ''
type Stored = { version: number; content: { lines: { budget: number; frequencyCap?: number }[]; guidance?: object } }

describe('the planning check on the plan pages', () => {
  let staff: Awaited<ReturnType<PageWorld['browse']>>
  let id = ''
  const stored = async () =>
    (await world.store.plans.get({ agencyId: world.where('own').agencyId, clientId: null }, id)) as unknown as Stored
  const apiPlan = async () =>
    (await request(world.app).get(`/api/v1/plans/${id}`).set('Authorization', `Bearer ${world.callers.staff.token}`))
      .body

  beforeAll(async () => {
    staff = await world.browse('staff')
    const audience = await world.make.audience('own')
    // Facebook's spec for the cottage buyers targets about 2.24 M people (ADR 0008: the criteria it cannot express
    // narrow nothing); 300,000 € at CPM 10 € is 30,000,000 impressions: m = 13.4, frequency 13.4 / (1 − e^(−13.4)) > 10.
    const saved = await staff.post('/plans/new', {
      clientId: world.clients.a1.id,
      name: 'Kyllästetty',
      'lines[0][audienceId]': audience.id,
      'lines[0][channel]': 'facebook',
      'lines[0][budget]': '300000',
      'lines[0][cpm]': '10',
      'lines[0][startDate]': '2026-03-02',
      'lines[0][endDate]': '2026-03-29',
      'lines[1][audienceId]': audience.id,
      'lines[1][channel]': 'linkedin',
      'lines[1][budget]': '300',
      'reach[kind]': 'poisson',
      action: 'save',
    })
    id = planIdOf(saved.headers['location'] ?? '')
  })

  it('shows the warnings in Finnish with what to do, the cap in Meta’s terms and the calendar', async () => {
    const page = await staff.get(`/plans/${id}`)
    const main = unescapeHtml(mainOf(page.text))

    expect(page.status).toBe(200)
    expect(main).toContain('data-code="frequency_above_range"')
    expect(main).toContain('data-code="diminishing_returns"')
    expect(main).toMatch(/yli tehokkaan välin 1–10/)
    expect(main).toContain('Meta: enintään 10 näyttöä 28 päivän välein')
    expect(main).toContain('id="calendar-weeks"')
    // 300,000 € over the 28 days of 2–29 March: 10 714,29 € a day.
    expect(main).toContain('10\u00a0714,29\u00a0€')
    expect(main).toContain('id="effective-table"')
  })

  it('applies the suggested cap, then the recommended budget, each as a new version computed from the stored plan', async () => {
    const capped = await staff.post(`/plans/${id}/guidance/apply`, { what: 'cap', line: '0', version: '1' })
    expect(capped.status).toBe(303)
    expect((await stored()).content.lines[0]!.frequencyCap).toBe(10)

    const expected = (await apiPlan()).estimate.lines[0].recommendedBudget.budget as number
    const budget = await staff.post(`/plans/${id}/guidance/apply`, { what: 'budget', line: '0', version: '2' })
    expect(budget.status).toBe(303)
    const v3 = await stored()
    expect(v3.version).toBe(3)
    expect(v3.content.lines[0]!.budget).toBe(Math.round(expected * 100) / 100)
    expect(v3.content.lines[1]!.budget).toBe(300)
  })

  it('applies the plan’s recommendation to every line; a stale version is a conflict, a line without a cap suggestion a 400', async () => {
    const parts = (await apiPlan()).estimate.recommendedBudget.lineBudgets as number[]
    const plan = await staff.post(`/plans/${id}/guidance/apply`, { what: 'plan', version: '3' })
    expect(plan.status).toBe(303)
    const v4 = await stored()
    expect(v4.content.lines.map((l) => l.budget)).toEqual(parts.map((b) => Math.round(b * 100) / 100))

    const stale = await staff.post(`/plans/${id}/guidance/apply`, { what: 'plan', version: '1' })
    expect(stale.status).toBe(409)
    const noCap = await staff.post(`/plans/${id}/guidance/apply`, { what: 'cap', line: '1', version: '4' })
    expect([noCap.status, errorCodeOf(noCap.text)]).toEqual([400, 'request_invalid'])
  })

  it('optimises for 3+ reach when asked, and says so', async () => {
    const posted = await staff.post(`/plans/${id}/optimize`, { objective: 'reach', effectiveFrequency: '3' })
    const page = await staff.get(posted.headers['location']!.split('#')[0]!)

    expect(page.status).toBe(200)
    expect(mainOf(page.text)).toContain('Tavoittavuus (eri henkilöt), 3 kertaa (3+)')
    expect(mainOf(page.text)).toContain('<option value="3" selected>')
  })

  it('keeps the plan’s own settings from the form, and points at a bad one', async () => {
    const audience = await world.make.audience('own')
    const fields = {
      clientId: world.clients.a1.id,
      name: 'Asetukset',
      'lines[0][audienceId]': audience.id,
      'lines[0][channel]': 'facebook',
      'lines[0][budget]': '100',
      'reach[kind]': 'poisson',
      action: 'save',
    }
    const saved = await staff.post('/plans/new', {
      ...fields,
      'guidance[ranges][facebook][max]': '20',
      'guidance[threshold]': '5',
    })
    const bad = await staff.post('/plans/new', { ...fields, 'guidance[ranges][linkedin][max]': 'paljon' })

    expect(saved.status).toBe(303)
    const created = await world.store.plans.get(
      { agencyId: world.where('own').agencyId, clientId: null },
      planIdOf(saved.headers['location'] ?? ''),
    )
    expect((created!.content as Stored['content']).guidance).toEqual({
      frequencyRanges: { facebook: { min: 1, max: 20 } },
      marginalThreshold: 0.05,
    })
    expect(bad.status).toBe(422)
    expect(mainOf(bad.text)).toContain('id="guidance-linkedin-max-error"')
  })
})
