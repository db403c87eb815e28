import { writeCsv } from './csv-writer.js'
import { endStream, exportFile, writeChunk, type ExportFile } from './export-file.js'
import type { AudienceExportInput, CompiledChannel, PlanExportInput } from './export-input.js'
import { EDITOR_HEADER, editorRows, type EditorCampaign, type EditorRow } from './google-ads-editor-rows.js'
import { asGoogleSpec } from './google-spec.js'

const cents = (value: number) => Math.round(value * 100) / 100

// What the compiler itself could not put into the Google spec (fidelity unsupported or unresolved).
const lossNotes = (campaign: string, compiled: CompiledChannel) =>
  compiled.fidelity.items
    .filter((item) => item.status === 'unsupported' || item.status === 'unresolved')
    .map((item) => `${campaign}: not in the spec: ${item.message}`)

type EditorSource = { campaign: EditorCampaign; losses: string[] }

function planCampaigns(input: PlanExportInput): EditorSource[] {
  return input.lines.flatMap((line, i) => {
    if (line.channel !== 'google') return []
    const audience = input.audiences.find((a) => a.name === line.audienceName)
    const compiled = audience?.compiled.google
    if (!audience || !compiled) return []
    const daily = input.estimate.lines[i]!.dailyBudget
    const name = `${input.planName} – ${line.audienceName}`
    const campaign: EditorCampaign = {
      name,
      adGroup: line.audienceName,
      pricing: line.pricing,
      dailyBudget: daily === null ? null : cents(daily),
      startDate: line.startDate ?? null,
      endDate: line.endDate ?? null,
      languages: audience.definition.languages ?? [],
      spec: asGoogleSpec(compiled.spec),
    }
    return [{ campaign, losses: lossNotes(name, compiled) }]
  })
}

function audienceCampaigns(input: AudienceExportInput): EditorSource[] {
  const { name, definition, compiled } = input.audience
  if (!compiled.google) return []
  const spec = asGoogleSpec(compiled.google.spec)
  const languages = definition.languages ?? []
  const campaign: EditorCampaign = {
    ...{ name, adGroup: name, pricing: 'cpc', dailyBudget: null, startDate: null, endDate: null },
    ...{ languages, spec },
  }
  return [{ campaign, losses: lossNotes(name, compiled.google) }]
}

function editorFile(name: string, sources: readonly EditorSource[]) {
  const built = sources.map((s) => editorRows(s.campaign))
  const rows = built.flatMap((b) => b.rows)
  const notes = [...built.flatMap((b) => b.notes), ...sources.flatMap((s) => s.losses)]
  const record = (row: EditorRow) => EDITOR_HEADER.map((column) => row[column] ?? null)
  return {
    csv: exportFile(`${name} google-ads-editor`, 'csv', 'text/csv; charset=utf-8', (out) =>
      writeCsv(out, EDITOR_HEADER, rows.map(record)),
    ),
    notes: exportFile(`${name} google-ads-editor notes`, 'txt', 'text/plain; charset=utf-8', async (out) => {
      const head = 'What the Google Ads Editor CSV does not carry; do these by hand in Editor or Google Ads:'
      await writeChunk(out, [head, ...notes.map((n) => `- ${n}`)].join('\n') + '\n')
      await endStream(out)
    }),
  }
}

/** The plan's Google lines as a Google Ads Editor import (one campaign per line), and the notes that go with it. */
export function planGoogleAdsEditorExport(input: PlanExportInput): { csv: ExportFile; notes: ExportFile } {
  return editorFile(input.planName, planCampaigns(input))
}

/** One audience's Google targeting as an Editor import (no budget: the plan sets it), with its notes. */
export function audienceGoogleAdsEditorExport(input: AudienceExportInput): { csv: ExportFile; notes: ExportFile } {
  return editorFile(input.audience.name, audienceCampaigns(input))
}
