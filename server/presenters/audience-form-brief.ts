import { FACETS, type BriefParseResult, type BriefTerm, type Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { findingText, type FindingText } from './finding-text.js'
import type { Translate } from '../i18n/translate.js'
import type { NarrowWarning } from './audience-form-narrow.js'

export type BriefSegment = { text: string; recognised: boolean; unrecognised: boolean; meaning: string | null }
// Not understood: the words, and when they form a noun phrase the button that adds it as a free-text term.
export type UnrecognisedView = { text: string; offer: { value: string; action: string; label: string } | null }
export type BriefPanel = {
  segments: BriefSegment[]
  recognised: { text: string; meaning: string; alternatives: string | null; excluded: boolean }[]
  unrecognised: UnrecognisedView[]
  notes: FindingText[]
  narrow: NarrowWarning[]
  hasUnrecognised: boolean
  hasNotes: boolean
  hasNarrow: boolean
  formAction: string
}

// A brief's dimension that is also a facet (income, industry …) is named as the facet is in the form.
const FACET_NAMES: ReadonlySet<string> = new Set(FACETS)

type Labels = { t: Translate; taxonomy: Taxonomy; locale: Locale }

// A Finnish or Swedish page shows no English (issue 18): not the domain's original note, and a note the tables have
// no sentence for yet reads as a general one in the page's language.
function inPageLanguage(t: Translate, locale: Locale, note: FindingText): FindingText {
  if (locale === 'en') return note
  if (note.textLang === 'en') return { text: t('brief.noteUntranslated'), textLang: null, original: null }
  return { ...note, original: null }
}

/** What a recognised stretch became, in words: "Ammattinimike: Lääkäri", "ikä: 30–60"; terms in the user's language. */
export function meaningOf(term: BriefTerm, { t, taxonomy, locale }: Labels): string {
  switch (term.kind) {
    case 'term':
      return `${t(`editor.facet.${term.facet}`)}: ${taxonomy.term(term.value)?.labels[locale] ?? term.label}`
    case 'geo':
    case 'geoGroup':
      return `${t('brief.kind.geo')}: ${placeLabel(term, taxonomy, locale)}`
    case 'age':
      return `${t('brief.kind.age')}: ${term.label}`
    case 'gender':
      return `${t('editor.genders')}: ${term.label}`
    case 'language':
      return `${t('editor.languages')}: ${taxonomy.languages.get(term.language)?.labels[locale] ?? term.language}`
    case 'special':
      return `${t('editor.specialAdCategory')}: ${t(`editor.category.${term.category}`)}`
    case 'distance':
      return `${t('brief.kind.distance')}: ${term.km} km`
    case 'dimension':
      return `${t('brief.kind.dimension')}: ${t(FACET_NAMES.has(term.dimension) ? `editor.facet.${term.dimension}` : `brief.dimension.${term.dimension}`)}`
    case 'exclusion':
    case 'stopword':
    case 'name':
      return t(`brief.kind.${term.kind}`)
  }
}

// A place in the page's language: the taxonomy's label for a known place, the parse's own label otherwise.
function placeLabel(term: BriefTerm & { kind: 'geo' | 'geoGroup' }, taxonomy: Taxonomy, locale: Locale): string {
  if (term.kind === 'geoGroup') return term.label
  const g = term.geo
  const entry =
    'municipality' in g
      ? taxonomy.geoByCode('municipality', g.country, g.municipality)
      : 'region' in g
        ? taxonomy.geoByCode('region', g.region.slice(0, 2), g.region)
        : 'country' in g && !('city' in g) && !('postalCode' in g)
          ? taxonomy.geoByCode('country', g.country, g.country)
          : undefined
  return entry?.labels[locale] ?? term.label
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

const within = (inner: readonly [number, number], outer: readonly [number, number]) =>
  inner[0] < outer[1] && outer[0] < inner[1]

// Each stretch not understood, with the free-text offer inside it; offers from a name's words come after.
function unrecognisedOf(result: BriefParseResult, t: Translate): UnrecognisedView[] {
  const offerView = (i: number) => {
    const offer = result.freeText[i]
    return offer
      ? { value: offer.value, action: `add-free:${i}`, label: t('brief.addFreeTextLabel', { value: offer.value }) }
      : null
  }
  const used = new Set<number>()
  const stretches = result.unrecognized.map((u) => {
    const i = result.freeText.findIndex((f, k) => !used.has(k) && within(f.span, u.span))
    if (i >= 0) used.add(i)
    return { text: u.text, offer: i >= 0 ? offerView(i) : null }
  })
  const rest = result.freeText.flatMap((f, i) => (used.has(i) ? [] : [{ text: f.text, offer: offerView(i) }]))
  return [...stretches, ...rest]
}

/** The pasted brief with what kohde understood and did not, for the panel beside the drafted form. */
export function toBriefPanel(
  text: string,
  result: BriefParseResult,
  t: Translate,
  taxonomy: Taxonomy,
  locale: Locale,
  extra: { narrow: readonly NarrowWarning[]; formAction: string },
): BriefPanel {
  const labels = { t, taxonomy, locale }
  const spans: Span[] = [
    ...result.recognized
      .filter((r) => r.term.kind !== 'name')
      .map((r) => ({
        start: r.span[0],
        end: r.span[1],
        recognised: true,
        meaning: meaningOf(r.term, labels),
      })),
    ...result.unrecognized.map((u) => ({ start: u.span[0], end: u.span[1], recognised: false, meaning: null })),
  ]
  const category = t(`editor.category.${result.audience.specialAdCategory}`)
  const unrecognised = unrecognisedOf(result, t)
  const narrow = [...extra.narrow]
  return {
    segments: segmentsOf(text, spans),
    recognised: result.recognized.map((r) => ({
      text: r.text,
      meaning: meaningOf(r.term, labels),
      alternatives: r.alternatives?.length ? r.alternatives.map((a) => meaningOf(a, labels)).join('; ') : null,
      excluded: r.excluded === true,
    })),
    unrecognised,
    notes: result.notes.map((n) =>
      inPageLanguage(
        t,
        locale,
        findingText(locale, 'briefNote', n.code, n.message, n.span ? { text: text.slice(...n.span), category } : {}),
      ),
    ),
    narrow,
    hasUnrecognised: unrecognised.length > 0,
    hasNotes: result.notes.length > 0,
    hasNarrow: narrow.length > 0,
    formAction: extra.formAction,
  }
}
