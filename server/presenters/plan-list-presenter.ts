import type { StoredClient } from '../store/client-repository.js'
import type { PlanStatus, StoredPlan } from '../store/plan-records.js'
import { PLAN_STATUSES } from '../store/plan-records.js'
import type { Translate } from '../i18n/translate.js'

export type PlanListSource = {
  plans: readonly StoredPlan[]
  clients: readonly StoredClient[]
  filter: { clientId: string | null; status: PlanStatus | null }
  nextCursor: string | null
  isFirstPage: boolean
  isClient: boolean
  canCreate: boolean
}

const query = (params: Record<string, string | null>) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== null))
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** Plans newest first with the client and status filters; client users' rows open the client view. */
export function toPlanList(t: Translate, source: PlanListSource) {
  const clientName = new Map(source.clients.map((c) => [c.id, c.name]))
  const { filter } = source
  return {
    isClient: source.isClient,
    canCreate: source.canCreate,
    clientOptions: [
      { value: '', label: t('plan.list.allClients'), selected: filter.clientId === null },
      ...source.clients.map((c) => ({ value: c.id, label: c.name, selected: c.id === filter.clientId })),
    ],
    statusOptions: [
      { value: '', label: t('plan.list.allStatuses'), selected: filter.status === null },
      ...PLAN_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`), selected: s === filter.status })),
    ],
    plans: source.plans.map((p) => ({
      href: source.isClient ? `/plans/${p.id}/client` : `/plans/${p.id}`,
      name: p.name,
      clientName: clientName.get(p.clientId) ?? '',
      version: p.version,
      status: p.status,
      statusKey: `plan.status.${p.status}`,
      updatedAt: p.updatedAt,
    })),
    isEmpty: source.plans.length === 0,
    nextHref: source.nextCursor
      ? `/plans${query({ clientId: filter.clientId, status: filter.status, cursor: source.nextCursor })}`
      : null,
    firstHref: source.isFirstPage ? null : `/plans${query({ clientId: filter.clientId, status: filter.status })}`,
  }
}
export type PlanListModel = ReturnType<typeof toPlanList>
