import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PlanExportInput } from '../../server/exports/export-input.js'
import { LINES_CSV_HEADER, linesCsvExport } from '../../server/exports/lines-csv-export.js'
import { exportToBuffer } from './support/export-buffer.js'
import { villaPlanInput } from './support/villa-plan.js'

describe('linesCsvExport', () => {
  let input: PlanExportInput
  let records: Record<string, string>[]
  beforeAll(async () => {
    input = villaPlanInput('fi')
    const { buffer } = await exportToBuffer(linesCsvExport(input))
    records = parse(buffer, { bom: true, columns: true }) as Record<string, string>[]
  })

  it('when the villa plan is exported, then it is text/csv with a .csv attachment name', () => {
    const file = linesCsvExport(input)

    expect(file.contentType).toBe('text/csv; charset=utf-8')
    expect(file.fileName).toBe('Talotehdas – huvilat kevät 2026 lines.csv')
  })

  it('when read back with csv-parse, then there is one record per line under the documented header', () => {
    expect(Object.keys(records[0]!)).toEqual([...LINES_CSV_HEADER])
    expect(records.map((r) => [r.channel, r.budget_eur, r.pricing])).toEqual([
      ['facebook', '3000', 'cpm'],
      ['instagram', '2000', 'cpm'],
      ['linkedin', '3000', 'cpm'],
      ['google', '2000', 'cpc'],
    ])
  })

  it('when read back, then impressions and clicks follow from the seed rates (CPM 10/10/30 €, CPC 1 €) and CTRs', () => {
    // 3000 € / 10 € × 1000; 2000 / 10 × 1000; 3000 / 30 × 1000; 2000 € / 1 € = 2000 clicks at 5 % CTR → 40 000.
    expect(records.map((r) => Number(r.impressions))).toEqual([300_000, 200_000, 100_000, 40_000])
    // 0.9 %, 0.8 %, 0.45 % of impressions; Google: one click per euro.
    expect(records.map((r) => Number(r.clicks))).toEqual([2700, 1600, 450, 2000])
  })

  it('when read back, then reach and its range are the estimate’s, rounded to whole people', () => {
    expect(records.map((r) => Number(r.reach))).toEqual(input.estimate.lines.map((l) => Math.round(l.reach)))
    expect(records.map((r) => Number(r.reach_low))).toEqual(input.reachRanges.map((r) => Math.round(r.low)))
    expect(
      records.every((r) => Number(r.reach_low) <= Number(r.reach) && Number(r.reach) <= Number(r.reach_high)),
    ).toBe(true)
  })

  it('when read back, then each line has the size its channel targets beside the size described', () => {
    expect(records.map((r) => Number(r.audience_size))).toEqual(
      input.estimate.lines.map((l) => Math.round(l.audienceSize.value)),
    )
    expect(records.map((r) => Number(r.audience_size_described))).toEqual(
      input.estimate.lines.map((l) => Math.round(l.idealAudienceSize!.value)),
    )
  })

  it('when read back, then the audience name keeps its Finnish letters (UTF-8)', () => {
    expect(records[0]!.audience).toBe('Arvokkaan huvilan ostajat')
    expect(records[0]!.start_date).toBe('2026-03-01')
  })
})
