import { createWriteStream } from 'node:fs'
import { resolve } from 'node:path'
import { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { AudienceSchema, DEFAULT_TAXONOMY, EstimateRequestSchema } from '../../audiences/index.js'
import { buildAudienceExportInput, buildPlanExportInput } from '../exports/export-input-build.js'
import type { ExportFile } from '../exports/export-file.js'
import {
  AudienceExportFormatSchema,
  audienceExport,
  PlanExportFormatSchema,
  planExport,
  planExportReaders,
} from '../exports/export-formats.js'
import { ReadershipSchema, type Readership } from '../exports/export-readership.js'
import { issuesFromZod } from '../http/zod-issues.js'
import { readDataFile } from './audience-file.js'
import { CliInputError, EXIT_OK, type CliCommand, type CliIo } from './cli-command.js'
import { EXPORT_INFO } from './command-info.js'
import { parsePlan, planOrExplain } from './plan-file.js'

const PLAN_FORMATS = PlanExportFormatSchema.options
const AUDIENCE_FORMATS = AudienceExportFormatSchema.options
const USAGE = EXPORT_INFO.usage
const BINARY = new Set(['xlsx', 'pdf'])

// A plan file is a POST /api/v1/estimate body (it has lines); anything else is read as an audience.
function exportOf(file: string, data: unknown, format: string, readership?: Readership): ExportFile {
  const isPlan = typeof data === 'object' && data !== null && 'lines' in data
  if (!isPlan) {
    const kind = AudienceExportFormatSchema.safeParse(format)
    if (!kind.success)
      throw new CliInputError(`an audience exports as ${AUDIENCE_FORMATS.join(', ')}; ${format} needs a plan file`)
    const parsed = AudienceSchema.safeParse(data)
    if (!parsed.success)
      throw new CliInputError(
        `${file}: not a valid audience`,
        issuesFromZod(parsed.error.issues, { schema: AudienceSchema, input: data }),
      )
    const audience = parsed.data
    const input = planOrExplain(file, () =>
      buildAudienceExportInput({ name: audience.name, definition: audience }, DEFAULT_TAXONOMY),
    )
    return audienceExport(kind.data, input)
  }
  const kind = PlanExportFormatSchema.safeParse(format)
  if (!kind.success) throw new CliInputError(`--format: one of ${PLAN_FORMATS.join(', ')}`)
  const readers = planExportReaders(kind.data)
  if (readership && !readers.includes(readership))
    throw new CliInputError(
      `--audience: ${kind.data} is made for ${readers.join(', ')} (xlsx and pdf have a client variant)`,
    )
  const plan = parsePlan(file, data, EstimateRequestSchema)
  const audience = plan.audience
  if (!audience) throw new CliInputError(`${file}: an export needs the plan's audience (the "audience" field)`)
  const source = {
    planName: audience.name,
    clientName: '',
    lines: plan.lines.map((line) => ({ ...line, audienceName: audience.name })),
    audiences: [{ name: audience.name, definition: audience }],
    reachModel: plan.reachModel,
    fee: plan.fee,
  }
  return planExport(
    kind.data,
    planOrExplain(file, () => buildPlanExportInput(source, DEFAULT_TAXONOMY)),
    readership,
  )
}

async function toText(file: ExportFile): Promise<string> {
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk))
      done()
    },
  })
  await file.write(sink)
  return Buffer.concat(chunks).toString('utf8')
}

async function writeTo(path: string, file: ExportFile, io: CliIo): Promise<void> {
  await file.write(createWriteStream(path))
  io.err(`wrote ${path}\n`)
}

export const exportCommand: CliCommand = {
  ...EXPORT_INFO,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        audience: { type: 'string' },
      },
    })
    const [file, ...extra] = positionals
    if (!file || extra.length > 0) throw new CliInputError(`expected one audience or plan file\nusage: ${USAGE}`)
    if (!values.format) throw new CliInputError(`--format is required\nusage: ${USAGE}`)
    const audience = values.audience === undefined ? undefined : ReadershipSchema.safeParse(values.audience)
    if (audience && !audience.success) throw new CliInputError(`--audience: client or internal\nusage: ${USAGE}`)
    const exported = exportOf(file, readDataFile(file, io.cwd), values.format, audience?.data)
    // A spreadsheet or PDF is not for a terminal: without --out it gets its own file name in the folder.
    if (values.out) await writeTo(resolve(io.cwd, values.out), exported, io)
    else if (BINARY.has(values.format)) await writeTo(resolve(io.cwd, exported.fileName), exported, io)
    else io.out(await toText(exported))
    return EXIT_OK
  },
}
