import type { StoredPlan } from '../store/plan-records.js'
import { feeFields } from './fee-form.js'
import { guidanceFormOf } from './plan-form-guidance.js'
import type { PlanFormInput, PlanRow } from './plan-form-input.js'
import { contentOf } from './plan-loading.js'

const FOUR_PLACES = 1e4
const str = (value: number | undefined) => (value === undefined ? '' : String(value))

/** The builder form filled from a stored version: the lines as they were written (CTR as a percentage). */
export function formOfPlan(plan: StoredPlan): PlanFormInput {
  const content = contentOf(plan)
  const rows: PlanRow[] = content.lines.map((line) => ({
    audienceId: line.audienceId,
    channel: line.channel,
    budget: String(line.budget),
    pricing: line.pricing ?? '',
    cpm: str(line.cpm),
    cpc: str(line.cpc),
    ctr: line.ctr === undefined ? '' : String(Math.round(line.ctr * 100 * FOUR_PLACES) / FOUR_PLACES),
    startDate: line.startDate ?? '',
    endDate: line.endDate ?? '',
    frequencyCap: str(line.frequencyCap),
  }))
  const model = content.reachModel
  return {
    clientId: plan.clientId,
    name: plan.name,
    version: String(plan.version),
    rows,
    reach: {
      kind: model?.kind ?? 'poisson',
      shape: model?.kind === 'nbd' ? String(model.shape) : '',
      impressions: model?.kind === 'calibrated' ? String(model.impressions) : '',
      reach: model?.kind === 'calibrated' ? String(model.reach) : '',
    },
    guidance: guidanceFormOf(content.guidance),
    fee: feeFields(content.fee),
    action: '',
  }
}
