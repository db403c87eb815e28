import { normalizeName } from '../../audiences/index.js'
import type { LookupCandidate } from './live-result.js'
import type { LookupPlan } from './lookup-plan.js'

export type Choice =
  | { status: 'found'; candidate: LookupCandidate }
  | { status: 'ambiguous'; candidates: LookupCandidate[] }
  | { status: 'not_found' }

// Only an exact name match (after country and type filters) is taken; anything else goes to a person.
export function chooseCandidate(
  plan: Extract<LookupPlan, { request: unknown }>,
  candidates: LookupCandidate[],
): Choice {
  const inCountry = candidates.filter((c) => !plan.country || !c.country || c.country === plan.country)
  const typed = plan.types
    ? inCountry.filter((c) => plan.types?.some((t) => c.detail?.toLowerCase().startsWith(t.toLowerCase())))
    : inCountry
  // An id one public source gave (a candidate) that the platform now returns is confirmed by this lookup.
  const confirming = typed.filter((c) => plan.candidates?.includes(c.id))
  if (new Set(confirming.map((c) => c.id)).size === 1 && confirming[0])
    return { status: 'found', candidate: confirming[0] }
  const names = new Set(plan.names.map(normalizeName))
  const exact = typed.filter((c) => names.has(normalizeName(c.name)))
  const ids = new Set(exact.map((c) => c.id))
  if (ids.size === 1 && exact[0]) return { status: 'found', candidate: exact[0] }
  if (ids.size > 1) return { status: 'ambiguous', candidates: exact }
  return candidates.length > 0 ? { status: 'ambiguous', candidates: candidates.slice(0, 5) } : { status: 'not_found' }
}
