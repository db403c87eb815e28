import { parseArgs } from 'node:util'
import {
  CHANNEL_IDS,
  ChannelIdSchema,
  compileAudience,
  DEFAULT_TAXONOMY,
  isDomainError,
} from '../../audiences/index.js'
import type { ChannelId } from '../../audiences/index.js'
import { readAudienceFile } from './audience-file.js'
import { COMPILE_INFO } from './command-info.js'
import { CliInputError, EXIT_OK, type CliCommand } from './cli-command.js'
import { formatChannelReport } from './compile-report.js'

function channelsOf(values: string[] | undefined): ChannelId[] | undefined {
  if (!values) return undefined
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
  const unknown = names.filter((n) => !ChannelIdSchema.safeParse(n).success)
  if (unknown.length > 0 || names.length === 0)
    throw new CliInputError(`unknown channel ${unknown.join(', ') || '(none)'}: choose from ${CHANNEL_IDS.join(', ')}`)
  return names as ChannelId[]
}

function compile(file: string, channels: ChannelId[] | undefined, cwd: string) {
  const audience = readAudienceFile(file, cwd)
  try {
    return compileAudience(audience, DEFAULT_TAXONOMY, channels)
  } catch (error) {
    if (isDomainError(error) && error.code === 'audience_invalid')
      throw new CliInputError(`${file}: ${error.message}`, error.issues, error.code)
    throw error
  }
}

const USAGE = COMPILE_INFO.usage

export const compileCommand: CliCommand = {
  ...COMPILE_INFO,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { channel: { type: 'string', short: 'c', multiple: true }, json: { type: 'boolean' } },
    })
    const [file, ...extra] = positionals
    if (!file || extra.length > 0) throw new CliInputError(`expected one audience file\nusage: ${USAGE}`)
    const channels = compile(file, channelsOf(values.channel), io.cwd)
    if (values.json) io.out(`${JSON.stringify({ channels }, null, 2)}\n`)
    else
      for (const [channel, result] of Object.entries(channels))
        io.out(`${formatChannelReport(channel as ChannelId, result)}\n`)
    return EXIT_OK
  },
}
