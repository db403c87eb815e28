import type { Audience, PlanEstimate, ReachCurve, Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import type { StoredPlanLine } from '../routes/plan-schemas.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Role } from '../store/store-types.js'
import { assumptionSource, assumptionValue } from './assumption-text.js'
import { planDownloadsOf } from './exports-presenter.js'
import type { PlanCalendarModel } from './plan-calendar-presenter.js'
import { toFrequencyChart, toReachChart, toSplitChart } from './plan-charts-presenter.js'
import type { PlanGuidanceModel } from './plan-guidance-presenter.js'
import { CHANNEL_LABELS, lineLabel } from './plan-labels.js'
import type { PlanToolsModel } from './plan-tools-presenter.js'
import { sizeNoteOf } from './size-note-presenter.js'

export type PlanViewSource = {
  plan: StoredPlan
  lines: readonly StoredPlanLine[]
  clientName: string
  audienceNames: ReadonlyMap<string, string | null>
  estimate: PlanEstimate
  ranges: readonly { low: number; high: number }[]
  curves: ReachCurve | null
  curveMark: number
  role: Role
  notice: 'saved' | 'applied' | 'revoked' | null
  share: { url: string; expiresAt: string } | null
  tools: PlanToolsModel
  guidance: PlanGuidanceModel
  calendar: PlanCalendarModel | null
  /** The lines' audiences with their parents inlined, by id: the size notes name their criteria. */
  audiences: ReadonlyMap<string, Audience>
  taxonomy: Taxonomy
}

/** Line labels: the channel, with the audience when the plan has several. */
export function lineLabelsOf(
  t: Translate,
  lines: readonly StoredPlanLine[],
  names: ReadonlyMap<string, string | null>,
) {
  const several = new Set(lines.map((l) => l.audienceId)).size > 1
  return lines.map((l) => lineLabel(l.channel, names.get(l.audienceId) ?? t('plan.view.audienceGone'), several))
}

/** The plan page: status, the lines with their estimates, the charts with their tables, what the user may do. */
export function toPlanView(t: Translate, locale: Locale, source: PlanViewSource) {
  const { plan, estimate } = source
  const labels = lineLabelsOf(t, source.lines, source.audienceNames)
  const canWrite = source.role === 'admin' || source.role === 'staff'
  const approved = plan.status === 'approved'
  return {
    plan: {
      id: plan.id,
      name: plan.name,
      clientName: source.clientName,
      version: plan.version,
      status: plan.status,
      statusKey: `plan.status.${plan.status}`,
      updatedAt: plan.updatedAt,
      sharedAt: plan.sharedAt,
      approvedAt: plan.approvedAt,
    },
    notice: source.notice === null ? null : `plan.notice.${source.notice}`,
    // Edited since it was shared: the client and share links still see the shared version.
    clientsSee: plan.sharedVersion !== null && plan.sharedVersion !== plan.version ? plan.sharedVersion : null,
    approved,
    canWrite,
    canPlan: true,
    editHref: `/plans/${plan.id}/edit`,
    editLabelKey: approved || plan.status === 'shared' ? 'plan.view.editAsNewVersion' : 'plan.view.edit',
    nextVersion: plan.version + 1,
    lines: source.lines.map((line, i) => {
      const result = estimate.lines[i]!
      return {
        label: labels[i]!,
        channel: CHANNEL_LABELS[line.channel],
        audienceName: source.audienceNames.get(line.audienceId) ?? t('plan.view.audienceGone'),
        pricingKey: `plan.pricing.${result.pricing}`,
        budget: result.budget,
        spend: result.spend,
        // Spend falls short of the budget when the cap saturates the audience, or when the channel targets nobody.
        underspentKey:
          result.spend >= result.budget - 0.005
            ? null
            : (result.audienceSize?.high ?? 0) === 0 || result.frequencyCap === null
              ? 'plan.view.unreachable'
              : 'plan.view.underspent',
        impressions: result.impressions,
        reach: result.reach,
        reachLow: source.ranges[i]!.low,
        reachHigh: source.ranges[i]!.high,
        frequency: result.frequency,
        clicks: result.clicks,
        cpm: result.cpm,
        cpc: result.cpc,
        // The price the line is not bought by follows from the other and the CTR (resolveRates): marked as derived.
        cpmDerived: result.pricing === 'cpc',
        cpcDerived: result.pricing === 'cpm',
        ctr: result.ctr,
        frequencyCap: result.frequencyCap,
        startDate: line.startDate ?? null,
        endDate: line.endDate ?? null,
      }
    }),
    sizeNotes: source.lines.flatMap((line, i) => {
      const audience = source.audiences.get(line.audienceId) ?? null
      const note = sizeNoteOf(estimate.lines[i]!, audience, source.taxonomy, locale, t)
      return note ? [{ label: labels[i]!, text: note.text }] : []
    }),
    total: estimate.total,
    // Staff only (ADR 0010): the client's pages read the plan in gross prices.
    cost: {
      hasFee: estimate.cost.fee > 0,
      lines: estimate.cost.lines.map((c, i) => ({ label: labels[i]!, ...c })),
      total: { net: estimate.cost.net, fee: estimate.cost.fee, gross: estimate.cost.gross },
    },
    reachChart: source.curves ? toReachChart(t, locale, source.curves, labels, source.curveMark) : null,
    splitChart: estimate.total.budget > 0 ? toSplitChart(locale, estimate, labels) : null,
    frequencyChart: estimate.total.reach > 0 ? toFrequencyChart(t, locale, estimate) : null,
    // Sources (and a fee's value) in the page's language from their codes; no English from audiences/ (issue 18).
    assumptions: estimate.assumptions.map((a) => ({
      factor: a.factor,
      value: assumptionValue(t, locale, a),
      source: assumptionSource(t, locale, a),
    })),
    share: source.share,
    downloads: planDownloadsOf(plan.id, locale),
    tools: source.tools,
    guidance: source.guidance,
    calendar: source.calendar,
  }
}
export type PlanViewModel = ReturnType<typeof toPlanView>
