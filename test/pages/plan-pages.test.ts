import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FINNISH_RATE_CARD } from '../../audiences/index.js'
import { hashSecret } from '../../server/auth/secret-token.js'
import { createPageWorld, errorCodeOf, mainOf, type Browser, type PageWorld } from './support/page-world.js'

let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

// A tool's form answers 303 to its result's address (post/redirect/get); the browser then GETs it, without the fragment.
const follow = (browser: Browser, response: { status: number; headers: Record<string, string> }) => {
  expect(response.status).toBe(303)
  return browser.get(response.headers['location']!.split('#')[0]!)
}

const agencyScope = () => ({ agencyId: world.where('own').agencyId, clientId: null })
const lineForm = (audienceId: string, budget = '800') => ({
  clientId: world.clients.a1.id,
  name: 'Kevät 2027',
  'lines[0][audienceId]': audienceId,
  'lines[0][channel]': 'facebook',
  'lines[0][budget]': budget,
  action: 'save',
})

describe('who may open the plan pages', () => {
  it('when a client user opens an agency plan page, then is sent to the client view of that plan', async () => {
    const { plan } = await world.make.plan('own', 'shared')
    const response = await (await world.browse('client')).get(`/plans/${plan.id}`)

    expect(response.status).toBe(303)
    expect(response.headers['location']).toBe(`/plans/${plan.id}/client`)
  })

  it("when a client user lists plans, then sees their client's shared plans linking to the client view, never drafts", async () => {
    const shared = await world.make.plan('own', 'shared')
    const draft = await world.make.plan('own', 'draft')
    const page = mainOf((await (await world.browse('client')).get('/plans')).text)

    expect(page).toContain(`href="/plans/${shared.plan.id}/client"`)
    expect(page).not.toContain(draft.plan.id)
    expect(page).not.toContain('href="/plans/new"')
  })

  it('when a planner opens the builder, then 403; the plan page opens without edit or share buttons', async () => {
    const planner = await world.browse('planner')
    const { plan } = await world.make.plan('own', 'draft')
    const builder = await planner.get('/plans/new')
    const page = await planner.get(`/plans/${plan.id}`)

    expect(builder.status).toBe(403)
    expect(page.status).toBe(200)
    expect(mainOf(page.text)).not.toContain(`/plans/${plan.id}/edit`)
    expect(mainOf(page.text)).not.toContain(`/plans/${plan.id}/share`)
    expect(mainOf(page.text)).toContain(`action="/plans/${plan.id}/optimize"`)
  })

  // Issue 13: the page says where a channel targets other people than the audience describes, and why.
  it('when a line’s channel drops criteria, then the plan page says whom it will really target, in Finnish', async () => {
    const { plan } = await world.make.plan('own', 'draft')
    const page = mainOf((await (await world.browse('planner')).get(`/plans/${plan.id}`)).text)

    expect(page).toContain('<h3 id="size-notes">Mihin kanavat oikeasti kohdentavat</h3>')
    expect(page).toMatch(/<li><strong>Facebook<\/strong>: Facebook kohdentaa noin [0-9\u00a0]+ henkilöön, ei kuvattuun/)
    const notes = /<ul class="size-notes">[\s\S]*?<\/ul>/.exec(page)?.[0]
    expect(notes).not.toMatch(/unresolved|approximated|see the fidelity report/)
  })

  it('when a planner runs the optimiser, then sees the split but cannot apply it (403 on apply)', async () => {
    const planner = await world.browse('planner')
    const { plan } = await world.make.plan('own', 'draft')
    const run = await follow(planner, await planner.post(`/plans/${plan.id}/optimize`, { objective: 'clicks' }))
    const apply = await planner.post(`/plans/${plan.id}/optimize/apply`, { objective: 'clicks', version: '1' })

    expect(run.status).toBe(200)
    expect(mainOf(run.text)).toContain('id="optimize-result"')
    expect(mainOf(run.text)).not.toContain('/optimize/apply')
    expect(apply.status).toBe(403)
  })

  it("when staff open another agency's plan or a non-id, then 404", async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('otherAgency', 'shared')

    expect((await staff.get(`/plans/${plan.id}`)).status).toBe(404)
    expect((await staff.get('/plans/not-an-id')).status).toBe(404)
  })
})

describe('the plan builder', () => {
  it("when a line is added without JavaScript, then the form comes back with one more row, rates from the agency's own card", async () => {
    const staff = await world.browse('staff')
    const audience = await world.make.audience('own')
    const rates = { ...FINNISH_RATE_CARD.rates, facebook: { ...FINNISH_RATE_CARD.rates.facebook } }
    rates.facebook.cpm = { value: 12.5, source: 'agency card' }
    await world.store.rateCards.create(world.where('own').actor, { country: 'FI', rates })
    const response = await staff.post('/plans/new', { ...lineForm(audience.id), action: 'add-line' })
    const page = mainOf(response.text)

    expect(response.status).toBe(200)
    expect(page).toContain('name="lines[1][budget]"')
    // On a Finnish page with the decimal comma; Facebook's CTR 0.9 % on the card, shown as a percentage.
    expect(page).toContain('id="lines-1-cpm" name="lines[1][cpm]" type="text" inputmode="decimal" value="12,5"')
    expect(page).toContain('name="lines[1][ctr]" type="text" inputmode="decimal" value="0,9"')
  })

  it('when a line is removed, then its row is gone and the other keeps its values', async () => {
    const staff = await world.browse('staff')
    const audience = await world.make.audience('own')
    const form = { ...lineForm(audience.id), 'lines[1][audienceId]': audience.id, 'lines[1][channel]': 'linkedin' }
    const page = mainOf(
      (await staff.post('/plans/new', { ...form, 'lines[1][budget]': '321', action: 'remove-line-0' })).text,
    )

    expect(page).not.toContain('name="lines[1][budget]"')
    expect(page).toContain('name="lines[0][budget]" type="text" inputmode="decimal" required value="321"')
  })

  it('when the name is missing and the budget is not a number, then 422 with both errors linked from the summary', async () => {
    const staff = await world.browse('staff')
    const audience = await world.make.audience('own')
    const before = (await world.store.plans.list(agencyScope(), { limit: 200 })).items.length
    const response = await staff.post('/plans/new', { ...lineForm(audience.id, '12x'), name: '' })
    const page = mainOf(response.text)

    expect(response.status).toBe(422)
    expect(errorCodeOf(response.text)).toBe('request_invalid')
    expect(page).toContain('<a href="#name">Anna suunnitelmalle nimi.</a>')
    expect(page).toContain('<a href="#lines-0-budget">Rivi 1: Anna budjetti euroina')
    expect(page).toContain('aria-invalid="true" aria-describedby="lines-0-budget-error"')
    expect((await world.store.plans.list(agencyScope(), { limit: 200 })).items.length).toBe(before)
  })

  it("when a line uses another client's audience, then 422 audience_invalid on that line and nothing is stored", async () => {
    const staff = await world.browse('staff')
    const foreign = await world.make.audience('otherClient')
    const response = await staff.post('/plans/new', lineForm(foreign.id))

    expect(response.status).toBe(422)
    expect(errorCodeOf(response.text)).toBe('audience_invalid')
    expect(mainOf(response.text)).toContain('href="#lines-0-audienceId"')
  })

  it('when a plan is saved with a Finnish decimal comma and a CTR in percent, then the stored line holds the API values', async () => {
    const staff = await world.browse('staff')
    const audience = await world.make.audience('own')
    const response = await staff.post('/plans/new', {
      ...lineForm(audience.id, '1 234,50'),
      'lines[0][pricing]': 'cpm',
      'lines[0][cpm]': '11',
      'lines[0][ctr]': '1,2',
      'lines[0][frequencyCap]': '3',
    })
    const id = /\/plans\/([0-9a-f-]{36})/.exec(response.headers['location'] ?? '')![1]!
    const stored = (await world.store.plans.get(agencyScope(), id))!

    expect(response.status).toBe(303)
    expect(stored.content).toMatchObject({
      lines: [
        {
          audienceId: audience.id,
          channel: 'facebook',
          budget: 1234.5,
          pricing: 'cpm',
          cpm: 11,
          ctr: 0.012,
          frequencyCap: 3,
        },
      ],
    })
    expect(stored.status).toBe('draft')
  })
})

describe('editing a plan', () => {
  it('when the version is approved, then the page says it is frozen and saving an edit makes a new draft version, leaving the approved one', async () => {
    const staff = await world.browse('staff')
    const { plan, audienceId } = await world.make.plan('own', 'shared')
    await world.store.planReviews.approve(world.where('own').actor, agencyScope(), plan.id, 1, ['shared'])
    const page = mainOf((await staff.get(`/plans/${plan.id}`)).text)
    const edit = await staff.get(`/plans/${plan.id}/edit`)
    const saved = await staff.post(`/plans/${plan.id}/edit`, { ...lineForm(audienceId, '900'), version: '1' })
    const current = (await world.store.plans.get(agencyScope(), plan.id))!
    const history = (await world.store.plans.versions(agencyScope(), plan.id, { limit: 10 }))!.items

    expect(page).toContain('id="approved-notice"')
    expect(page).toContain('Muokkaa uutena versiona')
    expect(mainOf(edit.text)).toContain('id="approved-notice"')
    expect(saved.status).toBe(303)
    expect([current.version, current.status]).toEqual([2, 'draft'])
    expect(history.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ])
    expect((history[1]!.content as { lines: { budget: number }[] }).lines[0]!.budget).toBe(500)
  })

  it('when the form carries a stale version, then 409 with the current version named and nothing stored', async () => {
    const staff = await world.browse('staff')
    const { plan, audienceId } = await world.make.plan('own', 'draft')
    await staff.post(`/plans/${plan.id}/edit`, { ...lineForm(audienceId, '600'), version: '1' })
    const stale = await staff.post(`/plans/${plan.id}/edit`, { ...lineForm(audienceId, '700'), version: '1' })

    expect(stale.status).toBe(409)
    expect(errorCodeOf(stale.text)).toBe('conflict')
    expect(mainOf(stale.text)).toContain('(nyt versio 2)')
    expect((await world.store.plans.get(agencyScope(), plan.id))!.version).toBe(2)
  })
})

describe('the plan tools', () => {
  it('when a target reach is not a number, then 422 with the error on the field', async () => {
    const { plan } = await world.make.plan('own', 'draft')
    const staff = await world.browse('staff')
    const response = await follow(
      staff,
      await staff.post(`/plans/${plan.id}/budget-for-reach`, { targetReach: 'many' }),
    )

    expect(response.status).toBe(422)
    expect(mainOf(response.text)).toContain('aria-describedby="targetReach-error"')
  })

  it('when the target is more people than the audience holds, then the page says it is not feasible and why', async () => {
    const { plan } = await world.make.plan('own', 'draft')
    const staff = await world.browse('staff')
    const response = await follow(
      staff,
      await staff.post(`/plans/${plan.id}/budget-for-reach`, { targetReach: '900 000 000' }),
    )

    expect(response.status).toBe(200)
    expect(mainOf(response.text)).toContain('data-feasible="false"')
    expect(mainOf(response.text)).toContain('Tavoite ei ole saavutettavissa')
  })

  it('when the plan uses two audiences, then the seed 002 strategies compare on its budget', async () => {
    const staff = await world.browse('staff')
    const first = await world.make.audience('own')
    const second = await world.make.audience('own')
    const created = await staff.post('/plans/new', {
      ...lineForm(first.id),
      'lines[1][audienceId]': second.id,
      'lines[1][channel]': 'instagram',
      'lines[1][budget]': '400',
    })
    const id = /\/plans\/([0-9a-f-]{36})/.exec(created.headers['location'] ?? '')![1]!
    const response = await follow(staff, await staff.post(`/plans/${id}/strategies`, {}))

    expect(response.status).toBe(200)
    expect(mainOf(response.text)).toContain('id="strategy-table"')
    expect(mainOf(response.text)).toContain('Eriyttämätön')
  })

  it('when links are revoked, then the share link made before opens nothing', async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('own', 'draft')
    const shared = await staff.post(`/plans/${plan.id}/share`, { expiresInDays: '7' })
    const token = /\/share\/([A-Za-z0-9_-]{43})</.exec(shared.text)![1]!
    const live = await world.store.planReviews.byShareToken(hashSecret(token))
    const revoked = await staff.post(`/plans/${plan.id}/share/revoke`, {})

    expect(live?.status).toBe('shared')
    expect(revoked.headers['location']).toBe(`/plans/${plan.id}?revoked=1`)
    expect(await world.store.planReviews.byShareToken(hashSecret(token))).toBeNull()
  })
})
