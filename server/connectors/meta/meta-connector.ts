import type { MetaSpec, MetaTargeting } from '../../../audiences/channels/meta/meta-spec-schema.js'
import type { MetaCredentials } from '../connector-config.js'
import type { ConnectorDeps, LiveEstimate, LookupCandidate, ValidationOutcome } from '../live-result.js'
import { createMetaContext } from './meta-client.js'
import { metaDeliveryEstimate, metaReachEstimate } from './meta-estimates.js'
import {
  lookupMeta,
  targetingOptionStatus,
  type MetaLookupRequest,
  type TargetingOptionStatus,
} from './meta-lookups.js'
import { validateMetaSpec, type MetaValidateOptions } from './meta-validate.js'

export type MetaConnector = {
  platform: 'meta'
  account: string
  lookup(request: MetaLookupRequest): Promise<LookupCandidate[]>
  optionStatus(ids: readonly string[]): Promise<Map<string, TargetingOptionStatus>>
  validate(spec: MetaSpec, options: MetaValidateOptions): Promise<ValidationOutcome>
  estimates(targeting: MetaTargeting, optimizationGoal?: string): Promise<LiveEstimate[]>
}

export function createMetaConnector(credentials: MetaCredentials, deps: ConnectorDeps): MetaConnector {
  const ctx = createMetaContext(credentials, deps)
  return {
    platform: 'meta',
    account: ctx.accountPath,
    lookup: (request) => lookupMeta(ctx, request),
    optionStatus: (ids) => targetingOptionStatus(ctx, ids),
    validate: (spec, options) => validateMetaSpec(ctx, spec, options),
    async estimates(targeting, optimizationGoal) {
      const delivery = await metaDeliveryEstimate(ctx, targeting, optimizationGoal)
      const reach = await metaReachEstimate(ctx, targeting)
      return [delivery, reach]
    },
  }
}
