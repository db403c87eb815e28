import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PlanExportInput } from '../../server/exports/export-input.js'
import { xlsxExport } from '../../server/exports/xlsx-export.js'
import { exportToBuffer } from './support/export-buffer.js'
import { villaPlanInput } from './support/villa-plan.js'

const EURO = '#,##0.00 "€"'

async function readWorkbook(input: PlanExportInput) {
  const { buffer } = await exportToBuffer(xlsxExport(input, 'internal'))
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  return workbook
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1)

describe('xlsxExport for the agency (internal)', () => {
  let input: PlanExportInput
  let workbook: ExcelJS.Workbook
  beforeAll(async () => {
    input = villaPlanInput('fi')
    workbook = await readWorkbook(input)
  })

  it('when the villa plan is exported, then it is an .xlsx attachment with the spreadsheetml type', () => {
    const file = xlsxExport(input, 'internal')

    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(file.fileName).toBe('Talotehdas – huvilat kevät 2026 (internal).xlsx')
  })

  it('when read back with exceljs, then the five sheets carry Finnish names (the weeks, as the lines have dates)', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Yhteenveto',
      'Mediarivit',
      'Viikot',
      'Kohdennus',
      'Oletukset',
    ])
  })

  it('when read back, then every sheet freezes its header row and sets column widths', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(sheet.getColumn(1).width).toBeGreaterThan(10)
      expect(sheet.getRow(1).font?.bold).toBe(true)
    }
    expect(workbook.getWorksheet('Mediarivit')!.getColumn(2).width).toBe(32)
  })

  it('when read back, then the lines sheet has the Finnish headers and one row per plan line', () => {
    const sheet = workbook.getWorksheet('Mediarivit')!

    expect(rowValues(sheet, 1)).toEqual([
      'Kanava',
      'Kohderyhmä',
      'Ajanjakso',
      'Budjetti',
      'Ostotapa',
      'Hinta',
      'Näytöt',
      'Klikkaukset',
      'Tavoittavuus (henkilöä)',
      'Frekvenssi',
      'Kohdennettu koko',
      'Kuvattu koko',
      'Huomio',
    ])
    expect([2, 3, 4, 5].map((r) => sheet.getCell(r, 1).value)).toEqual([
      'Facebook',
      'Instagram',
      'LinkedIn',
      'Google Ads',
    ])
    expect(sheet.getCell(2, 3).value).toBe('1.3.2026 – 30.3.2026')
  })

  it('when read back, then budgets, rates, impressions, clicks, reach and frequency equal the estimate', () => {
    const sheet = workbook.getWorksheet('Mediarivit')!

    input.estimate.lines.forEach((line, i) => {
      const row = i + 2
      expect(sheet.getCell(row, 4).value).toBe(line.budget)
      expect(sheet.getCell(row, 6).value).toBe(line.pricing === 'cpm' ? line.cpm : line.cpc)
      expect(sheet.getCell(row, 7).value).toBe(line.impressions)
      expect(sheet.getCell(row, 8).value).toBe(line.clicks)
      expect(sheet.getCell(row, 9).value).toBe(line.reach)
      expect(sheet.getCell(row, 10).value).toBe(line.frequency)
    })
    // Seed 003 rates by hand: 3000 € at CPM 10 € → 300 000; Google 2000 € at CPC 1 € → 2000 clicks.
    expect(sheet.getCell(2, 7).value).toBe(300_000)
    expect(sheet.getCell(5, 8).value).toBe(2000)
  })

  // Issue 13: each line's targeted audience beside the described one, and the note saying why they differ.
  it('when read back, then each line shows the size its channel targets, the size described and why, in Finnish', () => {
    const sheet = workbook.getWorksheet('Mediarivit')!

    input.estimate.lines.forEach((line, i) => {
      expect(sheet.getCell(i + 2, 11).value).toBe(Math.round(line.audienceSize.value))
      expect(sheet.getCell(i + 2, 12).value).toBe(Math.round(line.idealAudienceSize!.value))
      expect(sheet.getCell(i + 2, 13).value).toBe(input.sizeNotes![i])
    })
    // The villa template's titles have no LinkedIn id: LinkedIn targets more than described and says so.
    expect(sheet.getCell(4, 11).value as number).toBeGreaterThan(sheet.getCell(4, 12).value as number)
    expect(sheet.getCell(4, 13).value).toMatch(
      /^LinkedIn kohdentaa noin .* henkilöön, ei kuvattuun noin .*Syy: .*Ryhmä 1/,
    )
  })

  it('when read back, then money cells use the euro format and counts the integer format', () => {
    const sheet = workbook.getWorksheet('Mediarivit')!

    expect(sheet.getCell(2, 4).numFmt).toBe(EURO)
    expect(sheet.getCell(2, 6).numFmt).toBe(EURO)
    expect(sheet.getCell(2, 7).numFmt).toBe('#,##0')
    expect(sheet.getCell(2, 9).numFmt).toBe('#,##0')
    expect(sheet.getCell(2, 10).numFmt).toBe('#,##0.0')
  })

  it('when read back, then the total row sums the budgets to 10 000 € with the unduplicated reach', () => {
    const sheet = workbook.getWorksheet('Mediarivit')!

    expect(rowValues(sheet, 6).slice(0, 4)).toEqual(['Yhteensä', undefined, undefined, 10_000])
    expect(sheet.getCell(6, 9).value).toBe(input.estimate.total.reach)
    expect(sheet.getRow(6).font?.bold).toBe(true)
  })

  it('when read back, then the summary names the plan and client and totals the budget in euros', () => {
    const sheet = workbook.getWorksheet('Yhteenveto')!

    expect(rowValues(sheet, 2)).toEqual(['Suunnitelma', 'Talotehdas – huvilat kevät 2026'])
    expect(rowValues(sheet, 3)).toEqual(['Asiakas', 'Talotehdas Oy'])
    expect(rowValues(sheet, 6)).toEqual(['Budjetti', 10_000])
    expect(sheet.getCell(6, 2).numFmt).toBe(EURO)
    expect(rowValues(sheet, 13)).toEqual(['Alue: Arvokkaan huvilan ostajat', 'Suomi'])
  })

  it('when read back, then targeting lists every fidelity item per channel in readable form', () => {
    const sheet = workbook.getWorksheet('Kohdennus')!
    const rows = sheet.getSheetValues().slice(2) as unknown[][]
    const items = input.audiences[0]!.compiled
    const itemCount = Object.values(items).reduce((n, c) => n + c.fidelity.items.length + c.policy.length, 0)

    expect(rows).toHaveLength(itemCount)
    expect(rows).toContainEqual([
      undefined,
      'Arvokkaan huvilan ostajat',
      'Google Ads',
      'income.top-20',
      'ei tuettu',
      expect.stringContaining('Google offers household income targeting in a few countries only'),
    ])
  })

  it('when read back, then assumptions keep each factor, value and source', () => {
    const sheet = workbook.getWorksheet('Oletukset')!

    expect(rowValues(sheet, 1)).toEqual(['Tekijä', 'Arvo', 'Lähde'])
    expect(sheet.rowCount - 1).toBe(input.estimate.assumptions.length)
    const cpm = input.estimate.assumptions.findIndex((a) => a.factor === 'rate.linkedin.cpm')
    expect(rowValues(sheet, cpm + 2)).toEqual(['rate.linkedin.cpm', 30, expect.stringContaining('Asiakassegmentti')])
  })

  it('when the plan locale is Swedish, then sheet names and headers are Swedish', async () => {
    const swedish = await readWorkbook(villaPlanInput('sv'))

    expect(swedish.worksheets.map((s) => s.name)).toEqual([
      'Sammanfattning',
      'Medierader',
      'Veckor',
      'Inriktning',
      'Antaganden',
    ])
    expect(swedish.getWorksheet('Medierader')!.getCell(1, 7).value).toBe('Visningar')
  })
})
