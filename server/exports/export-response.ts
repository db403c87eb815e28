import type { ServerResponse } from 'node:http'
import type { ExportFile } from './export-file.js'

/** Sends an export as a download: its Content-Type and Content-Disposition, then the streamed body. */
export async function sendExport(res: ServerResponse, file: ExportFile): Promise<void> {
  res.setHeader('Content-Type', file.contentType)
  res.setHeader('Content-Disposition', file.contentDisposition)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  await file.write(res)
}
