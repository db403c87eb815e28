import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHmac } from 'node:crypto'
import { DEFAULT_TAXONOMY, TEMPLATES } from '../../audiences/index.js'
import { deliverDue, MAX_ATTEMPTS, retryDelayMs } from '../../server/webhooks/webhook-delivery.js'
import { as } from '../auth/support/as-caller.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience

type Received = { headers: IncomingHttpHeaders; body: string }

describe.each(STORE_KINDS)('the plan review on %s (issue 17)', (kind) => {
  let opened: OpenedStore
  let world: AuthWorld
  let villaId: string
  beforeAll(async () => {
    opened = await openTestStore(kind)
    world = await createAuthWorld(DEFAULT_TAXONOMY, opened.store)
    villaId = (await staff().post('/api/v1/audiences', { clientId: world.clients.a1.id, audience: villa })).body.id
  })
  afterAll(async () => {
    await world.dispose()
    await opened.dispose()
  })
  const staff = () => as(world, 'staff')
  const lines = (budget: number) => [
    { audienceId: villaId, channel: 'facebook', budget },
    { audienceId: villaId, channel: 'linkedin', budget: 500 },
  ]
  const aSharedPlan = async () => {
    const { body: plan } = await staff().post('/api/v1/plans', {
      clientId: world.clients.a1.id,
      name: 'Spring',
      lines: lines(1000),
    })
    const shared = await staff().post(`/api/v1/plans/${plan.id}/share`, {})
    const token = new URL(shared.body.url).pathname.split('/').at(-1)!
    return { id: plan.id as string, token }
  }
  const viaLink = (token: string, path: string, body: object) =>
    request(world.app).post(path).set('X-Share-Token', token).send(body)

  it('when the client requests changes, staff edit and share again and the link approves, then the statuses go shared → changes_requested → shared → approved with who approved', async () => {
    const { id, token } = await aSharedPlan()

    const asked = await as(world, 'client').post(`/api/v1/plans/${id}/request-changes`, {
      comment: 'LinkedIn is too expensive',
      line: 1,
    })
    const staffSees = await staff().get(`/api/v1/plans/${id}`)
    const edited = await staff().put(`/api/v1/plans/${id}`, { version: 1, name: 'Spring', lines: lines(1200) })
    const linkBefore = await request(world.app).get(`/share/${token}`)
    await staff().post(`/api/v1/plans/${id}/share`, {})
    const linkAfter = await request(world.app).get(`/share/${token}`)
    const approved = await viaLink(token, `/api/v1/plans/${id}/approve`, {
      name: 'Maija Ostaja',
      email: 'maija@a1.test',
    })
    const comments = await staff().get(`/api/v1/plans/${id}/comments`)
    const events = await staff().get(`/api/v1/plans/${id}/events`)

    expect(asked.status).toBe(200)
    expect(asked.body).toMatchObject({ version: 1, status: 'changes_requested' })
    expect(staffSees.body).toMatchObject({ version: 1, status: 'changes_requested', sharedStatus: 'changes_requested' })
    expect(edited.body).toMatchObject({ version: 2, status: 'draft', sharedVersion: 1 })
    expect(linkBefore.body).toMatchObject({ version: 1, status: 'changes_requested' })
    expect(linkAfter.body).toMatchObject({ version: 2, status: 'shared', lines: [{ budget: 1200 }, { budget: 500 }] })
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({
      version: 2,
      status: 'approved',
      approver: { name: 'Maija Ostaja', email: 'maija@a1.test' },
    })
    expect(approved.body.approvedBy).toMatch(/^share-link:/)
    expect(comments.body.items).toMatchObject([{ body: 'LinkedIn is too expensive', line: 1, version: 1 }])
    expect(events.body.items.map((e: { kind: string; version: number }) => `${e.kind}@${e.version}`)).toEqual([
      'approved@2',
      'shared@2',
      'edited@2',
      'changes_requested@1',
      'shared@1',
    ])
    expect(events.body.items[0]).toMatchObject({ actorName: 'Maija Ostaja', fromClient: true })
    expect(events.body.items[3]).toMatchObject({ comment: 'LinkedIn is too expensive', line: 1, fromClient: true })
  })

  it('when a share link approves without a name and email, then answers 400 with both paths and nothing changes', async () => {
    const { id, token } = await aSharedPlan()

    const refused = await viaLink(token, `/api/v1/plans/${id}/approve`, {})
    const badEmail = await viaLink(token, `/api/v1/plans/${id}/approve`, { name: 'M', email: 'not-an-email' })
    const after = await staff().get(`/api/v1/plans/${id}`)

    expect(refused.status).toBe(400)
    expect(refused.body.error.issues.map((i: { path: string[] }) => i.path)).toEqual([['name'], ['email']])
    expect(badEmail.status).toBe(400)
    expect(badEmail.body.error.issues[0].path).toEqual(['email'])
    expect(after.body.status).toBe('shared')
  })

  it('when a share link requests changes through the bearer header, then the comment is kept; a link to another plan is a 404', async () => {
    const { id, token } = await aSharedPlan()
    const other = await aSharedPlan()

    const asked = await request(world.app)
      .post(`/api/v1/plans/${id}/request-changes`)
      .set('Authorization', `Bearer ${token}`)
      .send({ comment: 'Less Facebook', name: 'Maija' })
    const wrongPlan = await viaLink(other.token, `/api/v1/plans/${id}/request-changes`, { comment: 'x' })

    expect(asked.status).toBe(200)
    expect(asked.body).toMatchObject({ status: 'changes_requested' })
    expect(asked.body.rates).toBeUndefined()
    expect(wrongPlan.status).toBe(404)
  })

  it('when a request names no comment, a line the plan lacks, or the plan is approved or never shared, then 400 / 409', async () => {
    const { id } = await aSharedPlan()
    const { body: draft } = await staff().post('/api/v1/plans', {
      clientId: world.clients.a1.id,
      name: 'Draft',
      lines: lines(100),
    })

    const empty = await as(world, 'client').post(`/api/v1/plans/${id}/request-changes`, { comment: '  ' })
    const badLine = await as(world, 'client').post(`/api/v1/plans/${id}/request-changes`, { comment: 'x', line: 2 })
    const neverShared = await as(world, 'admin').post(`/api/v1/plans/${draft.id}/request-changes`, { comment: 'x' })
    await as(world, 'client').post(`/api/v1/plans/${id}/approve`, {})
    const afterApproval = await as(world, 'client').post(`/api/v1/plans/${id}/request-changes`, { comment: 'x' })
    const byStaff = await staff().post(`/api/v1/plans/${id}/request-changes`, { comment: 'x' })

    expect(empty.status).toBe(400)
    expect(empty.body.error.issues[0].path).toEqual(['comment'])
    expect(badLine.status).toBe(400)
    expect(badLine.body.error.issues[0]).toMatchObject({ path: ['line'], code: 'line_unknown' })
    expect(neverShared.status).toBe(409)
    expect(afterApproval.status).toBe(409)
    expect(byStaff.status).toBe(403)
  })

  it('when the agency has a webhook, then each event is delivered signed in the background, retried after a failure, and the request never waits', async () => {
    const received: Received[] = []
    let failFirst = true
    const server: Server = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        received.push({ headers: req.headers, body })
        res.statusCode = failFirst ? 503 : 204
        failFirst = false
        res.end()
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    try {
      const set = await as(world, 'admin').put('/api/v1/webhook', { url })
      const { id } = await aSharedPlan()
      await as(world, 'client').post(`/api/v1/plans/${id}/request-changes`, { comment: 'More Instagram' })
      // The request has returned; nothing has been sent yet (delivery is the background worker's).
      const before = received.length
      const start = Date.now()
      const first = await deliverDue(opened.store, { clock: () => start })
      const tooEarly = await deliverDue(opened.store, { clock: () => start + retryDelayMs(1) - 1000 })
      const retried = await deliverDue(opened.store, { clock: () => start + retryDelayMs(1) + 1000 })
      const listed = await as(world, 'admin').get('/api/v1/webhook')

      expect(set.status).toBe(200)
      expect(set.body.secret).toMatch(/^whsec_/)
      expect(before).toBe(0)
      // The share and the change request: the share's delivery fails first (503) and is retried 30 s later.
      expect(first).toEqual({ delivered: 1, failed: 1 })
      expect(tooEarly).toEqual({ delivered: 0, failed: 0 })
      expect(retried).toEqual({ delivered: 1, failed: 0 })
      const asked = received.find((r) => r.headers['x-kohde-event'] === 'plan.changes_requested')!
      const payload = JSON.parse(asked.body)
      expect(payload).toMatchObject({
        type: 'plan.changes_requested',
        plan: { id, name: 'Spring', version: 1, clientId: world.clients.a1.id },
        actor: { fromClient: true },
        comment: 'More Instagram',
      })
      // The signature is HMAC-SHA256 of "<t>.<body>" under the secret (docs/webhooks.md).
      const [t, v1] = String(asked.headers['x-kohde-signature'])
        .split(',')
        .map((p) => p.split('=')[1]!)
      expect(v1).toBe(createHmac('sha256', set.body.secret).update(`${t}.${asked.body}`).digest('hex'))
      expect(listed.body.deliveries.every((d: { deliveredAt: string | null }) => d.deliveredAt !== null)).toBe(true)
      expect(listed.body.deliveries.map((d: { attempts: number }) => d.attempts).sort()).toEqual([1, 2])
      expect(JSON.stringify(listed.body)).not.toContain(set.body.secret)
    } finally {
      await as(world, 'admin').delete('/api/v1/webhook')
      await new Promise((done) => server.close(done))
    }
  })

  it('when a receiver keeps failing, then the delivery is given up after the last attempt', async () => {
    const set = await as(world, 'admin').put('/api/v1/webhook', { url: 'http://127.0.0.1:9/closed' })
    const { id } = await aSharedPlan()
    let now = Date.now()
    const rounds = []
    for (let attempt = 1; attempt <= MAX_ATTEMPTS + 1; attempt++) {
      rounds.push(await deliverDue(opened.store, { clock: () => now }))
      now += retryDelayMs(attempt) + 1000
    }
    const listed = await as(world, 'admin').get('/api/v1/webhook')
    await as(world, 'admin').delete('/api/v1/webhook')

    expect(set.status).toBe(200)
    expect(id).toBeTruthy()
    expect(rounds.map((r) => r.failed)).toEqual([...Array(MAX_ATTEMPTS).fill(1), 0])
    expect(listed.body.deliveries[0]).toMatchObject({ attempts: MAX_ATTEMPTS, nextAttemptAt: null, deliveredAt: null })
  })

  it('when a staff user or a bad URL sets the webhook, then 403 / 400', async () => {
    expect((await staff().put('/api/v1/webhook', { url: 'http://example.test/' })).status).toBe(403)
    const bad = await as(world, 'admin').put('/api/v1/webhook', { url: 'ftp://example.test/' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.issues[0].path).toEqual(['url'])
    expect((await as(world, 'admin').get('/api/v1/webhook')).status).toBe(404)
  })
})
