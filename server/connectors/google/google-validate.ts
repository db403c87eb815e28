import type { GoogleSpec } from '../../../audiences/channels/google/google-spec-schema.js'
import { isoDate, type ValidationOutcome } from '../live-result.js'
import { classifyGoogleError, failureProblems, isGoogleAdsFailure, type FailureLike } from './google-errors.js'
import type { GoogleContext } from './google-client.js'
import { customAudienceCreates, isTemporaryAudience, scaffoldOperations } from './google-mutations.js'

type Problems = ValidationOutcome['problems']

// validate_only: "request is validated but not executed. Only errors are returned" (Mutate*Request reference).
async function validateStep(ctx: GoogleContext, step: string, run: () => Promise<unknown>): Promise<Problems> {
  try {
    const response = (await ctx.call(run)) as { partial_failure_error?: FailureLike | null } | undefined
    const partial = response?.partial_failure_error
    return partial && isGoogleAdsFailure(partial) ? withStep(step, failureProblems(partial)) : []
  } catch (error) {
    const failure = classifyGoogleError(error)
    if (failure.code !== 'parameter_invalid') throw failure
    return withStep(step, failure.problems)
  }
}

const withStep = (step: string, problems: Problems): Problems =>
  problems.map((p) => ({ ...p, location: p.location ? `${step}: ${p.location}` : step }))

// Checks the custom segments (CustomAudienceService is outside GoogleAdsService.Mutate in v24), then the campaign
// and ad-group criteria in one atomic Mutate. Criteria naming a temporary customAudiences/-N are left out: those
// segments only get real resource names when they are created for the launch.
export async function validateGoogleSpec(ctx: GoogleContext, spec: GoogleSpec): Promise<ValidationOutcome> {
  const date = isoDate(ctx.deps.clock())
  const label = `kohde check ${date}`
  const problems: Problems = []
  if (spec.customAudiences.length > 0) {
    const audiences = customAudienceCreates(spec.customAudiences, ctx.customerId, label)
    problems.push(
      ...(await validateStep(ctx, 'customAudiences', () =>
        ctx.customer.customAudiences.create(audiences as never, { validate_only: true }),
      )),
    )
  }
  const checked = spec.adGroupCriteria.filter((c) => !isTemporaryAudience(c))
  const operations = scaffoldOperations(spec, ctx.customerId, date, checked)
  problems.push(
    ...(await validateStep(ctx, 'mutate', () => ctx.customer.mutateResources(operations, { validate_only: true }))),
  )
  const skipped = spec.adGroupCriteria.length - checked.length
  return {
    platform: 'google',
    account: ctx.customerId,
    date,
    valid: problems.length === 0,
    problems,
    ...(skipped > 0
      ? { notes: [`${skipped} custom-segment criteria were not checked: their segments do not exist yet.`] }
      : {}),
  }
}
