import type { RestliClient } from 'linkedin-api-client'
import type { LinkedInSpec, TargetingCriteria } from '../../../audiences/channels/linkedin/linkedin-spec-schema.js'
import type { LinkedInCredentials } from '../connector-config.js'
import type { ConnectorDeps, LiveEstimate, LookupCandidate, ValidationOutcome } from '../live-result.js'
import { createLinkedInContext } from './linkedin-client.js'
import {
  linkedInAudienceCount,
  linkedInBudgetPricing,
  linkedInSupplyForecast,
  type LinkedInForecastOptions,
  type LinkedInPricingOptions,
} from './linkedin-estimates.js'
import { lookupLinkedIn, type LinkedInLookupRequest } from './linkedin-lookups.js'
import { validateLinkedInSpec } from './linkedin-validate.js'

export type LinkedInConnector = {
  platform: 'linkedin'
  account: string
  client: RestliClient
  lookup(request: LinkedInLookupRequest): Promise<LookupCandidate[]>
  validate(spec: LinkedInSpec): Promise<ValidationOutcome>
  audienceCount(criteria: TargetingCriteria): Promise<LiveEstimate>
  budgetPricing(criteria: TargetingCriteria, options: LinkedInPricingOptions): Promise<LiveEstimate>
  supplyForecast(criteria: TargetingCriteria, options: LinkedInForecastOptions): Promise<LiveEstimate>
}

export function createLinkedInConnector(credentials: LinkedInCredentials, deps: ConnectorDeps): LinkedInConnector {
  const ctx = createLinkedInContext(credentials, deps)
  return {
    platform: 'linkedin',
    account: ctx.accountUrn,
    client: ctx.client,
    lookup: (request) => lookupLinkedIn(ctx, request),
    validate: (spec) => validateLinkedInSpec(ctx, spec),
    audienceCount: (criteria) => linkedInAudienceCount(ctx, criteria),
    budgetPricing: (criteria, options) => linkedInBudgetPricing(ctx, criteria, options),
    supplyForecast: (criteria, options) => linkedInSupplyForecast(ctx, criteria, options),
  }
}
