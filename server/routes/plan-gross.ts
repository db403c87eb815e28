import { grossEstimate, grossRatio, type Assumption, type CoreEstimate } from '../../audiences/index.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { PlanContent } from './plan-schemas.js'
import { guidedEstimate, presentPlan } from './plan-write.js'

// Rates (from the rate card or given on a line) and fees are the agency's margins, their sources the rate card's
// notes, and criteria shares are targeting internals: a client sees none of them.
const INTERNAL_FACTOR = /^(rate\.|rateCard|fee\.|share\.|lines\.\d+\.(cpm|cpc|ctr|pricing)$)/

/** The assumptions a client may read: sources and models, without rates, fees or the criteria behind the audience. */
export const clientAssumptions = (assumptions: readonly Assumption[]): Assumption[] =>
  assumptions.filter((a) => !INTERNAL_FACTOR.test(a.factor))

/**
 * A plan in the client's prices (ADR 0010): line budgets, the estimate's euros and rates and the guidance made from
 * them are gross; no fee, no net cost, no scenarios. Client users, share links, the client pages and the client PDF
 * read this, never presentPlan.
 */
export function presentGrossPlan(plan: StoredPlan): ReturnType<typeof presentPlan> {
  const full = presentPlan({ ...plan, content: { ...(plan.content as PlanContent), scenarios: [] } })
  const content = plan.content as PlanContent
  const stored = (plan.estimate as { plan: CoreEstimate }).plan
  const cost = stored.cost
  const lines = content.lines.map((l, i) => {
    const r = grossRatio(cost?.lines[i])
    const prices = {
      ...(l.cpm === undefined ? {} : { cpm: l.cpm * r }),
      ...(l.cpc === undefined ? {} : { cpc: l.cpc * r }),
    }
    return { ...l, budget: cost?.lines[i]?.gross ?? l.budget, ...prices }
  })
  const guided = guidedEstimate(grossEstimate(stored), content.lines, content)
  const estimate = { ...guided, assumptions: clientAssumptions(guided.assumptions) }
  return { ...full, lines, fee: null, estimate }
}
