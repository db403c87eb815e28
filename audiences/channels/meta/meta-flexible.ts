import type { Term } from '../../model/audience-schema.js'
import type { FlatAudience, Located } from '../../model/flat-audience.js'
import { droppedCode } from '../../policy/eu-policy.js'
import { termLabel } from '../fidelity.js'
import {
  META_MAX_FLEXIBLE_GROUPS,
  type MetaFlexibleObject,
  type MetaTargeting,
  type MetaTargetingOption,
} from './meta-spec-schema.js'
import { verdict, type MetaRules, type Verdict } from './meta-rules.js'
import { resolveTerm, type TermTarget } from './meta-terms.js'

export type MetaDetailed = Pick<
  MetaTargeting,
  'flexible_spec' | 'relationship_statuses' | 'excluded_custom_audiences'
> & {
  include: Verdict[]
  exclude: Verdict[]
}

type Placed = { verdict: Verdict; target: TermTarget | null; extra?: TermTarget[] }

const TEEN =
  'dropped: Meta lets advertisers reach people under 18 by age and location only (since February 2023); raise the minimum age to 18, or run a separate 18+ ad set, to use this criterion'

// Terms no Meta rule can keep: DSA special categories, and anything but age and place for under-18s.
function barred(term: Located<Term>, rules: MetaRules): Verdict | null {
  const code = droppedCode(rules.eu, term.path)
  if (!code && !rules.teen) return null
  const label = termLabel(term.value, rules.taxonomy, rules.locale)
  if (code)
    return verdict(
      term.path,
      'unsupported',
      code,
      `${label} dropped: it profiles people by a GDPR special category, which DSA Art. 26(3) forbids for ads in the EU`,
    )
  return verdict(term.path, 'unsupported', 'teen_age_location_only', `${label} ${TEEN}`)
}

function place(term: Located<Term>, rules: MetaRules): Placed {
  const stop = barred(term, rules)
  if (stop) return { verdict: stop, target: null }
  const result = resolveTerm(term.value, rules)
  const placed = { verdict: verdict(term.path, result.status, result.code, result.message), target: result.target }
  return result.extra ? { ...placed, extra: result.extra } : placed
}

function addTo(object: MetaFlexibleObject, target: TermTarget): void {
  if ('option' in target) {
    const list = (object[target.field] ??= [])
    if (!list.some((o) => o.id === target.option.id)) list.push(target.option)
  } else if (target.field !== 'relationship_statuses') {
    const list = (object[target.field] ??= [])
    if (!list.includes(target.value)) list.push(target.value)
  }
}

const demote = (p: Placed, code: string, message: string): Placed => ({
  verdict: verdict(p.verdict.path, 'unsupported', code, `${p.verdict.message}; but ${message}`),
  target: null,
})

const isRelationship = (p: Placed) => p.target?.field === 'relationship_statuses'

// One flexible_spec object per include group: Meta ORs within an object and ANDs the objects (platforms.md §2.2).
function compileInclude(flat: FlatAudience, rules: MetaRules) {
  const flexible: MetaFlexibleObject[] = []
  let relationship: number[] | undefined
  const verdicts: Verdict[] = []
  for (const group of flat.include) {
    let placed = group.terms.map((t) => place(t, rules))
    const relationshipValues = placed.flatMap((p) =>
      p.target && 'value' in p.target && isRelationship(p) ? [p.target.value] : [],
    )
    const others = placed.filter((p) => p.target && !isRelationship(p))
    if (relationshipValues.length > 0 && (others.length > 0 || relationship))
      placed = placed.map((p) =>
        isRelationship(p)
          ? demote(
              p,
              'meta_field_outside_flexible_spec',
              'relationship_statuses cannot sit inside flexible_spec, so it cannot be ORed with the other terms of this group',
            )
          : p,
      )
    else if (relationshipValues.length > 0) relationship = [...new Set(relationshipValues)]
    if (others.length > 0 && flexible.length >= META_MAX_FLEXIBLE_GROUPS)
      placed = placed.map((p) =>
        p.target && !isRelationship(p)
          ? demote(
              p,
              'flexible_spec_limit',
              `Meta allows ${META_MAX_FLEXIBLE_GROUPS} flexible_spec groups and this group is beyond them`,
            )
          : p,
      )
    const object: MetaFlexibleObject = {}
    for (const p of placed) if (p.target) for (const t of [p.target, ...(p.extra ?? [])]) addTo(object, t)
    if (Object.keys(object).length > 0) flexible.push(object)
    verdicts.push(...placed.map((p) => p.verdict))
  }
  return { flexible, relationship, verdicts }
}

// Meta removed detailed-targeting exclusions; custom-audience exclusions still work (product.md policy checks;
// developers.facebook.com/ads/blog/post/2017/12/04/targeting-exclusions-blog-post/ keeps customer and location exclusions).
function compileExclude(flat: FlatAudience, rules: MetaRules) {
  const excluded: MetaTargetingOption[] = []
  const verdicts = flat.exclude.map((term): Verdict => {
    const stop = barred(term, rules)
    if (stop) return stop
    const label = termLabel(term.value, rules.taxonomy, rules.locale)
    if (rules.sac)
      return verdict(
        term.path,
        'unsupported',
        `sac_${rules.sac}_exclusion_unavailable`,
        `${label} not excluded: Meta does not allow audience exclusions for ${rules.sac} ads where its special ad category limits apply`,
      )
    const result = resolveTerm(term.value, rules)
    const target = result.target
    if (target && 'option' in target && target.field === 'custom_audiences') {
      if (!excluded.some((o) => o.id === target.option.id)) excluded.push(target.option)
      return verdict(term.path, 'exact', 'term_exact', `${label} → excluded_custom_audiences ${target.option.id}`)
    }
    if (result.code === 'custom_audience_not_uploaded')
      return verdict(
        term.path,
        result.status,
        result.code,
        `${result.message}, then exclude it in excluded_custom_audiences`,
      )
    if (result.status === 'unsupported') return verdict(term.path, result.status, result.code, result.message)
    const message = `${label} not excluded: Meta no longer lets ad sets exclude interests, behaviours or demographics; to leave these people out, exclude a custom audience of them instead`
    return verdict(term.path, 'unsupported', 'meta_detailed_exclusion_removed', message)
  })
  return { excluded, verdicts }
}

export function compileDetailed(flat: FlatAudience, rules: MetaRules): MetaDetailed {
  const include = compileInclude(flat, rules)
  const exclude = compileExclude(flat, rules)
  return {
    ...(include.flexible.length > 0 && { flexible_spec: include.flexible }),
    ...(include.relationship && { relationship_statuses: include.relationship }),
    ...(exclude.excluded.length > 0 && { excluded_custom_audiences: exclude.excluded }),
    include: include.verdicts,
    exclude: exclude.verdicts,
  }
}
