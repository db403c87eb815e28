import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, EstimateResponseSchema, FINNISH_RATE_CARD, TEMPLATES } from '../../audiences/index.js'
import { ClientPlanSchema } from '../../server/routes/plan-schemas.js'
import { as } from '../auth/support/as-caller.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
const garage = TEMPLATES.find((t) => t.id === 'storage-garage-buyers')!.audience

describe.each(STORE_KINDS)('/api/v1/plans on %s', (kind) => {
  let opened: OpenedStore
  let world: AuthWorld
  let villaId: string
  let garageId: string
  beforeAll(async () => {
    opened = await openTestStore(kind)
    world = await createAuthWorld(DEFAULT_TAXONOMY, opened.store)
    const post = (audience: object) =>
      as(world, 'staff').post('/api/v1/audiences', { clientId: world.clients.a1.id, audience })
    villaId = (await post(villa)).body.id
    garageId = (await post(garage)).body.id
  })
  afterAll(async () => {
    await world.dispose()
    await opened.dispose()
  })
  const staff = () => as(world, 'staff')
  const aPlan = (lines: object[] = [{ audienceId: villaId, channel: 'facebook', budget: 1000 }]) =>
    staff().post('/api/v1/plans', { clientId: world.clients.a1.id, name: 'Spring', lines })

  it('when created, then answers 201 draft version 1 with the estimate of its lines', async () => {
    const created = await aPlan()

    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ version: 1, status: 'draft', name: 'Spring', scenarios: [] })
    expect(EstimateResponseSchema.safeParse(created.body.estimate).error).toBeUndefined()
    // 1,000 € at the default Facebook CPM of 10 € buys 100,000 impressions (seed 003).
    expect(created.body.estimate.lines[0].impressions).toBeCloseTo(100_000, 0)
  })

  it('when lines use two segments, then each line is sized by its own audience and the universe is their sum', async () => {
    const created = await aPlan([
      { audienceId: villaId, channel: 'facebook', budget: 500 },
      { audienceId: garageId, channel: 'facebook', budget: 500 },
    ])

    const [villaLine, garageLine] = created.body.estimate.lines
    expect(villaLine.audienceSize.value).not.toBe(garageLine.audienceSize.value)
    expect(created.body.estimate.assumptions[0]).toMatchObject({ factor: 'universe' })
  })

  it('when the agency has its own Finnish rate card, then plans are estimated with it', async () => {
    const rates = {
      ...FINNISH_RATE_CARD.rates,
      facebook: { ...FINNISH_RATE_CARD.rates.facebook, cpm: { value: 20, source: 'our card' } },
    }
    const card = await as(world, 'admin').post('/api/v1/rate-cards', { card: { country: 'FI', rates } })

    const created = await aPlan()
    await as(world, 'admin').delete(`/api/v1/rate-cards/${card.body.id}`)

    expect(card.status).toBe(201)
    expect(created.body.estimate.lines[0].cpm).toBe(20)
  })

  it('when shared, then the share link opens it without an account until it is revoked', async () => {
    const { body: plan } = await aPlan()

    const shared = await staff().post(`/api/v1/plans/${plan.id}/share`, { expiresInDays: 7 })
    const path = new URL(shared.body.url).pathname
    const opened = await request(world.app).get(path)
    const revoked = await staff().delete(`/api/v1/plans/${plan.id}/share`)
    const after = await request(world.app).get(path)

    expect(shared.status).toBe(201)
    expect(opened.status).toBe(200)
    expect(opened.body).toMatchObject({ id: plan.id, status: 'shared' })
    expect(revoked.status).toBe(204)
    expect(after.status).toBe(404)
  })

  it('when a client user or a share link reads a plan, then gets the client view: no rates, criteria shares or scenarios', async () => {
    const { body: plan } = await aPlan([
      { audienceId: villaId, channel: 'facebook', budget: 1000, cpm: 12, ctr: 0.01, startDate: '2027-03-01' },
    ])
    const shared = await staff().post(`/api/v1/plans/${plan.id}/share`, {})
    const reads = [
      (await as(world, 'client').get(`/api/v1/plans/${plan.id}`)).body,
      (await as(world, 'client').get(`/api/v1/plans?limit=200`)).body.items.find(
        (p: { id: string }) => p.id === plan.id,
      ),
      (await as(world, 'client').get(`/api/v1/plans/${plan.id}/versions`)).body.items[0],
      (await request(world.app).get(new URL(shared.body.url).pathname)).body,
    ]
    const staffView = (await staff().get(`/api/v1/plans/${plan.id}`)).body

    for (const read of reads) {
      expect(ClientPlanSchema.safeParse(read).error).toBeUndefined()
      expect(read.lines).toEqual([{ audienceId: villaId, channel: 'facebook', budget: 1000, startDate: '2027-03-01' }])
      // 1,000 € at the plan's own CPM of 12 € buys 83,333 impressions; the client sees the result, not the rate.
      expect(read.estimate.lines[0].impressions).toBeCloseTo(83_333.3, 0)
      expect(JSON.stringify(read)).not.toMatch(/"(cpm|cpc|ctr|pricing|scenarios|reachModel|createdBy)":/)
      expect(read.estimate.assumptions.map((a: { factor: string }) => a.factor)).not.toContainEqual(
        expect.stringMatching(/^(rate\.|share\.|lines\.0\.c)/),
      )
    }
    expect(staffView.estimate.lines[0]).toMatchObject({ cpm: 12, ctr: 0.01 })
    expect(staffView.estimate.assumptions.map((a: { factor: string }) => a.factor)).toContain('lines.0.cpm')
  })

  it('when the client approves, then that version is frozen: a change makes version 2 as a draft and the client still sees version 1', async () => {
    const { body: plan } = await aPlan()
    await staff().post(`/api/v1/plans/${plan.id}/share`, {})

    const approved = await as(world, 'client').post(`/api/v1/plans/${plan.id}/approve`, {})
    const again = await as(world, 'client').post(`/api/v1/plans/${plan.id}/approve`, {})
    const changed = await staff().put(`/api/v1/plans/${plan.id}`, {
      version: 1,
      name: 'Spring, more LinkedIn',
      lines: [{ audienceId: villaId, channel: 'linkedin', budget: 2000 }],
    })
    const clientView = await as(world, 'client').get(`/api/v1/plans/${plan.id}`)
    const history = await staff().get(`/api/v1/plans/${plan.id}/versions`)

    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ version: 1, status: 'approved', approvedBy: world.callers.client.userId })
    expect(again.status).toBe(409)
    expect(changed.body).toMatchObject({ version: 2, status: 'draft', name: 'Spring, more LinkedIn' })
    expect(clientView.body).toMatchObject({ version: 1, status: 'approved', name: 'Spring' })
    expect(history.body.items.map((p: { version: number; status: string }) => [p.version, p.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ])
  })

  it('when a shared plan is edited, then the edit is a new draft: the client, the share link and their approval keep to the shared version until staff share again (issue 16)', async () => {
    const { body: plan } = await aPlan()
    const shared = await staff().post(`/api/v1/plans/${plan.id}/share`, {})
    const link = new URL(shared.body.url).pathname
    const edit = (version: number, budget: number) =>
      staff().put(`/api/v1/plans/${plan.id}`, {
        version,
        name: `Work in progress ${budget}`,
        lines: [{ audienceId: villaId, channel: 'facebook', budget }],
      })

    const edited = await edit(1, 3000)
    const clientView = await as(world, 'client').get(`/api/v1/plans/${plan.id}`)
    const linkView = await request(world.app).get(link)
    const listed = (await as(world, 'client').get('/api/v1/plans?limit=200')).body.items.find(
      (p: { id: string }) => p.id === plan.id,
    )
    const history = await as(world, 'client').get(`/api/v1/plans/${plan.id}/versions`)
    // Approving "the version I see" approves version 1, never the draft; naming the draft is a conflict.
    const approveDraft = await as(world, 'client').post(`/api/v1/plans/${plan.id}/approve`, { version: 2 })
    const staffView = await staff().get(`/api/v1/plans/${plan.id}`)
    await staff().post(`/api/v1/plans/${plan.id}/share`, {})
    const afterShare = await request(world.app).get(link)

    expect(edited.body).toMatchObject({ version: 2, status: 'draft', sharedVersion: 1, sharedStatus: 'shared' })
    for (const read of [clientView.body, linkView.body, listed])
      expect(read).toMatchObject({ version: 1, status: 'shared', name: 'Spring', lines: [{ budget: 1000 }] })
    expect(history.body.items.map((p: { version: number }) => p.version)).toEqual([1])
    expect(approveDraft.status).toBe(409)
    expect(staffView.body).toMatchObject({ version: 2, status: 'draft', sharedVersion: 1 })
    expect(afterShare.body).toMatchObject({ version: 2, status: 'shared', name: 'Work in progress 3000' })
  })

  it('when an approved plan is edited twice, then the client still sees the approved version, and sharing the newest moves them to it', async () => {
    const { body: plan } = await aPlan()
    await staff().post(`/api/v1/plans/${plan.id}/share`, {})
    await as(world, 'client').post(`/api/v1/plans/${plan.id}/approve`, {})
    const line = (budget: number) => [{ audienceId: villaId, channel: 'facebook', budget }]

    await staff().put(`/api/v1/plans/${plan.id}`, { version: 1, name: 'Spring v2', lines: line(1200) })
    const second = await staff().put(`/api/v1/plans/${plan.id}`, { version: 2, name: 'Spring v3', lines: line(1300) })
    const before = await as(world, 'client').get(`/api/v1/plans/${plan.id}`)
    await staff().post(`/api/v1/plans/${plan.id}/share`, {})
    const after = await as(world, 'client').get(`/api/v1/plans/${plan.id}`)

    expect(second.body).toMatchObject({ version: 3, status: 'draft', sharedVersion: 1, sharedStatus: 'approved' })
    expect(before.body).toMatchObject({ version: 1, status: 'approved', name: 'Spring' })
    expect(after.body).toMatchObject({ version: 3, status: 'shared', name: 'Spring v3' })
  })

  it('when an audience is used by plans (a line, a scenario, or only the version the client sees), then deleting it answers 409 naming them, and every plan still exports (issue 16, ADR 0009)', async () => {
    const audience = (await staff().post('/api/v1/audiences', { clientId: world.clients.a1.id, audience: villa })).body
    const other = (await staff().post('/api/v1/audiences', { clientId: world.clients.a1.id, audience: garage })).body
    const line = (audienceId: string) => ({ audienceId, channel: 'facebook', budget: 500 })
    const make = (name: string, body: object) =>
      staff().post('/api/v1/plans', { clientId: world.clients.a1.id, name, lines: [line(other.id)], ...body })
    const draft = (await make('Draft using it', { lines: [line(audience.id)] })).body
    const scenario = (await make('Scenario using it', { scenarios: [{ name: 'B', lines: [line(audience.id)] }] })).body
    const shared = (await make('Shared, then moved on', { lines: [line(audience.id)] })).body
    await staff().post(`/api/v1/plans/${shared.id}/share`, {})
    await staff().put(`/api/v1/plans/${shared.id}`, { version: 1, name: 'Moved on', lines: [line(other.id)] })
    const unrelated = (await make('Unrelated', {})).body

    const refused = await staff().delete(`/api/v1/audiences/${audience.id}`)
    const exported = await staff().get(`/api/v1/plans/${shared.id}/export?format=csv`)
    for (const plan of [draft, scenario, shared]) await staff().delete(`/api/v1/plans/${plan.id}`)
    const deleted = await staff().delete(`/api/v1/audiences/${audience.id}`)

    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('conflict')
    expect(refused.body.error.usedBy).toEqual([
      { type: 'plan', id: draft.id, name: 'Draft using it', status: 'draft' },
      { type: 'plan', id: scenario.id, name: 'Scenario using it', status: 'draft' },
      { type: 'plan', id: shared.id, name: 'Moved on', status: 'draft' },
    ])
    expect(refused.body.error.message).toContain('Draft using it')
    expect(JSON.stringify(refused.body)).not.toContain(unrelated.id)
    expect(exported.status).toBe(200)
    expect(deleted.status).toBe(204)
  })

  it('when a line names an audience of another client, then answers 422; of another agency, 404', async () => {
    const other = await staff().post('/api/v1/audiences', { clientId: world.clients.a2.id, audience: villa })
    const foreign = await world.make.audience('otherAgency')

    const otherClient = await aPlan([{ audienceId: other.body.id, channel: 'google', budget: 100 }])
    const otherAgency = await aPlan([{ audienceId: foreign.id, channel: 'google', budget: 100 }])

    expect(otherClient.status).toBe(422)
    expect(otherClient.body.error.issues[0]).toMatchObject({
      path: ['lines', 0, 'audienceId'],
      code: 'audience_other_client',
    })
    expect(otherAgency.status).toBe(404)
  })

  it('when scenarios are given, then each gets its own estimate', async () => {
    const created = await staff().post('/api/v1/plans', {
      clientId: world.clients.a1.id,
      name: 'With scenarios',
      lines: [{ audienceId: villaId, channel: 'facebook', budget: 1000 }],
      scenarios: [{ name: 'All LinkedIn', lines: [{ audienceId: villaId, channel: 'linkedin', budget: 1000 }] }],
    })

    expect(created.status).toBe(201)
    // 1,000 € at LinkedIn's default CPM of 30 € buys 33,333 impressions (seed 003).
    expect(created.body.scenarios[0].estimate.lines[0].impressions).toBeCloseTo(33_333.33, 1)
  })
})
