import type { PlanExportInput } from './export-input.js'
import { EXPORT_LABELS, type ExportLabels } from './export-labels.js'
import { numberFormats } from './export-number-format.js'
import { clientMethodItems, type Readership } from './export-readership.js'
import { toPdfCalendar, toPdfReachChart, type PdfCalendar, type PdfReachChart } from './pdf-visuals-view.js'
import { assumptionSource, assumptionValue } from '../presenters/assumption-text.js'
import { translatorOf } from '../i18n/translate.js'

import type { PdfTable } from './pdf-draw.js'
export type PdfEstimateView = {
  // The agency that prepared the estimate, for the header ("Prepared by: …"); null without one.
  preparedBy: string | null
  title: string
  client: string
  plan: string
  bought: { heading: string; table: PdfTable; areas: string[] }
  results: { heading: string; table: PdfTable; notes: string[] }
  reachChart: PdfReachChart | null
  calendar: PdfCalendar | null
  method: { heading: string; intro: string; items: string[]; disclaimer: string }
}

type FactorKey = keyof ExportLabels['pdf']['factors']
const isFactorKey = (key: string, l: ExportLabels): key is FactorKey => key in l.pdf.factors

// What an assumption is about, in words: a click-through rate is not a price, and a line's own value names its line.
function factorLabel(factor: string, l: ExportLabels): string | null {
  const parts = factor.split('.')
  const key = parts[0]!
  if (!isFactorKey(key, l)) return null
  const what = parts.at(-1) === 'ctr' || parts.includes('ctr') ? l.pdf.factors.ctr : null
  if (key === 'lines') return `${l.pdf.factors.lines} (${l.pdf.line(Number(parts[1]) + 1)})${what ? `: ${what}` : ''}`
  if (key === 'rate' && what) return what
  return l.pdf.factors[key]
}

/**
 * The estimate as text in the reader's language, never with targeting internals (criteria shares). For the client:
 * no rate column and the client page's plain method sentences; internally: each rate and every assumption's source.
 */
export function toPdfEstimateView(
  input: PlanExportInput,
  readership: Readership,
  agencyName: string | null = null,
): PdfEstimateView {
  const internal = readership === 'internal'
  const tr = translatorOf(input.locale)
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
  // Sources and a fee's value from their codes (assumption-text.ts): no English from audiences/ in a fi/sv file.
  const value = (a: (typeof estimate.assumptions)[number]) =>
    typeof a.value === 'number' && !a.code?.startsWith('fee.')
      ? f.decimal(a.value, a.value < 1 ? 4 : a.value < 100 ? 2 : 0)
      : assumptionValue(tr, input.locale, a)
  const internalItems = () =>
    estimate.assumptions.flatMap((a) => {
      const label = factorLabel(a.factor, l)
      if (label === null) return []
      const source = assumptionSource(tr, input.locale, a)
      // A rule stated in words (the reach model's formula, a population table's layout) is kohde's English: left out.
      const stated = typeof a.value === 'number' || a.code?.startsWith('fee.')
      return [stated ? `${label}: ${value(a)} — ${source}` : `${label} — ${source}`]
    })
  const items = internal ? internalItems() : clientMethodItems(input)
  return {
    preparedBy: agencyName ? `${l.pdf.preparedBy}: ${agencyName}` : null,
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
    reachChart: toPdfReachChart(input, l, f),
    calendar: toPdfCalendar(input, l, f),
    method: { heading: l.pdf.method, intro: l.pdf.methodIntro, items, disclaimer: l.pdf.disclaimer },
  }
}
