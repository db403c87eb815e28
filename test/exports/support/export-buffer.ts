import { PassThrough } from 'node:stream'
import type { ExportFile } from '../../../server/exports/export-file.js'

/** Runs an export into memory, noting when the first chunk arrived relative to the writer finishing. */
export async function exportToBuffer(
  file: ExportFile,
): Promise<{ buffer: Buffer; chunks: number; firstChunkBeforeEnd: boolean }> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  let done = false
  let firstChunkBeforeEnd = false
  out.on('data', (chunk: Buffer) => {
    if (chunks.length === 0) firstChunkBeforeEnd = !done
    chunks.push(chunk)
  })
  const ended = new Promise((resolve) => out.on('end', resolve))
  await file.write(out)
  done = true
  await ended
  return { buffer: Buffer.concat(chunks), chunks: chunks.length, firstChunkBeforeEnd }
}
