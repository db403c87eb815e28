import type { Locale } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { draftAudience } from './brief-audience.js'
import { readHead } from './brief-head.js'
import { lexiconOf } from './brief-lexicon.js'
import { BRIEF_NOTES } from './brief-notes.js'
import { resolveItems, type Resolved } from './brief-resolve.js'
import { notesOf, recognizedOf, spanOf, unrecognizedOf } from './brief-result.js'
import type { BriefParseResult } from './brief-schema.js'
import { tokenize, type Token } from './brief-tokens.js'
import { readKeywords, readWebsites } from './brief-web.js'
import { scanLexicon, type Item } from './lexicon-scan.js'
import { scanEllipses, scanPlaceEllipses } from './elliptic-compounds.js'
import { readNumbers } from './number-readings.js'
import { attachRadius, readDistances } from './radius-readings.js'
import { readDemoCodes } from './demo-codes.js'
import { preferHeadcount, readSizeWords } from './size-words.js'
import { dropGenericReadings } from './generic-words.js'
import { findSpecialCategory } from './special-category.js'
import { freeTextOffers } from './free-text.js'
import { dropFraming } from './brief-frame.js'
import { dropCampaignContext } from './campaign-context.js'
import { dropRejectedReadings } from './rejected-readings.js'
import { postfixExclusions } from './negation-scope.js'

const DEFAULT_NAMES: Record<Locale, string> = {
  fi: 'Luonnos briefistä',
  sv: 'Utkast från brief',
  en: 'Draft from brief',
}

// The language most of the brief's unambiguous words belong to; null when nothing tells.
function detectLocale(items: readonly Item[], tokens: readonly Token[]): Locale | null {
  const votes: Record<Locale, number> = { fi: 0, sv: 0, en: 0 }
  for (const item of items) if (item.langs?.length === 1 && item.langs[0]) votes[item.langs[0]]++
  for (const token of tokens) if (/[åÅ]/.test(token.raw)) votes.sv++
  const best = (['fi', 'sv', 'en'] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a))
  return votes[best] > 0 ? best : null
}

// Numbers and web addresses are read by their own rules and win over words the lexicon found inside them.
function merge(lexical: readonly Item[], overriding: readonly Item[]): Item[] {
  if (overriding.length === 0) return [...lexical]
  const taken = new Uint8Array(lexical.reduce((n, item) => Math.max(n, item.to), 0) + 1)
  for (const item of overriding) taken.fill(1, item.from, item.to)
  const free = (item: Item) => {
    for (let i = item.from; i < item.to; i++) if (taken[i] === 1) return false
    return true
  }
  return [...lexical.filter(free), ...overriding].sort((a, b) => a.from - b.from)
}

/**
 * Reads a free-text segment description (Finnish, Swedish or English) into a draft audience, with the words it
 * understood and those it did not. Deterministic: labels and synonyms of the taxonomy, no language model.
 * @example parseBrief('Arvokkaan huvilan asiakassegmentti: toimitusjohtajat, lääkärit, 30–60v', DEFAULT_TAXONOMY)
 */
export function parseBrief(text: string, taxonomy: Taxonomy, locale?: Locale): BriefParseResult {
  const tokens = tokenize(text)
  const lexicon = lexiconOf(taxonomy)
  // Words are read in the language the brief is written in; labels and the draft use the locale asked for.
  const written = detectLocale(scanLexicon(tokens, lexicon, null), tokens) ?? locale ?? 'fi'
  const lang = locale ?? written
  const scanned = scanLexicon(tokens, lexicon, written)
  const compounds = merge(scanned, scanEllipses(tokens, lexicon))
  const lexical = merge(compounds, scanPlaceEllipses(tokens, lexicon, compounds))
  const distances = [...readDistances(tokens), ...readDemoCodes(tokens, written)]
  const numbers = readNumbers(tokens, text, [...lexical, ...distances], taxonomy)
  const sizes = readSizeWords(tokens, taxonomy)
  const merged = preferHeadcount(merge(lexical, [...readWebsites(tokens), ...distances, ...sizes, ...numbers]))
  const read = attachRadius(tokens, dropGenericReadings(tokens, readKeywords(tokens, merged, text)), taxonomy)
  const items = dropRejectedReadings(tokens, dropCampaignContext(tokens, dropFraming(tokens, read)))
  const head = readHead(tokens, items, text)
  const special = findSpecialCategory(tokens, head.items, taxonomy)
  const kept = head.items.filter((item) => !special?.dropped.includes(item))
  const resolved = postfixExclusions(tokens, resolveItems(tokens, merge(kept, special?.items ?? []), written))
  const name = head.name || DEFAULT_NAMES[lang]
  const spanOf_ = (r: Pick<Resolved, 'item'>) => spanOf(tokens, r)
  const draft = draftAudience(resolved, name, lang, text, spanOf_, taxonomy, tokens)
  if (special) draft.audience.specialAdCategory = special.category
  const specialSpan: [number, number] = special ? spanOf_({ item: { ...special, candidates: [] } }) : [0, 0]
  const extra = [
    ...(draft.geoDefaulted ? [{ code: 'geo_defaulted', message: BRIEF_NOTES.geoDefaulted }] : []),
    ...(head.name ? [] : [{ code: 'name_defaulted', message: BRIEF_NOTES.nameDefaulted(name) }]),
    ...(head.source === 'clause' ? [{ code: 'name_from_text', message: BRIEF_NOTES.nameFromText(name) }] : []),
    ...head.dropped.map((item) => {
      const span = spanOf_({ item })
      return { code: 'name_criteria_not_read', message: BRIEF_NOTES.nameCriteria(text.slice(...span)), span }
    }),
    ...draft.notes,
    ...(special
      ? [
          {
            code: 'special_ad_category',
            message: BRIEF_NOTES.specialCategory(text.slice(...specialSpan), special.category),
            span: specialSpan,
          },
        ]
      : []),
  ]
  return {
    audience: draft.audience,
    recognized: recognizedOf(tokens, resolved, text, lang),
    unrecognized: unrecognizedOf(tokens, resolved, text),
    notes: notesOf(tokens, resolved, text, extra),
    freeText: freeTextOffers(tokens, resolved, text),
  }
}
