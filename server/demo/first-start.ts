import type { Taxonomy } from '../../audiences/index.js'
import { hashPassword } from '../auth/password-hash.js'
import { ConfigError, type Config } from '../http/config.js'
import type { Store } from '../store/store.js'
import { seedDemo, type FirstStart } from './demo-seed.js'
import { isLoopbackHost } from './loopback.js'

/**
 * On a database without users: the admin of KOHDE_ADMIN_EMAIL / KOHDE_ADMIN_PASSWORD, or else the demo agency
 * (api.md "Auth"). Returns what to print.
 */
export async function firstStart(store: Store, config: Config, taxonomy: Taxonomy): Promise<FirstStart> {
  if ((await store.users.count()) > 0) return { lines: [], sharePath: null }
  // Several processes may start on one empty database: one of them runs the first start (a claim left by a process
  // that died before finishing is taken over after two minutes).
  if (!(await store.serverState.claim('first-start', 120_000))) return { lines: [], sharePath: null }
  if (config.admin) {
    const agency = await store.agencies.create('kohde')
    const passwordHash = await hashPassword(config.admin.password)
    const user = { email: config.admin.email, passwordHash, role: 'admin' as const, clientId: null }
    const created = await store.users.create(null, agency.id, user)
    if (created.kind !== 'ok') throw new Error(`cannot create the first admin: ${created.kind}`)
    return { lines: [`Created the first admin, ${created.value.email}.`], sharePath: null }
  }
  // The demo passwords are public: never seed them on a server others can reach.
  if (!isLoopbackHost(config.host))
    throw new ConfigError(
      'the database has no users: set KOHDE_ADMIN_EMAIL and KOHDE_ADMIN_PASSWORD (the demo seed runs only on a loopback HOST)',
    )
  return seedDemo(store, taxonomy)
}
