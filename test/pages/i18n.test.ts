import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDecimal,
  formatMoney,
  formatMoneyWhole,
  formatNumber,
  formatPercent,
} from '../../server/i18n/formats.js'
import { localeFromAcceptLanguage, LOCALES } from '../../server/i18n/locale.js'
import { MESSAGES } from '../../server/i18n/messages.js'
import { translate } from '../../server/i18n/translate.js'

const NBSP = '\u00a0'

describe('MESSAGES', () => {
  it('when listing every key, then each has a non-empty text in fi, sv and en with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort()
    for (const [key, texts] of Object.entries(MESSAGES)) {
      for (const locale of LOCALES) expect(texts[locale].trim(), `${key}.${locale}`).not.toBe('')
      expect(placeholders(texts.sv), key).toEqual(placeholders(texts.fi))
      expect(placeholders(texts.en), key).toEqual(placeholders(texts.fi))
    }
  })
})

describe('translate', () => {
  it('when a key has placeholders, then fills them in the chosen language', () => {
    expect(translate('fi', 'layout.signedInAs', { email: 'a@b.fi' })).toBe('Kirjautuneena: a@b.fi')
    expect(translate('sv', 'layout.signedInAs', { email: 'a@b.fi' })).toBe('Inloggad som a@b.fi')
  })

  it('when the key is unknown, then throws rather than showing the key', () => {
    expect(() => translate('en', 'no.such.key')).toThrow(/no message no.such.key/)
    expect(() => translate('en', '__proto__')).toThrow()
  })
})

describe('formats', () => {
  it('when formatting money in Finnish and Swedish, then uses a space for thousands, a comma and a trailing euro sign', () => {
    expect(formatMoney('fi', 1234.5)).toBe(`1${NBSP}234,50${NBSP}€`)
    expect(formatMoney('sv', 1234.5)).toBe(`1${NBSP}234,50${NBSP}€`)
    expect(formatMoney('en', 1234.5)).toBe('€1,234.50')
    expect(formatMoneyWhole('fi', 25000)).toBe(`25${NBSP}000${NBSP}€`)
  })

  it('when formatting counts, ratios and shares, then follows each language', () => {
    expect(formatNumber('fi', 1234567)).toBe(`1${NBSP}234${NBSP}567`)
    expect(formatNumber('en', 1234567)).toBe('1,234,567')
    expect(formatDecimal('fi', 2.5)).toBe('2,5')
    expect(formatPercent('fi', 0.123)).toBe(`12,3${NBSP}%`)
    expect(formatPercent('en', 0.123)).toBe('12.3%')
  })

  it('when formatting a calendar date, then Finnish writes day.month.year and a bad date stays as given', () => {
    expect(formatDate('fi', '2026-11-22')).toBe('22.11.2026')
    expect(formatDate('en', '2026-11-22')).toBe('22 Nov 2026')
    expect(formatDate('fi', 'not a date')).toBe('not a date')
  })
})

describe('localeFromAcceptLanguage', () => {
  it('when the browser ranks languages, then picks the best one kohde speaks', () => {
    expect(localeFromAcceptLanguage('sv-FI,sv;q=0.9,en;q=0.8')).toBe('sv')
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.5,fi;q=0.7')).toBe('fi')
    expect(localeFromAcceptLanguage('de, fr')).toBeNull()
    expect(localeFromAcceptLanguage('en;q=0, sv;q=0.1')).toBe('sv')
    expect(localeFromAcceptLanguage(undefined)).toBeNull()
  })
})
