// The domain's work of /ceiling/compile and /ceiling/estimate (bench/ceiling-routes.ts) in one process, on the HTTP
// bench's bodies, without a server: for a CPU profile of the domain alone, and its µs per call.
//   node --import tsx --cpu-prof --cpu-prof-dir=DIR bench/profile-domain.ts [compile|estimate|both] [--seconds=N]
//   node --import tsx bench/profile-domain.ts --measure [--seconds=N]   µs per call, in slices taken in turn (the
//     same load for each), the JSON round trip of a body beside them
import { fileURLToPath } from 'node:url'
import { compileAudience, DEFAULT_TAXONOMY, estimatePlan, EstimateRequestSchema } from '../audiences/index.js'
import { CompileRequestSchema } from '../server/routes/compile-routes.js'
import { machineLine } from './bench-loop.js'
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

/** Median µs per call of each variant, measured in 50 ms slices taken in turn for about `seconds`. */
export function measureSlices(variants: { name: string; fn: (i: number) => unknown }[], seconds: number) {
  const times: number[][] = variants.map(() => [])
  for (const v of variants) for (let i = 0, until = performance.now() + 300; performance.now() < until; i++) v.fn(i)
  for (let i = 0, stop = performance.now() + seconds * 1000; performance.now() < stop;)
    variants.forEach((v, k) => {
      let n = 0
      const start = performance.now()
      while (performance.now() - start < 50) v.fn(i + n++)
      i += n
      times[k]!.push(((performance.now() - start) * 1000) / n)
    })
  return variants.map((v, k) => ({ name: v.name, micros: times[k]!.sort((a, b) => a - b)[times[k]!.length >> 1]! }))
}

function main(): void {
  const option = (key: string) => process.argv.find((a) => a.startsWith(`--${key}=`))?.split('=')[1]
  const seconds = Number(option('seconds') ?? 8)
  if (process.argv.includes('--measure')) {
    console.log(machineLine())
    const rows = measureSlices(
      [
        { name: 'JSON round trip of a compile body (baseline)', fn: roundTrip },
        { name: 'compile (parse, compile 4 channels, stringify)', fn: compileOnce },
        { name: 'estimate (parse, estimate 4 lines, stringify)', fn: estimateOnce },
      ],
      seconds,
    )
    for (const row of rows) console.log(`${row.name.padEnd(50)} ${row.micros.toFixed(1).padStart(8)} µs/call`)
    return
  }
  const which = process.argv[2] ?? 'both'
  const stop = performance.now() + seconds * 1000
  let n = 0
  for (; performance.now() < stop; n++) {
    if (which !== 'estimate') compileOnce(n)
    if (which !== 'compile') estimateOnce(n)
  }
  console.log(`${which}: ${n} rounds in ${seconds} s`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
