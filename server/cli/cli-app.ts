import {
  CliInputError,
  EXIT_FAILURE,
  EXIT_INVALID,
  EXIT_OK,
  formatIssues,
  type CliCommand,
  type CliIo,
} from './cli-command.js'
import { COMMANDS } from './cli-commands.js'

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
    '',
  ].join('\n')
}

const isUsageError = (error: unknown): error is Error =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')

/** Runs one CLI invocation and returns its exit code; all output goes through io. */
export async function runCli(argv: string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...args] = argv
  if (isHelp(name)) {
    io.out(helpText(commands))
    return EXIT_OK
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.err(`${name === undefined ? 'no command given' : `unknown command: ${name}`}\n\n${helpText(commands)}`)
    return EXIT_INVALID
  }
  if (args.some(isHelp)) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}\n`)
    return EXIT_OK
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof CliInputError) {
      io.err(`${error.message}${error.issues.length > 0 ? `\n${formatIssues(error.issues)}` : ''}\n`)
      return EXIT_INVALID
    }
    if (isUsageError(error)) {
      io.err(`${error.message}\nusage: ${command.usage}\n`)
      return EXIT_INVALID
    }
    io.err(`kohde ${command.name} failed unexpectedly: ${error instanceof Error ? error.stack : String(error)}\n`)
    return EXIT_FAILURE
  }
}
