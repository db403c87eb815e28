import type { FlatAudience } from '../../model/flat-audience.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import type { Capabilities, ChannelCompiler, CompileResult } from '../channel.js'
import { fidelityOf } from '../fidelity.js'
import { compileCampaign, compileLanguages } from './google-campaign.js'
import { googleContext } from './google-context.js'
import { AGE_BRACKETS, compileAge, compileGenders } from './google-demographics.js'
import { compileGeo } from './google-geo.js'
import { compileTerms } from './google-groups.js'
import { googlePolicy } from './google-policy.js'
import type { GoogleSpec } from './google-spec-schema.js'

const capabilities: Capabilities = {
  ageBrackets: AGE_BRACKETS.map((b) => [b.min, b.max] as const),
  minAge: 18,
  genders: true,
  radius: true,
  postalCodes: true,
  exclusions: true,
  // Household income exists only in a few countries (US, AU, JP, NZ), not kohde's home markets (platforms.md §1.13).
  incomeTiers: false,
  // Google has no age targeting under 18 (minAge): nothing more to say per country.
  adultsOnlyIn: [],
}

function compile(flat: FlatAudience, taxonomy: Taxonomy): CompileResult<GoogleSpec> {
  const ctx = googleContext(flat, taxonomy)
  const campaign = compileCampaign(ctx)
  const { include, exclude } = compileGeo(ctx)
  const languages = compileLanguages(ctx)
  const age = compileAge(ctx)
  const genders = compileGenders(ctx)
  const terms = compileTerms(ctx)
  const spec: GoogleSpec = {
    campaignCriteria: [...include.criteria, ...exclude.criteria, ...languages.criteria],
    adGroupCriteria: [...age.criteria, ...genders.criteria, ...terms.criteria],
    customAudiences: terms.customAudiences,
    campaign: campaign.campaign,
  }
  const items = [
    campaign.categoryItem,
    ...include.items,
    ...exclude.items,
    campaign.presenceItem,
    age.item,
    genders.item,
    ...languages.items,
    ...terms.items,
  ]
  return { spec, fidelity: fidelityOf(items), policy: googlePolicy(ctx, spec, items) }
}

/** Google Ads: campaign and ad-group criteria plus the custom segments to create first (platforms.md §1). */
export const googleCompiler: ChannelCompiler<GoogleSpec> = { channel: 'google', capabilities, compile }
