import { z } from 'zod'

export const LOCALES = ['fi', 'sv', 'en'] as const
export const LocaleSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof LocaleSchema>

// Finnish agencies are the first users: a browser that states no known language gets Finnish.
export const DEFAULT_LOCALE: Locale = 'fi'

export const isLocale = (value: unknown): value is Locale => LocaleSchema.safeParse(value).success

/** The first language of an Accept-Language header that kohde speaks (q-values honoured), else null. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | null {
  if (!header) return null
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.q > 0 && isLocale(entry.language))
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const first = ranked[0]?.language
  return isLocale(first) ? first : null
}
