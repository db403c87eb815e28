// Start-up of the server (spawn to the first 200 from GET /healthz) and of the CLI (`kohde --help`), the production
// build beside the TypeScript entry points it replaced, in one run. `npx tsx bench/startup-time.ts` prints them alone.
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../test/support/postgres-cluster.js'
import { residentMemory, stopChild, track } from './child-processes.js'
import { ROOT, serverEnv } from './server-child.js'
import { startCommand } from './start-command.js'

export type StartupResult = {
  name: string
  milliseconds: number
  cpuMilliseconds: number | null
  rssMiB: number | null
}
export type CommandResult = { name: string; command: string; milliseconds: number; cpuMilliseconds: number }

// `npm start` runs bin/kohde-server.js (dist/, rebuilt first when stale) with the Node flags package.json gives it;
// before the build it was `tsx server/main.ts`.
const start = startCommand(ROOT)
export const PRODUCTION_SERVER = ['node', ...start.nodeFlags, start.script]
export const TSX_SERVER = ['node_modules/.bin/tsx', 'server/main.ts']

const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) })
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}
const tree = (pid: number): number[] => [pid, ...childrenOf(pid).flatMap(tree)]

// User + system CPU of a process and its descendants so far, from /proc/<pid>/stat (fields 14 and 15, in ticks).
function cpuMilliseconds(pid: number): number | null {
  try {
    const ticks = tree(pid).reduce((sum, p) => {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')
      return sum + Number(fields[11]) + Number(fields[12])
    }, 0)
    return (ticks * 1000) / TICKS
  } catch {
    return null
  }
}

// tsx runs the server in a node child of its own: the listening process is the largest of the tree.
function serverRss(pid: number): number | null {
  const largest = Math.max(...tree(pid).map((p) => residentMemory(p)?.rssMiB ?? 0))
  return largest > 0 ? largest : null
}

/** Spawns a server entry point (production by default) and polls /healthz every 5 ms; the server is stopped after. */
export async function timeStartup(
  name: string,
  settings: { dataDir: string; databaseUrl?: string | undefined; logFile: string; command?: string[] },
  timeoutMs = 60_000,
): Promise<StartupResult> {
  const port = await freePort()
  const log = openSync(settings.logFile, 'a')
  const [file, ...args] = settings.command ?? PRODUCTION_SERVER
  const started = performance.now()
  const child = track(
    spawn(file!, args, {
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
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const milliseconds = performance.now() - started
    const cpu = cpuMilliseconds(child.pid!)
    const rssMiB = serverRss(child.pid!)
    const rss = rssMiB === null ? '' : `, ${Math.round(rssMiB)} MiB resident`
    console.log(`  ${name}: ${Math.round(milliseconds)} ms${cpu === null ? '' : ` (${Math.round(cpu)} ms CPU)`}${rss}`)
    return { name, milliseconds, cpuMilliseconds: cpu, rssMiB }
  } finally {
    await stopChild(child)
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!

/** The median wall and CPU time (the command's and its children's, from the shell's `times`) of `runs` runs. */
export function timeCommand(name: string, command: string, runs = 7): CommandResult {
  const walls: number[] = []
  const cpus: number[] = []
  for (let run = 0; run <= runs; run++) {
    const started = performance.now()
    const result = spawnSync('sh', ['-c', `${command} >/dev/null 2>&1; status=$?; times; exit $status`], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    const wall = performance.now() - started
    if (result.status !== 0) throw new Error(`${command} exited with ${result.status}`)
    // `times` prints the shell's user and system time, then its children's: "0m0.120s 0m0.040s".
    const [user = 0, system = 0] = [
      ...(result.stdout.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g),
    ].map((m) => (Number(m[1]) * 60 + Number(m[2])) * 1000)
    // The first run fills the compile cache and the file cache, as any second use would find them.
    if (run === 0) continue
    walls.push(wall)
    cpus.push(user + system)
  }
  const result = { name, command, milliseconds: median(walls), cpuMilliseconds: median(cpus) }
  console.log(`  ${name}: ${Math.round(result.milliseconds)} ms (${Math.round(result.cpuMilliseconds)} ms CPU)`)
  return result
}

/** `kohde --help` directly and through npx, beside bare Node, bare npx and the former tsx entry point. */
export function timeCli(): CommandResult[] {
  return [
    timeCommand('node alone (baseline)', 'node -e 0'),
    timeCommand('kohde --help, directly', 'node bin/kohde.js --help'),
    timeCommand('npx alone (baseline)', 'npx --version'),
    timeCommand('kohde --help, through npx', 'npx kohde --help'),
    timeCommand(
      'kohde --help from TypeScript through tsx (before the build)',
      'node --import tsx server/cli/main.ts --help',
    ),
  ]
}

/** The SQLite start-ups (first and later), each production start beside the tsx one, and the CLI. */
export async function timeStartupsOnSqlite(tmp: string, repeat = 3): Promise<StartupResult[]> {
  const dataDir = join(tmp, 'startup-sqlite')
  const logFile = join(tmp, 'startup.log')
  const results = [await timeStartup('SQLite, empty data folder (migrations + demo seed)', { dataDir, logFile })]
  for (const [label, command] of [
    ['', PRODUCTION_SERVER],
    [' — tsx server/main.ts (before the build)', TSX_SERVER],
  ] as const) {
    const runs: StartupResult[] = []
    for (let i = 0; i < repeat; i++)
      runs.push(await timeStartup(`SQLite, existing database${label}`, { dataDir, logFile, command: [...command] }))
    results.push(runs.sort((a, b) => a.milliseconds - b.milliseconds)[Math.floor((repeat - 1) / 2)]!)
  }
  return results
}

if (process.argv[1] === import.meta.filename) {
  const tmp = mkdtempSync(join(tmpdir(), 'kohde-startup-'))
  try {
    console.log('server: spawn to the first 200 from /healthz (median of 3 on an existing database)')
    await timeStartupsOnSqlite(tmp)
    console.log('CLI: median of 7 runs after one warm-up run')
    timeCli()
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
