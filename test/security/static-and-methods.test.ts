import { Writable } from 'node:stream'
import { pino } from 'pino'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { createApp } from '../../server/app.js'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'

// Issue 16 item 1: the static files' own refusals (404, 403, 400, 412, 416, 405) were answered as 500s with a stack
// trace in the log. Each must be its own status, in kohde's JSON envelope, and never an error line in the log.
let world: AuthWorld
let app: ReturnType<typeof createApp>
const errorLines: string[] = []
beforeAll(async () => {
  world = await createAuthWorld(DEFAULT_TAXONOMY)
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = chunk.toString('utf8')
      if (/"level":(50|60)/.test(line) || line.includes('"stack"')) errorLines.push(line)
      done()
    },
  })
  app = createApp({
    taxonomy: DEFAULT_TAXONOMY,
    logger: pino({ level: 'info' }, stream),
    bodyLimit: '1mb',
    store: world.store,
  })
})
afterAll(() => world.dispose())

// [what, request, status, code]: RFC 9110 §15.5 names each status; serve-static/send raise them for these requests.
const STATIC_REFUSALS: [string, () => request.Test, number, string][] = [
  ['a missing file', () => request(app).get('/static/nope.css'), 404, 'not_found'],
  ['a dotfile', () => request(app).get('/static/.env'), 404, 'not_found'],
  ['the folder itself', () => request(app).get('/static/'), 404, 'not_found'],
  ['an encoded ../', () => request(app).get('/static/%2e%2e/x'), 403, 'forbidden'],
  ['an encoded NUL', () => request(app).get('/static/%00'), 400, 'request_invalid'],
  [
    'an unsatisfiable Range',
    () => request(app).get('/static/kohde.css').set('Range', 'bytes=999999-'),
    416,
    'range_not_satisfiable',
  ],
  [
    'an If-Match that does not match',
    () => request(app).get('/static/kohde.css').set('If-Match', '"not-this-one"'),
    412,
    'precondition_failed',
  ],
  ['a POST', () => request(app).post('/static/kohde.css'), 405, 'method_not_allowed'],
  ['a PUT', () => request(app).put('/static/kohde.css').send('x'), 405, 'method_not_allowed'],
]

describe('/static refusals', () => {
  it.each(STATIC_REFUSALS)(
    'when asked for %s, then answers its own 4xx in the JSON envelope and logs no error',
    async (_what, send, status, code) => {
      const before = errorLines.length
      const response = await send()

      expect(response.status).toBe(status)
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      expect(response.body.error.code).toBe(code)
      expect(JSON.stringify(response.body)).not.toMatch(/views|node_modules|ENOENT|at /)
      expect(errorLines.slice(before)).toEqual([])
    },
  )

  it('when a static file is asked with HEAD or a satisfiable Range, then it is served as before', async () => {
    const head = await request(app).head('/static/kohde.css')
    const range = await request(app).get('/static/kohde.css').set('Range', 'bytes=0-9')

    expect(head.status).toBe(200)
    expect(head.headers['content-type']).toMatch(/^text\/css/)
    expect(range.status).toBe(206)
    expect(range.text).toHaveLength(10)
  })

  it('when the pages ask for their script, then the bundle of browser/ is served as one classic script', async () => {
    const script = await request(app).get('/static/kohde.js')

    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toMatch(/^text\/javascript/)
    // format 'iife' (scripts/build.js): a plain <script defer> cannot load an ES module's import statements.
    expect(script.text).not.toMatch(/^\s*import[\s{]/m)
    expect(script.text).toContain('data-copy')
  })

  it('when a method other than GET or HEAD reaches /static, then 405 says which methods are allowed', async () => {
    const response = await request(app).delete('/static/kohde.css')

    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
  })
})

describe('methods a path does not take', () => {
  it.each([
    ['PROPFIND', '/api/v1/clients', 'GET, HEAD, POST'],
    ['PUT', '/login', 'GET, HEAD, POST'],
    ['PATCH', '/api/v1/audiences/00000000-0000-0000-0000-000000000000', 'GET, HEAD, PUT, DELETE'],
    ['TRACE', '/healthz', 'GET, HEAD'],
  ])('when %s reaches %s, then answers 405 method_not_allowed with Allow: %s', async (method, path, allow) => {
    const response = await request(app)[method.toLowerCase() as 'put'](path).set('Authorization', 'Bearer x')

    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe(allow)
    expect(response.body.error.code).toBe('method_not_allowed')
  })

  it('when OPTIONS asks a route, then answers 204 with its methods and no body', async () => {
    const api = await request(app).options('/api/v1/clients')
    const page = await request(app).options('/login')
    const asset = await request(app).options('/static/kohde.css')

    expect([api.status, page.status, asset.status]).toEqual([204, 204, 204])
    expect([api.headers.allow, page.headers.allow, asset.headers.allow]).toEqual([
      'GET, HEAD, POST',
      'GET, HEAD, POST',
      'GET, HEAD',
    ])
    expect(api.text).toBe('')
  })

  it('when a path names nothing, then any method gets 404 not_found', async () => {
    const get = await request(app).get('/no/such/thing')
    const propfind = await request(app).propfind('/no/such/thing')

    expect([get.status, propfind.status]).toEqual([404, 404])
    expect(propfind.body.error.code).toBe('not_found')
  })
})
