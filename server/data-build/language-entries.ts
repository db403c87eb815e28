import type { LanguageEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { lookup, sourced } from './channel-mappings.js'
import { synonymsOf } from './entry-names.js'

export const LANGUAGE_CODES = ['fi', 'sv', 'en', 'et', 'ru', 'de', 'no', 'da'] as const

const GOOGLE_ENGLISH_SOURCE =
  'platforms.md §1.12: languageConstants/1000, consistent across public code; Google codes-formats table'
// Names people also use: the language's own name, and the Norwegian written standards.
const EXTRA: Record<string, string[]> = {
  et: ['eesti'],
  ru: ['русский'],
  de: ['Deutsch'],
  no: ['norsk', 'bokmål'],
  da: ['dansk'],
}

const namesIn = (locale: string) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' })

export function buildLanguages(): LanguageEntry[] {
  const [fi, sv, en] = [namesIn('fi'), namesIn('sv'), namesIn('en')]
  return LANGUAGE_CODES.map((code) => {
    const labels = { fi: fi.of(code), sv: sv.of(code), en: en.of(code) }
    if (!labels.fi || !labels.sv || !labels.en) throw new Error(`Intl has no name for language ${code}`)
    const named = { fi: labels.fi, sv: labels.sv, en: labels.en }
    const extra = EXTRA[code] ?? []
    const gaql = `SELECT language_constant.id FROM language_constant WHERE language_constant.code = '${code}'`
    return {
      key: `language.${code}`,
      code,
      labels: named,
      synonyms: synonymsOf(named, { fi: extra, sv: extra, en: extra }),
      channels: {
        google: code === 'en' ? sourced('language', '1000', GOOGLE_ENGLISH_SOURCE) : lookup('language', gaql),
        meta: lookup('locales', named.en),
        linkedin: lookup('interfaceLocales', named.en),
      },
    }
  })
}
