import type { IssuePath } from '../../errors.js'
import type { FlatAudience } from '../../model/flat-audience.js'
import { euPolicy } from '../../policy/eu-policy.js'
import type { Taxonomy } from '../../taxonomy/taxonomy.js'
import type { Capabilities, ChannelCompiler, CompileResult } from '../channel.js'
import { fidelityOf, itemsFromVerdicts } from '../fidelity.js'
import { LINKEDIN_AGE_BRACKETS } from './linkedin-age.js'
import { compileDemographics, type CompiledDemographics } from './linkedin-demographics.js'
import { urnOfFacet, type LinkedInFacet } from './linkedin-facets.js'
import { compileGeo, type CompiledGeo } from './linkedin-geo.js'
import { linkedinPolicy } from './linkedin-policy.js'
import type { LinkedInSpec, TargetingCriteria } from './linkedin-spec-schema.js'
import { addValue, compileTerms, type CompiledTerms, type FacetValues } from './linkedin-terms.js'
import type { Verdict } from './linkedin-verdict.js'

const capabilities: Capabilities = {
  ageBrackets: LINKEDIN_AGE_BRACKETS,
  minAge: LINKEDIN_AGE_BRACKETS[0][0],
  genders: true,
  radius: false,
  postalCodes: false,
  exclusions: true,
  incomeTiers: false,
  adultsOnlyIn: [],
}

const single = (facet: LinkedInFacet, urns: string[]): FacetValues => new Map(urns.length > 0 ? [[facet, urns]] : [])

function orOf(values: FacetValues): Record<string, string[]> {
  const or: Record<string, string[]> = {}
  for (const [facet, urns] of values) or[urnOfFacet(facet)] = urns
  return or
}

function targetingCriteria(
  geo: CompiledGeo,
  terms: CompiledTerms,
  demographics: CompiledDemographics,
): TargetingCriteria {
  const and = [
    single('locations', geo.include),
    ...terms.clauses,
    single('ageRanges', demographics.ageRanges),
    single('genders', demographics.genders),
    single('interfaceLocales', demographics.interfaceLocales),
  ].filter((values) => values.size > 0)
  const exclude = single('locations', geo.exclude)
  for (const [facet, urns] of terms.exclude) for (const urn of urns) addValue(exclude, facet, urn)
  return {
    include: { and: and.map((values) => ({ or: orOf(values) })) },
    ...(exclude.size > 0 ? { exclude: { or: orOf(exclude) } } : {}),
  }
}

function specialAdCategoryVerdict(flat: FlatAudience): Verdict {
  const category = flat.specialAdCategory.value
  if (category === 'none')
    return { status: 'exact', code: 'special_ad_category_none', message: 'No special ad category: nothing to declare.' }
  if (category === 'politics')
    return {
      status: 'unsupported',
      code: 'linkedin_political_ads_banned',
      message:
        'LinkedIn bans political ads in every country: this audience cannot run on LinkedIn (see the policy finding).',
    }
  return {
    status: 'unresolved',
    code: 'special_ad_category_unchecked',
    message: `LinkedIn's rules for ${category} ads were not checked and the spec has no category field: see the policy finding.`,
  }
}

function compile(flat: FlatAudience, taxonomy: Taxonomy): CompileResult<LinkedInSpec> {
  const eu = euPolicy(flat, taxonomy)
  const geo = compileGeo(flat, taxonomy)
  const demographics = compileDemographics(flat, taxonomy, eu.minAge)
  const terms = compileTerms(flat, taxonomy, eu)
  const decided: [IssuePath, Verdict][] = [
    [flat.specialAdCategory.path, specialAdCategoryVerdict(flat)],
    ...geo.verdicts,
    ...demographics.verdicts,
    ...terms.verdicts,
  ]
  const items = itemsFromVerdicts(
    flat,
    decided,
    (criterion, key) => `linkedinCompiler reached no verdict for ${criterion} at ${key}`,
  )
  return {
    spec: { targetingCriteria: targetingCriteria(geo, terms, demographics) },
    fidelity: fidelityOf(items),
    policy: linkedinPolicy({ flat, eu, geo, demographics, terms }),
  }
}

/** Compiles an audience into LinkedIn targetingCriteria (platforms.md §3), with a fidelity report and policy findings. */
export const linkedinCompiler: ChannelCompiler<LinkedInSpec> = { channel: 'linkedin', capabilities, compile }
