// Four-channel compiles per second for the templates on one core: `npx tsx bench/compile.ts`.
import {
  AudienceSchema,
  COMPILERS,
  CHANNEL_IDS,
  DEFAULT_TAXONOMY,
  compileAudience,
  flattenAudience,
  validateAudience,
} from '../audiences/index.js'
import { TEMPLATES } from '../audiences/templates/templates.js'
import { machineLine, measure, printTable } from './bench-loop.js'

const GOAL = 10_000
const inputs = TEMPLATES.map((t) => JSON.parse(JSON.stringify(t.audience)) as unknown)
const audiences = inputs.map((input) => AudienceSchema.parse(input))
const pick = <T>(list: T[], i: number): T => list[i % list.length] as T

const baseline = measure('baseline: JSON round trip of the template', (i) =>
  JSON.parse(JSON.stringify(pick(inputs, i))),
)
const rows = [
  baseline,
  measure('parse (AudienceSchema)', (i) => AudienceSchema.parse(pick(inputs, i))),
  measure('validate + flatten', (i) => {
    const audience = pick(audiences, i)
    validateAudience(audience, DEFAULT_TAXONOMY)
    return flattenAudience(audience, DEFAULT_TAXONOMY)
  }),
  ...CHANNEL_IDS.map((channel) =>
    measure(`compile ${channel} only`, (i) =>
      COMPILERS[channel].compile(flattenAudience(pick(audiences, i), DEFAULT_TAXONOMY), DEFAULT_TAXONOMY),
    ),
  ),
]
const full = measure('compileAudience: validate + all four channels', (i) =>
  compileAudience(pick(audiences, i), DEFAULT_TAXONOMY),
)
rows.push(full)

console.log(`kohde bench/compile — ${machineLine()}`)
console.log(`templates: ${TEMPLATES.map((t) => t.id).join(', ')}`)
printTable('Compile throughput (one core)', rows, baseline)
const verdict = full.opsPerSecond >= GOAL ? 'meets' : 'MISSES'
console.log(
  `\nfour-channel compiles per second: ${Math.round(full.opsPerSecond).toLocaleString('en')} (${verdict} the goal of ${GOAL.toLocaleString('en')})`,
)
