import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { exportFile, type ExportFile } from './export-file.js'
import type { PlanExportInput } from './export-input.js'
import { toPdfEstimateView } from './pdf-estimate-view.js'
import { readershipStem, type Readership } from './export-readership.js'
import {
  BOLD,
  drawCalendar,
  drawReachChart,
  drawTable,
  FONT,
  ITALIC,
  MARGIN,
  registerFonts,
  type Doc,
} from './pdf-draw.js'

/** The agency's name and logo for the header (the logo as stored: PNG or JPEG bytes, checked on upload). */
export type PdfBrand = { agencyName: string; logo: Buffer | null }

function heading(doc: Doc, text: string) {
  doc.moveDown(0.8).font(BOLD).fontSize(13).text(text, MARGIN, doc.y).moveDown(0.3)
}

// The logo sits top right, at most 140 × 50 pt; the agency's name under it in small print.
function drawBrand(doc: Doc, brand: PdfBrand | undefined, preparedBy: string | null) {
  if (!brand) return
  const right = doc.page.width - MARGIN
  let logo = brand.logo !== null
  try {
    if (brand.logo) doc.image(brand.logo, right - 140, MARGIN - 20, { fit: [140, 50], align: 'right' })
  } catch {
    logo = false // checked on upload (agency-logo.ts); an image pdfkit still cannot read leaves the name alone
  }
  if (preparedBy)
    doc
      .font(FONT)
      .fontSize(8)
      .text(preparedBy, right - 200, MARGIN + (logo ? 34 : 0), { width: 200, align: 'right' })
  doc.x = MARGIN
  doc.y = MARGIN + (logo ? 50 : 14)
}

type PdfOptions = { readership: Readership; compress?: boolean; brand?: PdfBrand | undefined }

async function writePdf(out: Writable, input: PlanExportInput, options: PdfOptions): Promise<void> {
  const view = toPdfEstimateView(input, options.readership, options.brand?.agencyName ?? null)
  const internal = options.readership === 'internal'
  // Loaded on the first export, not when the server starts (pdfkit takes about half a second).
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: view.title, ...(options.brand ? { Author: options.brand.agencyName } : {}) },
    lang: input.locale,
  })
  registerFonts(doc)
  doc.pipe(out)
  drawBrand(doc, options.brand, view.preparedBy)
  doc
    .font(BOLD)
    .fontSize(18)
    .text(view.title, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN })
  doc.moveDown(0.5).font(FONT).fontSize(11).text(view.client).text(view.plan)
  heading(doc, view.bought.heading)
  drawTable(doc, view.bought.table, internal ? [0.16, 0.3, 0.22, 0.14, 0.18] : [0.18, 0.38, 0.26, 0.18])
  doc.moveDown(0.3).font(FONT).fontSize(9)
  for (const area of view.bought.areas) doc.text(area, MARGIN, doc.y)
  if (view.calendar) {
    heading(doc, view.calendar.heading)
    drawCalendar(doc, view.calendar)
  }
  heading(doc, view.results.heading)
  drawTable(doc, view.results.table, [0.16, 0.16, 0.16, 0.22, 0.14, 0.16])
  doc.moveDown(0.3).font(FONT).fontSize(9)
  for (const note of view.results.notes) doc.text(note, MARGIN, doc.y)
  if (view.reachChart) {
    heading(doc, view.reachChart.heading)
    drawReachChart(doc, view.reachChart)
  }
  heading(doc, view.method.heading)
  doc.font(FONT).fontSize(9).text(view.method.intro).moveDown(0.3)
  doc.list(view.method.items, { bulletRadius: 1.5, textIndent: 10 })
  doc.moveDown(0.8).font(ITALIC).fontSize(9).text(view.method.disclaimer)
  // doc.pipe ends `out` once pdfkit has flushed the last object.
  doc.end()
  await finished(out)
}

/**
 * The estimate as an A4 PDF in the input's language (the reader's: the route passes the downloader's), for the client
 * or the agency, with the agency's name and logo when given; `compress: false` keeps text readable.
 */
export function pdfExport(input: PlanExportInput, options: PdfOptions): ExportFile {
  return exportFile(readershipStem(`${input.planName} estimate`, options.readership), 'pdf', 'application/pdf', (out) =>
    writePdf(out, input, options),
  )
}
