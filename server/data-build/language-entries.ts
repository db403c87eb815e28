import type { LanguageEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { lookup, sourced } from './channel-mappings.js'
import { readCsvRecords } from './csv-reader.js'
import { synonymsOf } from './entry-names.js'
import { copyShared } from './shared-copy.js'

// Languages kohde offers beside every language Google's table has: Northern Sami is one of Finland's own.
const EXTRA_CODES = ['se'] as const

// Google's table read from a third-party copy; the copy's caveats are in audiences/data/platforms/SOURCES.md.
const GOOGLE_SOURCE =
  'Google Ads languagecodes table (developers.google.com/google-ads/api/data/codes-formats#languages); third-party copy onebutninja/Historical_Search_Term_metrics languagecodes.csv @72a71311, copy date unknown (audiences/data/platforms/SOURCES.md)'
const GOOGLE_COPY_CHECKED = '2026-12-07'

// Google writes Hebrew with the retired code iw and Chinese per script; audiences use ISO 639-1 codes.
const ISO_CODE: Record<string, string> = { iw: 'he', zh_CN: 'zh', zh_TW: 'zh' }

// Names people also use: the language's own name, and the Norwegian written standards.
const EXTRA: Record<string, string[]> = {
  et: ['eesti'],
  ru: ['русский'],
  de: ['Deutsch'],
  no: ['norsk', 'bokmål'],
  da: ['dansk'],
  se: ['davvisámegiella', 'saame'],
}

const namesIn = (locale: string) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' })

/** Google's language criterion ids by ISO 639-1 code; one code may have several (Chinese: 1017 and 1018). */
export function readGoogleLanguages(): Map<string, string[]> {
  const file = copyShared('data/platforms/google-languages.csv', 'audiences/data/platforms/google-languages.csv')
  const ids = new Map<string, string[]>()
  for (const row of readCsvRecords(file, ',')) {
    const googleCode = row.language_code ?? ''
    const code = ISO_CODE[googleCode] ?? googleCode
    const id = row.criterion_id ?? ''
    if (!/^[a-z]{2}$/.test(code) || !/^[0-9]+$/.test(id)) throw new Error(`google-languages.csv: bad row ${googleCode}`)
    ids.set(code, [...(ids.get(code) ?? []), id])
  }
  return ids
}

export function buildLanguages(): LanguageEntry[] {
  const google = readGoogleLanguages()
  const codes = [...new Set([...google.keys(), ...EXTRA_CODES])].sort()
  const [fi, sv, en] = [namesIn('fi'), namesIn('sv'), namesIn('en')]
  return codes.map((code) => {
    const labels = { fi: fi.of(code), sv: sv.of(code), en: en.of(code) }
    if (!labels.fi || !labels.sv || !labels.en) throw new Error(`Intl has no name for language ${code}`)
    const named = { fi: labels.fi, sv: labels.sv, en: labels.en }
    const extra = EXTRA[code] ?? []
    const gaql = `SELECT language_constant.id FROM language_constant WHERE language_constant.code = '${code}'`
    const ids = google.get(code)
    return {
      key: `language.${code}`,
      code,
      labels: named,
      synonyms: synonymsOf(named, { fi: extra, sv: extra, en: extra }),
      channels: {
        google: ids
          ? { ...sourced('language', ids.join(','), GOOGLE_SOURCE), confirmed: GOOGLE_COPY_CHECKED }
          : lookup('language', gaql),
        meta: lookup('locales', named.en),
        linkedin: lookup('interfaceLocales', named.en),
      },
    }
  })
}
