import type { StoredAudience } from '../store/audience-records.js'
import type { StoredClient } from '../store/client-repository.js'
import type { StoredPlan } from '../store/plan-records.js'

type AudienceRow = { href: string; name: string; version: number; updatedAt: string }
type PlanRow = { href: string; name: string; version: number; statusKey: string; updatedAt: string }
export type DashboardModel = {
  clients: { name: string; href: string | null; audiences: AudienceRow[]; plans: PlanRow[] }[]
  isEmpty: boolean
  canDraft: boolean
  canPlan: boolean
  showAudiences: boolean
}

/** Recent audiences and plans grouped per client, newest first within each; clients without recent work are left out. */
export function toDashboard(
  clients: readonly StoredClient[],
  audiences: readonly StoredAudience[],
  plans: readonly StoredPlan[],
  can: { draft: boolean; plan: boolean; seeAudiences: boolean; linkClients: boolean },
): DashboardModel {
  const groups = clients
    .map((client) => ({
      name: client.name,
      href: can.linkClients ? `/clients/${client.id}` : null,
      audiences: audiences
        .filter((a) => a.clientId === client.id)
        .map((a) => ({
          href: `/audiences/${a.id}`,
          name: a.audience.name,
          version: a.version,
          updatedAt: a.updatedAt,
        })),
      plans: plans
        .filter((p) => p.clientId === client.id)
        .map((p) => ({
          href: `/plans/${p.id}`,
          name: p.name,
          version: p.version,
          statusKey: `plan.status.${p.status}`,
          updatedAt: p.updatedAt,
        })),
    }))
    .filter((group) => group.audiences.length > 0 || group.plans.length > 0)
  return {
    clients: groups,
    isEmpty: groups.length === 0,
    canDraft: can.draft,
    canPlan: can.plan,
    showAudiences: can.seeAudiences,
  }
}
