// Profiles the server under one HTTP scenario: a bench server with --cpu-prof, autocannon for a few seconds, then
// the functions with the most CPU of their own (open the .cpuprofile in Chrome DevTools for the whole tree).
//   npx tsx bench/profile.ts [bare|floor|compile|estimate] [--seconds=8]
//   npx tsx bench/profile.ts --path=/audiences [--data=DIR --user=EMAIL]   any GET (a page with the session), on a
//   store of your own, e.g. one bench/scale-store.ts generated
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { killChildrenOnExit } from './child-processes.js'
import { API_FLOOR, BARE, checkOnce, COMPILE, ESTIMATE, measure, type HttpScenario } from './http-load.js'
import { startServerChild } from './server-child.js'

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const option = (key: string) =>
  process.argv
    .find((a) => a.startsWith(`--${key}=`))
    ?.split('=')
    .slice(1)
    .join('=')
const SCENARIOS = { bare: BARE, floor: API_FLOOR, compile: COMPILE, estimate: ESTIMATE }
const path = option('path')
const name = (path ?? process.argv[2] ?? 'compile') as keyof typeof SCENARIOS
const scenario: HttpScenario | undefined = path
  ? { name: path, method: 'GET', path, session: !path.startsWith('/api/') }
  : SCENARIOS[name]
if (!scenario) throw new Error(`profile: no scenario ${name} (${Object.keys(SCENARIOS).join(', ')})`)
const seconds = Number(option('seconds') ?? 8)

killChildrenOnExit()
const tmp = mkdtempSync(join(tmpdir(), 'kohde-profile-'))
const profiles = join(tmp, 'profiles')
const server = await startServerChild({
  dataDir: option('data') ?? join(tmp, 'data'),
  logFile: join(tmp, 'log'),
  cpuProfDir: profiles,
  user: option('user'),
})
await checkOnce(server, scenario)
const result = await measure(server, scenario, seconds)
await server.stop()

// The main thread's profile is the largest file.
const file = readdirSync(profiles)
  .map((f) => join(profiles, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0]!
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
const own = new Map<string, number>()
profile.samples.forEach((id, i) => {
  const frame = frames.get(id)!
  const where = frame.url.replace(/.*node_modules\//, '').replace(/^file:\/\/.*?\/(audiences|server|bench)\//, '$1/')
  const key = `${frame.functionName || '(anonymous)'} ${where}${where ? `:${frame.lineNumber + 1}` : ''}`
  own.set(key, (own.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const total = [...own.values()].reduce((sum, t) => sum + t, 0)
console.log(`${name}: ${Math.round(result.requestsPerSecond)} req/s under the profiler (p99 ${result.p99} ms); ${file}`)
console.log('CPU of their own (the profile also holds start-up):')
for (const [key, t] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((100 * t) / total).toFixed(1).padStart(6)} %  ${key}`)
