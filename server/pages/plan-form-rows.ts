import { formatNumberInput } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { StoredPlan } from '../store/plan-records.js'
import { feeFields } from './fee-form.js'
import { guidanceFormOf } from './plan-form-guidance.js'
import type { PlanFormInput, PlanRow } from './plan-form-input.js'
import { contentOf } from './plan-loading.js'

// Stored values keep up to four decimals (what was written), in the page's language.
const WRITTEN_DIGITS = 4

/**
 * The builder form filled from a stored version: the lines as they were written (CTR as a percentage). The price a
 * line is not bought by is left blank: the form derives it from the bought price and the CTR, as the estimate does.
 */
export function formOfPlan(plan: StoredPlan, locale: Locale): PlanFormInput {
  const content = contentOf(plan)
  const str = (value: number | undefined) =>
    value === undefined ? '' : formatNumberInput(locale, value, WRITTEN_DIGITS)
  const rows: PlanRow[] = content.lines.map((line) => {
    const pricing =
      line.pricing ?? (line.cpc !== undefined && line.cpm === undefined ? 'cpc' : line.cpm !== undefined ? 'cpm' : '')
    return {
      audienceId: line.audienceId,
      channel: line.channel,
      budget: str(line.budget),
      pricing,
      cpm: pricing === 'cpc' ? '' : str(line.cpm),
      cpc: pricing === 'cpm' ? '' : str(line.cpc),
      ctr: line.ctr === undefined ? '' : str(line.ctr * 100),
      startDate: line.startDate ?? '',
      endDate: line.endDate ?? '',
      frequencyCap: str(line.frequencyCap),
    }
  })
  const model = content.reachModel
  return {
    clientId: plan.clientId,
    name: plan.name,
    version: String(plan.version),
    rows,
    reach: {
      kind: model?.kind ?? 'poisson',
      shape: model?.kind === 'nbd' ? str(model.shape) : '',
      impressions: model?.kind === 'calibrated' ? str(model.impressions) : '',
      reach: model?.kind === 'calibrated' ? str(model.reach) : '',
    },
    guidance: guidanceFormOf(content.guidance, locale),
    fee: feeFields(content.fee, locale),
    action: '',
  }
}
