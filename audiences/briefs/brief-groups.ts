import type { Term } from '../model/audience-schema.js'
import { isClauseEnd, type Token } from './brief-tokens.js'
import type { Resolved } from './brief-resolve.js'

type Included = { r: Resolved; term: Term }

const OR_WORDS = new Set(['tai', 'tahi', 'vai', 'eller', 'or'])
const AND_WORDS = new Set(['ja', 'och', 'and', 'samt', 'seka', '&'])
const BOTH_WORDS = new Set(['both', 'bade', 'seka'])
// "golfers who also play tennis", "golfaajat, jotka myös pelaavat tennistä", "golfare som också spelar tennis": the
// second is asked for as well, not instead.
const ALSO_WORDS = new Set(['also', 'myos', 'lisaksi', 'ocksa', 'aven', 'dessutom'])
const RELATIVES = new Set(['who', 'that', 'jotka', 'joka', 'som'])
const FAMILIES: Record<string, string> = {
  title: 'role',
  seniority: 'role',
  jobFunction: 'role',
  skill: 'role',
  parentalStatus: 'household',
  relationship: 'household',
}

// How two neighbouring criteria are joined: "or" makes alternatives of any kinds, a list of roles or households
// makes alternatives, "both … and" / "sekä … että" makes two requirements of one kind.
function joint(tokens: readonly Token[], a: Included, b: Included): 'or' | 'and' | null {
  const from = a.r.item.to
  const to = b.r.item.from
  if (to - from > 4) return null
  const relative = tokens.slice(from, to).some((t) => RELATIVES.has(t.folded))
  if (to - from > 3 && !relative) return null
  let or = false
  let and = false
  let etta = false
  let caps = false
  let also = false
  let listed = to > from
  for (let i = from; i < to; i++) {
    const t = tokens[i]
    if (!t || isClauseEnd(t)) return null
    or ||= OR_WORDS.has(t.folded)
    and ||= AND_WORDS.has(t.folded)
    etta ||= t.folded === 'etta'
    caps ||= /^(AND|JA|OCH)$/.test(t.raw)
    also ||= ALSO_WORDS.has(t.folded) && relative
    listed &&= AND_WORDS.has(t.folded) || t.raw === ','
  }
  let both = false
  for (let i = Math.max(0, a.r.item.from - 3); i < a.r.item.from; i++) both ||= BOTH_WORDS.has(tokens[i]?.folded ?? '')
  if (etta || (both && and) || caps || (also && !or)) return a.term.facet === b.term.facet ? 'and' : null
  if (or) return a.term.facet === b.term.facet ? null : 'or'
  const family = FAMILIES[a.term.facet]
  return listed && family !== undefined && family === FAMILIES[b.term.facet] && a.term.facet !== b.term.facet
    ? 'or'
    : null
}

/** The include groups (ANDed, each an OR of terms): one per kind of criterion, joined or split as the words say. */
export function includeGroups(tokens: readonly Token[], included: readonly Included[]): Term[][] {
  const joints = included.map((b, k) => {
    const a = included[k - 1]
    return a ? joint(tokens, a, b) : null
  })
  const labels = included.map((t, k) => (joints[k] === 'and' ? `${t.term.facet}#${k}` : (t.term.facet as string)))
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    const p = parent.get(x) ?? x
    return p === x ? x : find(p)
  }
  joints.forEach((j, k) => {
    if (j === 'or') parent.set(find(labels[k] ?? ''), find(labels[k - 1] ?? ''))
  })
  const groups = new Map<string, Term[]>()
  included.forEach((t, k) => {
    const root = find(labels[k] ?? '')
    const group = groups.get(root)
    if (!group) groups.set(root, [t.term])
    else if (!group.some((g) => g.facet === t.term.facet && g.value === t.term.value)) group.push(t.term)
  })
  return [...groups.values()]
}
