import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { DEFAULT_TAXONOMY, TEMPLATES } from '../../../audiences/index.js'
import { createApp } from '../../../server/app.js'
import { hashPassword } from '../../../server/auth/password-hash.js'
import { hashSecret, newSecret } from '../../../server/auth/secret-token.js'
import { planWriteOf } from '../../../server/routes/plan-write.js'
import { LOG_REDACT } from '../../../server/http/request-log.js'
import { openStore } from '../../../server/store/store.js'
import type { Role } from '../../../server/store/store-types.js'
import { createAuthWorld, type AuthWorld } from '../../auth/support/auth-world.js'
import { leaksSecret } from './secret-watch.js'

const FUZZ_PASSWORD = 'fuzz login password'
export const ROLES: Role[] = ['admin', 'staff', 'planner', 'client']
export type Identity = { role: Role; userId: string; token: string; session: string; csrf: string }

// Names that must never break a header or a file system when they reach an export's Content-Disposition.
export const HOSTILE_NAME = `Villa "quoted"\r\nSet-Cookie: x=1; ../../etc/passwd \\ %0d%0a ä ✓ ‮`
// A plan name that is also a spreadsheet formula (OWASP CSV injection) with bidi isolates and a zero-width space.
export const HOSTILE_PLAN_NAME = `=HYPERLINK("http://evil.example","x") ${HOSTILE_NAME} \u2066fdp.exe\u2069\u200B`

/** Every log line passes through here: secrets are looked for in each, only 5xx causes are kept. */
class LogWatch extends Writable {
  readonly errors: string[] = []
  readonly leaks: string[] = []
  lines = 0
  constructor(readonly secrets: () => ReadonlySet<string>) {
    super()
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    const text = chunk.toString('utf8')
    this.lines += 1
    if (leaksSecret(text, this.secrets()) || text.includes(FUZZ_PASSWORD)) this.leaks.push(text.slice(0, 2000))
    if (/"level":(50|60)/.test(text)) this.errors.push(text.slice(0, 4000))
    done()
  }
}

/**
 * A real listening server on loopback over a real SQLite file: the auth world's two agencies, a token and a
 * session (with its CSRF token) for each role, stored objects whose names are hostile, and a log watch.
 */
export async function startFuzzWorld() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-fuzz-'))
  const store = await openStore({ dataDir })
  const world: AuthWorld = await createAuthWorld(DEFAULT_TAXONOMY, store)
  const secrets = new Set<string>()
  // Never in a log line: the secrets, and also the sessions' CSRF tokens (which pages and /auth/me do show their user).
  const logSecrets = new Set<string>()
  const addSecrets = (...values: string[]) =>
    values.forEach((v) => {
      secrets.add(v)
      logSecrets.add(v)
    })
  const session = async (userId: string) => {
    const secret = newSecret()
    const csrf = newSecret()
    await store.credentials.createSession(userId, hashSecret(secret), csrf, '2999-01-01T00:00:00.000Z')
    logSecrets.add(csrf)
    addSecrets(secret, hashSecret(secret))
    return { session: secret, csrf }
  }
  const identities = {} as Record<Role, Identity>
  for (const role of ROLES) {
    const caller = world.callers[role]
    identities[role] = { role, userId: caller.userId, token: caller.token, ...(await session(caller.userId)) }
    addSecrets(caller.token, hashSecret(caller.token))
  }
  const stranger = await world.make.user('otherAgency')
  const otherAgency = { token: await world.make.token(stranger.id), ...(await session(stranger.id)) }
  addSecrets(otherAgency.token, hashSecret(otherAgency.token))

  const own = world.where('own')
  const scope = { agencyId: own.agencyId, clientId: null }
  const template = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
  const created = await store.audiences.create(own.actor, scope, {
    clientId: own.clientId,
    parentId: null,
    audience: { ...template, name: HOSTILE_NAME },
  })
  if (typeof created === 'string') throw new Error(created)
  const { plan } = await world.make.plan('own')
  await store.clients.rename(own.actor, own.clientId, HOSTILE_NAME)
  const shareToken = newSecret()
  await store.planReviews.share(own.actor, scope, plan.id, {
    tokenHash: hashSecret(shareToken),
    expiresAt: '2999-01-01T00:00:00.000Z',
  })
  addSecrets(shareToken, hashSecret(shareToken))
  // CSV, XLSX and PDF exports of a plan whose name, client and audience are all hostile (issue 16).
  const hostileLines = [
    { audienceId: created.id, channel: 'facebook' as const, budget: 900 },
    { audienceId: created.id, channel: 'google' as const, budget: 400, pricing: 'cpc' as const },
  ]
  const hostileWrite = await planWriteOf(store, DEFAULT_TAXONOMY, own.actor, scope, own.clientId, {
    name: HOSTILE_PLAN_NAME,
    scenarios: [],
    lines: hostileLines,
  })
  const hostilePlan = (await store.plans.create(own.actor, own.clientId, hostileWrite))!.id
  const rateCard = await world.make.rateCard('own')
  const victimUser = (await world.make.user('own')).id
  const unsharedPlan = (await world.make.plan('own')).plan.id
  const login = { email: 'fuzz-login@agency.test', password: FUZZ_PASSWORD }
  const loginUser = { email: login.email, passwordHash: await hashPassword(login.password), role: 'planner' as const }
  await store.users.create(null, own.agencyId, { ...loginUser, clientId: null })
  const foreign = {
    audience: await world.make.audience('otherAgency'),
    plan: (await world.make.plan('otherAgency')).plan,
  }

  const logs = new LogWatch(() => logSecrets)
  const logger = pino({ level: 'info', redact: LOG_REDACT }, logs)
  const app = createApp({ taxonomy: DEFAULT_TAXONOMY, logger, bodyLimit: '1mb', store })
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    world,
    identities,
    otherAgency,
    secrets,
    logs,
    login,
    objects: {
      audience: created,
      plan,
      hostilePlan,
      rateCard,
      shareToken,
      client: own.clientId,
      foreign,
      victimUser,
      unsharedPlan,
    },
    session,
    /** A token of the role's user that no other request relies on (for routes that revoke the caller's own). */
    freshToken: async (userId: string) => {
      const token = newSecret('kohde_')
      const stored = await store.credentials.createToken(userId, hashSecret(token), 'fuzz', '2999-01-01T00:00:00.000Z')
      addSecrets(token, hashSecret(token))
      return { token, id: stored.id }
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await world.dispose()
      await store.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
export type FuzzWorld = Awaited<ReturnType<typeof startFuzzWorld>>
