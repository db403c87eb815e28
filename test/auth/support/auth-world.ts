import { pino } from 'pino'
import { DEFAULT_TAXONOMY, FINNISH_RATE_CARD, TEMPLATES, type Taxonomy } from '../../../audiences/index.js'
import { createApp } from '../../../server/app.js'
import { hashSecret, newSecret } from '../../../server/auth/secret-token.js'
import { planWriteOf } from '../../../server/routes/plan-write.js'
import { openStore, type Store } from '../../../server/store/store.js'
import type { Actor, Role } from '../../../server/store/store-types.js'

export type Caller = { role: Role; token: string; userId: string }
export type Target = 'own' | 'otherClient' | 'otherAgency'

let serial = 0
const unique = (what: string) => `${what}-${process.pid}-${++serial}`

/** Two agencies: A (clients A1, A2; one user per role, the client user of A1) and B (client B1). */
export async function createAuthWorld(taxonomy: Taxonomy = DEFAULT_TAXONOMY, store?: Store) {
  const db = store ?? (await openStore({ dataDir: ':memory:' }))
  const agencyA = await db.agencies.create('Agency A')
  const agencyB = await db.agencies.create('Agency B')

  const addUser = async (agencyId: string, role: Role, clientId: string | null = null) => {
    const email = `${unique(role)}@agency.test`
    const created = await db.users.create(null, agencyId, { email, passwordHash: 'scrypt$unusable', role, clientId })
    if (created.kind !== 'ok') throw new Error(created.kind)
    return { id: created.value.id, email }
  }
  const tokenFor = async (userId: string) => {
    const token = newSecret('kohde_')
    await db.credentials.createToken(userId, hashSecret(token), 'test', '2999-01-01T00:00:00.000Z')
    return token
  }

  const adminA = await addUser(agencyA.id, 'admin')
  const adminB = await addUser(agencyB.id, 'admin')
  const actorA: Actor = { userId: adminA.id, email: adminA.email, agencyId: agencyA.id }
  const actorB: Actor = { userId: adminB.id, email: adminB.email, agencyId: agencyB.id }
  const a1 = await db.clients.create(actorA, 'A1 Oy')
  const a2 = await db.clients.create(actorA, 'A2 Oy')
  const b1 = await db.clients.create(actorB, 'B1 Oy')

  const callers = {} as Record<Role, Caller>
  for (const role of ['admin', 'staff', 'planner', 'client'] as const) {
    const user = role === 'admin' ? adminA : await addUser(agencyA.id, role, role === 'client' ? a1.id : null)
    callers[role] = { role, userId: user.id, token: await tokenFor(user.id) }
  }

  const where = (target: Target) =>
    target === 'otherAgency'
      ? { actor: actorB, agencyId: agencyB.id, clientId: b1.id }
      : { actor: actorA, agencyId: agencyA.id, clientId: target === 'own' ? a1.id : a2.id }
  const scopeOf = (target: Target) => ({ agencyId: where(target).agencyId, clientId: null })

  const audience = async (target: Target, parentId: string | null = null) => {
    const { actor, clientId } = where(target)
    const template = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!
    const created = await db.audiences.create(actor, scopeOf(target), {
      clientId,
      parentId,
      audience: template.audience,
    })
    if (typeof created === 'string') throw new Error(created)
    return created
  }

  // A plan of the target's client, shared (a client user sees only shared and approved plans).
  const plan = async (target: Target, status: 'draft' | 'shared' = 'shared') => {
    const { actor, clientId } = where(target)
    const stored = await audience(target)
    const body = {
      name: unique('plan'),
      scenarios: [],
      lines: [{ audienceId: stored.id, channel: 'facebook' as const, budget: 500 }],
    }
    const write = await planWriteOf(db, taxonomy, actor, scopeOf(target), clientId, body)
    const created = (await db.plans.create(actor, clientId, write))!
    if (status === 'shared')
      await db.planReviews.share(actor, scopeOf(target), created.id, {
        tokenHash: hashSecret(newSecret()),
        expiresAt: '2999-01-01T00:00:00.000Z',
      })
    return { plan: created, audienceId: stored.id }
  }

  let country = 0
  const rateCard = async (target: Target) => {
    const code = String.fromCharCode(65 + Math.floor(country / 26), 65 + (country++ % 26))
    const created = await db.rateCards.create(where(target).actor, { country: code, rates: FINNISH_RATE_CARD.rates })
    if (created === 'country_taken') throw new Error(created)
    return created
  }
  const client = async (target: Target) => db.clients.create(where(target).actor, unique('client'))
  const user = async (target: Target) => addUser(where(target).agencyId, 'staff')

  const app = createApp({ taxonomy, logger: pino({ level: 'silent' }), bodyLimit: '1mb', store: db })
  return {
    app,
    store: db,
    callers,
    clients: { a1, a2, b1 },
    where,
    make: { audience, plan, rateCard, client, user, token: tokenFor, unique },
    dispose: async () => {
      if (!store) await db.close()
    },
  }
}
export type AuthWorld = Awaited<ReturnType<typeof createAuthWorld>>
