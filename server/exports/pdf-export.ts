import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { exportFile, type ExportFile } from './export-file.js'
import type { PlanExportInput } from './export-input.js'
import { toPdfEstimateView, type PdfTable } from './pdf-estimate-view.js'
import { readershipStem, type Readership } from './export-readership.js'

type Doc = PDFKit.PDFDocument
const MARGIN = 50
const FONT = 'Helvetica'
const BOLD = 'Helvetica-Bold'

// Column widths as shares of the text width; the first column is left-aligned, the rest right-aligned.
function drawTable(doc: Doc, table: PdfTable, shares: readonly number[]) {
  const width = doc.page.width - 2 * MARGIN
  const widths = shares.map((s) => s * width)
  const drawRow = (cells: readonly string[], font: string) => {
    if (doc.y > doc.page.height - MARGIN - 40) doc.addPage()
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

function heading(doc: Doc, text: string) {
  doc.moveDown(0.8).font(BOLD).fontSize(13).text(text, MARGIN, doc.y).moveDown(0.3)
}

type PdfOptions = { readership: Readership; compress?: boolean }

async function writePdf(out: Writable, input: PlanExportInput, options: PdfOptions): Promise<void> {
  const view = toPdfEstimateView(input, options.readership)
  const internal = options.readership === 'internal'
  // Loaded on the first export, not when the server starts (pdfkit takes about half a second).
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: view.title },
  })
  doc.pipe(out)
  doc.font(BOLD).fontSize(18).text(view.title)
  doc.moveDown(0.5).font(FONT).fontSize(11).text(view.client).text(view.plan)
  heading(doc, view.bought.heading)
  drawTable(doc, view.bought.table, internal ? [0.16, 0.3, 0.22, 0.14, 0.18] : [0.18, 0.38, 0.26, 0.18])
  doc.moveDown(0.3).font(FONT).fontSize(9)
  for (const area of view.bought.areas) doc.text(area, MARGIN, doc.y)
  heading(doc, view.results.heading)
  drawTable(doc, view.results.table, [0.16, 0.16, 0.16, 0.22, 0.14, 0.16])
  doc.moveDown(0.3).font(FONT).fontSize(9)
  for (const note of view.results.notes) doc.text(note, MARGIN, doc.y)
  heading(doc, view.method.heading)
  doc.font(FONT).fontSize(9).text(view.method.intro).moveDown(0.3)
  doc.list(view.method.items, { bulletRadius: 1.5, textIndent: 10 })
  doc.moveDown(0.8).font('Helvetica-Oblique').fontSize(9).text(view.method.disclaimer)
  // doc.pipe ends `out` once pdfkit has flushed the last object.
  doc.end()
  await finished(out)
}

/** The estimate as an A4 PDF in the plan's language, for the client or the agency; `compress: false` keeps text readable. */
export function pdfExport(input: PlanExportInput, options: PdfOptions): ExportFile {
  return exportFile(readershipStem(`${input.planName} estimate`, options.readership), 'pdf', 'application/pdf', (out) =>
    writePdf(out, input, options),
  )
}
