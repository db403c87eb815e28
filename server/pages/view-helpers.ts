import type { HelperOptions } from 'handlebars'
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatFrequency,
  formatMoney,
  formatMoneyWhole,
  formatNumber,
  formatPercent,
} from '../i18n/formats.js'
import { isLocale, type Locale } from '../i18n/locale.js'
import { translate } from '../i18n/translate.js'

// Every page's model carries its locale at the root; the helpers read it there so templates never pass it.
function localeOf(options: HelperOptions): Locale {
  const locale: unknown = (options.data as { root?: { locale?: unknown } } | undefined)?.root?.locale
  if (!isLocale(locale)) throw new Error('the page model has no locale')
  return locale
}

function numberArg(value: unknown, helper: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${helper} needs a number, got ${value}`)
  return value
}

function stringArg(value: unknown, helper: string): string {
  if (typeof value !== 'string') throw new Error(`${helper} needs a string, got ${typeof value}`)
  return value
}

/**
 * The only helpers templates may use: translation and pure formatting (style.md "Views stay logic-less").
 * `{{t "key" name=value}}` fills {name}; the number helpers format per the page's locale.
 */
export const VIEW_HELPERS = {
  t: (key: unknown, options: HelperOptions) =>
    translate(localeOf(options), stringArg(key, 't'), options.hash as Record<string, string | number>),
  money: (value: unknown, options: HelperOptions) => formatMoney(localeOf(options), numberArg(value, 'money')),
  moneyWhole: (value: unknown, options: HelperOptions) =>
    formatMoneyWhole(localeOf(options), numberArg(value, 'moneyWhole')),
  number: (value: unknown, options: HelperOptions) => formatNumber(localeOf(options), numberArg(value, 'number')),
  decimal: (value: unknown, options: HelperOptions) => formatDecimal(localeOf(options), numberArg(value, 'decimal')),
  oneDecimal: (value: unknown, options: HelperOptions) =>
    formatFrequency(localeOf(options), numberArg(value, 'oneDecimal')),
  percent: (value: unknown, options: HelperOptions) => formatPercent(localeOf(options), numberArg(value, 'percent')),
  date: (value: unknown, options: HelperOptions) => formatDate(localeOf(options), stringArg(value, 'date')),
  dateTime: (value: unknown, options: HelperOptions) => formatDateTime(localeOf(options), stringArg(value, 'dateTime')),
} as const
