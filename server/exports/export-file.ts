import type { Writable } from 'node:stream'
import { once } from 'node:events'
import { exportFileName } from './export-file-name.js'

/** One export: its HTTP headers and a writer that streams the file into `out` and ends it. */
export type ExportFile = {
  contentType: string
  fileName: string
  contentDisposition: string
  write(out: Writable): Promise<void>
}

export function exportFile(
  name: string,
  extension: string,
  contentType: string,
  write: (out: Writable) => Promise<void>,
): ExportFile {
  return { contentType, ...exportFileName(name, extension), write }
}

/** Writes a chunk, waiting for 'drain' when the stream asks the writer to slow down. */
export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain')
}

/** Ends the stream and waits until everything is flushed. */
export async function endStream(out: Writable): Promise<void> {
  if (!out.writableEnded) out.end()
  if (!out.writableFinished) await once(out, 'finish')
}
