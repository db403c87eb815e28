// A/B on a shared, loaded machine: the base revision (A, extracted with git archive) and the working tree (B) each in
// a bench server of their own, measured in alternating short autocannon runs (A B B A …) so both see the same load.
// Absolute figures swing with other people's work; the paired B/A ratios are what to read.
//   npx tsx bench/ab.ts [--base=HEAD] [--rounds=6] [--seconds=2] [--only=bare,compile,estimate,floor]
import { execSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { killAll, killChildrenOnExit } from './child-processes.js'
import { API_FLOOR, BARE, checkOnce, COMPILE, ESTIMATE, measure, type HttpScenario } from './http-load.js'
import { describeMachine, loadLine } from './machine.js'
import { ROOT, startServerChild, type ServerChild } from './server-child.js'

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key = '', value = 'true'] = arg.replace(/^--/, '').split('=')
    return [key, value] as const
  }),
)
const base = args.get('base') ?? 'HEAD'
const rounds = Number(args.get('rounds') ?? 6)
const seconds = Number(args.get('seconds') ?? 2)
const SCENARIOS: Record<string, HttpScenario> = { bare: BARE, floor: API_FLOOR, compile: COMPILE, estimate: ESTIMATE }
const only = (args.get('only') ?? 'bare,compile,estimate').split(',')

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const geomean = (xs: number[]) => Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length)

// The same request to both: the bodies must be byte-identical; headers that differ are listed.
async function compareAnswers(a: ServerChild, b: ServerChild, scenario: HttpScenario): Promise<void> {
  const fetchOne = async (server: ServerChild) => {
    const body = scenario.bodies?.[0]
    const response = await fetch(server.url + scenario.path, {
      method: scenario.method,
      headers: {
        ...(scenario.path.startsWith('/api/') ? { authorization: `Bearer ${server.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const headers = new Map([...response.headers].filter(([name]) => !['date', 'x-request-id'].includes(name)))
    return { status: response.status, text: await response.text(), headers }
  }
  const [x, y] = [await fetchOne(a), await fetchOne(b)]
  const same = x.status === y.status && x.text === y.text
  const names = new Set([...x.headers.keys(), ...y.headers.keys()])
  const differing = [...names].filter((n) => x.headers.get(n) !== y.headers.get(n))
  console.log(
    `  ${scenario.path}: body ${same ? 'identical' : 'DIFFERS'} (${y.text.length} bytes)` +
      (differing.length
        ? `; headers differ: ${differing.map((n) => `${n}: ${x.headers.get(n)} → ${y.headers.get(n)}`).join(', ')}`
        : ''),
  )
}

async function main(): Promise<void> {
  killChildrenOnExit()
  const tmp = mkdtempSync(join(tmpdir(), 'kohde-ab-'))
  process.once('exit', () => rmSync(tmp, { recursive: true, force: true }))
  const baseRoot = join(tmp, 'base')
  execSync(`mkdir -p ${baseRoot} && git archive ${base} | tar -x -C ${baseRoot}`, { cwd: ROOT })
  symlinkSync(join(ROOT, 'node_modules'), join(baseRoot, 'node_modules'))
  const rev = execSync(`git rev-parse --short ${base}`, { cwd: ROOT }).toString().trim()
  console.log(
    `A = ${base} (${rev}), B = working tree; ${rounds} rounds × ${seconds} s each; load ${loadLine(describeMachine().loadAverage)}`,
  )
  const a = await startServerChild({ dataDir: join(tmp, 'a'), logFile: join(tmp, 'a.log'), root: baseRoot })
  const b = await startServerChild({ dataDir: join(tmp, 'b'), logFile: join(tmp, 'b.log') })
  try {
    for (const name of only) {
      const scenario = SCENARIOS[name]
      if (!scenario) throw new Error(`ab: no scenario ${name} (${Object.keys(SCENARIOS).join(', ')})`)
      await checkOnce(a, scenario)
      await checkOnce(b, scenario)
      await compareAnswers(a, b, scenario)
      await measure(a, scenario, 1)
      await measure(b, scenario, 1)
      const rps = { a: [] as number[], b: [] as number[] }
      const p99 = { a: [] as number[], b: [] as number[] }
      const cpu = { a: [] as number[], b: [] as number[] }
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)
        for (const side of order) {
          const server = side === 'a' ? a : b
          const result = await measure(server, scenario, seconds)
          cpu[side].push(result.serverMicrosPerRequest ?? NaN)
          rps[side].push(result.requestsPerSecond)
          p99[side].push(result.p99)
        }
      }
      const paired = rps.b.map((x, i) => x / rps.a[i]!)
      const cpuPaired = cpu.b.map((x, i) => x / cpu.a[i]!)
      console.log(
        `${name}: A ${Math.round(median(rps.a))} req/s (p99 ${median(p99.a)} ms), B ${Math.round(median(rps.b))} req/s ` +
          `(p99 ${median(p99.b)} ms); B/A throughput ×${geomean(paired).toFixed(3)} ` +
          `[${paired.map((r) => r.toFixed(2)).join(' ')}], p99 ×${(median(p99.b) / median(p99.a)).toFixed(2)}; ` +
          `server CPU per request A ${Math.round(median(cpu.a))} µs, B ${Math.round(median(cpu.b))} µs, paired B/A median ` +
          `×${median(cpuPaired).toFixed(3)} [${cpuPaired.map((r) => r.toFixed(2)).join(' ')}]`,
      )
    }
    console.log(`load at end ${loadLine(describeMachine().loadAverage)}`)
  } finally {
    await Promise.all([a.stop(), b.stop()])
    killAll()
  }
}

await main()
