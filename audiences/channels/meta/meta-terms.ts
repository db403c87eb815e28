import type { Term } from '../../model/audience-schema.js'
import { isTaxonomyKey } from '../../model/audience-validate.js'
import type { Facet } from '../../model/facets.js'
import type { ChannelMapping } from '../../taxonomy/taxonomy-schema.js'
import type { FidelityStatus } from '../channel.js'
import { termLabel } from '../fidelity.js'
import {
  META_INTEGER_FIELDS,
  META_OBJECT_FIELDS,
  type MetaIntegerField,
  type MetaObjectField,
  type MetaTargetingOption,
} from './meta-spec-schema.js'
import { lookupRequest, targetingSearch } from './meta-lookup.js'
import type { MetaRules } from './meta-rules.js'

// Where a resolved term goes: an {id, name} list or an integer list; relationship_statuses lives outside flexible_spec.
export type TermTarget =
  | { field: MetaObjectField; option: MetaTargetingOption }
  | { field: MetaIntegerField | 'relationship_statuses'; value: number }

// extra: further options of the same term (a mapping's `also`), OR-ed beside the first one.
export type TermResult = {
  target: TermTarget | null
  extra?: TermTarget[]
  status: FidelityStatus
  code: string
  message: string
}

type FacetRule = { limitType: string } | { code: string; reason: string } | { customAudience: true }

const noTargeting = (what: string, instead: string): FacetRule => ({
  code: 'meta_no_equivalent',
  reason: `Meta has no ${what} targeting; use ${instead} instead`,
})
const restricted = (field: string): FacetRule => ({
  code: 'meta_restricted_field',
  reason: `Meta's ${field} field is restricted and kohde never emits it; use an affluence or lifestyle interest instead`,
})
const firmographics = noTargeting('company (firmographic)', 'LinkedIn, or job titles and industries on Meta')

// What Meta offers per facet when a term has no Meta mapping of its own; limitType names the targetingsearch lookup.
const FACET_RULES: Record<Facet, FacetRule> = {
  interest: { limitType: 'interests' },
  behavior: { limitType: 'behaviors' },
  lifeEvent: { limitType: 'life_events' },
  parentalStatus: { limitType: 'family_statuses' },
  relationship: { limitType: 'relationship_statuses' },
  income: restricted('income'),
  education: { limitType: 'education_statuses' },
  employment: noTargeting('employment-status', 'job titles (work_positions) or industries'),
  homeType: restricted('home_type'),
  title: { limitType: 'work_positions' },
  seniority: noTargeting('seniority', 'job titles such as Director (work_positions)'),
  jobFunction: noTargeting('job-function', 'industries or job titles (work_positions)'),
  industry: { limitType: 'industries' },
  companySize: firmographics,
  companyRevenue: firmographics,
  companyProfit: firmographics,
  companyTrade: firmographics,
  companySites: firmographics,
  skill: noTargeting('skill', 'interests'),
  employer: { limitType: 'work_employers' },
  keyword: {
    code: 'meta_no_keyword_targeting',
    reason:
      'Meta has no keyword targeting for prospecting; search its interests for the idea (targetingsearch) or reach searchers on Google',
  },
  website: {
    code: 'meta_no_site_targeting',
    reason:
      "Meta cannot target a site's visitors by its address; visitors of your own site need a Meta Pixel there and a website custom audience built from it",
  },
  customerList: { customAudience: true },
}

// Legacy demographic fields Meta keeps in the schema but restricts; kohde never emits them (platforms.md §2.2, §4).
const RESTRICTED_FIELDS: ReadonlySet<string> = new Set([
  'income',
  'net_worth',
  'politics',
  'political_views',
  'ethnic_affinity',
  'home_ownership',
  'home_type',
  'home_value',
  'household_composition',
])

const OBJECT_FIELDS: ReadonlySet<string> = new Set(META_OBJECT_FIELDS)
const INTEGER_FIELDS: ReadonlySet<string> = new Set([...META_INTEGER_FIELDS, 'relationship_statuses'])
const result = (status: FidelityStatus, code: string, message: string): TermResult => ({
  target: null,
  status,
  code,
  message,
})

const customAudienceMissing = (label: string): TermResult =>
  result(
    'unresolved',
    'custom_audience_not_uploaded',
    `${label} is a customer list: upload it to the ad account as a customer-list custom audience and use its id (custom audiences are account-specific)`,
  )

function fromFacet(term: Term, label: string, hasMapping: boolean): TermResult {
  const rule = FACET_RULES[term.facet]
  if ('customAudience' in rule) return customAudienceMissing(label)
  if ('code' in rule) return result('unsupported', rule.code, `${label}: ${rule.reason}`)
  const lookup = targetingSearch(rule.limitType)(label)
  if (hasMapping)
    return result(
      'unsupported',
      'meta_no_equivalent',
      `${label} has no Meta mapping in the taxonomy; search for one with ${lookup}`,
    )
  return result(
    'unresolved',
    'free_text_unresolved',
    `"${label}" is free text with no Meta id; look it up with ${lookup}`,
  )
}

function fromMapping(label: string, mapping: ChannelMapping, rules: MetaRules): TermResult {
  const { target, id } = mapping
  if (RESTRICTED_FIELDS.has(target)) {
    const where = rules.eu.targetsEea ? ' and it is not available for audiences in the EU' : ''
    const advice =
      mapping.fallback?.kind === 'unsupported'
        ? mapping.fallback.reason
        : 'Use an affluence or lifestyle interest instead.'
    const message = `${label} maps to Meta's ${target}, a restricted legacy field kohde never emits${where}. ${advice}`
    return result('unsupported', 'meta_restricted_field', message)
  }
  if (id === null && mapping.fallback?.kind === 'unsupported')
    return result('unsupported', 'meta_fallback_unsupported', `${label}: ${mapping.fallback.reason}`)
  if (target === 'custom_audiences' && id === null) return customAudienceMissing(label)
  if (!OBJECT_FIELDS.has(target) && !INTEGER_FIELDS.has(target))
    return result('unsupported', 'meta_target_unknown', `${label} maps to Meta's ${target}, which kohde does not emit`)
  if (id === null) {
    const lookup = lookupRequest(mapping, label, targetingSearch(target))
    return result(
      'unresolved',
      'meta_id_unconfirmed',
      `${label} has no confirmed Meta ${target} id; look it up with ${lookup}`,
    )
  }
  if (!/^[0-9]+$/.test(id))
    return result(
      'unresolved',
      'meta_id_invalid',
      `${label}: the taxonomy's Meta id "${id}" is not numeric; re-check it with GET /search?type=targetingoptionstatus`,
    )
  const extra = (mapping.also ?? []).flatMap((a) =>
    placeable(a.target, a.id) ? [placedOf(a.target, a.id, a.name)] : [],
  )
  const shown = [mapping, ...(mapping.also ?? [])].map((m) => `${m.target} ${m.name ?? m.id} (${m.id})`).join(' or ')
  return {
    target: placedOf(target, id, mapping.name),
    ...(extra.length > 0 && { extra }),
    status: 'exact',
    code: 'term_exact',
    message: `${label} → ${shown}`,
  }
}

const placeable = (target: string, id: string) =>
  /^[0-9]+$/.test(id) && !RESTRICTED_FIELDS.has(target) && (OBJECT_FIELDS.has(target) || INTEGER_FIELDS.has(target))

const placedOf = (target: string, id: string, name: string | undefined): TermTarget =>
  OBJECT_FIELDS.has(target)
    ? { field: target as MetaObjectField, option: { id, ...(name && { name }) } }
    : { field: target as MetaIntegerField | 'relationship_statuses', value: Number(id) }

/** What one term becomes on Meta, before the include/exclude rules are applied. */
export function resolveTerm(term: Term, rules: MetaRules): TermResult {
  const label = termLabel(term, rules.taxonomy, rules.locale)
  const entry = isTaxonomyKey(term) ? rules.taxonomy.term(term.value) : undefined
  const mapping = entry?.channels.meta
  if (!mapping) return fromFacet(term, label, entry !== undefined)
  return fromMapping(label, mapping, rules)
}
