import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import {
  languageCodesOf,
  languageNamesOf,
  placeCodeOf,
  placeNameOf,
} from '../../server/presenters/audience-form-names.js'

const taxonomy = DEFAULT_TAXONOMY

// geo-fi.json / geo-se.json / geo-countries.json: Espoo 049 (sv Esbo), Uusimaa FI-18 (sv Nyland), Stockholms län
// SE-AB, Finland FI (fi Suomi), Sweden SE (fi Ruotsi). languages.json: suomi fi, ruotsi sv, englanti en.
describe('placeCodeOf', () => {
  it.each([
    ['municipality', 'Espoo', 'FI', '049'],
    ['municipality', 'esbo', 'FI', '049'],
    ['municipality', '049', 'FI', '049'],
    ['region', 'Nyland', 'FI', 'FI-18'],
    ['region', 'fi-18', 'FI', 'FI-18'],
    ['region', 'Stockholms län', 'SE', 'SE-AB'],
    ['country', 'Suomi', '', 'FI'],
    ['country', 'Sweden', '', 'SE'],
    ['country', 'se', '', 'SE'],
  ] as const)('when a %s is typed as "%s", then its code %s', (kind, value, country, code) => {
    expect(placeCodeOf(kind, value, country, taxonomy)).toBe(code)
  })

  it('when the name names no place of that kind, then null', () => {
    expect(placeCodeOf('municipality', 'Atlantis', 'FI', taxonomy)).toBeNull()
    expect(placeCodeOf('region', 'Espoo', 'FI', taxonomy)).toBeNull()
  })
})

describe('placeNameOf', () => {
  it('when a code is known, then its name in the page’s language; other text stays as typed', () => {
    expect(placeNameOf('municipality', '049', 'FI', taxonomy, 'sv')).toBe('Esbo')
    expect(placeNameOf('region', 'FI-18', 'FI', taxonomy, 'en')).toBe('Uusimaa')
    expect(placeNameOf('country', 'SE', 'SE', taxonomy, 'fi')).toBe('Ruotsi')
    expect(placeNameOf('municipality', 'Espoo', 'FI', taxonomy, 'sv')).toBe('Espoo')
  })
})

describe('languageCodesOf and languageNamesOf', () => {
  it.each([
    ['suomi, ruotsi', ['fi', 'sv']],
    ['Finnish, svenska, en', ['fi', 'sv', 'en']],
    ['fi sv', ['fi', 'sv']],
    ['fi, klingon', ['fi', 'klingon']],
    ['', []],
  ])('when the field holds "%s", then the codes are %j', (text, codes) => {
    expect(languageCodesOf(text, taxonomy)).toEqual(codes)
  })

  it('when codes or names are shown on a Swedish page, then Swedish names; unknown text stays as typed', () => {
    expect(languageNamesOf('fi, en', taxonomy, 'sv')).toBe('finska, engelska')
    expect(languageNamesOf('suomi sv', taxonomy, 'sv')).toBe('suomi sv')
    expect(languageNamesOf('fi sv', taxonomy, 'en')).toBe('Finnish, Swedish')
    expect(languageNamesOf('suomi, klingon', taxonomy, 'en')).toBe('Finnish, klingon')
  })
})
