import type { GoogleSpec } from '../../../audiences/channels/google/google-spec-schema.js'
import type { GoogleCredentials } from '../connector-config.js'
import type { ConnectorDeps, LiveEstimate, LookupCandidate, ValidationOutcome } from '../live-result.js'
import { createGoogleContext, type GoogleHooks } from './google-client.js'
import { googleKeywordForecast, type KeywordForecastOptions } from './google-forecast.js'
import {
  lookupAudienceSegment,
  lookupLanguage,
  queryGeoTargets,
  searchUserInterests,
  suggestGeoTargets,
} from './google-lookups.js'
import { validateGoogleSpec } from './google-validate.js'

export type GoogleLookupRequest =
  | { kind: 'geo'; name: string; countryCode: string }
  | { kind: 'geo_query'; name: string; countryCode: string }
  | { kind: 'language'; code: string }
  | { kind: 'user_interest'; name: string }
  | { kind: 'segment'; resource: 'life_event' | 'detailed_demographic'; name: string }

export type GoogleConnector = {
  platform: 'google'
  account: string
  lookup(request: GoogleLookupRequest): Promise<LookupCandidate[]>
  validate(spec: GoogleSpec): Promise<ValidationOutcome>
  keywordForecast(options: KeywordForecastOptions): Promise<LiveEstimate>
}

export function createGoogleConnector(
  credentials: GoogleCredentials,
  deps: ConnectorDeps,
  hooks?: GoogleHooks,
): GoogleConnector {
  const ctx = createGoogleContext(credentials, deps, hooks)
  return {
    platform: 'google',
    account: ctx.customerId,
    lookup(request) {
      switch (request.kind) {
        case 'geo':
          return suggestGeoTargets(ctx, [request.name], request.countryCode)
        case 'geo_query':
          return queryGeoTargets(ctx, request.name, request.countryCode)
        case 'language':
          return lookupLanguage(ctx, request.code)
        case 'user_interest':
          return searchUserInterests(ctx, request.name)
        case 'segment':
          return lookupAudienceSegment(ctx, request.resource, request.name)
      }
    },
    validate: (spec) => validateGoogleSpec(ctx, spec),
    keywordForecast: (options) => googleKeywordForecast(ctx, options),
  }
}
