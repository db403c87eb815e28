import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { TEMPLATES } from '../../audiences/index.js'
import { startTestPostgres, type TestPostgres } from '../support/postgres.js'
import { adminToken, api, startServer, type ServerProcess } from './support/server-process.js'
import { STORE_KINDS, type StoreKind } from './support/test-stores.js'

type Acknowledged = { id: string; version: number; name: string; description: string }

const template = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
const WRITERS = 4

// Writes (creates, and updates of what it created) until the server dies under it; keeps every 2xx it got.
async function writeUntilKilled(server: ServerProcess, token: string, clientId: string, acknowledged: Acknowledged[]) {
  let n = 0
  const writer = async (w: number) => {
    for (;;) {
      const i = n++
      const description = `writer ${w}, write ${i}: ääkköset ✓ '; -- "quoted"`
      try {
        const previous = acknowledged.filter((a) => a.id.endsWith(String(w))).at(-1)
        if (i % 3 === 2 && previous) {
          const body = { version: previous.version, audience: { ...template, name: `${previous.name}+`, description } }
          const put = await api(server.url, token, 'PUT', `/api/v1/audiences/${previous.id}`, body)
          if (put.status === 200)
            acknowledged.push({
              id: previous.id,
              version: previous.version + 1,
              name: `${previous.name}+`,
              description,
            })
        } else {
          const body = { clientId, audience: { ...template, name: `audience ${i}`, description } }
          const post = await api(server.url, token, 'POST', '/api/v1/audiences', body)
          if (post.status === 201)
            acknowledged.push({ id: String(post.body!.id), version: 1, name: `audience ${i}`, description })
        }
      } catch {
        return
      }
    }
  }
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))
}

describe.each(STORE_KINDS)('a server on %s killed with SIGKILL while writing', (kind: StoreKind) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-durability-'))
  let postgres: TestPostgres | undefined
  afterAll(async () => {
    await postgres?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('when restarted, then every write that got a 2xx is there, intact', async () => {
    postgres = kind === 'postgres' ? await startTestPostgres() : undefined
    const env = { KOHDE_DATA_DIR: dataDir, ...(postgres ? { DATABASE_URL: postgres.url } : {}) }
    const first = await startServer(env)
    const token = await adminToken(first.url)
    const client = await api(first.url, token, 'POST', '/api/v1/clients', { name: 'Talotehdas Oy' })
    const acknowledged: Acknowledged[] = []

    const writing = writeUntilKilled(first, token, String(client.body!.id), acknowledged)
    const killAfterMs = Math.round(400 + Math.random() * 1200)
    await new Promise((resolve) => setTimeout(resolve, killAfterMs))
    // On a loaded machine the first writes are slow: the kill waits for enough of them to make the check mean something.
    for (let waited = 0; acknowledged.length <= 10 && waited < 20_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50))
    await first.stop('SIGKILL')
    await writing
    const second = await startServer(env)
    const token2 = await adminToken(second.url)

    const updates = acknowledged.filter((a) => a.version > 1).length
    console.info(
      `durability ${kind}: killed after ${killAfterMs} ms; ${acknowledged.length} writes acknowledged (${updates} updates)`,
    )
    expect(acknowledged.length, 'writes acknowledged before the kill').toBeGreaterThan(10)
    const latest = new Map<string, Acknowledged>()
    for (const a of acknowledged) if ((latest.get(a.id)?.version ?? 0) < a.version) latest.set(a.id, a)
    for (const a of latest.values()) {
      const stored = await api(second.url, token2, 'GET', `/api/v1/audiences/${a.id}`)
      expect(stored.status).toBe(200)
      expect(stored.body!.version as number).toBeGreaterThanOrEqual(a.version)
      const versions = await api(second.url, token2, 'GET', `/api/v1/audiences/${a.id}/versions?limit=200`)
      const at = (versions.body!.items as { version: number; audience: { name: string; description: string } }[]).find(
        (v) => v.version === a.version,
      )
      expect(at?.audience).toMatchObject({ name: a.name, description: a.description, include: template.include })
    }
    await second.stop()
  }, 90_000)
})
