import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore, type Store } from '../../../server/store/store.js'
import type { Actor, Role } from '../../../server/store/store-types.js'
import { startTestPostgres, type TestPostgres } from '../../support/postgres.js'

export type StoreKind = 'sqlite' | 'postgres'
export const STORE_KINDS: StoreKind[] = ['sqlite', 'postgres']

export type OpenedStore = { store: Store; url: string | undefined; dataDir: string; dispose(): Promise<void> }

/** A fresh, migrated store of the given kind: SQLite in a temp folder or a PostgreSQL database of its own. */
export async function openTestStore(kind: StoreKind): Promise<OpenedStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-store-'))
  let postgres: TestPostgres | undefined
  let store: Store
  try {
    postgres = kind === 'postgres' ? await startTestPostgres() : undefined
    store = await openStore({ dataDir, databaseUrl: postgres?.url })
  } catch (error) {
    // Nothing to dispose of for the caller: the folder and the database go now.
    await postgres?.drop()
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  return {
    store,
    url: postgres?.url,
    dataDir,
    dispose: async () => {
      await store.close()
      await postgres?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

// Fixed hash: repository tests do not exercise scrypt (test/auth does).
export const FAKE_HASH = 'scrypt$test'

/** An agency with a user of the role (a client user gets a client of its own): the actor for repository calls. */
export async function anAgencyActor(store: Store, role: Role = 'admin', email?: string) {
  const agency = await store.agencies.create(`agency ${Math.random().toString(36).slice(2, 8)}`)
  const address = email ?? `${role}-${Math.random().toString(36).slice(2, 10)}@example.test`
  const created = await store.users.create(null, agency.id, {
    email: address,
    passwordHash: FAKE_HASH,
    role,
    clientId: null,
  })
  if (created.kind !== 'ok') throw new Error(created.kind)
  const actor: Actor = { userId: created.value.id, email: address, agencyId: agency.id }
  return { agency, actor, scope: { agencyId: agency.id, clientId: null } }
}
