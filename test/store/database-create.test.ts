import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../server/store/store.js'
import { DatabaseUnavailableError } from '../../server/store/database-unavailable.js'
import { startTestPostgres, type TestPostgres } from '../support/postgres.js'

const suffix = () => randomBytes(5).toString('hex')

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(text).finally(() => client.end())
}

function withPath(url: string, database: string, role?: { name: string; password: string }): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  if (role) [parsed.username, parsed.password] = [role.name, role.password]
  return parsed.toString()
}

describe('DATABASE_URL naming a database that does not exist yet', () => {
  let postgres: TestPostgres
  const role = { name: `kohde_nocreate_${suffix()}`, password: `pw_${suffix()}` }
  const created = `kohde_new_${suffix()}`
  beforeAll(async () => {
    postgres = await startTestPostgres()
    await admin(postgres.url, `create role ${role.name} login nocreatedb password '${role.password}'`)
  })
  afterAll(async () => {
    await admin(postgres.url, `drop database if exists ${created}`).catch(() => undefined)
    await admin(postgres.url, `drop role if exists ${role.name}`).catch(() => undefined)
    await postgres?.drop()
  })

  it('when the role may create databases, then kohde creates it and migrates it', async () => {
    const store = await openStore({ dataDir: ':memory:', databaseUrl: withPath(postgres.url, created) })
    try {
      await store.ping()
      expect(await store.agencies.create('Demotoimisto Oy')).toMatchObject({ name: 'Demotoimisto Oy' })
    } finally {
      await store.close()
    }
  })

  it('when the role may not, then it fails with one sentence that names the database, the role and the fix', async () => {
    const url = withPath(postgres.url, `kohde_missing_${suffix()}`, role)
    const failure = await openStore({ dataDir: ':memory:', databaseUrl: url }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(DatabaseUnavailableError)
    const message = (failure as Error).message
    expect(message).toMatch(new RegExp(`^the database "kohde_missing_\\w+" does not exist and the role "${role.name}"`))
    expect(message).toContain('grant the role CREATEDB')
    expect(message).not.toContain('\n')
  })

  it('when nothing listens at the address, then it says so in one sentence instead of a stack trace', async () => {
    const failure = await openStore({ dataDir: ':memory:', databaseUrl: 'postgres://kohde@127.0.0.1:9/kohde' }).catch(
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(DatabaseUnavailableError)
    expect((failure as Error).message).toBe(
      'cannot reach PostgreSQL at 127.0.0.1:9 (ECONNREFUSED): is it running, and is DATABASE_URL right?',
    )
  })
})
