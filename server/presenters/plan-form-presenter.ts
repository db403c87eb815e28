import type { Translate } from '../i18n/translate.js'
import { feeOptions } from '../pages/fee-form.js'
import { guidanceFieldsOf } from '../pages/plan-form-guidance.js'
import { ROW_KEYS, type FieldProblem, type PlanFormInput } from '../pages/plan-form-input.js'
import type { PlanStatus } from '../store/plan-records.js'
import { CHANNEL_LABELS, CHANNELS } from './plan-labels.js'

type Option = { value: string; label: string; selected: boolean }
const REACH_KINDS = ['poisson', 'nbd', 'calibrated'] as const

export type PlanFormSource = {
  mode: 'new' | 'edit'
  planId: string | null
  client: { id: string; name: string }
  audiences: readonly { id: string; name: string }[]
  form: PlanFormInput
  problems: readonly FieldProblem[]
  status: PlanStatus | null
  conflictVersion: number | null
  errorCode: string | null
}

const optionsOf = (values: readonly string[], labelOf: (v: string) => string, chosen: string): Option[] =>
  values.map((value) => ({ value, label: labelOf(value), selected: value === chosen }))

/** The plan builder: every field as typed, its error next to it, and a summary linking to each error. */
export function toPlanForm(t: Translate, source: PlanFormSource) {
  const { form, problems } = source
  const messages = new Map<string, string>()
  const summary: { href: string; message: string }[] = []
  for (const problem of problems) {
    if (messages.has(problem.field)) continue
    const message = t(problem.key)
    messages.set(problem.field, message)
    const where = problem.row === null ? message : t('plan.error.onLine', { line: problem.row + 1, message })
    summary.push({ href: `#${problem.field}`, message: where })
  }
  const errorOf = (field: string) => messages.get(field) ?? null
  const audienceIds = source.audiences.map((a) => a.id)
  const audienceName = (id: string) => source.audiences.find((a) => a.id === id)?.name ?? ''
  const rows = form.rows.map((row, index) => ({
    index,
    number: index + 1,
    ...row,
    audienceOptions: optionsOf(audienceIds, audienceName, row.audienceId),
    channelOptions: optionsOf(CHANNELS, (c) => CHANNEL_LABELS[c as keyof typeof CHANNEL_LABELS], row.channel),
    pricingOptions: optionsOf(['cpm', 'cpc'], (p) => t(`plan.pricing.${p}`), row.pricing),
    errors: Object.fromEntries(ROW_KEYS.map((k) => [k, errorOf(`lines-${index}-${k}`)])),
    removable: form.rows.length > 1,
    // The estimate uses only the bought price; the other field shows what follows from it (plan-rates.ts).
    cpmDerived: row.pricing === 'cpc',
    cpcDerived: row.pricing === 'cpm',
  }))
  const isEdit = source.mode === 'edit'
  return {
    isEdit,
    headingKey: isEdit ? 'plan.form.editTitle' : 'plan.form.newTitle',
    actionHref: isEdit ? `/plans/${source.planId}/edit` : '/plans/new',
    cancelHref: isEdit ? `/plans/${source.planId}` : '/plans',
    client: source.client,
    name: form.name,
    version: form.version,
    approvedNotice: source.status === 'approved',
    sharedNotice: source.status === 'shared',
    conflict:
      source.conflictVersion === null
        ? null
        : { version: source.conflictVersion, reloadHref: `/plans/${source.planId}/edit` },
    noAudiences: source.audiences.length === 0,
    newAudienceHref: `/audiences/new?clientId=${source.client.id}`,
    rows,
    reach: {
      kindOptions: optionsOf(REACH_KINDS, (k) => t(`plan.reach.${k}`), form.reach.kind),
      shape: form.reach.shape,
      impressions: form.reach.impressions,
      reach: form.reach.reach,
      errors: {
        kind: errorOf('reach-kind'),
        shape: errorOf('reach-shape'),
        impressions: errorOf('reach-impressions'),
        reach: errorOf('reach-reach'),
      },
    },
    guidance: guidanceFieldsOf(form.guidance, errorOf, (c) => CHANNEL_LABELS[c]),
    fee: { options: feeOptions(form.fee.kind), value: form.fee.value, error: errorOf('plan-fee-value') },
    errors: { name: errorOf('name'), clientId: errorOf('clientId') },
    summary,
    hasSummary: summary.length > 0,
    hasErrors: summary.length > 0 || source.conflictVersion !== null,
    errorCode: source.errorCode,
  }
}
export type PlanFormModel = ReturnType<typeof toPlanForm>

/** The first step when no client is chosen yet: which client the plan is for. */
export const toClientChoice = (clients: readonly { id: string; name: string }[]) => ({
  clients: clients.map((c) => ({ value: c.id, label: c.name })),
  noClients: clients.length === 0,
})
