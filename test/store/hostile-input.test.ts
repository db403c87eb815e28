import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, TEMPLATES } from '../../audiences/index.js'
import { STATUS_BY_CODE } from '../../server/http/http-errors.js'
import { as } from '../auth/support/as-caller.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { openTestStore, STORE_KINDS, type OpenedStore } from './support/test-stores.js'

const cottage = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience
const SQL = `Robert'); DROP TABLE audiences; -- " \\ % _ ; /* */ $1 ?`

describe.each(STORE_KINDS)('stored objects under hostile input on %s', (kind) => {
  let opened: OpenedStore
  let world: AuthWorld
  let token: string
  beforeAll(async () => {
    opened = await openTestStore(kind)
    world = await createAuthWorld(DEFAULT_TAXONOMY, opened.store)
    token = world.callers.staff.token
  })
  afterAll(async () => {
    await world.dispose()
    await opened.dispose()
  })
  const raw = (method: 'post' | 'put' | 'get' | 'delete', path: string, text?: string) => {
    const test = request(world.app)[method](path).set('Authorization', `Bearer ${token}`)
    return text === undefined ? test : test.set('Content-Type', 'application/json').send(text)
  }
  const expectClean = (response: request.Response, what: string) => {
    expect(response.status, `${what}: ${JSON.stringify(response.body).slice(0, 200)}`).toBeLessThan(500)
    if (response.status >= 400)
      expect(STATUS_BY_CODE[response.body.error.code as keyof typeof STATUS_BY_CODE]).toBe(response.status)
  }

  it('when names, tags and descriptions hold SQL metacharacters, emoji and right-to-left text, then they are stored verbatim', async () => {
    const audience = { ...cottage, name: SQL, description: `${SQL} 🏡 עברית ‮ \u0007`, tags: [SQL.slice(0, 50), '🏡'] }
    const client = await as(world, 'staff').post('/api/v1/clients', { name: SQL })

    const created = await as(world, 'staff').post('/api/v1/audiences', { clientId: client.body.id, audience })
    const read = await as(world, 'staff').get(`/api/v1/audiences/${created.body.id}`)
    const byTag = await as(world, 'staff').get(`/api/v1/audiences?tag=${encodeURIComponent(SQL.slice(0, 50))}`)

    expect(client.body.name).toBe(SQL)
    expect(read.body.audience).toMatchObject({ name: SQL, description: audience.description, tags: audience.tags })
    expect(byTag.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id])
  })

  it.each([
    ['a __proto__ key', `{"clientId":"CLIENT","audience":${JSON.stringify(cottage)},"__proto__":{"role":"admin"}}`],
    [
      'a __proto__ key inside the audience',
      `{"clientId":"CLIENT","audience":{"__proto__":{"x":1},"name":"x","geo":{"include":[{"country":"FI"}]}}}`,
    ],
    [
      'a constructor key',
      `{"clientId":"CLIENT","audience":${JSON.stringify({ ...cottage, constructor: { prototype: 1 } })}}`,
    ],
    ['NUL in a name', `{"clientId":"CLIENT","audience":${JSON.stringify({ ...cottage, name: 'a\u0000b' })}}`],
    [
      'an unpaired surrogate',
      `{"clientId":"CLIENT","audience":${JSON.stringify(cottage).replace('"name":"', '"name":"\\ud800')}}`,
    ],
    [
      'nesting 10,000 parents deep',
      `{"clientId":"CLIENT","audience":${'{"name":"x","geo":{"include":[{"country":"FI"}]},"parent":'.repeat(10_000)}{"name":"x","geo":{"include":[{"country":"FI"}]}}${'}'.repeat(10_001)}`,
    ],
  ])('when the body has %s, then answers 400 and stores nothing', async (_what, template) => {
    const before = (await as(world, 'staff').get('/api/v1/audiences?limit=200')).body.items.length

    const response = await raw('post', '/api/v1/audiences', template.replace('CLIENT', world.clients.a1.id))
    const after = (await as(world, 'staff').get('/api/v1/audiences?limit=200')).body.items.length

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(after).toBe(before)
  })

  it('when the body is 10 MB, then answers 413', async () => {
    const body = JSON.stringify({
      clientId: world.clients.a1.id,
      audience: { ...cottage, description: 'x'.repeat(10 * 1024 * 1024) },
    })

    const response = await raw('post', '/api/v1/audiences', body)

    expect(response.status).toBe(413)
    expect(response.body.error.code).toBe('payload_too_large')
  })

  it('when the body is not valid UTF-8, then answers 400 rather than storing replacement characters', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`{"clientId":"${world.clients.a1.id}","audience":{"name":"`),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('","geo":{"include":[{"country":"FI"}]}}}'),
    ])

    // supertest would re-encode a Buffer as JSON: send the raw bytes over a socket.
    const server = world.app.listen(0)
    const { port } = server.address() as AddressInfo
    const sent = await fetch(`http://127.0.0.1:${port}/api/v1/audiences`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: bytes,
    })
    const response = { status: sent.status, body: (await sent.json()) as { error: { issues: { code: string }[] } } }
    server.close()

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toEqual([expect.objectContaining({ code: 'invalid_utf8' })])
  })

  it.each([
    '/api/v1/audiences/%FF',
    '/api/v1/audiences/%00',
    `/api/v1/audiences/${encodeURIComponent("' OR 1=1 --")}`,
    `/api/v1/audiences/${'9'.repeat(5000)}`,
    '/api/v1/audiences?clientId=%00',
    '/api/v1/audiences?tag=%00',
    '/api/v1/audiences?tag=%ED%A0%80',
    '/api/v1/audiences?cursor=%00',
    '/api/v1/plans/%E0%A4%A/versions',
    '/share/%00',
  ])('when the URL is %s, then answers 4xx, never 5xx', async (path) => {
    expectClean(await raw('get', path), path)
  })

  it('when any JSON goes to the write routes, then no answer is a 5xx', async () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(SQL, '__proto__', '\u0000'))
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(text, tie('node'), { maxKeys: 4 }),
      ),
    })).node
    const body = fc.record(
      {
        clientId: fc.oneof(fc.constant(world.clients.a1.id), text),
        audience: fc.oneof(fc.constant(cottage), value),
        version: fc.oneof(fc.nat(), value),
      },
      { requiredKeys: [] },
    )
    const route = fc.constantFrom(
      ['post', '/api/v1/audiences'],
      ['post', '/api/v1/plans'],
      ['post', '/api/v1/clients'],
      ['post', '/api/v1/rate-cards'],
      ['put', '/api/v1/audiences/01900000-0000-7000-8000-000000000000'],
    )

    await fc.assert(
      fc.asyncProperty(route, body, async ([method, path], input) => {
        expectClean(
          await raw(method as 'post', path!, JSON.stringify(input)),
          `${method} ${path} ${JSON.stringify(input).slice(0, 200)}`,
        )
      }),
      { numRuns: 150 },
    )
  })
})
