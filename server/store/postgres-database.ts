import pg from 'pg'
import { DatabaseUnavailableError } from './database-unavailable.js'

const codeOf = (error: unknown) => (error as { code?: string }).code

async function connected<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

function unreachable(url: URL, error: unknown): DatabaseUnavailableError {
  const where = `${url.hostname}:${url.port || 5432}`
  const code = codeOf(error)
  if (code === '28P01' || code === '28000')
    return new DatabaseUnavailableError(`PostgreSQL at ${where} refused the role "${url.username}": check DATABASE_URL`)
  return new DatabaseUnavailableError(
    `cannot reach PostgreSQL at ${where} (${code ?? (error as Error).message}): is it running, and is DATABASE_URL right?`,
  )
}

/**
 * Makes sure the database DATABASE_URL names exists: a new one is created when the role may (a fresh install names
 * its database before anyone made it); otherwise one sentence, never a migration's stack trace.
 */
export async function ensurePostgresDatabase(databaseUrl: string): Promise<'existed' | 'created'> {
  const url = new URL(databaseUrl)
  try {
    return await connected(databaseUrl, async () => 'existed' as const)
  } catch (error) {
    if (codeOf(error) !== '3D000') throw unreachable(url, error)
  }
  const name = decodeURIComponent(url.pathname.slice(1))
  const maintenance = new URL(databaseUrl)
  maintenance.pathname = '/postgres'
  try {
    await connected(maintenance.toString(), (client) => client.query(`create database ${pg.escapeIdentifier(name)}`))
    return 'created'
  } catch (error) {
    // Another process starting at the same time created it first.
    if (codeOf(error) === '42P04') return 'existed'
    if (codeOf(error) === '42501')
      throw new DatabaseUnavailableError(
        `the database "${name}" does not exist and the role "${url.username}" may not create it: create it (createdb -O ${url.username} ${name}) or grant the role CREATEDB`,
      )
    throw unreachable(url, error)
  }
}
