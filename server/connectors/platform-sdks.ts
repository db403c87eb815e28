import { createRequire } from 'node:module'
import type * as GoogleAds from 'google-ads-api'
import type * as MetaBusiness from 'facebook-nodejs-business-sdk'
import type * as LinkedInApi from 'linkedin-api-client'

// The SDKs take seconds to load (google-ads-api with its protobufs alone about two) and most servers connect no
// platform, so each is loaded the first time a connector for its platform is made or its code runs, never when the
// server starts (test/connectors/sdk-laziness.test.ts). require, not import(): the SDK objects stay synchronous
// (LinkedIn's client and its axiosInstance, Google's enum tables); all three are CommonJS, so require returns the
// same module an `import` does and FacebookAdsApi.GRAPH patched through either is the one the connectors use.
const require = createRequire(import.meta.url)

export const googleAds = (): typeof GoogleAds => require('google-ads-api') as typeof GoogleAds
export const metaBusiness = (): typeof MetaBusiness => require('facebook-nodejs-business-sdk') as typeof MetaBusiness
export const linkedInApi = (): typeof LinkedInApi => require('linkedin-api-client') as typeof LinkedInApi
