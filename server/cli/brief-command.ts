import { parseArgs } from 'node:util'
import { BriefParseRequestSchema, DEFAULT_TAXONOMY, parseBrief } from '../../audiences/index.js'
import { formatBriefReport } from './brief-report.js'
import { CliInputError, EXIT_OK, type CliCommand } from './cli-command.js'

const USAGE = 'kohde brief "<text>" [--locale fi|sv|en] [--json]'

export const briefCommand: CliCommand = {
  name: 'brief',
  summary: 'Read a free-text brief into a draft audience: what was understood, what was not',
  usage: USAGE,
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
