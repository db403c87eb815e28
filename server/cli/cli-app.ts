import {
  CliInputError,
  EXIT_FAILURE,
  EXIT_INVALID,
  EXIT_OK,
  formatIssues,
  type CliCommand,
  type CliIo,
} from './cli-command.js'
import { DatabaseUnavailableError } from '../store/database-unavailable.js'
import { COMMANDS } from './cli-commands.js'

// The envelope of the API's errors (api.md), so a script reads a failed `--json` run as it reads a failed request.
type CliError = { code: string; message: string; issues?: CliInputError['issues'] }

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help'

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'kohde — one audience, native targeting for Google Ads, Facebook, Instagram and LinkedIn',
    '',
    'Usage: kohde <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kohde <command> --help` for its options. Exit codes: 0 ok, 1 unexpected failure, 2 invalid input.',
    'With --json a failure is JSON too, on stdout: {"error": {"code", "message", "issues"}}.',
    '',
  ].join('\n')
}

const isUsageError = (error: unknown): error is Error =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')

/** Runs one CLI invocation and returns its exit code; all output goes through io. */
export async function runCli(argv: string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...args] = argv
  const json = args.includes('--json')
  const fail = (exit: number, error: CliError, text: string): number => {
    if (json) io.out(`${JSON.stringify({ error }, null, 2)}\n`)
    else io.err(text)
    return exit
  }
  if (isHelp(name)) {
    io.out(helpText(commands))
    return EXIT_OK
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    const message = name === undefined ? 'no command given' : `unknown command: ${name}`
    return fail(EXIT_INVALID, { code: 'command_unknown', message }, `${message}\n\n${helpText(commands)}`)
  }
  if (args.some(isHelp)) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}\n`)
    return EXIT_OK
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof CliInputError) {
      const issues = error.issues.length > 0 ? `\n${formatIssues(error.issues)}` : ''
      const envelope = { code: error.code, message: error.message, ...(issues ? { issues: error.issues } : {}) }
      return fail(EXIT_INVALID, envelope, `${error.message}${issues}\n`)
    }
    if (isUsageError(error))
      return fail(
        EXIT_INVALID,
        { code: 'usage_invalid', message: error.message },
        `${error.message}\nusage: ${command.usage}\n`,
      )
    // The database named by DATABASE_URL cannot be used (kohde resolve): one sentence, no stack.
    if (error instanceof DatabaseUnavailableError)
      return fail(EXIT_FAILURE, { code: 'database_unavailable', message: error.message }, `kohde: ${error.message}\n`)
    const message = `kohde ${command.name} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`
    const stack = error instanceof Error ? error.stack : String(error)
    return fail(EXIT_FAILURE, { code: 'internal', message }, `kohde ${command.name} failed unexpectedly: ${stack}\n`)
  }
}
