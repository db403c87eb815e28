import type { Locale } from '../i18n/locale.js'
import { FIDELITY_MESSAGES, SAC_CATEGORY_TEXT } from '../i18n/messages/fidelity-messages.js'
import type { FiSvTable } from '../i18n/messages/message-table.js'
import { POLICY_MESSAGES } from '../i18n/messages/policy-messages.js'

/** A compiler's finding for the page: the sentence to show, its language when it is not the page's, and the
 * channel's original English text when the sentence is a translation (shown on request: it names the values). */
export type FindingText = { text: string; textLang: 'en' | null; original: string | null }

const SAC_KIND = /^sac_(housing|financial|employment)_(.+)$/

function lookup(table: FiSvTable, key: string) {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** A fidelity item's or policy finding's text in the reader's language, by its code. */
export function findingText(locale: Locale, kind: 'fidelity' | 'policy', code: string, english: string): FindingText {
  if (locale === 'en') return { text: english, textLang: null, original: null }
  const sac = kind === 'fidelity' ? SAC_KIND.exec(code) : null
  const category = sac ? (sac[1] as keyof typeof SAC_CATEGORY_TEXT) : null
  const entry = lookup(
    kind === 'policy' ? POLICY_MESSAGES : FIDELITY_MESSAGES,
    sac ? `fidelity.sac_${sac[2]}` : `${kind}.${code}`,
  )
  // A code the tables do not know yet (test/pages/finding-text.test.ts lists those the compilers emit): English,
  // marked as such for screen readers.
  if (!entry) return { text: english, textLang: 'en', original: null }
  const text = category ? entry[locale].replace('{category}', SAC_CATEGORY_TEXT[category][locale]) : entry[locale]
  return { text, textLang: null, original: english }
}
