import type { Term } from '../model/audience-schema.js'
import { isClauseEnd, type Token } from './brief-tokens.js'
import type { Resolved } from './brief-resolve.js'

type Included = { r: Resolved; term: Term }

const OR_WORDS = new Set(['tai', 'tahi', 'vai', 'eller', 'or'])
const AND_WORDS = new Set(['ja', 'och', 'and', 'samt', 'seka', '&'])
const BOTH_WORDS = new Set(['both', 'bade', 'seka'])
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
  const gap = tokens.slice(a.r.item.to, b.r.item.from)
  if (gap.some(isClauseEnd) || gap.length > 3) return null
  const words = gap.map((t) => t.folded)
  const before = tokens.slice(Math.max(0, a.r.item.from - 3), a.r.item.from).map((t) => t.folded)
  const both =
    words.includes('etta') ||
    (before.some((w) => BOTH_WORDS.has(w)) && words.some((w) => AND_WORDS.has(w))) ||
    gap.some((t) => /^(AND|JA|OCH)$/.test(t.raw))
  if (both) return a.term.facet === b.term.facet ? 'and' : null
  if (words.some((w) => OR_WORDS.has(w))) return a.term.facet === b.term.facet ? null : 'or'
  const listed = gap.length > 0 && gap.every((t) => AND_WORDS.has(t.folded) || t.raw === ',')
  const family = FAMILIES[a.term.facet]
  return listed && family !== undefined && family === FAMILIES[b.term.facet] && a.term.facet !== b.term.facet
    ? 'or'
    : null
}

/** The include groups (ANDed, each an OR of terms): one per kind of criterion, joined or split as the words say. */
export function includeGroups(tokens: readonly Token[], included: readonly Included[]): Term[][] {
  const labels = included.map((t) => t.term.facet as string)
  included.forEach((b, k) => {
    const a = included[k - 1]
    if (a && joint(tokens, a, b) === 'and') labels[k] = `${b.term.facet}#${k}`
  })
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    const p = parent.get(x) ?? x
    return p === x ? x : find(p)
  }
  included.forEach((b, k) => {
    const a = included[k - 1]
    if (a && joint(tokens, a, b) === 'or') parent.set(find(labels[k] ?? ''), find(labels[k - 1] ?? ''))
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
