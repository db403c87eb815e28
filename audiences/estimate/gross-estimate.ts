import { grossRatio } from './agency-fee.js'
import type { CoreEstimate } from './estimate-guidance.js'

/**
 * The estimate in the client's prices (ADR 0010): every euro figure and price of a line times its gross ÷ net, so
 * delivery is unchanged and guidance made from it (recommended budgets, warnings) speaks gross; no cost breakdown.
 */
export function grossEstimate(estimate: CoreEstimate): CoreEstimate {
  const { cost, ...rest } = estimate
  if (!cost || cost.fee === 0) return rest
  const ratios = estimate.lines.map((_, i) => grossRatio(cost.lines[i]))
  const lines = estimate.lines.map((l, i) => {
    const r = ratios[i]!
    const dailyBudget = l.dailyBudget === null ? null : l.dailyBudget * r
    // The budget is the cost's gross itself (no float drift from × r); spend and prices scale.
    const budget = cost.lines[i]?.gross ?? l.budget * r
    return { ...l, budget, spend: l.spend * r, dailyBudget, cpm: l.cpm * r, cpc: l.cpc * r }
  })
  const spend = lines.reduce((s, l) => s + l.spend, 0)
  return { ...rest, lines, total: { ...rest.total, budget: cost.gross, spend } }
}
