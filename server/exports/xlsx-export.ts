import type ExcelJS from 'exceljs'
import type { Writable } from 'node:stream'
import { translatorOf } from '../i18n/translate.js'
import { endStream, exportFile, type ExportFile } from './export-file.js'
import type { PlanExportInput } from './export-input.js'
import { EXPORT_LABELS, type ExportLabels } from './export-labels.js'
import { numberFormats } from './export-number-format.js'
import { clientMethodItems, readershipStem, type Readership } from './export-readership.js'
import { addSheet, DECIMAL_FORMAT, EURO_FORMAT, INTEGER_FORMAT, PERCENT_FORMAT } from './xlsx-sheet.js'
import { weekSheet } from './xlsx-week-sheet.js'

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter

function summarySheet(workbook: Workbook, input: PlanExportInput, l: ExportLabels) {
  const sheet = addSheet(workbook, l.sheets.summary, [
    { header: l.field, width: 28 },
    { header: l.value, width: 40 },
  ])
  const { total } = input.estimate
  const rows: [string, string | number, string?][] = [
    [l.plan, input.planName],
    [l.client, input.clientName],
    [l.currency, input.currency],
    [l.lineCount, input.lines.length, INTEGER_FORMAT],
    [l.budget, total.budget, EURO_FORMAT],
    [l.impressions, total.impressions, INTEGER_FORMAT],
    [l.clicks, total.clicks, INTEGER_FORMAT],
    [l.reach, total.reach, INTEGER_FORMAT],
    [l.frequency, total.frequency, DECIMAL_FORMAT],
    [l.universe, total.universe, INTEGER_FORMAT],
    [l.grp, total.grp, DECIMAL_FORMAT],
    ...input.audiences.map((a): [string, string] => [`${l.area}: ${a.name}`, a.places.join(', ')]),
  ]
  for (const [label, value, format] of rows) sheet.add([label, value], { formats: [undefined, format] })
  sheet.commit()
}

// The pricing model, rate and size-note columns are the agency's: a client's workbook leaves them out (the note names
// the criteria a channel could not target, a targeting internal).
function linesSheet(workbook: Workbook, input: PlanExportInput, l: ExportLabels, internal: boolean) {
  const translate = translatorOf(input.locale)
  const rateColumns = [
    { header: l.pricing, width: 26 },
    { header: l.rate, width: 12, numFmt: EURO_FORMAT },
  ]
  const sheet = addSheet(workbook, l.sheets.lines, [
    { header: l.channel, width: 14 },
    { header: l.audience, width: 32 },
    { header: l.flight, width: 26 },
    { header: l.budget, width: 14, numFmt: EURO_FORMAT },
    ...(internal ? rateColumns : []),
    { header: l.impressions, width: 14, numFmt: INTEGER_FORMAT },
    { header: l.clicks, width: 12, numFmt: INTEGER_FORMAT },
    { header: l.reach, width: 16, numFmt: INTEGER_FORMAT },
    { header: l.frequency, width: 12, numFmt: DECIMAL_FORMAT },
    // The channel's targeted audience beside the one described, and why they differ (docs/adr/0008).
    { header: translate('size.targeted'), width: 16, numFmt: INTEGER_FORMAT },
    { header: translate('size.described'), width: 16, numFmt: INTEGER_FORMAT },
    ...(internal ? [{ header: l.note, width: 110 }] : []),
  ])
  const format = numberFormats(input.locale)
  for (const [i, line] of input.lines.entries()) {
    const r = input.estimate.lines[i]!
    const flight =
      line.startDate && line.endDate ? `${format.date(line.startDate)} – ${format.date(line.endDate)}` : l.flightUnset
    const rate = r.pricing === 'cpm' ? r.cpm : r.cpc
    const rates = internal ? [l.pricings[r.pricing], rate] : []
    sheet.add([
      l.channels[line.channel],
      line.audienceName,
      flight,
      line.budget,
      ...rates,
      r.impressions,
      r.clicks,
      r.reach,
      r.frequency,
      Math.round(r.audienceSize.value),
      r.idealAudienceSize ? Math.round(r.idealAudienceSize.value) : null,
      ...(internal ? [input.sizeNotes?.[i] ?? null] : []),
    ])
  }
  const t = input.estimate.total
  const noRates = internal ? [null, null] : []
  sheet.add([l.total, null, null, t.budget, ...noRates, t.impressions, t.clicks, t.reach, t.frequency], { bold: true })
  sheet.commit()
}

function targetingSheet(workbook: Workbook, input: PlanExportInput, l: ExportLabels) {
  const sheet = addSheet(workbook, l.sheets.targeting, [
    { header: l.audience, width: 30 },
    { header: l.channel, width: 14 },
    { header: l.criterion, width: 34 },
    { header: l.status, width: 18 },
    { header: l.note, width: 110 },
  ])
  for (const audience of input.audiences)
    for (const [channel, result] of Object.entries(audience.compiled)) {
      const name = l.channels[channel as keyof ExportLabels['channels']]
      for (const item of result.fidelity.items)
        sheet.add([audience.name, name, item.criterion, l.statuses[item.status], item.message])
      for (const finding of result.policy)
        sheet.add([audience.name, name, `${l.policy}: ${finding.code}`, finding.severity, finding.message])
    }
  sheet.commit()
}

function assumptionsSheet(workbook: Workbook, input: PlanExportInput, l: ExportLabels) {
  const sheet = addSheet(workbook, l.sheets.assumptions, [
    { header: l.factor, width: 34 },
    { header: l.value, width: 40 },
    { header: l.source, width: 110 },
  ])
  for (const a of input.estimate.assumptions) {
    const numFmt = typeof a.value !== 'number' ? undefined : a.value < 1 ? PERCENT_FORMAT : '#,##0.####'
    sheet.add([a.factor, a.value, a.source], { formats: [undefined, numFmt] })
  }
  sheet.commit()
}

// A client reads the client page's plain sentences: no factor codes, rates or their source notes.
function methodSheet(workbook: Workbook, input: PlanExportInput, l: ExportLabels) {
  const sheet = addSheet(workbook, l.sheets.assumptions, [{ header: l.pdf.method, width: 120 }])
  for (const item of clientMethodItems(input)) sheet.add([item])
  sheet.add([l.pdf.disclaimer])
  sheet.commit()
}

async function writeWorkbook(out: Writable, input: PlanExportInput, readership: Readership): Promise<void> {
  // Loaded on the first export, not when the server starts (exceljs takes about half a second).
  const { default: excel } = await import('exceljs')
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  const labels = EXPORT_LABELS[input.locale]
  const internal = readership === 'internal'
  summarySheet(workbook, input, labels)
  linesSheet(workbook, input, labels, internal)
  weekSheet(workbook, input)
  // Fidelity notes and policy findings are targeting internals, as on the client pages.
  if (internal) targetingSheet(workbook, input, labels)
  if (internal) assumptionsSheet(workbook, input, labels)
  else methodSheet(workbook, input, labels)
  await workbook.commit()
  await endStream(out)
}

/**
 * The media plan workbook in the plan's language. For the client: summary, lines without rates, weeks, how we
 * estimated; internally: summary, lines with pricing and rate, weeks, targeting, every assumption with its source.
 */
export function xlsxExport(input: PlanExportInput, readership: Readership): ExportFile {
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  return exportFile(readershipStem(input.planName, readership), 'xlsx', type, (out) =>
    writeWorkbook(out, input, readership),
  )
}
