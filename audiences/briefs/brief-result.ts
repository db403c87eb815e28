import type { Locale } from '../model/audience-schema.js'
import type { BriefNote, BriefTerm, Recognized, Unrecognized } from './brief-schema.js'
import { isClauseEnd, isContent, type Token } from './brief-tokens.js'
import type { Reading } from './brief-lexicon.js'
import { isSuperseded } from './brief-audience.js'
import { noteMessage, readingLabel } from './brief-notes.js'
import type { ItemNote } from './lexicon-scan.js'
import type { Resolved } from './brief-resolve.js'

const MAX_NOTES = 50
const GENDER_LABELS = {
  female: { fi: 'naiset', sv: 'kvinnor', en: 'women' },
  male: { fi: 'miehet', sv: 'män', en: 'men' },
}

/** What the page shows for a reading: the kind, the value and a label in the brief's language. */
export function briefTerm(r: Reading, locale: Locale): BriefTerm {
  switch (r.kind) {
    case 'term':
      return { kind: 'term', facet: r.facet, value: r.value, label: r.labels[locale] }
    case 'geo':
      return { kind: 'geo', geo: r.geo, label: r.labels[locale] }
    case 'geoGroup':
      return { kind: 'geoGroup', places: r.places, label: r.labels[locale] }
    case 'age':
      return {
        kind: 'age',
        ...(r.min === undefined ? {} : { min: r.min }),
        ...(r.max === undefined ? {} : { max: r.max }),
        label: readingLabel(r),
      }
    case 'gender':
      return { kind: 'gender', gender: r.gender, label: GENDER_LABELS[r.gender][locale] }
    case 'language':
      return { kind: 'language', language: r.language, label: r.language }
    case 'distance':
      return { kind: 'distance', km: r.km, label: `${r.km} km` }
    case 'special':
      return { kind: 'special', category: r.category, label: r.category }
    case 'dimension':
      return { kind: 'dimension', dimension: r.dimension, label: r.dimension }
    case 'exclusion':
    case 'stopword':
    case 'name':
      return { kind: r.kind, label: r.kind }
    case 'scopeEnd':
      return { kind: 'stopword', label: 'stopword' }
  }
}

export const spanOf = (tokens: readonly Token[], r: Pick<Resolved, 'item'>): [number, number] => [
  tokens[r.item.from]?.start ?? 0,
  tokens[r.item.to - 1]?.end ?? 0,
]

/** Each recognised stretch with what it became. */
export function recognizedOf(
  tokens: readonly Token[],
  resolved: readonly Resolved[],
  text: string,
  locale: Locale,
): Recognized[] {
  return resolved.map((r) => {
    const span = spanOf(tokens, r)
    const reading = r.reading
    return {
      span,
      text: text.slice(span[0], span[1]),
      term: briefTerm(reading, locale),
      ...(r.alternatives.length > 0 ? { alternatives: r.alternatives.map((a) => briefTerm(a, locale)) } : {}),
      ...(r.excluded ? { excluded: true } : {}),
    }
  })
}

/** Every stretch of words and numbers no item covers; neighbours separated only by spaces are one stretch. */
export function unrecognizedOf(tokens: readonly Token[], resolved: readonly Resolved[], text: string): Unrecognized[] {
  const covered = new Uint8Array(tokens.length)
  for (const r of resolved) covered.fill(1, r.item.from, r.item.to)
  const out: Unrecognized[] = []
  let start = -1
  const close = (end: number) => {
    const first = tokens[start]
    const last = tokens[end]
    if (start >= 0 && first && last)
      out.push({ span: [first.start, last.end], text: text.slice(first.start, last.end) })
    start = -1
  }
  tokens.forEach((token, i) => {
    const open = isContent(token) && covered[i] === 0
    if (open && start < 0) start = i
    if (!open && start >= 0) close(i - 1)
  })
  if (start >= 0) close(tokens.length - 1)
  return out
}

const CRITERIA = new Set(['term', 'geo', 'geoGroup', 'age', 'gender', 'language'])

function clausesOf(tokens: readonly Token[], resolved: readonly Resolved[]): Resolved[][] {
  const clauses: Resolved[][] = [[]]
  resolved.forEach((r, k) => {
    const gap = tokens.slice(resolved[k - 1]?.item.to ?? 0, r.item.from)
    if (k > 0 && gap.some(isClauseEnd)) clauses.push([])
    clauses[clauses.length - 1]?.push(r)
  })
  return clauses
}

// A cue ("ikä", "toimiala") with no criterion after it (or, for the first cue, before it: "rakentamisesta
// kiinnostuneet") up to the next cue in its clause named a dimension but gave no value.
function emptyCues(tokens: readonly Token[], resolved: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = []
  for (const clause of clausesOf(tokens, resolved)) {
    let leading = true
    let leadingCriterion = false
    let open: Resolved | null = null
    let openHasValue = false
    const close = () => {
      if (open && !openHasValue) out.push(open)
    }
    for (const r of clause) {
      if (r.reading.kind === 'dimension') {
        close()
        openHasValue = leading && leadingCriterion
        leading = false
        open = r
      } else if (CRITERIA.has(r.reading.kind)) {
        if (leading) leadingCriterion = true
        else openHasValue = true
      }
    }
    close()
  }
  return out
}

/** The assumptions to show the user, each with the span it is about; messages only for the ones shown. */
export function notesOf(
  tokens: readonly Token[],
  resolved: readonly Resolved[],
  text: string,
  extra: readonly BriefNote[],
): BriefNote[] {
  const textOf = (r: Resolved) => text.slice(...spanOf(tokens, r))
  const found: { r: Resolved; code: ItemNote }[] = []
  for (const r of resolved) {
    for (const code of r.notes) found.push({ r, code })
    if (isSuperseded(r, resolved)) found.push({ r, code: 'parent_narrowed' })
  }
  for (const r of emptyCues(tokens, resolved)) {
    const website = r.reading.kind === 'dimension' && r.reading.dimension === 'website'
    found.push({ r, code: website ? 'site_visits_without_address' : 'dimension_without_value' })
  }
  found.sort((a, b) => a.r.item.from - b.r.item.from)
  const room = Math.max(0, MAX_NOTES - extra.length)
  const sameSpan = (r: Resolved) =>
    resolved.filter((o) => o !== r && o.item.from === r.item.from && o.item.to === r.item.to)
  const shown = found.slice(0, room).map(({ r, code }): BriefNote => {
    const dimension = r.reading.kind === 'dimension' ? r.reading.dimension : null
    const also = sameSpan(r).map((o) => readingLabel(o.reading))
    return {
      code,
      message: noteMessage(code, {
        text: textOf(r),
        reading: r.reading,
        alternatives: r.alternatives,
        dimension,
        also,
      }),
      span: spanOf(tokens, r),
    }
  })
  const left = found.length - shown.length
  return [
    ...extra,
    ...shown,
    ...(left > 0 ? [{ code: 'notes_truncated', message: `${left} more notes were left out.` }] : []),
  ]
}
