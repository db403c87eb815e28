import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startCluster } from './postgres-cluster.js'

export type TestPostgres = { url: string; drop(): Promise<void> }

// Only the explicit test variable: DATABASE_URL may name a production database, and the tests never touch it. The
// suite's global setup sets this variable to the cluster it started when the shell did not.
const givenUrl = (): string | undefined => process.env.KOHDE_TEST_DATABASE_URL || undefined

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

// pg's pool.end() resolves before the server has seen every Terminate: dropping WITH (FORCE) at once would kill a
// backend whose client is still listening, and that client would throw "terminating connection" into the test run.
async function dropWhenIdle(serverUrl: string, database: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return await adminQuery(serverUrl, `drop database if exists ${database}`)
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  await adminQuery(serverUrl, `drop database if exists ${database} with (force)`)
}

/**
 * A PostgreSQL database of this test file's own: in the server of KOHDE_TEST_DATABASE_URL (the suite's cluster, or
 * the one the shell names), else in a throwaway cluster started here (bench scripts). Throws, never skips.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const given = givenUrl()
  const cluster = given ? undefined : await startCluster()
  const serverUrl = given ?? withDatabase(cluster!.baseUrl, 'postgres')
  const database = `kohde_test_${randomBytes(6).toString('hex')}`
  await adminQuery(serverUrl, `create database ${database}`)
  return {
    url: withDatabase(serverUrl, database),
    drop: async () => {
      try {
        await dropWhenIdle(serverUrl, database)
      } finally {
        cluster?.stop()
      }
    },
  }
}
