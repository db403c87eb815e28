import type { Assumption } from '../../audiences/index.js'
import { formatMoney, formatNumber, formatPercent } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import { MESSAGES } from '../i18n/messages.js'
import type { Translate } from '../i18n/translate.js'

const CHANNELS: Record<string, string> = {
  google: 'Google Ads',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
}
const REGION_TAG: Record<Locale, string> = { fi: 'fi', sv: 'sv', en: 'en' }

// A country code as the reader names it (FI → Suomi, Finland); an unknown code stays as it is.
function countryName(locale: Locale, code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code
  return new Intl.DisplayNames([REGION_TAG[locale]], { type: 'region', fallback: 'code' }).of(code) ?? code
}

/**
 * An assumption's source in the reader's language, from its code (audiences/ logs codes beside the English text).
 * A source without a code is English: English pages show it, Finnish and Swedish ones say where it is described.
 */
export function assumptionSource(t: Translate, locale: Locale, a: Assumption): string {
  // An agency's own rate card: its note is the agency's words, in the language its staff wrote it.
  if (a.code === 'rateCard.agency') return a.source
  const key = a.code === undefined ? null : `assumption.source.${a.code}`
  if (key === null || !Object.hasOwn(MESSAGES, key)) return locale === 'en' ? a.source : t('assumption.source.uncoded')
  const params = a.params ?? {}
  const text = (name: string) => (typeof params[name] === 'string' ? String(params[name]) : '')
  return t(key, {
    channel: CHANNELS[text('channel')] ?? text('channel'),
    country: countryName(locale, text('country')),
  })
}

/** An assumption's value in the reader's language: numbers formatted, a fee stated from its code's values. */
export function assumptionValue(t: Translate, locale: Locale, a: Assumption): string {
  const params = a.params ?? {}
  if (a.code?.startsWith('fee.') && typeof params['percent'] === 'number')
    return t('assumption.value.feePercent', { percent: formatPercent(locale, params['percent']) })
  if (a.code?.startsWith('fee.') && typeof params['fixed'] === 'number')
    return t('assumption.value.feeFixed', { amount: formatMoney(locale, params['fixed']) })
  // A rule stated in words is kohde's English: an English page shows it; a formula (reach model) or a range reads
  // in any language; other statements are described in the agency's XLSX report.
  if (
    typeof a.value === 'string' &&
    locale !== 'en' &&
    /[a-z]{4,}/i.test(a.value.replace(/^(poisson|nbd|calibrated)\b|google|facebook|instagram|linkedin/gi, ''))
  )
    return t('assumption.value.uncoded')
  if (typeof a.value === 'number')
    return Number.isInteger(a.value)
      ? formatNumber(locale, a.value)
      : String(a.value).replace('.', locale === 'en' ? '.' : ',')
  return a.value
}
