import { parseArgs } from 'node:util'
import { BriefParseRequestSchema, DEFAULT_TAXONOMY, parseBrief } from '../../audiences/index.js'
import { formatBriefReport } from './brief-report.js'
import { BRIEF_INFO } from './command-info.js'
import { CliInputError, EXIT_OK, type CliCommand } from './cli-command.js'

const USAGE = BRIEF_INFO.usage

export const briefCommand: CliCommand = {
  ...BRIEF_INFO,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { locale: { type: 'string' }, json: { type: 'boolean' } },
    })
    const request = BriefParseRequestSchema.safeParse({
      text: positionals.join(' '),
      ...(values.locale ? { locale: values.locale } : {}),
    })
    if (!request.success || !request.data.text.trim())
      throw new CliInputError(
        `expected a brief of at most 20,000 characters and --locale fi, sv or en\nusage: ${USAGE}`,
      )
    const result = parseBrief(request.data.text, DEFAULT_TAXONOMY, request.data.locale)
    io.out(`${values.json ? JSON.stringify(result, null, 2) : formatBriefReport(result)}\n`)
    return EXIT_OK
  },
}
