import { describe, expect, it } from 'vitest'
import type { ExportFile } from '../../server/exports/export-file.js'
import type { PlanExportInput } from '../../server/exports/export-input.js'
import { planExport, type PlanExportFormat } from '../../server/exports/export-formats.js'
import { pdfExport } from '../../server/exports/pdf-export.js'
import { exportToSlowSink } from './support/slow-sink.js'
import { villaPlanInput } from './support/villa-plan.js'

// 250 copies of the villa plan's four lines: a 1,000-line plan.
function largePlan(): PlanExportInput {
  const villa = villaPlanInput('fi')
  const times = <T>(items: readonly T[]) => Array.from({ length: 250 }, () => items).flat()
  return {
    ...villa,
    lines: times(villa.lines),
    estimate: { ...villa.estimate, lines: times(villa.estimate.lines) },
    reachRanges: times(villa.reachRanges),
  }
}

describe('plan exports of a large plan', () => {
  const input = largePlan()
  const files: Record<Exclude<PlanExportFormat, 'google-ads-editor-notes'>, ExportFile> = {
    json: planExport('json', input),
    csv: planExport('csv', input),
    xlsx: planExport('xlsx', input, 'internal'),
    'google-ads-editor': planExport('google-ads-editor', input),
    pdf: pdfExport(input, { readership: 'client', compress: false }),
  }

  it.each(Object.entries(files))(
    'when %s is written to a slow sink, then the first chunk arrives before the writer is done and chunks stay bounded',
    async (_format, file) => {
      const report = await exportToSlowSink(file)

      expect(report.firstChunkWhileWriting).toBe(true)
      expect(report.chunks).toBeGreaterThan(10)
      // A writer that built the file first would hand it over in one piece; these buffer at most 64 KiB at a time.
      expect(report.largestChunk).toBeLessThanOrEqual(64 * 1024)
      expect(report.total).toBeGreaterThan(3 * report.largestChunk)
    },
  )
})
