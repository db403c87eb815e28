import { z } from 'zod'
import { scopeOf } from '../auth/principal.js'
import { platformCheckForAudience } from '../connectors/audience-platform-check.js'
import { MetaCampaignIdSchema } from '../connectors/connection-schemas.js'
import { liveEstimatesForAudience } from '../connectors/audience-live-estimates.js'
import { toErrorResponse } from '../http/http-errors.js'
import { translate } from '../i18n/translate.js'
import { toLiveEstimatesPage, toPlatformCheck } from '../presenters/live-estimates-presenter.js'
import { callerOf, found, idOf } from '../routes/stored-objects.js'
import type { AppDeps } from '../routes/route-table.js'
import { echo } from './form-fields.js'
import { definePage, type PageInput } from './page-table.js'
import { parseRate } from './rate-card-form.js'

const READERS = ['admin', 'staff', 'planner'] as const
const FlightSchema = z.coerce.number().int().min(1).max(365)

type Ask = 'nothing' | 'estimates' | 'check'

async function livePage(input: PageInput, deps: AppDeps, ask: Ask) {
  const { principal } = callerOf(input)
  const id = idOf(input.params)
  const stored = found(await deps.store.audiences.get(scopeOf(principal), id), 'audience')
  const form = {
    budget: echo(input.form['budget'], 20) || '1000',
    flightDays: echo(input.form['flightDays'], 5) || '30',
    campaignId: echo(input.form['campaignId'], 30),
  }
  const page = (model: ReturnType<typeof toLiveEstimatesPage>, status = 200) => ({
    view: 'audience-live',
    title: translate(input.locale, 'live.title'),
    status,
    model,
  })
  const audience = { id, name: stored.audience.name }
  const failed = (error: unknown) => {
    const { status, body } = toErrorResponse(error)
    if (status >= 500) throw error
    return page(
      toLiveEstimatesPage(audience, form, null, { code: body.error.code, message: body.error.message }),
      status,
    )
  }
  const invalid = (messageKey: string) =>
    page(
      toLiveEstimatesPage(audience, form, null, {
        code: 'request_invalid',
        message: translate(input.locale, messageKey),
      }),
      400,
    )
  if (ask === 'nothing') return page(toLiveEstimatesPage(audience, form, null))
  if (ask === 'check') {
    const campaignId = form.campaignId.trim()
    if (campaignId !== '' && !MetaCampaignIdSchema.safeParse(campaignId).success) return invalid('live.check.formError')
    try {
      const response = await platformCheckForAudience(deps, scopeOf(principal), id, {
        ...(campaignId === '' ? {} : { meta: { campaignId, dailyBudget: 10 } }),
      })
      return page({ ...toLiveEstimatesPage(audience, form, null), check: toPlatformCheck(response) })
    } catch (error) {
      return failed(error)
    }
  }
  const budget = parseRate(form.budget)
  const flightDays = FlightSchema.safeParse(form.flightDays)
  if (budget === null || budget > 1e7 || !flightDays.success) return invalid('live.formError')
  try {
    const response = await liveEstimatesForAudience(deps, scopeOf(principal), id, {
      budget,
      flightDays: flightDays.data,
      currency: 'EUR',
    })
    return page(toLiveEstimatesPage(audience, form, response))
  } catch (error) {
    return failed(error)
  }
}

// The platforms' own estimates beside kohde's (a form: budget, flight), and their check of the compiled targeting
// (a form: Meta's campaign); nothing is stored.
export const AUDIENCE_LIVE_PAGES = [
  definePage({
    method: 'get',
    path: '/audiences/:id/live',
    auth: READERS,
    handle: (input, deps) => livePage(input, deps, 'nothing'),
  }),
  definePage({
    method: 'post',
    path: '/audiences/:id/live',
    auth: READERS,
    handle: (input, deps) => livePage(input, deps, 'estimates'),
  }),
  definePage({
    method: 'post',
    path: '/audiences/:id/live/check',
    auth: READERS,
    handle: (input, deps) => livePage(input, deps, 'check'),
  }),
]
