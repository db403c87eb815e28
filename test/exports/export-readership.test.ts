import { describe, expect, it } from 'vitest'
import type { Locale } from '../../audiences/index.js'
import { planExport, planExportReaders, PlanExportFormatSchema } from '../../server/exports/export-formats.js'
import type { PlanExportInput } from '../../server/exports/export-input.js'
import { pdfExport } from '../../server/exports/pdf-export.js'
import { xlsxExport } from '../../server/exports/xlsx-export.js'
import { exportToBuffer } from './support/export-buffer.js'
import { pdfTextLines } from './support/pdf-text.js'
import { villaPlanInput } from './support/villa-plan.js'
import { workbookText } from './support/workbook-text.js'

// What the client pages hide (product.md: a client never sees rate margins or internal notes): the rates a line was
// bought at, the rate card's source notes, criteria shares (targeting internals) and the factor codes themselves.
const INTERNAL_FACTOR = /^(rate\.|share\.|lines\.\d+\.(cpm|cpc|ctr|pricing)$)/
const RATE_WORDS: Record<Locale, RegExp> = {
  fi: /^(Hinta|Ostotapa)$/,
  sv: /^(Pris|Köpsätt)$/,
  en: /^(Rate|Bought by)$/,
}

function leaks(input: PlanExportInput, texts: readonly string[]): string[] {
  const internal = input.estimate.assumptions.filter((a) => INTERNAL_FACTOR.test(a.factor))
  // The villa plan has rate assumptions with sources (seed 003, WordStream …) and a criteria share: else the test is void.
  expect(internal.filter((a) => a.factor.startsWith('rate.')).length).toBeGreaterThanOrEqual(4)
  // Size notes (issue 13) name the criteria a channel could not target: the agency's plan page shows them, not the client's.
  const sizeNotes = (input.sizeNotes ?? []).filter((n): n is string => n !== null)
  expect(sizeNotes.length).toBeGreaterThan(0)
  const notes = [...new Set(internal.map((a) => a.source)), ...sizeNotes].filter((s) => s !== 'request')
  return texts.filter(
    (text) =>
      /\bCP[MC]\b|\brate\.|\bshare\.|\blines\.\d/.test(text) ||
      RATE_WORDS[input.locale].test(text.trim()) ||
      notes.some((note) => text.includes(note)),
  )
}

describe.each(['fi', 'sv', 'en'] as const)('plan exports for a client, in %s', (locale) => {
  const input = villaPlanInput(locale)

  it('when the client PDF is read, then it has no rate, no rate-card source note and no factor code, and the internal one has them (issue 16)', async () => {
    const text = async (readership: 'client' | 'internal') =>
      pdfTextLines((await exportToBuffer(pdfExport(input, { readership, compress: false }))).buffer)
    const [client, internal] = [await text('client'), await text('internal')]

    expect(leaks(input, client)).toEqual([])
    expect(leaks(input, internal).length).toBeGreaterThan(0)
    // The client still reads what was bought and what it buys: 10,000 € in total on four lines.
    // (The embedded font draws the no-break space with the space glyph: extracted, it reads as a space.)
    expect(client.join('\n')).toMatch(/10[\u00a0 ]?[,.]?000[,.]00|€10,000\.00/)
  })

  it('when the client XLSX is read, then no sheet carries a rate, pricing column, source note or targeting note (issue 16)', async () => {
    const client = await workbookText((await exportToBuffer(xlsxExport(input, 'client'))).buffer)
    const internal = await workbookText((await exportToBuffer(xlsxExport(input, 'internal'))).buffer)

    expect(leaks(input, client.cells)).toEqual([])
    expect(leaks(input, internal.cells).length).toBeGreaterThan(0)
    // Summary, lines, weeks (issue 17: budgets by week, no rates) and "how we estimated": the targeting sheet
    // (fidelity notes, policy findings) is the agency's.
    expect(client.sheets).toHaveLength(4)
    expect(internal.sheets).toHaveLength(5)
    const fidelityNotes = input.audiences.flatMap((a) =>
      Object.values(a.compiled).flatMap((c) => c.fidelity.items.map((i) => i.message)),
    )
    expect(fidelityNotes.length).toBeGreaterThan(0)
    expect(client.cells.filter((cell) => fidelityNotes.includes(cell))).toEqual([])
  })
})

describe('which exports have a client variant', () => {
  it('when a format is asked for without an audience, then XLSX and PDF are the client variants and every other format is internal only', () => {
    const readers = PlanExportFormatSchema.options.map((format) => [format, planExportReaders(format)])

    expect(Object.fromEntries(readers)).toEqual({
      json: ['internal'],
      csv: ['internal'],
      xlsx: ['client', 'internal'],
      'google-ads-editor': ['internal'],
      'google-ads-editor-notes': ['internal'],
      pdf: ['client', 'internal'],
    })
    const input = villaPlanInput('en')
    expect(planExport('pdf', input).fileName).toBe('Talotehdas – huvilat kevät 2026 estimate.pdf')
    expect(planExport('pdf', input, 'internal').fileName).toBe(
      'Talotehdas – huvilat kevät 2026 estimate (internal).pdf',
    )
    expect(() => planExport('csv', input, 'client')).toThrow(/csv is not made for the client/)
  })
})
