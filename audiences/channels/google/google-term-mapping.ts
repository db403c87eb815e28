import type { Facet } from '../../model/facets.js'
import { INCOME_PERCENTILES, percentileSpan } from '../../model/income-tiers.js'
import { standingTerm } from '../../taxonomy/platform-standing.js'
import type { ChannelMapping, TermEntry } from '../../taxonomy/taxonomy-schema.js'
import { incomeUnavailableIn, type GoogleContext } from './google-context.js'
import {
  customerResource,
  INCOME_RANGE_TYPES,
  PARENTAL_STATUS_TYPES,
  type CustomAudienceMember,
  type IncomeRangeType,
  type ParentalStatusType,
} from './google-spec-schema.js'
import { dropped, keywordMembers, segmentOf, targeted, urlMember, type TermCompiled } from './google-term-outcome.js'

const FACET_NAMES: Record<Facet, string> = {
  interest: 'interest',
  behavior: 'behaviour',
  lifeEvent: 'life event',
  parentalStatus: 'parental status',
  relationship: 'relationship status',
  income: 'household income',
  education: 'education',
  employment: 'employment status',
  homeType: 'home type',
  title: 'job title',
  seniority: 'seniority',
  jobFunction: 'job function',
  industry: 'industry',
  companySize: 'company size',
  companyRevenue: 'company revenue',
  companyProfit: 'company profit',
  companyTrade: 'company import or export',
  companySites: 'company sites',
  skill: 'skill',
  employer: 'employer',
  keyword: 'keyword',
  website: 'website',
  customerList: 'customer list',
}

// Plain set lookups rather than a zod parse on every compile: the taxonomy's value is checked against the enum.
const INCOME_RANGES: ReadonlySet<string> = new Set(INCOME_RANGE_TYPES)
const PARENTAL_STATUSES: ReadonlySet<string> = new Set(PARENTAL_STATUS_TYPES)

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

const invalid = (label: string, target: string, id: string): TermCompiled =>
  dropped(
    'unsupported',
    'mapping_invalid',
    `${label} was dropped: the taxonomy's Google ${target} "${id}" is not a valid value`,
  )

// IncomeRangeType percentile bands (google-ads-v24-enums.md: 90_UP = Top 10%, 0_50 = Lower 50%).
const GOOGLE_INCOME_PERCENTILES: Record<IncomeRangeType, readonly [number, number] | null> = {
  INCOME_RANGE_0_50: [0, 50],
  INCOME_RANGE_50_60: [50, 60],
  INCOME_RANGE_60_70: [60, 70],
  INCOME_RANGE_70_80: [70, 80],
  INCOME_RANGE_80_90: [80, 90],
  INCOME_RANGE_90_UP: [90, 100],
  INCOME_RANGE_UNDETERMINED: null,
}

const pct = ([from, to]: readonly [number, number]) => `national income percentiles ${from}–${to}`

function incomeTerm(key: string, id: string, label: string, ctx: GoogleContext): TermCompiled {
  const names = id.split(',').map((n) => n.trim())
  const types = names.map((n) => (INCOME_RANGES.has(n) ? (n as IncomeRangeType) : undefined))
  if (types.some((t) => t === undefined)) return invalid(label, 'income range', id)
  const missing = incomeUnavailableIn(ctx)
  if (missing.length > 0)
    return dropped(
      'unsupported',
      'income_unavailable_in_country',
      `${label} was dropped: Google offers household income targeting in a few countries only (US, Australia, Japan, New Zealand; platforms.md §1.13), not in ${missing.join(', ')}`,
    )
  const targets = types.flatMap((type) => (type ? [{ income_range: { type } }] : []))
  const message = `${label} became household income ${names.join(', ')}`
  const asked = INCOME_PERCENTILES[key]
  const bands = types.flatMap((t) => (t && GOOGLE_INCOME_PERCENTILES[t] ? [GOOGLE_INCOME_PERCENTILES[t]] : []))
  const reached = bands.length > 0 ? percentileSpan(bands) : null
  if (!asked || !reached || (reached[0] === asked[0] && reached[1] === asked[1]))
    return targeted('income', targets, 'income_range', message)
  return {
    ...targeted(
      'income',
      targets,
      'income_widened',
      `${message}: ${pct(reached)} instead of ${pct(asked)} (over-inclusive)`,
    ),
    status: 'approximated',
    incomePercentiles: reached,
  }
}

function idTerm(
  key: string,
  mapping: ChannelMapping & { id: string },
  label: string,
  ctx: GoogleContext,
): TermCompiled {
  const { target, id } = mapping
  switch (target) {
    case 'user_interest':
      return targeted(
        'segment',
        [{ user_interest: { user_interest_category: customerResource('userInterests', id) } }],
        'user_interest',
        `${label} became user interest ${id} (Display, Video and Demand Gen: Google refuses user interests in Search campaigns)`,
      )
    case 'user_list':
      return targeted(
        'segment',
        [{ user_list: { user_list: customerResource('userLists', id) } }],
        'user_list',
        `${label} became user list ${id}`,
      )
    case 'life_event': {
      const lifeEventId = Number(id)
      if (!Number.isSafeInteger(lifeEventId) || lifeEventId <= 0) return invalid(label, 'life event', id)
      return targeted(
        'segment',
        [{ life_event: { life_event_id: lifeEventId } }],
        'life_event',
        `${label} became life event ${id}`,
      )
    }
    // Detailed demographics (Google's extended-demographics table: industry, company size, education, parents …).
    // AdGroupCriterion.extended_demographic = 90, ExtendedDemographicInfo { extended_demographic_id: "Taxonomy id of
    // the extended demographic group" } (google-ads-node v24 resources/ad_group_criterion.proto, common/criteria.proto;
    // developers.google.com/google-ads/api/reference/rpc/v24/ExtendedDemographicInfo). Not a user interest: the API's
    // AudienceSegment keeps user_interest for "Affinity or In-market segment" and a separate detailed_demographic
    // (customers/{cid}/detailedDemographics/{id}); UserInterestTaxonomyType has no demographic type
    // (reference/rpc/v24/AudienceSegment, UserInterestTaxonomyTypeEnum).
    case 'extended_demographic': {
      const demographicId = Number(id)
      if (!Number.isSafeInteger(demographicId) || demographicId <= 0) return invalid(label, 'detailed demographic', id)
      return targeted(
        'segment',
        [{ extended_demographic: { extended_demographic_id: demographicId } }],
        'extended_demographic',
        `${label} became detailed demographic ${id}`,
      )
    }
    case 'parental_status': {
      if (ctx.restricted)
        return dropped(
          'unsupported',
          'sac_restricted_targeting',
          `${label} was dropped: Google forbids parental-status targeting for housing, employment and credit ads in the US and Canada`,
        )
      const type = PARENTAL_STATUSES.has(id) ? (id as ParentalStatusType) : undefined
      if (!type) return invalid(label, 'parental status', id)
      return targeted(
        'parental',
        [{ parental_status: { type } }],
        'parental_status',
        `${label} became parental status ${type}`,
      )
    }
    case 'income_range':
      return incomeTerm(key, id, label, ctx)
    default:
      return dropped(
        'unsupported',
        'mapping_target_unknown',
        `${label} was dropped: kohde does not know the Google target "${target}"`,
      )
  }
}

// Several ids of one term are OR-ed in Google's audience-segment pool: "golf" is Golf Enthusiasts or Golf Equipment.
function idsTerm(
  key: string,
  mapping: ChannelMapping & { id: string },
  label: string,
  ctx: GoogleContext,
): TermCompiled {
  const first = idTerm(key, mapping, label, ctx)
  if (!mapping.also?.length) return first
  const all = [first, ...mapping.also.map((extra) => idTerm(key, { ...mapping, ...extra }, label, ctx))]
  const used = all.filter((t) => t.dimension === 'segment' && t.status === 'exact')
  if (used.length === 0) return first
  const ids = [mapping.id, ...mapping.also.map((a) => a.id)]
  const left = all.length - used.length
  return {
    ...used[0]!,
    targets: used.flatMap((t) => t.targets),
    status: left === 0 ? 'exact' : 'approximated',
    message:
      left === 0
        ? `${label} became ${used.length} audience segments, any of which matches (${ids.join(', ')})`
        : `${label} became ${used.length} of its ${all.length} audience segments; left out: ${all
            .filter((t) => !used.includes(t))
            .map((t) => t.message)
            .join('; ')}`,
  }
}

// An identifier that stands in for the term (a job title → its industry) is never exact: the report names what it reaches.
function approximated(
  compiled: TermCompiled,
  mapping: ChannelMapping,
  label: string,
  ctx: GoogleContext,
): TermCompiled {
  if (compiled.status !== 'exact' && compiled.status !== 'approximated') return compiled
  const used = [mapping, ...(mapping.also ?? [])]
  const names = used.map((m) => (m.name ? `${m.name} (${m.id})` : `${m.id}`))
  const standing = used.map((m) => (m.id ? standingTerm(ctx.taxonomy, 'google', m.id) : undefined))
  // Sizes follow the segments only when a term stands for each of them; otherwise the term's own share stays.
  const sizedAs = standing.every((t) => t !== undefined) ? standing : undefined
  return {
    ...compiled,
    status: 'approximated',
    code: 'segment_approximated',
    message: `${label} has no Google segment of its own: it became ${names.join(' or ')}, which reaches ${mapping.approximation}`,
    reaches: names,
    ...(sizedAs && { sizedAs }),
  }
}

// A custom-segment fallback's members depend on the taxonomy entry alone: made once per entry, not per request.
// The members are shared by every answer that uses them and never changed (uniqueMembers copies the list).
const membersByFallback = new WeakMap<object, readonly CustomAudienceMember[]>()
function fallbackMembers(fallback: { keywords: readonly string[]; urls: readonly string[] }): CustomAudienceMember[] {
  let members = membersByFallback.get(fallback)
  if (!members) {
    members = Object.freeze([...keywordMembers(fallback.keywords), ...fallback.urls.map(urlMember)])
    membersByFallback.set(fallback, members)
  }
  return [...members]
}

/** A taxonomy term on Google: its identifier, else its fallback (custom segment, lookup or a reason it cannot be). */
export function compileMappedTerm(entry: TermEntry, label: string, ctx: GoogleContext): TermCompiled {
  const mapping = entry.channels.google
  if (!mapping)
    return dropped(
      'unsupported',
      'no_google_targeting',
      `${label} was dropped: Google has no ${FACET_NAMES[entry.facet]} targeting; describe these people with keywords they search or sites they visit instead`,
    )
  const fallback = mapping.fallback
  const wouldBeList = mapping.target === 'user_list' && (mapping.id !== null || fallback?.kind !== 'unsupported')
  // Sensitive categories may not use advertiser-curated audiences such as Customer Match (adspolicy/answer/143465).
  if (wouldBeList && ctx.curatedAudiencesBanned)
    return dropped(
      'unsupported',
      'curated_audience_restricted',
      `${label} was dropped: Google does not let sensitive-category ads (gambling; housing, employment and credit in the US and Canada) use customer lists`,
    )
  if (mapping.id !== null) {
    const compiled = idsTerm(entry.key, { ...mapping, id: mapping.id }, label, ctx)
    return mapping.approximation ? approximated(compiled, mapping, label, ctx) : compiled
  }
  switch (fallback?.kind) {
    case 'customAudience': {
      const sites = fallback.urls.length > 0 ? ` and ${count(fallback.urls.length, 'site')}` : ''
      return segmentOf(
        fallbackMembers(fallback),
        `${label} has no Google identifier: it became ${count(fallback.keywords.length, 'keyword')}${sites} of a custom segment, so Google reaches people who search for or browse about them`,
      )
    }
    case 'lookup':
      if (mapping.target === 'user_list')
        return dropped('unresolved', 'customer_list_not_uploaded', `${label} is not on Google yet: ${fallback.query}`)
      return dropped(
        'unresolved',
        'lookup_needed',
        `${label} has no confirmed Google identifier: look it up with ${fallback.query}`,
      )
    case 'unsupported':
      return dropped('unsupported', 'no_google_targeting', `${label} was dropped: ${fallback.reason}`)
    case undefined:
      if (mapping.target === 'user_list')
        return dropped(
          'unresolved',
          'customer_list_not_uploaded',
          `${label} is not on Google yet: upload it as a Customer Match list and store its user list id`,
        )
      return dropped(
        'unresolved',
        'lookup_needed',
        `${label} has no confirmed Google ${mapping.target} identifier yet: look it up in the Google Ads API and store it in the taxonomy`,
      )
  }
}
