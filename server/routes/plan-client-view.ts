import type { StoredPlan } from '../store/plan-records.js'
import type { Role } from '../store/store-types.js'
import type { ClientPlan } from './plan-schemas.js'
import { clientAssumptions, presentGrossPlan } from './plan-gross.js'
import { presentPlan } from './plan-write.js'

export { clientAssumptions } from './plan-gross.js'

/** A plan as its client sees it (client users and share links), in gross prices: see ClientPlanSchema. */
export function presentClientPlan(plan: StoredPlan): ClientPlan {
  const full = presentGrossPlan(plan)
  return {
    id: full.id,
    clientId: full.clientId,
    name: full.name,
    version: full.version,
    status: full.status,
    lines: full.lines.map(({ audienceId, channel, budget, startDate, endDate, frequencyCap }) => ({
      audienceId,
      channel,
      budget,
      ...(startDate === undefined ? {} : { startDate }),
      ...(endDate === undefined ? {} : { endDate }),
      ...(frequencyCap === undefined ? {} : { frequencyCap }),
    })),
    estimate: {
      lines: full.estimate.lines.map((l) => ({
        channel: l.channel,
        budget: l.budget,
        spend: l.spend,
        impressions: l.impressions,
        clicks: l.clicks,
        reach: l.reach,
        frequency: l.frequency,
        reachAtLeast: l.reachAtLeast,
        audienceSize: l.audienceSize,
        frequencyCap: l.frequencyCap,
        warnings: l.warnings,
        recommendedBudget: l.recommendedBudget,
      })),
      total: full.estimate.total,
      warnings: full.estimate.warnings,
      recommendedBudget: full.estimate.recommendedBudget,
      assumptions: clientAssumptions(full.estimate.assumptions),
    },
    createdAt: full.createdAt,
    updatedAt: full.updatedAt,
    sharedAt: full.sharedAt,
    approvedAt: full.approvedAt,
    approvedBy: full.approvedBy,
    approver: full.approver,
  }
}

/** The presentation for the caller's role: the full plan for the agency, the client's view for client users. */
export const presentPlanFor = (role: Role) => (role === 'client' ? presentClientPlan : presentPlan)
