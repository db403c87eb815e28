import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEMPLATES } from '../../audiences/index.js'
import { startTestPostgres, type TestPostgres } from '../support/postgres.js'
import { adminToken, api, startServer, type ServerProcess } from './support/server-process.js'

const audience = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience

// The web sign-in as a browser does it: the form (CSRF cookie + field), then the post; returns the session cookie.
async function signIn(url: string, email: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const form = await fetch(`${url}/login`)
  const csrfCookie = /kohde_csrf=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')![1]!
  const field = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!
  const posted = await fetch(`${url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `kohde_csrf=${csrfCookie}` },
    body: new URLSearchParams({ email, password, _csrf: field }).toString(),
    redirect: 'manual',
  })
  expect(posted.status).toBe(303)
  const session = /kohde_session=([^;]+)/.exec(posted.headers.get('set-cookie') ?? '')![1]!
  // The session's CSRF token is in every signed-in page (the sign-out form carries it).
  const home = await fetch(`${url}/`, { headers: { cookie: `kohde_session=${session}` } })
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await home.text())![1]!
  return { cookie: `kohde_session=${session}`, csrf }
}

describe('two server processes against one PostgreSQL', () => {
  let postgres: TestPostgres
  let a: ServerProcess
  let b: ServerProcess
  let token: string
  let clientId: string
  beforeAll(async () => {
    postgres = await startTestPostgres()
    a = await startServer({ DATABASE_URL: postgres.url })
    b = await startServer({ DATABASE_URL: postgres.url })
    token = await adminToken(a.url)
    clientId = String((await api(a.url, token, 'POST', '/api/v1/clients', { name: 'Talotehdas Oy' })).body!.id)
  }, 60_000)
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await postgres?.drop()
  })

  it('when a session starts on one, then the other knows it, and ends it everywhere on sign-out', async () => {
    const { cookie, csrf } = await signIn(a.url, 'admin@process.test', 'process admin password')

    const onB = await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie } })
    const writeWithoutCsrf = await fetch(`${b.url}/api/v1/clients`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    })
    const signOut = await fetch(`${b.url}/logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${encodeURIComponent(csrf)}`,
      redirect: 'manual',
    })
    const afterOnA = await fetch(`${a.url}/api/v1/auth/me`, { headers: { cookie } })

    expect(onB.status).toBe(200)
    expect(((await onB.json()) as { user: { email: string } }).user.email).toBe('admin@process.test')
    expect(writeWithoutCsrf.status).toBe(403)
    expect(signOut.status).toBe(303)
    expect(afterOnA.status).toBe(401)
  })

  it('when one writes, then the other reads it, and a token from one works on the other', async () => {
    const created = await api(a.url, token, 'POST', '/api/v1/audiences', { clientId, audience })

    const read = await api(b.url, token, 'GET', `/api/v1/audiences/${String(created.body!.id)}`)

    expect(created.status).toBe(201)
    expect(read.status).toBe(200)
    expect(read.body).toEqual(created.body)
  })

  it('when both update one audience version at once, then exactly one wins and the other gets 409 with the winner', async () => {
    const created = await api(a.url, token, 'POST', '/api/v1/audiences', { clientId, audience })
    const id = String(created.body!.id)

    for (let round = 1; round <= 10; round++) {
      const [fromA, fromB] = await Promise.all(
        (
          [
            [a, 'from A'],
            [b, 'from B'],
          ] as const
        ).map(([server, name]) =>
          api(server.url, token, 'PUT', `/api/v1/audiences/${id}`, { version: round, audience: { ...audience, name } }),
        ),
      )

      const statuses = [fromA!.status, fromB!.status].sort()
      expect(statuses).toEqual([200, 409])
      const winner = fromA!.status === 200 ? fromA! : fromB!
      const loser = fromA!.status === 409 ? fromA! : fromB!
      expect((loser.body!.error as { current: unknown }).current).toEqual(winner.body)
    }
    const history = await api(b.url, token, 'GET', `/api/v1/audiences/${id}/versions?limit=50`)
    expect((history.body!.items as unknown[]).length).toBe(11)
  })

  it('when sign-in failures are spread over both, then they are counted together', async () => {
    const attempt = (server: ServerProcess) =>
      fetch(`${server.url}/api/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'guess@process.test', password: 'not the password' }),
      })

    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await attempt(i % 2 === 0 ? a : b)).status)
    // Five failures are free; the sixth (three on each process) makes the next attempt wait a second, on either.
    const held = await attempt(a)

    expect(statuses).toEqual(Array(6).fill(401))
    expect([held.status, held.headers.get('retry-after')]).toEqual([429, '1'])
  })
})
