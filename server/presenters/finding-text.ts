import type { Locale } from '../i18n/locale.js'
import { BRIEF_NOTE_MESSAGES } from '../i18n/messages/brief-note-messages.js'
import { FIDELITY_MESSAGES, SAC_CATEGORY_TEXT } from '../i18n/messages/fidelity-messages.js'
import type { FiSvTable } from '../i18n/messages/message-table.js'
import { POLICY_MESSAGES } from '../i18n/messages/policy-messages.js'

/** A domain finding for the page: the sentence to show, its language when it is not the page's, and the domain's
 * original English text when the sentence is a translation (shown on request: it names the values). */
export type FindingText = { text: string; textLang: 'en' | null; original: string | null }

type Kind = 'fidelity' | 'policy' | 'briefNote'
const TABLES: Record<Kind, FiSvTable> = {
  fidelity: FIDELITY_MESSAGES,
  policy: POLICY_MESSAGES,
  briefNote: BRIEF_NOTE_MESSAGES,
}
const SAC_KIND = /^sac_(housing|financial|employment)_(.+)$/

// Meta's special-ad-category fidelity codes come as sac_<category>_<kind>: one sentence per kind.
function keyAndVars(kind: Kind, code: string, locale: 'fi' | 'sv'): { key: string; vars: Record<string, string> } {
  const sac = kind === 'fidelity' ? SAC_KIND.exec(code) : null
  if (!sac) return { key: `${kind}.${code}`, vars: {} }
  return {
    key: `fidelity.sac_${sac[2]}`,
    vars: { category: SAC_CATEGORY_TEXT[sac[1] as keyof typeof SAC_CATEGORY_TEXT][locale] },
  }
}

/** A fidelity item's, policy finding's or brief note's text in the reader's language, by its code; `vars` fill the
 * sentence's {placeholders} (a brief note's {text}: the brief's own words it is about). */
export function findingText(
  locale: Locale,
  kind: Kind,
  code: string,
  english: string,
  vars: Readonly<Record<string, string>> = {},
): FindingText {
  if (locale === 'en') return { text: english, textLang: null, original: null }
  const { key, vars: own } = keyAndVars(kind, code, locale)
  const entry = Object.hasOwn(TABLES[kind], key) ? TABLES[kind][key] : undefined
  // A code the tables do not know yet (test/pages/finding-text.test.ts lists those the domain emits): English,
  // marked as such for screen readers.
  if (!entry) return { text: english, textLang: 'en', original: null }
  const all = { ...vars, ...own }
  const text = entry[locale].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => all[name] ?? whole)
  return { text, textLang: null, original: english }
}
