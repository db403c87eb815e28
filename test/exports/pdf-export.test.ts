import { beforeAll, describe, expect, it } from 'vitest'
import type { PlanExportInput } from '../../server/exports/export-input.js'
import { numberFormats } from '../../server/exports/export-number-format.js'
import { pdfExport } from '../../server/exports/pdf-export.js'
import { exportToBuffer } from './support/export-buffer.js'
import { pdfTextLines } from './support/pdf-text.js'
import { villaPlanInput } from './support/villa-plan.js'

// The embedded font draws the no-break space with the space glyph, so the extracted text reads a plain space.
const NBSP = ' '

async function pdfText(input: PlanExportInput): Promise<string[]> {
  const { buffer } = await exportToBuffer(pdfExport(input, { readership: 'internal', compress: false }))
  expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  return pdfTextLines(buffer)
}

describe('pdfExport for the agency (internal)', () => {
  let input: PlanExportInput
  let lines: string[]
  beforeAll(async () => {
    input = villaPlanInput('fi')
    lines = await pdfText(input)
  })

  it('when the villa plan is exported, then it is application/pdf with a .pdf attachment name', () => {
    const file = pdfExport(input, { readership: 'internal' })

    expect(file.contentType).toBe('application/pdf')
    expect(file.fileName).toBe('Talotehdas – huvilat kevät 2026 estimate (internal).pdf')
  })

  it('when the file is read, then every page is A4 (595.28 × 841.89 pt)', async () => {
    const { buffer } = await exportToBuffer(pdfExport(input, { readership: 'internal', compress: false }))
    const boxes = [...buffer.toString('latin1').matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => m[1]!.trim())

    expect(boxes.length).toBeGreaterThan(0)
    expect(new Set(boxes)).toEqual(new Set(['0 0 595.28 841.89']))
  })

  it('when the text is extracted, then the estimate is in Finnish for the client', () => {
    expect(lines).toContain('Mediasuunnitelman kustannus- ja tavoittavuusarvio')
    expect(lines).toContain('Asiakas: Talotehdas Oy')
    expect(lines).toContain('Mitä ostamme')
    expect(lines).toContain('Odotetut tulokset')
    expect(lines).toContain('Näin arvioimme')
    expect(lines).toContain('Alue (Arvokkaan huvilan ostajat): Suomi')
  })

  it('when the text is extracted, then euros are formatted the Finnish way: 3 000,00 € and a 10 000,00 € total', () => {
    expect(lines).toContain(`3${NBSP}000,00${NBSP}€`)
    expect(lines).toContain(`10${NBSP}000,00${NBSP}€`)
    expect(lines).toContain(`CPC 1,00${NBSP}€`)
  })

  it('when the text is extracted, then impressions, clicks, reach with its range and frequency are shown', () => {
    // Facebook: 3000 € at CPM 10 € → 300 000 impressions; 0.9 % CTR → 2 700 clicks.
    expect(lines).toContain(`300${NBSP}000`)
    expect(lines).toContain(`2${NBSP}700`)
    const fb = input.estimate.lines[0]!
    const range = input.reachRanges[0]!
    const int = (v: number) =>
      new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 0 }).format(Math.round(v)).replaceAll('\u00a0', NBSP)
    expect(lines).toContain(int(fb.reach))
    expect(lines).toContain(`${int(range.low)}–${int(range.high)}`)
    expect(lines).toContain(fb.frequency.toFixed(1).replace('.', ','))
  })

  it('when the text is extracted, then the method lists rates and sources but no targeting internals', () => {
    const text = lines.join('\n')

    // LinkedIn CPM 30 € and CTR 0.45 % from the built-in card (rate-card.ts); a CTR is not labelled a price.
    expect(text).toContain('Hinta: 30,00 — kohteen oletushinnasto')
    expect(text).toContain('Klikkausprosentti: 0,0045 — kohteen oletushinnasto')
    expect(text).not.toMatch(/Hinta: 0,00/)
    expect(text).not.toContain('(rate.')
    expect(text).not.toContain('share.')
    expect(text).not.toContain('title.ceo')
  })

  it('when the plan locale is Swedish or English, then the headings and money follow that language', async () => {
    const swedish = await pdfText(villaPlanInput('sv'))
    const english = await pdfText(villaPlanInput('en'))

    expect(swedish).toContain('Vad vi köper')
    expect(swedish).toContain(`10${NBSP}000,00${NBSP}€`)
    expect(english).toContain('What we buy')
    expect(english).toContain('€10,000.00')
  })
})

describe('the PDF’s minus signs (issue 18)', () => {
  it('when a negative number is formatted, then it takes the typographic minus U+2212 in every language, and −0 is 0', () => {
    const [fi, sv, en] = [numberFormats('fi'), numberFormats('sv'), numberFormats('en')]

    expect(fi.money(-3.5)).toBe(`\u22123,50\u00a0€`)
    expect(sv.integer(-1234)).toBe(`\u22121\u00a0234`)
    // en-IE formats a hyphen-minus ("-€3.50"); the PDF's text takes U+2212 there too.
    expect(en.money(-3.5)).toBe('\u2212€3.50')
    // −0.04 rounds to 0 at one decimal: no sign on a zero.
    expect(fi.decimal(-0.04)).toBe('0,0')
    expect(en.integer(-0.4)).toBe('0')
  })

  it('when the text has a U+2212 minus, then the PDF draws it (the standard fonts’ WinAnsi has no such glyph)', async () => {
    const input = { ...villaPlanInput('fi'), planName: 'Kevätkampanja \u221220 %' }

    const lines = await pdfText(input)

    expect(lines).toContain('Suunnitelma: Kevätkampanja \u221220 %')
  })
})
