import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startTestPostgres, type TestPostgres } from '../support/postgres.js'
import { adminToken, api, startServer, type ServerProcess } from '../store/support/server-process.js'
import { STORE_KINDS } from '../store/support/test-stores.js'
import {
  contentOf,
  soakClient,
  versionsOf,
  type Acknowledged,
  type SoakCounts,
  type Target,
} from './support/soak-clients.js'

// CI soaks each database for a short while; `npm run soak` for a minute. The kill comes halfway through.
const SECONDS = Number(process.env.KOHDE_SOAK_SECONDS ?? 10)
const CLIENTS = 6

describe.each(STORE_KINDS)('a server on %s under mixed reads and writes from several clients', (kind) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-soak-'))
  let postgres: TestPostgres | undefined
  let server: ServerProcess | undefined
  afterAll(async () => {
    await server?.stop()
    await postgres?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it(
    'when the server is killed with SIGKILL halfway and restarted on the same database, then every acknowledged write is there, intact',
    async () => {
      postgres = kind === 'postgres' ? await startTestPostgres() : undefined
      const env = { KOHDE_DATA_DIR: dataDir, ...(postgres ? { DATABASE_URL: postgres.url } : {}) }
      server = await startServer(env)
      const token = await adminToken(server.url)
      const client = await api(server.url, token, 'POST', '/api/v1/clients', { name: 'Soak Oy' })
      let target: Target = { url: server.url, token, clientId: String(client.body!.id) }
      const acknowledged: Acknowledged[] = []
      const counts: SoakCounts = {
        acknowledged: 0,
        creates: 0,
        updates: 0,
        conflicts: 0,
        reads: 0,
        lists: 0,
        staleReads: [],
        unanswered: 0,
        unexpected: [],
      }
      const started = Date.now()
      // Half the time before the kill, half after the restart is listening (starting up is not soaking).
      let end = Number.POSITIVE_INFINITY
      const clients = Array.from({ length: CLIENTS }, (_, n) =>
        soakClient(
          n,
          () => target,
          () => Date.now() >= end,
          acknowledged,
          counts,
        ),
      )

      await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2))
      const beforeKill = acknowledged.length
      await server.stop('SIGKILL')
      server = await startServer(env)
      target = { ...target, url: server.url }
      end = Date.now() + (SECONDS * 1000) / 2
      await Promise.all(clients)

      let present = 0
      const byObject = new Map<string, Acknowledged[]>()
      for (const a of acknowledged) byObject.set(`${a.kind}/${a.id}`, [...(byObject.get(`${a.kind}/${a.id}`) ?? []), a])
      const missing: string[] = []
      for (const writes of byObject.values()) {
        const { kind: objectKind, id } = writes[0]!
        const versions = await versionsOf(server.url, token, objectKind, id)
        for (const write of writes) {
          const stored = versions.get(write.version)
          const content = stored ? contentOf(objectKind, stored) : undefined
          if (content?.name === write.name && content.description === write.description) present += 1
          else missing.push(`${objectKind}/${id} v${write.version}: ${JSON.stringify(content)}`)
        }
      }
      console.info(
        `soak ${kind}: ${CLIENTS} clients for ${Math.round((Date.now() - started) / 1000)} s, SIGKILL after ${beforeKill} acknowledged writes; ` +
          `${acknowledged.length} writes acknowledged (${counts.creates} creates, ${counts.updates} updates of ${byObject.size} audiences and plans), ` +
          `${present} present and intact after the restart; ${counts.reads} reads, ${counts.lists} lists, ${counts.conflicts} version conflicts, ` +
          `${counts.unanswered} requests unanswered while the server was down`,
      )

      expect(beforeKill, 'writes acknowledged before the kill').toBeGreaterThan(10)
      expect(acknowledged.length, 'writes acknowledged after the restart').toBeGreaterThan(beforeKill)
      expect(missing).toEqual([])
      expect(present).toBe(acknowledged.length)
      expect(counts.staleReads).toEqual([])
      expect(counts.unexpected).toEqual([])
    },
    120_000 + SECONDS * 2000,
  )
})
