import { TEMPLATES, type Taxonomy } from '../../audiences/index.js'
import { hashPassword } from '../auth/password-hash.js'
import { hashSecret, newSecret } from '../auth/secret-token.js'
import { planWriteOf } from '../routes/plan-write.js'
import type { Store } from '../store/store.js'
import type { Actor, Role } from '../store/store-types.js'

export type FirstStart = { lines: string[]; sharePath: string | null }

// Fixed so the README can name them; seeded only on an empty database behind a loopback address (main.ts).
export const DEMO_LOGINS: { email: string; password: string; role: Role }[] = [
  { email: 'admin@demo.kohde.test', password: 'demo-admin-kohde', role: 'admin' },
  { email: 'staff@demo.kohde.test', password: 'demo-staff-kohde', role: 'staff' },
  { email: 'planner@demo.kohde.test', password: 'demo-planner-kohde', role: 'planner' },
  { email: 'client@talotehdas.test', password: 'demo-client-kohde', role: 'client' },
]

// Seed 003: the house factory's three segments.
const SEGMENTS = ['luxury-villa-buyers', 'small-cottage-buyers', 'storage-garage-buyers']

// The demo's spring campaign starts on the first Monday of next March; each line runs `days` from `offset` days in.
function springOf(now: Date) {
  const year = now.getUTCMonth() >= 2 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()
  const march = Date.UTC(year, 2, 1)
  const monday = march + ((8 - new Date(march).getUTCDay()) % 7) * 86_400_000
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  return (offset: number, days: number) => ({
    startDate: iso(monday + offset * 86_400_000),
    endDate: iso(monday + (offset + days - 1) * 86_400_000),
  })
}

/** The demo agency: Talotehdas Oy as its client, seed 003's three audiences, one shared plan, four logins. */
export async function seedDemo(store: Store, taxonomy: Taxonomy): Promise<FirstStart> {
  const agency = await store.agencies.create('Demotoimisto Oy')
  const hashes = await Promise.all(DEMO_LOGINS.map((login) => hashPassword(login.password)))
  const admin = await store.users.create(null, agency.id, {
    ...DEMO_LOGINS[0]!,
    passwordHash: hashes[0]!,
    clientId: null,
  })
  if (admin.kind !== 'ok') throw new Error(`demo seed: ${admin.kind}`)
  const actor: Actor = { userId: admin.value.id, email: admin.value.email, agencyId: agency.id }
  const scope = { agencyId: agency.id, clientId: null }
  const client = await store.clients.create(actor, 'Talotehdas Oy')
  for (const [i, login] of DEMO_LOGINS.entries()) {
    if (i === 0) continue
    const clientId = login.role === 'client' ? client.id : null
    await store.users.create(actor, agency.id, { ...login, passwordHash: hashes[i]!, clientId })
  }
  const ids: string[] = []
  for (const id of SEGMENTS) {
    const template = TEMPLATES.find((t) => t.id === id)!
    const audience = await store.audiences.create(actor, scope, {
      clientId: client.id,
      parentId: null,
      audience: template.audience,
    })
    if (typeof audience === 'string') throw new Error(`demo seed: ${audience}`)
    ids.push(audience.id)
  }
  const [villa, cottage, garage] = ids as [string, string, string]
  const spring = springOf(new Date())
  const body = {
    name: 'Talotehdas: kevään kampanja',
    scenarios: [],
    // The agency's 15 % markup on net media (ADR 0010): staff see net, fee and gross, the client gross.
    fee: { kind: 'percent' as const, rate: 0.15 },
    lines: [
      { audienceId: villa, channel: 'facebook' as const, budget: 1500, ...spring(0, 28) },
      { audienceId: villa, channel: 'linkedin' as const, budget: 1500, ...spring(7, 28) },
      { audienceId: cottage, channel: 'instagram' as const, budget: 1000, ...spring(0, 42) },
      { audienceId: garage, channel: 'google' as const, budget: 500, ...spring(14, 28) },
    ],
  }
  const plan = await store.plans.create(
    actor,
    client.id,
    await planWriteOf(store, taxonomy, actor, scope, client.id, body),
  )
  const token = newSecret()
  const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString()
  await store.planReviews.share(actor, scope, plan!.id, { tokenHash: hashSecret(token), expiresAt })
  return {
    lines: [
      'Seeded the demo agency "Demotoimisto Oy" with client "Talotehdas Oy", 3 audiences and a shared plan.',
      'Demo logins (email / password / role):',
      ...DEMO_LOGINS.map((l) => `  ${l.email}  ${l.password}  ${l.role}`),
    ],
    sharePath: `/share/${token}`,
  }
}
