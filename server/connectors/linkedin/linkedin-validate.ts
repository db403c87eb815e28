import type { LinkedInSpec } from '../../../audiences/channels/linkedin/linkedin-spec-schema.js'
import { isPlatformError } from '../platform-error.js'
import { isoDate, type ValidationOutcome } from '../live-result.js'
import type { LinkedInContext } from './linkedin-client.js'
import { linkedInAudienceCount } from './linkedin-estimates.js'

// LinkedIn has no validate-only campaign create: an audienceCounts call checks the facets and URNs, and its
// total says whether the audience reaches LinkedIn's 300-member minimum (platforms.md §3.4, §3.7).
export async function validateLinkedInSpec(ctx: LinkedInContext, spec: LinkedInSpec): Promise<ValidationOutcome> {
  const outcome = { platform: 'linkedin' as const, account: ctx.accountUrn, date: isoDate(ctx.deps.clock()) }
  try {
    const count = await linkedInAudienceCount(ctx, spec.targetingCriteria)
    if (count.audience?.upper === null || count.audience === null) {
      return {
        ...outcome,
        valid: false,
        problems: [
          {
            platformCode: 'audience_below_300',
            message: 'The audience has fewer than 300 members; LinkedIn will not run it. Widen the targeting.',
          },
        ],
      }
    }
    return { ...outcome, valid: true, problems: [] }
  } catch (error) {
    if (!isPlatformError(error) || error.code !== 'parameter_invalid') throw error
    return {
      ...outcome,
      valid: false,
      problems: error.problems,
    }
  }
}
