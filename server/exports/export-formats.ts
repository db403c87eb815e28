import { z } from 'zod'
import { channelSpecsJsonExport, planBundleJsonExport } from './json-export.js'
import type { ExportFile } from './export-file.js'
import type { AudienceExportInput, PlanExportInput } from './export-input.js'
import { audienceGoogleAdsEditorExport, planGoogleAdsEditorExport } from './google-ads-editor-export.js'
import { linesCsvExport } from './lines-csv-export.js'
import { pdfExport, type PdfBrand } from './pdf-export.js'
import { xlsxExport } from './xlsx-export.js'
import type { Readership } from './export-readership.js'

export const PlanExportFormatSchema = z.enum([
  'json',
  'csv',
  'xlsx',
  'google-ads-editor',
  'google-ads-editor-notes',
  'pdf',
])
export type PlanExportFormat = z.infer<typeof PlanExportFormatSchema>
export const AudienceExportFormatSchema = z.enum(['json', 'google-ads-editor', 'google-ads-editor-notes'])
export type AudienceExportFormat = z.infer<typeof AudienceExportFormatSchema>

type PlanFormat = {
  readers: readonly Readership[]
  build: (input: PlanExportInput, reader: Readership, brand?: PdfBrand) => ExportFile
}
const INTERNAL = ['internal'] as const
// Each format's readers, its default first: the client deliverables (XLSX, PDF) default to the client's variant;
// the files for ad tools and other software carry rates and targeting notes, so they are the agency's only.
const PLAN_EXPORTS: Record<PlanExportFormat, PlanFormat> = {
  json: { readers: INTERNAL, build: planBundleJsonExport },
  csv: { readers: INTERNAL, build: linesCsvExport },
  xlsx: { readers: ['client', 'internal'], build: (input, reader) => xlsxExport(input, reader) },
  'google-ads-editor': { readers: INTERNAL, build: (input) => planGoogleAdsEditorExport(input).csv },
  'google-ads-editor-notes': { readers: INTERNAL, build: (input) => planGoogleAdsEditorExport(input).notes },
  pdf: {
    readers: ['client', 'internal'],
    build: (input, readership, brand) => pdfExport(input, { readership, brand }),
  },
}

/** Who a plan format can be made for; the first is its default. */
export const planExportReaders = (format: PlanExportFormat): readonly Readership[] => PLAN_EXPORTS[format].readers

const AUDIENCE_EXPORTS: Record<AudienceExportFormat, (input: AudienceExportInput) => ExportFile> = {
  json: channelSpecsJsonExport,
  'google-ads-editor': (input) => audienceGoogleAdsEditorExport(input).csv,
  'google-ads-editor-notes': (input) => audienceGoogleAdsEditorExport(input).notes,
}

/** GET /plans/:id/export?format=&audience=: the file; the route sets its headers and lets it write the response. */
export function planExport(
  format: PlanExportFormat,
  input: PlanExportInput,
  reader?: Readership,
  brand?: PdfBrand,
): ExportFile {
  const { readers, build } = PLAN_EXPORTS[format]
  const chosen = reader ?? readers[0]!
  if (!readers.includes(chosen)) throw new Error(`${format} is not made for the ${chosen}`)
  return build(input, chosen, brand)
}

/** GET /audiences/:id/export?format=. */
export const audienceExport = (format: AudienceExportFormat, input: AudienceExportInput): ExportFile =>
  AUDIENCE_EXPORTS[format](input)
