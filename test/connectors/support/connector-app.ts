import { Writable } from 'node:stream'
import type { Express } from 'express'
import { FacebookAdsApi } from 'facebook-nodejs-business-sdk'
import { pino } from 'pino'
import { createTaxonomy } from '../../../audiences/index.js'
import { createApp } from '../../../server/app.js'
import { hashSecret, newSecret } from '../../../server/auth/secret-token.js'
import { createConnectorContext } from '../../../server/connectors/connector-context.js'
import { createConnectors } from '../../../server/connectors/connectors.js'
import type { Store } from '../../../server/store/store.js'
import { anAgencyActor } from '../../store/support/test-stores.js'
import { testDeps } from './connector-deps.js'
import { startLoopback, type FakeReply, type Loopback, type RecordedRequest } from './loopback-server.js'
import { RESOLVE_PARTS } from './resolve-taxonomy.js'

export const SECRET_KEY = Buffer.alloc(32, 7).toString('base64')
export const RESOLVE_TAXONOMY = createTaxonomy(RESOLVE_PARTS)

export type Fakes = {
  meta: Loopback
  linkedin: Loopback
  answerMeta: (reply: (request: RecordedRequest, index: number) => FakeReply) => void
  answerLinkedIn: (reply: (request: RecordedRequest, index: number) => FakeReply) => void
  reset(): void
  close(): Promise<void>
}

// Meta through FacebookAdsApi.GRAPH, LinkedIn through its client's axiosInstance: both on 127.0.0.1.
export async function startFakes(
  metaDefault: (request: RecordedRequest, index: number) => FakeReply,
  linkedInDefault: (request: RecordedRequest, index: number) => FakeReply,
): Promise<Fakes> {
  let meta = metaDefault
  let linkedin = linkedInDefault
  const metaFake = await startLoopback((r, i) => meta(r, i))
  const linkedInFake = await startLoopback((r, i) => linkedin(r, i))
  const graph = Object.getOwnPropertyDescriptor(FacebookAdsApi, 'GRAPH')
  Object.defineProperty(FacebookAdsApi, 'GRAPH', { get: () => metaFake.url, configurable: true })
  return {
    meta: metaFake,
    linkedin: linkedInFake,
    answerMeta: (reply) => void (meta = reply),
    answerLinkedIn: (reply) => void (linkedin = reply),
    reset() {
      meta = metaDefault
      linkedin = linkedInDefault
      metaFake.requests.splice(0)
      linkedInFake.requests.splice(0)
    },
    async close() {
      if (graph) Object.defineProperty(FacebookAdsApi, 'GRAPH', graph)
      await metaFake.close()
      await linkedInFake.close()
    },
  }
}

/** Everything the app logged, to check that no secret ever reaches a log line. */
export function logSink() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'))
      done()
    },
  })
  return { logger: pino({ level: 'trace' }, stream), text: () => lines.join('') }
}

/** The app over the resolve test taxonomy, its connectors pointed at the fakes. */
export function connectorApp(
  store: Store,
  fakes: Fakes,
  env: Record<string, string> = {},
  logger = pino({ level: 'silent' }),
): Express {
  const connectors = createConnectorContext(env, {
    deps: testDeps(),
    parts: RESOLVE_PARTS,
    connect: (credentials, deps) => {
      const made = createConnectors({ credentials }, deps)
      made.linkedin?.client.axiosInstance.interceptors.request.use((config) => ({
        ...config,
        url: config.url?.replace('https://api.linkedin.com', fakes.linkedin.url),
      }))
      return made
    },
  })
  return createApp({ taxonomy: RESOLVE_TAXONOMY, logger, bodyLimit: '1mb', store, connectors })
}

/** An agency with an admin and a staff user (bearer tokens) and one client. */
export async function anAgency(store: Store) {
  const { actor, agency, scope } = await anAgencyActor(store, 'admin')
  const staff = await store.users.create(null, agency.id, {
    email: `staff-${newSecret().slice(0, 8)}@example.test`,
    passwordHash: 'scrypt$test',
    role: 'staff',
    clientId: null,
  })
  if (staff.kind !== 'ok') throw new Error(staff.kind)
  const tokenOf = async (userId: string) => {
    const token = newSecret('kohde_')
    await store.credentials.createToken(userId, hashSecret(token), 'test', '2999-01-01T00:00:00.000Z')
    return `Bearer ${token}`
  }
  const client = await store.clients.create(actor, 'Talotehdas Oy')
  return {
    agencyId: agency.id,
    actor,
    scope,
    clientId: client.id,
    admin: await tokenOf(actor.userId),
    staff: await tokenOf(staff.value.id),
  }
}
