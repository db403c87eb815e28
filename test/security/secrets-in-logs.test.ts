import { Writable } from 'node:stream'
import { pino } from 'pino'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.js'
import { hashSecret, newSecret } from '../../server/auth/secret-token.js'
import { LOG_REDACT, redactUrl } from '../../server/http/request-log.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { DEFAULT_TAXONOMY as testTaxonomy } from '../../audiences/index.js'

let world: AuthWorld
let lines: string[]
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  world = await createAuthWorld(testTaxonomy)
  lines = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'))
      done()
    },
  })
  app = createApp({
    taxonomy: testTaxonomy,
    logger: pino({ level: 'info', redact: LOG_REDACT }, stream),
    bodyLimit: '1mb',
    store: world.store,
  })
})
afterAll(() => world.dispose())

describe('the request log', () => {
  it('when requests carry a bearer token, a session cookie, a CSRF token and a share link, then no log line holds any of them', async () => {
    const { plan } = await world.make.plan('own')
    const share = newSecret()
    const own = world.where('own')
    await world.store.planReviews.share(own.actor, { agencyId: own.agencyId, clientId: null }, plan.id, {
      tokenHash: hashSecret(share),
      expiresAt: '2999-01-01T00:00:00.000Z',
    })
    const session = newSecret()
    const csrf = newSecret()
    await world.store.credentials.createSession(
      world.callers.staff.userId,
      hashSecret(session),
      csrf,
      '2999-01-01T00:00:00.000Z',
    )
    const token = world.callers.staff.token

    const opened = await request(app).get(`/share/${share}`)
    const missing = await request(app).get(`/share/${share}/x?again=${share}`)
    await request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`)
    await request(app)
      .post('/api/v1/clients')
      .set('Cookie', `kohde_session=${session}`)
      .set('X-CSRF-Token', csrf)
      .send({ name: 'Logged Oy' })
    const log = lines.join('')

    expect([opened.status, missing.status]).toEqual([200, 404])
    expect(lines.length).toBeGreaterThanOrEqual(4)
    for (const secret of [share, session, csrf, token, hashSecret(token)])
      expect(lines.filter((l) => l.includes(secret)).map((l) => l.slice(0, 3000))).toEqual([])
    expect(log).toContain('"url":"/share/[redacted]"')
  })

  it('when a URL holds a run of 40 or more token characters, then the logged URL has it redacted; ids stay', () => {
    const id = '01900000-0000-7000-8000-000000000000'

    expect(redactUrl(`/share/${'a'.repeat(43)}?x=1`)).toBe('/share/[redacted]?x=1')
    expect(redactUrl(`/api/v1/audiences/${id}/versions`)).toBe(`/api/v1/audiences/${id}/versions`)
  })
})
