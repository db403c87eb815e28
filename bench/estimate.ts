// Four-channel estimates and optimisations per second on one core: `npx tsx bench/estimate.ts`.
import { estimatePlan } from '../audiences/estimate/estimate-plan.js'
import { EstimateRequestSchema, OptimizeRequestSchema } from '../audiences/estimate/estimate-schema.js'
import { deliverLine } from '../audiences/estimate/line-delivery.js'
import { optimizePlan } from '../audiences/estimate/optimize-plan.js'
import { preparePlan } from '../audiences/estimate/plan-context.js'
import { guidePlan } from '../audiences/estimate/plan-guidance.js'
import { planAt } from '../audiences/estimate/plan-result.js'
import { AssumptionLog } from '../audiences/estimate/assumption-log.js'
import { DEFAULT_TAXONOMY } from '../audiences/taxonomy/taxonomy-data.js'
import { machineLine, measure, printTable } from './bench-loop.js'

const ESTIMATE_GOAL = 5_000
const OPTIMIZE_GOAL = 500

// Seed 003's villa buyers: all of Finland, 30–60, top income, interior design or luxury goods, on all four channels.
const audience = {
  name: 'Luxury villa buyers',
  geo: { include: [{ country: 'FI' }] },
  age: { min: 30, max: 60 },
  include: [
    [{ facet: 'income', value: 'income.top-20' }],
    [
      { facet: 'interest', value: 'interest.interior-design' },
      { facet: 'interest', value: 'interest.luxury-goods' },
    ],
  ],
}
const regional = { ...audience, geo: { include: [{ region: 'FI-18' }, { region: 'FI-11' }] } }
const channels = ['facebook', 'instagram', 'linkedin', 'google'] as const
const budgets = [100, 100, 300, 1000]
const lines = channels.map((channel, i) => ({ channel, budget: budgets[i]! }))

const withAudience = EstimateRequestSchema.parse({ audience, lines })
const withRegions = EstimateRequestSchema.parse({ audience: regional, lines })
const sized = EstimateRequestSchema.parse({
  lines: lines.map((l) => ({ ...l, audienceSize: 50_000 })),
  universe: 120_000,
})
const capped = EstimateRequestSchema.parse({ audience, lines: lines.map((l) => ({ ...l, frequencyCap: 3 })) })
const optimizeLines = channels.map((channel) => ({ channel }))
const toOptimize = OptimizeRequestSchema.parse({
  audience,
  lines: optimizeLines,
  totalBudget: 5000,
  objective: 'reach',
})
const toOptimizeCapped = OptimizeRequestSchema.parse({
  audience,
  lines: optimizeLines.map((l) => ({ ...l, frequencyCap: 3 })),
  totalBudget: 5000,
})
const toOptimizeClicks = OptimizeRequestSchema.parse({ ...toOptimize, objective: 'clicks' })
const planned = preparePlan(withAudience, DEFAULT_TAXONOMY).lines

const baseline = measure('baseline: deliverLine × 4 (delivery only, no audience step, no totals)', () =>
  planned.map((line, i) => deliverLine(line.setup, budgets[i]!)),
)
const rows = [
  baseline,
  measure('estimate, sizes given (no audience-size step)', () => estimatePlan(sized, DEFAULT_TAXONOMY)),
  measure('audience-size step only (preparePlan, all of FI)', () => preparePlan(withAudience, DEFAULT_TAXONOMY)),
]
const core = planAt(planned, budgets, preparePlan(withAudience, DEFAULT_TAXONOMY).universe)
rows.push(
  measure('guidance layer only (warnings, recommended budgets, caps)', () =>
    guidePlan({
      lines: planned,
      results: core.lines,
      total: core.total,
      universe: core.total.universe,
      flights: withAudience.lines,
      log: new AssumptionLog(),
    }),
  ),
)
const estimate = measure('estimatePlan: all of FI, 4 channels', () => estimatePlan(withAudience, DEFAULT_TAXONOMY))
rows.push(
  estimate,
  measure('estimatePlan: two regions (48 municipalities)', () => estimatePlan(withRegions, DEFAULT_TAXONOMY)),
  measure('estimatePlan: frequency cap 3 on every line', () => estimatePlan(capped, DEFAULT_TAXONOMY)),
)
const optimize = measure('optimizePlan: reach, 4 channels, 5,000 €', () => optimizePlan(toOptimize, DEFAULT_TAXONOMY))
rows.push(
  optimize,
  measure('optimizePlan: clicks', () => optimizePlan(toOptimizeClicks, DEFAULT_TAXONOMY)),
  measure('optimizePlan: reach, frequency cap 3', () => optimizePlan(toOptimizeCapped, DEFAULT_TAXONOMY)),
)

console.log(`kohde bench/estimate — ${machineLine()}`)
printTable('Estimate and optimiser throughput (one core)', rows, baseline)
const verdict = (ops: number, goal: number) =>
  `${Math.round(ops).toLocaleString('en')}/s (${ops >= goal ? 'meets' : 'MISSES'} the goal of ${goal.toLocaleString('en')})`
console.log(`\nfour-channel estimates: ${verdict(estimate.opsPerSecond, ESTIMATE_GOAL)}`)
console.log(`four-channel optimisations: ${verdict(optimize.opsPerSecond, OPTIMIZE_GOAL)}`)
