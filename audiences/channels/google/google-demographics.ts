import { formatAge, type AgeRange } from '../../model/flat-audience.js'
import { ADULT_AGE } from '../../policy/eu-policy.js'
import type { FidelityItem } from '../channel.js'
import { agesEffective } from '../effective.js'
import { fidelityItem } from '../fidelity.js'
import type { GoogleContext } from './google-context.js'
import type { AdGroupCriterion, AgeRangeType } from './google-spec-schema.js'

// AgeRangeType brackets (platforms.md §1.3, §5). AGE_RANGE_UNDETERMINED is never targeted on its own
// (CANNOT_TARGET_ONLY_UNDETERMINED); leaving age out altogether keeps Google's default of every age.
export const AGE_BRACKETS: readonly { type: AgeRangeType; min: number; max: number | null }[] = [
  { type: 'AGE_RANGE_18_24', min: 18, max: 24 },
  { type: 'AGE_RANGE_25_34', min: 25, max: 34 },
  { type: 'AGE_RANGE_35_44', min: 35, max: 44 },
  { type: 'AGE_RANGE_45_54', min: 45, max: 54 },
  { type: 'AGE_RANGE_55_64', min: 55, max: 64 },
  { type: 'AGE_RANGE_65_UP', min: 65, max: null },
]

// "audience members under the age of 18 are reported in the 'Unknown' age group" (support.google.com/sa360/answer/12025344).
const UNDER_18 = "Google does not target by age under 18 (it reports under-18s in its 'Unknown' age group)"
// Age brackets leave out the 'Unknown' group (AGE_RANGE_UNDETERMINED) unless it is targeted too (platforms.md §1.3).
const UNKNOWN_LEFT_OUT =
  "people whose age Google does not know (its 'Unknown' group, AGE_RANGE_UNDETERMINED) are left out; add that bracket in Google Ads to reach them as well"
const UNKNOWN_KEPT = "people whose age Google does not know (its 'Unknown' group) are reached too"
const RESTRICTED = 'Google forbids targeting housing, employment and credit ads by age or gender in the US and Canada'

type Compiled = { criteria: AdGroupCriterion[]; item: FidelityItem }

const span = (min: number, max: number | null): string =>
  max === null ? `${min}+` : min === max ? `${min}` : `${min}–${max}`

function overInclusion(
  min: number,
  max: number | null,
  first: (typeof AGE_BRACKETS)[number],
  last: (typeof AGE_BRACKETS)[number],
): string[] {
  const extra: string[] = []
  if (first.min < min) extra.push(span(first.min, min - 1))
  if (max !== null && (last.max === null || last.max > max)) extra.push(span(max + 1, last.max))
  return extra
}

export function compileAge(ctx: GoogleContext): Compiled {
  const { value: asked, path } = ctx.flat.age
  const criterion = `age:${formatAge(asked)}`
  const allAdults = asked.min <= ADULT_AGE && asked.max === null
  const item = (status: FidelityItem['status'], code: string, message: string, reached?: AgeRange) =>
    fidelityItem(path, criterion, status, code, message, reached && agesEffective(reached.min, reached.max))
  if (ctx.restricted && !allAdults)
    return {
      criteria: [],
      item: item(
        'unsupported',
        'sac_restricted_targeting',
        `${RESTRICTED}: age ${formatAge(asked)} was dropped and the ads reach every adult age`,
      ),
    }
  const raisedByDsa = ctx.eu.minAge !== null && asked.min < ctx.eu.minAge
  const min = Math.max(asked.min, ctx.eu.minAge ?? 0, ADULT_AGE)
  if (asked.max !== null && asked.max < min)
    return {
      criteria: [],
      item: item(
        'unsupported',
        'age_under_18_untargetable',
        `${UNDER_18}: ${formatAge(asked)} cannot be targeted on Google, so no age criterion was set`,
      ),
    }
  const { criteria, described, extra, reached } = bracketsFor({ min, max: asked.max })
  const widened = extra.length > 0 ? `: over-inclusive by ${extra.join(' and ')}` : ''
  const unknown = criteria.length === 0 ? UNKNOWN_KEPT : UNKNOWN_LEFT_OUT
  const note = criteria.length === 0 ? " (no age criterion: Google's default)" : ''
  const became = `${formatAge(asked)} became ${described} on Google${note}${widened}; ${unknown}`
  if (raisedByDsa)
    return {
      criteria,
      item: item(
        'approximated',
        'dsa_minor_profiling',
        `${became}; the minimum age was raised to ${ADULT_AGE} because DSA Art. 28(2) forbids profiling-based ads to minors`,
        reached,
      ),
    }
  if (asked.min < ADULT_AGE)
    return { criteria, item: item('approximated', 'age_under_18_untargetable', `${became}; ${UNDER_18}`, reached) }
  if (extra.length > 0) return { criteria, item: item('approximated', 'age_widened', became, reached) }
  return { criteria, item: item('exact', criteria.length === 0 ? 'age_all' : 'age_exact', became) }
}

type Brackets = { criteria: AdGroupCriterion[]; described: string; extra: string[]; reached: AgeRange }

function bracketsFor({ min, max }: AgeRange): Brackets {
  if (min === ADULT_AGE && max === null)
    return { criteria: [], described: 'every age', extra: [], reached: { min: ADULT_AGE, max: null } }
  const chosen = AGE_BRACKETS.filter((b) => (b.max === null || b.max >= min) && (max === null || b.min <= max))
  const first = chosen[0]
  const last = chosen[chosen.length - 1]
  if (!first || !last) throw new Error(`no Google age bracket overlaps ${formatAge({ min, max })}`)
  return {
    criteria: chosen.map((b) => ({ age_range: { type: b.type } })),
    described: chosen.map((b) => span(b.min, b.max)).join(', '),
    extra: overInclusion(min, max, first, last),
    reached: { min: first.min, max: last.max },
  }
}

export function compileGenders(ctx: GoogleContext): Compiled {
  const { value: genders, path } = ctx.flat.genders
  const criterion = `genders:${genders.length === 0 ? 'all' : genders.join(',')}`
  const [only] = genders
  if (genders.length !== 1 || !only)
    return {
      criteria: [],
      item: fidelityItem(
        path,
        criterion,
        'exact',
        'genders_all',
        "All genders: no gender criterion (Google's default)",
      ),
    }
  if (ctx.restricted)
    return {
      criteria: [],
      item: fidelityItem(
        path,
        criterion,
        'unsupported',
        'sac_restricted_targeting',
        `${RESTRICTED}: ${only} only was dropped and the ads reach every gender`,
      ),
    }
  const type = only === 'female' ? 'FEMALE' : 'MALE'
  return {
    criteria: [{ gender: { type } }],
    item: fidelityItem(path, criterion, 'exact', 'gender_exact', `${only} became gender ${type}`),
  }
}
