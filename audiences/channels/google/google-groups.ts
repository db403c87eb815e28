import type { FidelityItem } from '../channel.js'
import { termEffective } from '../effective.js'
import { fidelityItem, pathKey } from '../fidelity.js'
import type { GoogleContext } from './google-context.js'
import {
  customerResource,
  type AdGroupCriterion,
  type CustomAudience,
  type CustomAudienceMember,
} from './google-spec-schema.js'
import type { Dimension, TermCompiled } from './google-term-outcome.js'
import { compileTerm } from './google-terms.js'

export type TermsCompiled = {
  criteria: AdGroupCriterion[]
  customAudiences: CustomAudience[]
  items: FidelityItem[]
}

const DIMENSION_NAMES: Record<Dimension, string> = {
  segment: 'audience segments',
  parental: 'parental status',
  income: 'household income',
  keyword: 'keywords',
}

// Audience exclusions: "You can exclude specific audiences from Search, Display, Discovery and Video
// campaigns" (support.google.com/google-ads/answer/2549058); no source confirms custom segments in each.
const EXCLUDED_SEGMENT_NOTE =
  'excluded as a negative custom segment: Google accepts audience exclusions in Search, Display, Demand Gen and Video campaigns; confirm custom-segment exclusions for your campaign type with a validate_only mutate'

const list = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

// Equal members collapse into the first one's place, keeping the last (as a Map keyed by member would);
// keywords and URLs are indexed apart, so no key string is built per member.
function uniqueMembers(members: readonly CustomAudienceMember[]): CustomAudienceMember[] {
  const unique: CustomAudienceMember[] = []
  const keywords = new Map<string, number>()
  const urls = new Map<string, number>()
  for (const m of members) {
    const seen = 'keyword' in m ? keywords : urls
    const text = 'keyword' in m ? m.keyword : m.url
    const at = seen.get(text)
    if (at === undefined) {
      seen.set(text, unique.length)
      unique.push(m)
    } else unique[at] = m
  }
  return unique
}

class SpecBuilder {
  readonly criteria: AdGroupCriterion[] = []
  readonly customAudiences: CustomAudience[] = []
  private readonly seen = new Set<string>()

  add(criterion: AdGroupCriterion): void {
    const key = JSON.stringify(criterion)
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.criteria.push(criterion)
  }

  // A custom audience to create first, referred to by a temporary (negative) id until it exists.
  addAudience(name: string, members: CustomAudienceMember[]): string {
    const resource = customerResource('customAudiences', -(this.customAudiences.length + 1))
    this.customAudiences.push({ resource_name: resource, name, type: 'AUTO', members: uniqueMembers(members) })
    return resource
  }
}

type Note = { code: string; note: string }

// The dimensions of a group's terms, in first-seen order.
function dimensionsIn(terms: TermCompiled[]): Dimension[] {
  const dims: Dimension[] = []
  for (const t of terms) if (t.dimension && !dims.includes(t.dimension)) dims.push(t.dimension)
  return dims
}

function orNote(d: Dimension, dimensionsOf: Dimension[][]): Note | null {
  const shared: number[] = []
  dimensionsOf.forEach((dims, g) => {
    if (dims.includes(d)) shared.push(g + 1)
  })
  if (shared.length < 2) return null
  const combined = d === 'segment' ? '; a combined segment in the Google Ads UI can AND them exactly' : ''
  return {
    code: 'groups_or_ed',
    note: `groups ${list(shared.map(String))} became ${DIMENSION_NAMES[d]}, which Google ORs within an ad group, so their AND became an OR: over-inclusive${combined}`,
  }
}

// What Google's AND-between-types, OR-within-type logic does to each include group.
function groupNotes(groups: TermCompiled[][]): Note[][] {
  const dimensionsOf = groups.map(dimensionsIn)
  // A dimension's OR note reads the same in every group that has it: word it once.
  const orNotes = new Map<Dimension, Note | null>()
  return dimensionsOf.map((dims, g) => {
    const notes: Note[] = []
    if (dims.length > 1)
      notes.push({
        code: 'group_mixes_criterion_types',
        note: `group ${g + 1} ORs ${list(dims.map((d) => DIMENSION_NAMES[d]))}, which Google ANDs, so the group became narrower: people must match each kind`,
      })
    for (const d of dims) {
      if (!orNotes.has(d)) orNotes.set(d, orNote(d, dimensionsOf))
      const note = orNotes.get(d)
      if (note) notes.push(note)
    }
    return notes
  })
}

// A group's notes, joined once for all of its terms.
type Notes = { code: string; text: string } | null

const joinNotes = (notes: Note[]): Notes => {
  const [first] = notes
  return first ? { code: first.code, text: notes.map((n) => n.note).join('; ') } : null
}

// Regrouped terms land in one OR group per kind of criterion, as Google evaluates them; others keep their own group.
function item(
  path: (string | number)[],
  criterion: string,
  t: TermCompiled,
  notes: Notes,
  group: string,
): FidelityItem {
  if (!notes) {
    const effective =
      t.status === 'approximated' ? termEffective(group, t.incomePercentiles, t.reaches, t.sizedAs) : undefined
    return fidelityItem(path, criterion, t.status, t.code, t.message, effective)
  }
  const regrouped = termEffective(`google:${t.dimension ?? 'segment'}`, t.incomePercentiles, t.reaches, t.sizedAs)
  return fidelityItem(path, criterion, 'approximated', notes.code, `${t.message}; ${notes.text}`, regrouped)
}

/** Include groups and exclusions: ad-group criteria, custom segments to create, one fidelity item per term. */
export function compileTerms(ctx: GoogleContext): TermsCompiled {
  const { flat } = ctx
  const spec = new SpecBuilder()
  const groups = flat.include.map((group) => group.terms.map((t) => compileTerm(t, ctx, false)))
  const notes = groupNotes(groups).map(joinNotes)
  const items: FidelityItem[] = []
  flat.include.forEach((group, g) => {
    const compiled = groups[g] ?? []
    const members: CustomAudienceMember[] = []
    for (const t of compiled) members.push(...t.members)
    if (members.length > 0)
      spec.add({ custom_audience: { custom_audience: spec.addAudience(`${flat.name} · group ${g + 1}`, members) } })
    for (const t of compiled) for (const target of t.targets) spec.add(target)
    const shared = notes[g] ?? null
    group.terms.forEach((term, i) => {
      const t = compiled[i]
      if (t) items.push(item(term.path, term.value.value, t, t.dimension ? shared : null, pathKey(group.path)))
    })
  })
  const excluded = flat.exclude.map((t) => compileTerm(t, ctx, true))
  const excludedMembers: CustomAudienceMember[] = []
  for (const t of excluded) excludedMembers.push(...t.members)
  if (excludedMembers.length > 0)
    spec.add({
      custom_audience: { custom_audience: spec.addAudience(`${flat.name} · excluded`, excludedMembers) },
      negative: true,
    })
  for (const t of excluded) for (const target of t.targets) spec.add({ ...target, negative: true })
  flat.exclude.forEach((term, i) => {
    const t = excluded[i]
    if (!t) return
    const segment = t.members.length > 0 ? { code: 'custom_segment_excluded', text: EXCLUDED_SEGMENT_NOTE } : null
    const negative =
      t.targets.length > 0 && t.dimension !== 'keyword'
        ? { ...t, message: `${t.message}, excluded as a negative criterion` }
        : t
    items.push(item(term.path, `not ${term.value.value}`, negative, segment, 'exclude'))
  })
  return { criteria: spec.criteria, customAudiences: spec.customAudiences, items }
}
