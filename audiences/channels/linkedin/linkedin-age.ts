import { formatAge, type AgeRange } from '../../model/flat-audience.js'
import { agesEffective } from '../effective.js'
import { verdict, type Verdict } from './linkedin-verdict.js'

// LinkedIn's only age brackets (targeting-criteria-facet-urns doc; platforms.md §3.6); 55+ is written (55,2147483647).
export const LINKEDIN_AGE_BRACKETS = [
  [18, 24],
  [25, 34],
  [35, 54],
  [55, null],
] as const satisfies readonly (readonly [number, number | null])[]
type Bracket = (typeof LINKEDIN_AGE_BRACKETS)[number]

const OPEN_END = 2147483647
const LINKEDIN_MIN_AGE = LINKEDIN_AGE_BRACKETS[0][0]

const ageRangeUrn = ([min, max]: Bracket): string => `urn:li:ageRange:(${min},${max ?? OPEN_END})`
const bracketLabel = ([min, max]: Bracket): string => formatAge({ min, max })
const span = (min: number, max: number | null): string => (min === max ? `${min}` : formatAge({ min, max }))

// unreachable: the audience holds no one LinkedIn can target by age, yet the spec has no age filter.
export type CompiledAge = { urns: string[]; verdict: Verdict; unreachable: boolean }

/** Maps an age range onto LinkedIn's brackets; dsaMinAge is the minimum the DSA imposes, if any. */
export function compileAge(age: AgeRange, dsaMinAge: number | null): CompiledAge {
  const raised = dsaMinAge !== null && age.min < dsaMinAge
  const min = raised ? dsaMinAge : age.min
  const asked = formatAge(age)
  if (age.max !== null && Math.max(min, LINKEDIN_MIN_AGE) > age.max) {
    const why = raised
      ? `the DSA forbids profiling-based ads to minors (see policy), and LinkedIn has no bracket under ${LINKEDIN_MIN_AGE}`
      : `LinkedIn has no age bracket under ${LINKEDIN_MIN_AGE}`
    const message = `${asked} cannot be targeted on LinkedIn: ${why}. The spec has no age filter; do not run this audience on LinkedIn.`
    return {
      urns: [],
      verdict: verdict('unsupported', raised ? 'dsa_minor_profiling' : 'age_under_18_unavailable', message),
      unreachable: true,
    }
  }
  const from = Math.max(min, LINKEDIN_MIN_AGE)
  const chosen = LINKEDIN_AGE_BRACKETS.filter(
    ([lo, hi]) => (hi === null || hi >= from) && (age.max === null || lo <= age.max),
  )
  const first = chosen[0]
  const last = chosen[chosen.length - 1]
  if (!first || !last) throw new Error(`no LinkedIn age bracket overlaps ${asked}`)
  const over = [
    first[0] < from ? span(first[0], from - 1) : null,
    age.max !== null && (last[1] === null || last[1] > age.max) ? span(age.max + 1, last[1]) : null,
  ].filter((s): s is string => s !== null)
  const all = chosen.length === LINKEDIN_AGE_BRACKETS.length
  const target = span(from, age.max)
  const brackets = chosen.map(bracketLabel).join(', ')
  const mapped = all
    ? `${target} needs no age filter on LinkedIn`
    : over.length > 0 || min < LINKEDIN_MIN_AGE
      ? `${target} became ${brackets} on LinkedIn`
      : `${target} matches LinkedIn's ${chosen.length > 1 ? 'brackets' : 'bracket'} ${brackets}`
  const widened = over.length > 0 ? `${mapped}: over-inclusive by ${over.join(' and ')}` : mapped
  const urns = all ? [] : chosen.map(ageRangeUrn)
  // With no filter LinkedIn reaches every member, and members are 18 or older.
  const reached = all ? agesEffective(LINKEDIN_MIN_AGE, null) : agesEffective(first[0], last[1])
  const result = (status: 'exact' | 'approximated', code: string, message: string): CompiledAge => ({
    urns,
    verdict: verdict(status, code, message, status === 'approximated' ? reached : undefined),
    unreachable: false,
  })
  if (raised)
    return result(
      'approximated',
      'dsa_minor_profiling',
      `The DSA raised the minimum age from ${age.min} to ${min} (see policy); ${widened}.`,
    )
  if (min < LINKEDIN_MIN_AGE) {
    const lost = span(min, LINKEDIN_MIN_AGE - 1)
    const message = `LinkedIn has no age bracket under ${LINKEDIN_MIN_AGE}, so ${lost} cannot be reached; ${widened}.`
    return result('approximated', 'age_under_18_unavailable', message)
  }
  return over.length > 0
    ? result('approximated', 'age_widened', `${widened}.`)
    : result('exact', 'age_exact', `${mapped}.`)
}
