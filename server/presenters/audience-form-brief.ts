import { FACETS, type BriefParseResult, type BriefTerm, type Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { findingText, type FindingText } from './finding-text.js'
import type { Translate } from '../i18n/translate.js'

export type BriefSegment = { text: string; recognised: boolean; unrecognised: boolean; meaning: string | null }
export type BriefPanel = {
  segments: BriefSegment[]
  recognised: { text: string; meaning: string; alternatives: string | null; excluded: boolean }[]
  unrecognised: string[]
  notes: FindingText[]
  hasUnrecognised: boolean
  hasNotes: boolean
}

// A brief's dimension that is also a facet (income, industry …) is named as the facet is in the form.
const FACET_NAMES: ReadonlySet<string> = new Set(FACETS)

type Labels = { t: Translate; taxonomy: Taxonomy; locale: Locale }

/** What a recognised stretch became, in words: "Ammattinimike: Lääkäri", "ikä: 30–60"; terms in the user's language. */
export function meaningOf(term: BriefTerm, { t, taxonomy, locale }: Labels): string {
  switch (term.kind) {
    case 'term':
      return `${t(`editor.facet.${term.facet}`)}: ${taxonomy.term(term.value)?.labels[locale] ?? term.label}`
    case 'geo':
    case 'geoGroup':
      return `${t('brief.kind.geo')}: ${term.label}`
    case 'age':
      return `${t('brief.kind.age')}: ${term.label}`
    case 'gender':
      return `${t('editor.genders')}: ${term.label}`
    case 'language':
      return `${t('editor.languages')}: ${term.label}`
    case 'special':
      return `${t('editor.specialAdCategory')}: ${t(`editor.category.${term.category}`)}`
    case 'distance':
      return `${t('brief.kind.distance')}: ${term.km} km`
    case 'dimension':
      return `${t('brief.kind.dimension')}: ${FACET_NAMES.has(term.dimension) ? t(`editor.facet.${term.dimension}`) : term.label}`
    case 'exclusion':
    case 'stopword':
    case 'name':
      return t(`brief.kind.${term.kind}`)
  }
}

type Span = { start: number; end: number; recognised: boolean; meaning: string | null }

// The brief as consecutive pieces: plain text, recognised and unrecognised stretches (an overlap keeps the first).
function segmentsOf(text: string, spans: Span[]): BriefSegment[] {
  const out: BriefSegment[] = []
  let at = 0
  const plain = (end: number) => {
    if (end > at) out.push({ text: text.slice(at, end), recognised: false, unrecognised: false, meaning: null })
  }
  for (const span of spans.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < at || span.end <= span.start) continue
    plain(span.start)
    out.push({
      text: text.slice(span.start, span.end),
      recognised: span.recognised,
      unrecognised: !span.recognised,
      meaning: span.meaning,
    })
    at = span.end
  }
  plain(text.length)
  return out
}

/** The pasted brief with what kohde understood and did not, for the panel beside the drafted form. */
export function toBriefPanel(
  text: string,
  result: BriefParseResult,
  t: Translate,
  taxonomy: Taxonomy,
  locale: Locale,
): BriefPanel {
  const labels = { t, taxonomy, locale }
  const spans: Span[] = [
    ...result.recognized.map((r) => ({
      start: r.span[0],
      end: r.span[1],
      recognised: true,
      meaning: meaningOf(r.term, labels),
    })),
    ...result.unrecognized.map((u) => ({ start: u.span[0], end: u.span[1], recognised: false, meaning: null })),
  ]
  return {
    segments: segmentsOf(text, spans),
    recognised: result.recognized.map((r) => ({
      text: r.text,
      meaning: meaningOf(r.term, labels),
      alternatives: r.alternatives?.length ? r.alternatives.map((a) => meaningOf(a, labels)).join('; ') : null,
      excluded: r.excluded === true,
    })),
    unrecognised: result.unrecognized.map((u) => u.text),
    notes: result.notes.map((n) =>
      findingText(locale, 'briefNote', n.code, n.message, n.span ? { text: text.slice(...n.span) } : {}),
    ),
    hasUnrecognised: result.unrecognized.length > 0,
    hasNotes: result.notes.length > 0,
  }
}
