// Start-up time as `npm start` does it (tsx server/main.ts): from spawn to the first 200 from GET /healthz.
import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { residentMemory, stopChild, track } from './child-processes.js'
import { ROOT, serverEnv } from './server-child.js'

export type StartupResult = { name: string; milliseconds: number; rssMiB: number | null }

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) })
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}

/** Spawns the production entry point and polls /healthz every 10 ms; the server is stopped afterwards. */
export async function timeStartup(
  name: string,
  settings: { dataDir: string; databaseUrl?: string | undefined; logFile: string },
  timeoutMs = 60_000,
): Promise<StartupResult> {
  const port = await freePort()
  const log = openSync(settings.logFile, 'a')
  const started = performance.now()
  const child = track(
    spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
      cwd: ROOT,
      env: serverEnv({
        PORT: String(port),
        KOHDE_DATA_DIR: settings.dataDir,
        ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : {}),
      }),
      stdio: ['ignore', log, log],
    }),
  )
  closeSync(log)
  try {
    let exited = false
    child.once('exit', () => (exited = true))
    while (!(await healthy(`http://127.0.0.1:${port}/healthz`))) {
      if (exited) throw new Error(`${name}: the server exited before /healthz answered (see ${settings.logFile})`)
      if (performance.now() - started > timeoutMs) throw new Error(`${name}: no 200 from /healthz in ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const milliseconds = performance.now() - started
    const rssMiB = serverRss(child.pid)
    console.log(
      `  ${name}: ${Math.round(milliseconds)} ms${rssMiB === null ? '' : `, ${Math.round(rssMiB)} MiB resident`}`,
    )
    return { name, milliseconds, rssMiB }
  } finally {
    await stopChild(child)
  }
}

// tsx runs the server in a node child of its own: the listening process is the largest of the tree.
function serverRss(pid: number | undefined): number | null {
  if (pid === undefined) return null
  const tree = [pid, ...childrenOf(pid)].map((p) => residentMemory(p)?.rssMiB ?? 0)
  const largest = Math.max(...tree)
  return largest > 0 ? largest : null
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}
