// The domain's work of /ceiling/compile and /ceiling/estimate (bench/ceiling-routes.ts) in one process, on the HTTP
// bench's bodies, without a server: for a CPU profile of the domain alone, and its µs per call.
//   node --import tsx --cpu-prof --cpu-prof-dir=DIR bench/profile-domain.ts [compile|estimate|both] [--seconds=N]
//   node --import tsx bench/profile-domain.ts --measure      µs per call, the JSON round trip of a body beside it
import { compileAudience, DEFAULT_TAXONOMY, estimatePlan, EstimateRequestSchema } from '../audiences/index.js'
import { CompileRequestSchema } from '../server/routes/compile-routes.js'
import { machineLine, measureInterleaved } from './bench-loop.js'
import { COMPILE, ESTIMATE } from './http-load.js'

// The bodies as the server receives them: text, parsed per request (a fresh object each time, as express.json gives).
const compileBodies = (COMPILE.bodies ?? []).map((b) => JSON.stringify(b))
const estimateBodies = (ESTIMATE.bodies ?? []).map((b) => JSON.stringify(b))

export function compileOnce(i: number): string {
  const { audience, channels } = CompileRequestSchema.parse(JSON.parse(compileBodies[i % compileBodies.length]!))
  return JSON.stringify({ channels: compileAudience(audience, DEFAULT_TAXONOMY, channels) })
}
export function estimateOnce(i: number): string {
  const request = EstimateRequestSchema.parse(JSON.parse(estimateBodies[i % estimateBodies.length]!))
  return JSON.stringify(estimatePlan(request, DEFAULT_TAXONOMY, { rateCards: [] }))
}
const roundTrip = (i: number) => JSON.stringify(JSON.parse(compileBodies[i % compileBodies.length]!))

const option = (key: string) => process.argv.find((a) => a.startsWith(`--${key}=`))?.split('=')[1]
const seconds = Number(option('seconds') ?? 6)

if (process.argv.includes('--measure')) {
  console.log(machineLine())
  const rows = measureInterleaved(
    [
      { name: 'JSON round trip of a compile body (baseline)', fn: roundTrip },
      { name: 'compile (parse, compile 4 channels, stringify)', fn: compileOnce },
      { name: 'estimate (parse, estimate 4 lines, stringify)', fn: estimateOnce },
    ],
    seconds,
  )
  for (const row of rows)
    console.log(`${row.name.padEnd(52)} ${(1e6 / row.opsPerSecond).toFixed(1).padStart(8)} µs/call`)
} else {
  const which = process.argv[2] ?? 'both'
  const stop = performance.now() + seconds * 1000
  let n = 0
  while (performance.now() < stop) {
    if (which !== 'estimate') compileOnce(n)
    if (which !== 'compile') estimateOnce(n)
    n++
  }
  console.log(`${which}: ${n} rounds in ${seconds} s`)
}
