import type { CsvValue } from './csv-writer.js'
import { writeCsv } from './csv-writer.js'
import { exportFile, type ExportFile } from './export-file.js'
import type { PlanExportInput } from './export-input.js'

// Machine-facing: stable English snake_case headers, dot decimals; euros to the cent, people and events whole.
export const LINES_CSV_HEADER = [
  'channel',
  'audience',
  'start_date',
  'end_date',
  'budget_eur',
  'pricing',
  'cpm_eur',
  'cpc_eur',
  'ctr',
  'impressions',
  'clicks',
  'reach',
  'reach_low',
  'reach_high',
  'frequency',
  'frequency_cap',
  'audience_size',
  'audience_size_described',
] as const

const cents = (value: number) => Math.round(value * 100) / 100
const round = (value: number, digits: number) => Number(value.toFixed(digits))

function* lineRows(input: PlanExportInput): Generator<CsvValue[]> {
  for (const [i, line] of input.lines.entries()) {
    const result = input.estimate.lines[i]!
    const range = input.reachRanges[i]!
    yield [
      line.channel,
      line.audienceName,
      line.startDate ?? null,
      line.endDate ?? null,
      cents(line.budget),
      result.pricing,
      round(result.cpm, 4),
      round(result.cpc, 4),
      round(result.ctr, 6),
      Math.round(result.impressions),
      Math.round(result.clicks),
      Math.round(result.reach),
      Math.round(range.low),
      Math.round(range.high),
      round(result.frequency, 2),
      result.frequencyCap,
      Math.round(result.audienceSize.value),
      result.idealAudienceSize ? Math.round(result.idealAudienceSize.value) : null,
    ]
  }
}

/** The plan's lines as CSV, one row per line with the estimate beside it. */
export function linesCsvExport(input: PlanExportInput): ExportFile {
  return exportFile(`${input.planName} lines`, 'csv', 'text/csv; charset=utf-8', (out) =>
    writeCsv(out, LINES_CSV_HEADER, lineRows(input)),
  )
}
