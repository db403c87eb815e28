type Locale = 'fi' | 'sv' | 'en'
type Names = Record<Locale, string>
type Synonyms = Record<Locale, string[]>

const LOCALES: readonly Locale[] = ['fi', 'sv', 'en']

/** Each locale's synonyms: the other locales' labels plus that locale's extras, without its own label or repeats. */
export function synonymsOf(labels: Names, extra: Partial<Synonyms> = {}): Synonyms {
  const labelList = LOCALES.map((l) => labels[l])
  const pick = (locale: Locale) => {
    const seen = new Set([labels[locale].toLocaleLowerCase('fi')])
    const names = [...labelList, ...(extra[locale] ?? [])]
    return names.filter((name) => {
      const key = name.toLocaleLowerCase('fi')
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  }
  return { fi: pick('fi'), sv: pick('sv'), en: pick('en') }
}

/** An ASCII key segment: ä → a, ö → o, å → a, anything else not a letter or digit → "-". */
export const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
