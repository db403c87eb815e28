import type { PlanExportInput } from './export-input.js'
import { EXPORT_LABELS, type ExportLabels } from './export-labels.js'
import { numberFormats } from './export-number-format.js'
import { clientMethodItems, type Readership } from './export-readership.js'

export type PdfTable = { header: string[]; rows: string[][]; total: string[] | null }
export type PdfEstimateView = {
  title: string
  client: string
  plan: string
  bought: { heading: string; table: PdfTable; areas: string[] }
  results: { heading: string; table: PdfTable; notes: string[] }
  method: { heading: string; intro: string; items: string[]; disclaimer: string }
}

type FactorKey = keyof ExportLabels['pdf']['factors']
const isFactorKey = (key: string, l: ExportLabels): key is FactorKey => key in l.pdf.factors

/**
 * The estimate as text in the plan's language, never with targeting internals (criteria shares). For the client:
 * no rate column and the client page's plain method sentences; internally: each rate and every assumption's source.
 */
export function toPdfEstimateView(input: PlanExportInput, readership: Readership): PdfEstimateView {
  const internal = readership === 'internal'
  const l = EXPORT_LABELS[input.locale]
  const f = numberFormats(input.locale)
  const { estimate } = input
  const flight = (start?: string, end?: string) => (start && end ? `${f.date(start)} – ${f.date(end)}` : l.flightUnset)
  const bought = input.lines.map((line, i) => {
    const r = estimate.lines[i]!
    const rate = `${r.pricing.toUpperCase()} ${f.money(r.pricing === 'cpm' ? r.cpm : r.cpc)}`
    const row = [
      l.channels[line.channel],
      line.audienceName,
      flight(line.startDate, line.endDate),
      f.money(line.budget),
    ]
    return internal ? [...row, rate] : row
  })
  const results = input.lines.map((line, i) => {
    const r = estimate.lines[i]!
    const range = input.reachRanges[i]!
    return [
      l.channels[line.channel],
      f.integer(r.impressions),
      f.integer(r.reach),
      l.pdf.reachBetween(f.integer(range.low), f.integer(range.high)),
      f.decimal(r.frequency),
      f.integer(r.clicks),
    ]
  })
  const t = estimate.total
  const value = (v: number | string) => (typeof v === 'number' ? f.decimal(v, v < 1 ? 4 : v < 100 ? 2 : 0) : v)
  const internalItems = () =>
    estimate.assumptions.flatMap((a) => {
      const key = a.factor.split('.')[0]!
      if (!isFactorKey(key, l)) return []
      return [`${l.pdf.factors[key]} (${a.factor}): ${value(a.value)} — ${a.source}`]
    })
  const items = internal ? internalItems() : clientMethodItems(input)
  return {
    title: l.pdf.title,
    client: `${l.pdf.preparedFor}: ${input.clientName}`,
    plan: `${l.plan}: ${input.planName}`,
    bought: {
      heading: l.pdf.bought,
      table: {
        header: [l.channel, l.audience, l.flight, l.budget, ...(internal ? [l.rate] : [])],
        rows: bought,
        total: [l.total, '', '', f.money(t.budget), ...(internal ? [''] : [])],
      },
      areas: input.audiences.map((a) => `${l.area} (${a.name}): ${a.places.join(', ')}`),
    },
    results: {
      heading: l.pdf.results,
      table: {
        header: [l.channel, l.impressions, l.reach, l.reachRange, l.frequency, l.clicks],
        rows: results,
        total: [l.total, f.integer(t.impressions), f.integer(t.reach), '', f.decimal(t.frequency), f.integer(t.clicks)],
      },
      // Size notes name the criteria a channel could not target: the agency's, as on the plan page (not the client's).
      notes: internal ? (input.sizeNotes ?? []).filter((n): n is string => n !== null) : [],
    },
    method: { heading: l.pdf.method, intro: l.pdf.methodIntro, items, disclaimer: l.pdf.disclaimer },
  }
}
