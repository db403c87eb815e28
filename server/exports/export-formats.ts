import { z } from 'zod'
import { channelSpecsJsonExport, planBundleJsonExport } from './json-export.js'
import type { ExportFile } from './export-file.js'
import type { AudienceExportInput, PlanExportInput } from './export-input.js'
import { audienceGoogleAdsEditorExport, planGoogleAdsEditorExport } from './google-ads-editor-export.js'
import { linesCsvExport } from './lines-csv-export.js'
import { pdfExport } from './pdf-export.js'
import { xlsxExport } from './xlsx-export.js'

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

const PLAN_EXPORTS: Record<PlanExportFormat, (input: PlanExportInput) => ExportFile> = {
  json: planBundleJsonExport,
  csv: linesCsvExport,
  xlsx: xlsxExport,
  'google-ads-editor': (input) => planGoogleAdsEditorExport(input).csv,
  'google-ads-editor-notes': (input) => planGoogleAdsEditorExport(input).notes,
  pdf: (input) => pdfExport(input),
}

const AUDIENCE_EXPORTS: Record<AudienceExportFormat, (input: AudienceExportInput) => ExportFile> = {
  json: channelSpecsJsonExport,
  'google-ads-editor': (input) => audienceGoogleAdsEditorExport(input).csv,
  'google-ads-editor-notes': (input) => audienceGoogleAdsEditorExport(input).notes,
}

/** GET /plans/:id/export?format=: the file for a format; the route sets its headers and lets it write the response. */
export const planExport = (format: PlanExportFormat, input: PlanExportInput): ExportFile => PLAN_EXPORTS[format](input)

/** GET /audiences/:id/export?format=. */
export const audienceExport = (format: AudienceExportFormat, input: AudienceExportInput): ExportFile =>
  AUDIENCE_EXPORTS[format](input)
