import type { Writable } from 'node:stream'
import { endStream, writeChunk } from './export-file.js'

export type CsvValue = string | number | null

// UTF-8 byte order mark: without it Excel reads UTF-8 CSV as the ANSI code page and mangles ä, ö and å.
const BOM = '\uFEFF'
// A text cell starting with one of these runs as a formula when a spreadsheet opens the file (OWASP CSV injection:
// = + - @ tab CR). Every CSV kohde writes goes through csvField, so every text cell is guarded, headers included.
const FORMULA_START = /^[=+\-@\t\r]/

/** One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled; a formula-like text guarded. */
export function csvField(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRecord = (values: readonly CsvValue[]): string => `${values.map(csvField).join(',')}\r\n`

/** Streams a header and rows as RFC 4180 CSV (CRLF line ends) in UTF-8 with a BOM, then ends `out`. */
export async function writeCsv(
  out: Writable,
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
): Promise<void> {
  await writeChunk(out, BOM + csvRecord(header))
  for (const row of rows) await writeChunk(out, csvRecord(row))
  await endStream(out)
}
