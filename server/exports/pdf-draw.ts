import { join } from 'node:path'
import type { PdfCalendar, PdfReachChart } from './pdf-visuals-view.js'

export type Doc = PDFKit.PDFDocument
export type PdfTable = { header: string[]; rows: string[][]; total: string[] | null }

export const MARGIN = 50
// Liberation Sans (views/fonts, metric-compatible with Arial): the standard PDF fonts speak only WinAnsi, which has
// no typographic minus (U+2212), so a negative number or a source's "−15 %" would print as a wrong glyph.
const FONTS_DIR = join(import.meta.dirname, '..', '..', 'views', 'fonts')
export const FONT = 'Body'
export const BOLD = 'Body-Bold'
export const ITALIC = 'Body-Italic'

export function registerFonts(doc: Doc): void {
  doc.registerFont(FONT, join(FONTS_DIR, 'LiberationSans-Regular.ttf'))
  doc.registerFont(BOLD, join(FONTS_DIR, 'LiberationSans-Bold.ttf'))
  doc.registerFont(ITALIC, join(FONTS_DIR, 'LiberationSans-Italic.ttf'))
}

const ACCENT = '#1d4f91'
const RANGE = '#222222'
const TOTAL = '#0b2545'
const GRID = '#d0d5dd'
const textWidth = (doc: Doc) => doc.page.width - 2 * MARGIN
const room = (doc: Doc, height: number) => {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage()
}

/** A table with column widths as shares of the text width; the first two columns left-aligned, the rest right. */
export function drawTable(doc: Doc, table: PdfTable, shares: readonly number[]): void {
  const widths = shares.map((s) => s * textWidth(doc))
  const drawRow = (cells: readonly string[], font: string) => {
    room(doc, 40)
    const y = doc.y
    let x = MARGIN
    let bottom = y
    doc.font(font).fontSize(9)
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: widths[i]! - 6, align: i === 0 || i === 1 ? 'left' : 'right' })
      bottom = Math.max(bottom, doc.y)
      x += widths[i]!
    })
    doc.x = MARGIN
    doc.y = bottom + 4
  }
  drawRow(table.header, BOLD)
  for (const row of table.rows) drawRow(row, FONT)
  if (table.total) drawRow(table.total, BOLD)
}

/** Horizontal bars: a label column, the bar (its range as a whisker), the value at the bar's end. */
export function drawReachChart(doc: Doc, chart: PdfReachChart): void {
  const labelWidth = 150
  const valueWidth = 70
  const barRoom = textWidth(doc) - labelWidth - valueWidth
  const scale = (v: number) => (chart.max > 0 ? (v / chart.max) * barRoom : 0)
  const rowHeight = 18
  room(doc, rowHeight * chart.bars.length + 30)
  const x0 = MARGIN + labelWidth
  const top = doc.y
  doc.lineWidth(0.5).strokeColor(GRID)
  doc
    .moveTo(x0, top - 2)
    .lineTo(x0, top + rowHeight * chart.bars.length)
    .stroke()
  chart.bars.forEach((bar, i) => {
    const y = top + i * rowHeight
    const total = bar.low === null
    doc
      .fillColor('black')
      .font(total ? BOLD : FONT)
      .fontSize(9)
    doc.text(bar.label, MARGIN, y + 3, { width: labelWidth - 8, lineBreak: false, ellipsis: true })
    doc.rect(x0, y + 3, Math.max(0.5, scale(bar.reach)), 10).fill(total ? TOTAL : ACCENT)
    if (bar.low !== null && bar.high !== null && bar.high > bar.low) {
      const mid = y + 8
      doc.lineWidth(1).strokeColor(RANGE)
      doc
        .moveTo(x0 + scale(bar.low), mid)
        .lineTo(x0 + scale(bar.high), mid)
        .stroke()
      for (const end of [bar.low, bar.high])
        doc
          .moveTo(x0 + scale(end), mid - 3)
          .lineTo(x0 + scale(end), mid + 3)
          .stroke()
    }
    const end = x0 + Math.max(scale(bar.reach), scale(bar.high ?? 0)) + 4
    doc.fillColor('black').text(bar.text, end, y + 3, { width: valueWidth, lineBreak: false })
  })
  doc.x = MARGIN
  doc.y = top + rowHeight * chart.bars.length + 6
  doc
    .font(FONT)
    .fontSize(8)
    .fillColor('#444444')
    .text(chart.note, MARGIN, doc.y, { width: textWidth(doc) })
  doc.fillColor('black')
}

/** The flight calendar as a grid: lines down, months across, a shaded cell with the month's budget when running. */
export function drawCalendar(doc: Doc, calendar: PdfCalendar): void {
  const labelWidth = 130
  const months = calendar.months.slice(0, 12) // a year fits the A4 width; longer plans keep their first year here
  const cellWidth = Math.min(70, (textWidth(doc) - labelWidth) / Math.max(1, months.length))
  const rowHeight = 18
  room(doc, rowHeight * (calendar.rows.length + 1) + 30)
  const top = doc.y
  doc.font(BOLD).fontSize(8).fillColor('black')
  months.forEach((m, j) =>
    doc.text(m, MARGIN + labelWidth + j * cellWidth, top, { width: cellWidth - 2, align: 'center', lineBreak: false }),
  )
  calendar.rows.forEach((row, i) => {
    const y = top + (i + 1) * rowHeight
    doc.font(FONT).fontSize(8).fillColor('black')
    doc.text(row.label, MARGIN, y + 4, { width: labelWidth - 6, lineBreak: false, ellipsis: true })
    row.cells.slice(0, months.length).forEach((cell, j) => {
      const x = MARGIN + labelWidth + j * cellWidth
      doc
        .lineWidth(0.5)
        .strokeColor(GRID)
        .rect(x, y, cellWidth - 2, rowHeight - 3)
      if (cell === '') doc.stroke()
      else {
        doc.fillAndStroke('#dbe6f4', GRID)
        doc.fillColor('black').text(cell, x, y + 4, { width: cellWidth - 2, align: 'center', lineBreak: false })
      }
    })
  })
  doc.x = MARGIN
  doc.y = top + (calendar.rows.length + 1) * rowHeight + 4
  doc
    .font(FONT)
    .fontSize(8)
    .fillColor('#444444')
    .text(calendar.note, MARGIN, doc.y, { width: textWidth(doc) })
  doc.fillColor('black')
}
