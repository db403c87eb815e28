import { Writable } from 'node:stream'
import type { ExportFile } from '../../../server/exports/export-file.js'

export type SinkReport = { total: number; chunks: number; largestChunk: number; firstChunkWhileWriting: boolean }

/** Runs an export into a slow sink (1 KiB buffer, each write acknowledged a tick later) so a writer must respect backpressure. */
export async function exportToSlowSink(file: ExportFile): Promise<SinkReport> {
  let settled = false
  const report: SinkReport = { total: 0, chunks: 0, largestChunk: 0, firstChunkWhileWriting: false }
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, callback) {
      if (report.chunks === 0) report.firstChunkWhileWriting = !settled
      report.chunks += 1
      report.total += chunk.length
      report.largestChunk = Math.max(report.largestChunk, chunk.length)
      setImmediate(callback)
    },
  })
  await file.write(sink)
  settled = true
  return report
}
