import { utils } from 'linkedin-api-client'
import type { TargetingCriteria } from '../../../audiences/channels/linkedin/linkedin-spec-schema.js'

// The SDK's own Rest.li 2.0 query encoding, as RestliClient.finder builds the audienceCounts query string.
export const encodeAudienceCountsQuery = (targetingCriteria: TargetingCriteria): string =>
  utils.encodeQueryParamsForGetRequests({ q: 'targetingCriteriaV2', targetingCriteria })

/** Decodes the targetingCriteria parameter back with the SDK's Rest.li decoder. */
export const decodeTargetingCriteria = (query: string): unknown => utils.paramDecode(query)['targetingCriteria']
