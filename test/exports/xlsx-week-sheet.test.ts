import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { buildPlanExportInput } from '../../server/exports/export-input-build.js'
import type { PlanExportInput } from '../../server/exports/export-input.js'
import { columnName } from '../../server/exports/xlsx-week-sheet.js'
import { xlsxExport } from '../../server/exports/xlsx-export.js'
import { exportToBuffer } from './support/export-buffer.js'
import { evaluateCell } from './support/formula-eval.js'
import { villaPlanSource } from './support/villa-plan.js'

// Facebook 2–15 March 2026 (14 days, 1,400 € → 100 €/day), Instagram 10 March–5 April (27 days, 2,700 € → 100 €/day),
// LinkedIn 1–31 March (31 days, 3,100 €), Google without dates (500 €). Weeks 10–14 of 2026; March and April.
function source() {
  const base = villaPlanSource('fi')
  const name = base.audiences[0]!.name
  const line = (channel: 'facebook' | 'instagram' | 'linkedin' | 'google', budget: number, dates: object) => ({
    audienceName: name,
    channel,
    budget,
    ...dates,
  })
  return {
    ...base,
    lines: [
      line('facebook', 1400, { startDate: '2026-03-02', endDate: '2026-03-15' }),
      line('instagram', 2700, { startDate: '2026-03-10', endDate: '2026-04-05' }),
      line('linkedin', 3100, { startDate: '2026-03-01', endDate: '2026-03-31' }),
      { ...line('google', 500, {}), pricing: 'cpc' as const },
    ],
  }
}

describe('the XLSX week sheet', () => {
  let input: PlanExportInput
  let sheet: ExcelJS.Worksheet
  beforeAll(async () => {
    input = buildPlanExportInput(source(), DEFAULT_TAXONOMY)
    const { buffer } = await exportToBuffer(xlsxExport(input, 'internal'))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
    sheet = workbook.getWorksheet('Viikot')!
  })
  // LinkedIn starts Sunday 1 March, in week 9: weeks 9–14, then unscheduled, total, March, April, total.
  const header = () => (sheet.getRow(1).values as unknown[]).slice(1)
  const column = (title: string) => columnName(header().indexOf(title) + 1)
  const formulaOf = (address: string) => (sheet.getCell(address).value as { formula: string }).formula

  it('sits after the lines sheet with Finnish headers: weeks 9–14/2026, no dates, total, March and April', () => {
    expect(header()).toEqual([
      'Mediarivi',
      'Alusta',
      'Alkaa',
      'Päättyy',
      'Päiviä',
      'Budjetti',
      'Päiväbudjetti',
      'vk 9/2026',
      'vk 10/2026',
      'vk 11/2026',
      'vk 12/2026',
      'vk 13/2026',
      'vk 14/2026',
      'Ei päivämääriä',
      'Yhteensä',
      'maaliskuu 2026',
      'huhtikuu 2026',
      'Yhteensä',
    ])
  })

  it('keeps budgets as values and everything else as formulas: daily = budget / days, a week = daily × its days', () => {
    expect(sheet.getCell('F2').value).toBe(1400)
    expect(formulaOf('G2')).toBe('F2/E2')
    expect(formulaOf(`${column('vk 10/2026')}2`)).toBe('G2*7')
    // Instagram has 6 days in week 11 (10–15 March).
    expect(formulaOf(`${column('vk 11/2026')}3`)).toBe('G3*6')
    expect(formulaOf('O2')).toBe('SUM(H2:N2)')
    expect(formulaOf('F6')).toBe('SUM(F2:F5)')
  })

  it('adds up when evaluated from its own formulas: each row to its budget, the weeks and the months to the plan’s 7,700 €', () => {
    for (let r = 2; r <= 5; r++) {
      expect(evaluateCell(sheet, `O${r}`)).toBeCloseTo(input.lines[r - 2]!.budget, 9)
      expect(evaluateCell(sheet, `R${r}`)).toBeCloseTo(input.lines[r - 2]!.budget, 9)
    }
    const total = input.estimate.total.budget
    expect(total).toBe(7700)
    expect(evaluateCell(sheet, 'F6')).toBe(total)
    expect(evaluateCell(sheet, 'O6')).toBeCloseTo(total, 9)
    expect(evaluateCell(sheet, 'R6')).toBeCloseTo(total, 9)
    // Week 10 (2–8 March): Facebook 700 + LinkedIn 700; week 11: Facebook 700 + Instagram 600 + LinkedIn 700.
    expect(evaluateCell(sheet, `${column('vk 10/2026')}6`)).toBeCloseTo(1400, 9)
    expect(evaluateCell(sheet, `${column('vk 11/2026')}6`)).toBeCloseTo(2000, 9)
    // March: Facebook 1,400 + Instagram 22 × 100 + LinkedIn 3,100; April: Instagram 5 × 100.
    expect(evaluateCell(sheet, 'P6')).toBeCloseTo(6700, 9)
    expect(evaluateCell(sheet, 'Q6')).toBeCloseTo(500, 9)
    expect(evaluateCell(sheet, 'N6')).toBe(500)
  })

  it('caches each formula’s result, equal to the evaluation', () => {
    for (const address of ['G2', 'O2', 'F6', 'O6', 'R6', 'P6', 'F7'])
      expect((sheet.getCell(address).value as { result: number }).result).toBeCloseTo(evaluateCell(sheet, address), 9)
  })

  it('sums each platform with SUMIF: Meta 4,100 €, LinkedIn 3,100 €, Google 500 €', () => {
    const byPlatform = Object.fromEntries(
      [7, 8, 9].map((r) => [sheet.getCell(`A${r}`).value, evaluateCell(sheet, `F${r}`)]),
    )
    expect(byPlatform).toEqual({ Meta: 4100, LinkedIn: 3100, Google: 500 })
    expect(formulaOf('F7')).toBe('SUMIF($B$2:$B$5,"Meta",F2:F5)')
  })
})
