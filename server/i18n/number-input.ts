import type { Locale } from './locale.js'

const SPACES = /[\s\u00a0\u202f]/g
const GROUPED = /^\d{1,3}(?:[,.]\d{3})+$/

/**
 * A number as people type it in any of the three languages: "1,5" and "1.5" are both one and a half; spaces (also
 * no-break ones) group thousands ("10 000"); with both marks the last one is the decimal ("1,234.5", "1.234,5"). On an
 * English page a comma followed by groups of three digits groups thousands ("10,000"), as English writes it; on a
 * Finnish or Swedish page a comma is always the decimal comma. Empty: null; anything else: NaN.
 */
export function parseNumberInput(text: string, locale: Locale = 'fi'): number | null {
  const plain = text.replace(SPACES, '').replace(/^[\u2212\u2013]/, '-')
  if (plain === '') return null
  const sign = plain.startsWith('-') ? -1 : 1
  const body = sign < 0 ? plain.slice(1) : plain
  const comma = body.lastIndexOf(',')
  const point = body.lastIndexOf('.')
  let normal: string
  if (comma >= 0 && point >= 0) {
    const decimal = Math.max(comma, point)
    const whole = body.slice(0, decimal)
    if (!GROUPED.test(whole) && !/^\d{1,3}$/.test(whole)) return Number.NaN
    if (whole.includes(body[decimal]!)) return Number.NaN
    normal = `${whole.replace(/[,.]/g, '')}.${body.slice(decimal + 1)}`
  } else if (comma >= 0 && locale === 'en' && GROUPED.test(body)) normal = body.replace(/,/g, '')
  else normal = body.replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(normal)) return Number.NaN
  return sign * Number(normal)
}
