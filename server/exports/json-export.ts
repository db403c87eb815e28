import type { Writable } from 'node:stream'
import { endStream, exportFile, writeChunk, type ExportFile } from './export-file.js'
import type { AudienceExportInput, PlanExportInput } from './export-input.js'

const JSON_TYPE = 'application/json; charset=utf-8'

/** Per channel, the spec exactly as that platform's API takes it, keyed by channel. */
export function channelSpecs(input: AudienceExportInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input.audience.compiled).map(([channel, result]) => [channel, result.spec]))
}

export function channelSpecsJsonExport(input: AudienceExportInput): ExportFile {
  return exportFile(`${input.audience.name} specs`, 'json', JSON_TYPE, async (out) => {
    await writeChunk(out, `${JSON.stringify(channelSpecs(input), null, 2)}\n`)
    await endStream(out)
  })
}

async function writeItems(out: Writable, items: readonly unknown[]): Promise<void> {
  for (const [i, item] of items.entries()) await writeChunk(out, `${i === 0 ? '' : ','}\n${JSON.stringify(item)}`)
}

// Written piece by piece (one line, audience or estimate line at a time) so a large plan never sits in memory as one string.
async function writeBundle(out: Writable, input: PlanExportInput): Promise<void> {
  const plan = { name: input.planName, client: input.clientName, locale: input.locale, currency: input.currency }
  await writeChunk(out, `{\n"plan":${JSON.stringify(plan)},\n"lines":[`)
  await writeItems(out, input.lines)
  await writeChunk(out, `\n],\n"audiences":[`)
  await writeItems(out, input.audiences)
  const { lines, total, cost, warnings, recommendedBudget, assumptions } = input.estimate
  await writeChunk(out, `\n],\n"estimate":{"lines":[`)
  await writeItems(out, lines)
  await writeChunk(out, `\n],\n"total":${JSON.stringify(total)},\n"cost":${JSON.stringify(cost)},`)
  await writeChunk(out, `\n"warnings":${JSON.stringify(warnings)},`)
  await writeChunk(out, `\n"recommendedBudget":${JSON.stringify(recommendedBudget)},`)
  await writeChunk(out, `\n"assumptions":${JSON.stringify(assumptions)}},`)
  await writeChunk(out, `\n"reachRanges":[`)
  await writeItems(out, input.reachRanges)
  if (input.sizeNotes) {
    await writeChunk(out, `\n],\n"sizeNotes":[`)
    await writeItems(out, input.sizeNotes)
  }
  await writeChunk(out, '\n]\n}\n')
}

/** The plan bundle: lines, every audience with its channel specs, fidelity reports and policy findings, the estimate. */
export function planBundleJsonExport(input: PlanExportInput): ExportFile {
  return exportFile(`${input.planName} bundle`, 'json', JSON_TYPE, async (out) => {
    await writeBundle(out, input)
    await endStream(out)
  })
}
