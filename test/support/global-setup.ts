// Runs once before any test file: builds dist/ when stale, starts the run's PostgreSQL and finds Chromium, saying
// each on one line. What cannot be had fails the whole run with one sentence, before any test starts.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { provisionChromium } from './chromium.js'
import { ProvisionError, startCluster, type Cluster } from './postgres-cluster.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const say = (line: string) => console.log(`kohde tests: ${line}`)

// The servers the tests start run the production build, as `npm start` does.
function ensureBuild(): void {
  const result = spawnSync(process.execPath, ['bin/ensure-build.js'], { cwd: ROOT, encoding: 'utf8' })
  if (result.status !== 0) throw new ProvisionError(`the build of dist/ failed: ${result.stderr.trim()}`)
}

async function postgres(): Promise<Cluster | undefined> {
  if (process.env.KOHDE_TEST_DATABASE_URL) {
    say('PostgreSQL from KOHDE_TEST_DATABASE_URL (each test file creates and drops a database of its own)')
    return undefined
  }
  const cluster = await startCluster()
  process.env.KOHDE_TEST_DATABASE_URL = `${cluster.baseUrl}/postgres`
  say(`${cluster.description}, a throwaway cluster removed at the end`)
  return cluster
}

// One line and the exit: thrown, vitest would first say "No test files found" and print a stack. The 'exit'
// handlers still stop a cluster already started and remove its folder.
function refuse(error: ProvisionError): never {
  console.error(`\nkohde tests cannot run: ${error.message.split('\n')[0]}\n`)
  process.exit(1)
}

export default async function setup(): Promise<() => void> {
  // A production database in the shell is never the tests' (they use KOHDE_TEST_DATABASE_URL only), and neither
  // the test files nor the servers they start inherit it.
  if (process.env.DATABASE_URL) say('DATABASE_URL is ignored: the tests use their own PostgreSQL')
  delete process.env.DATABASE_URL
  let cluster: Cluster | undefined
  try {
    ensureBuild()
    const chromium = provisionChromium(say)
    process.env.KOHDE_TEST_CHROMIUM = chromium.path
    say(`${chromium.version} at ${chromium.path}`)
    cluster = await postgres()
  } catch (error) {
    cluster?.stop()
    if (error instanceof ProvisionError) refuse(error)
    throw error
  }
  return () => cluster?.stop()
}
