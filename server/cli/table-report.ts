type Row = readonly string[]
export type Align = 'left' | 'right'

const grouped = (digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const EUROS = grouped(2)
const COUNT = grouped(0)
const DECIMAL = grouped(2)
const FACTOR = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })

// Rounded before formatting so that −0.4 prints as 0, not −0.
export const formatEuros = (value: number): string => `${EUROS.format(value)} €`
export const formatCount = (value: number): string => COUNT.format(Math.round(value) || 0)
export const formatDecimal = (value: number): string => DECIMAL.format(value)
export const formatFactor = (value: number | string): string =>
  typeof value === 'number' ? FACTOR.format(value) : value
export const formatPercent = (ratio: number): string => `${ratio >= 0 ? '+' : ''}${grouped(1).format(ratio * 100)} %`

/** Rows as indented columns two spaces apart, numbers right-aligned; the last column is not padded. */
export function textTable(header: Row, rows: readonly Row[], align: readonly Align[] = []): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)))
  const cell = (text: string, c: number, last: boolean) =>
    align[c] === 'right' ? text.padStart(widths[c] ?? 0) : last ? text : text.padEnd(widths[c] ?? 0)
  return [header, ...rows].map((row) => `  ${row.map((text, c) => cell(text, c, c === row.length - 1)).join('  ')}`)
}
