import type { SpecialAdCategory } from '../../model/audience-schema.js'
import type { FlatAudience } from '../../model/flat-audience.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import type { Capabilities, ChannelCompiler, CompileResult, FidelityItem } from '../channel.js'
import { fidelityOf, itemsFromVerdicts } from '../fidelity.js'
import { compileDetailed } from './meta-flexible.js'
import { compileGeo } from './meta-geo.js'
import { compileAge, compileGenders, compileLocales, compilePresence } from './meta-people.js'
import { metaPolicy } from './meta-policy.js'
import { metaRulesOf, TEEN_ADS_PAUSED, verdict, type MetaRules, type Verdict } from './meta-rules.js'
import type { MetaSpec, MetaSpecialAdCategory } from './meta-spec-schema.js'

// Campaign.SpecialAdCategories; FINANCIAL_PRODUCTS_SERVICES replaced CREDIT on 2025-01-14 (platforms.md §2.8).
const META_CATEGORY: Record<SpecialAdCategory, MetaSpecialAdCategory | null> = {
  none: null,
  housing: 'HOUSING',
  employment: 'EMPLOYMENT',
  financial: 'FINANCIAL_PRODUCTS_SERVICES',
  politics: 'ISSUES_ELECTIONS_POLITICS',
  gambling: 'ONLINE_GAMBLING_AND_GAMING',
}

export const DSA_PLACEHOLDERS = {
  dsa_beneficiary: '<fill in: who benefits from the ad>',
  dsa_payor: '<fill in: who pays>',
} as const

function compileCampaign(flat: FlatAudience, rules: MetaRules, name: MetaSpecialAdCategory | null) {
  const { path } = flat.specialAdCategory
  if (name === null)
    return {
      campaign: { special_ad_categories: [] },
      verdict: verdict(path, 'exact', 'sac_none', 'no special ad category (special_ad_categories [])'),
    }
  const countries = rules.countries.length > 0 ? { special_ad_category_country: rules.countries } : {}
  const where = rules.countries.length > 0 ? ` for ${rules.countries.join(', ')}` : ''
  return {
    campaign: { special_ad_categories: [name], ...countries },
    verdict: verdict(path, 'exact', 'sac_declared', `declared as ${name} in special_ad_categories${where}`),
  }
}

// Verdicts keyed by path become fidelity items in listCriteria's order, so every criterion is reported exactly once.
const toItems = (flat: FlatAudience, verdicts: Verdict[]): FidelityItem[] =>
  itemsFromVerdicts(
    flat,
    verdicts.map((v) => [v.path, v] as const),
    (criterion, key) => `meta compiler left ${criterion} at ${key} unreported`,
  )

function compileMeta(
  flat: FlatAudience,
  taxonomy: Taxonomy,
  channel: 'facebook' | 'instagram',
): CompileResult<MetaSpec> {
  const rules = metaRulesOf(flat, taxonomy)
  const name = META_CATEGORY[flat.specialAdCategory.value]
  const campaign = compileCampaign(flat, rules, name)
  const geo = compileGeo(flat, rules)
  const age = compileAge(flat, rules)
  const genders = compileGenders(flat, rules)
  const locales = compileLocales(flat, rules)
  const { include, exclude, ...detailed } = compileDetailed(flat, rules)
  const spec: MetaSpec = {
    targeting: {
      geo_locations: geo.geo_locations,
      ...(geo.excluded_geo_locations && { excluded_geo_locations: geo.excluded_geo_locations }),
      ...age.age,
      ...(genders.genders && { genders: genders.genders }),
      ...(locales.locales && { locales: locales.locales }),
      ...detailed,
      publisher_platforms: [channel],
      targeting_automation: { advantage_audience: 0 },
    },
    campaign: campaign.campaign,
    ...(rules.eu.targetsEea && { adSet: { ...DSA_PLACEHOLDERS } }),
  }
  const verdicts = [
    campaign.verdict,
    ...geo.include,
    ...geo.exclude,
    compilePresence(flat),
    age.verdict,
    genders.verdict,
    ...locales.verdicts,
    ...include,
    ...exclude,
  ]
  return { spec, fidelity: fidelityOf(toItems(flat, verdicts)), policy: metaPolicy(flat, rules, name, verdicts) }
}

// One object for both channels: estimates share what a spec targets between channels with the same capabilities.
const META_CAPABILITIES: Capabilities = Object.freeze({
  ageBrackets: 'any',
  minAge: 13,
  genders: true,
  radius: true,
  postalCodes: false,
  exclusions: true,
  incomeTiers: false,
  adultsOnlyIn: [...TEEN_ADS_PAUSED],
})

/**
 * Instagram's result from Facebook's or the reverse: the two differ only in publisher_platforms (the fidelity report
 * and the policy findings never name the channel), so an audience compiled for both runs Meta's compile once. The
 * fidelity and policy objects are shared: compile results are read, never changed.
 */
export function forMetaChannel(
  result: CompileResult<MetaSpec>,
  channel: 'facebook' | 'instagram',
): CompileResult<MetaSpec> {
  const { spec } = result
  return { ...result, spec: { ...spec, targeting: { ...spec.targeting, publisher_platforms: [channel] } } }
}

/** The Meta Marketing API compiler; Facebook and Instagram differ only in publisher_platforms. */
export const metaCompiler = (channel: 'facebook' | 'instagram'): ChannelCompiler<MetaSpec> => ({
  channel,
  capabilities: META_CAPABILITIES,
  compile: (flat, taxonomy) => compileMeta(flat, taxonomy, channel),
})
