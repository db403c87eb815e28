import type { AddressInfo } from 'node:net'
import { deflateSync } from 'node:zlib'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAuthWorld, type AuthWorld } from '../auth/support/auth-world.js'
import { testTaxonomy } from '../server/support/test-app.js'

// Answers the fuzz suite found to be 5xx, each kept here as the smallest request that showed it.
let world: AuthWorld
beforeAll(async () => {
  world = await createAuthWorld(testTaxonomy)
})
afterAll(() => world.dispose())

describe('a request body under a Content-Encoding it does not have', () => {
  it.each(['gzip', 'deflate', 'br'])(
    'when a JSON body claims Content-Encoding %s but is plain text, then answers 400 invalid_encoding, not 500',
    async (encoding) => {
      const response = await request(world.app)
        .post('/api/v1/clients')
        .set('Authorization', `Bearer ${world.callers.staff.token}`)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .send('{"name":"Plain Oy"}')

      expect(response.status).toBe(400)
      expect(response.body.error.code).toBe('request_invalid')
      expect(response.body.error.issues).toEqual([expect.objectContaining({ code: 'invalid_encoding' })])
    },
  )

  it('when a form post claims gzip but is plain text, then answers 400, not 500', async () => {
    const response = await request(world.app)
      .post('/login')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .set('Content-Encoding', 'gzip')
      .send('email=a&password=b')

    expect(response.status).toBe(400)
  })

  it('when the body really is deflated, then it is read as usual', async () => {
    // supertest would re-encode a Buffer as JSON: send the bytes over a socket.
    const server = world.app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const { port } = server.address() as AddressInfo
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/clients`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${world.callers.staff.token}`,
        'content-type': 'application/json',
        'content-encoding': 'deflate',
      },
      body: deflateSync('{"name":"Deflated Oy"}'),
    })
    const body = (await response.json()) as { name: string }
    server.close()

    expect(response.status).toBe(201)
    expect(body.name).toBe('Deflated Oy')
  })
})
