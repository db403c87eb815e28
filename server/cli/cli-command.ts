import type { Issue } from '../http/zod-issues.js'

export type CliIo = {
  cwd: string
  // The process environment: where the database is and the platforms' credentials (kohde resolve).
  env: Readonly<Record<string, string | undefined>>
  out: (text: string) => void
  err: (text: string) => void
}

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
// Bad input or usage: the caller can fix it (a missing file, bad JSON or YAML, schema errors, 422 issues).
export const EXIT_INVALID = 2

/** One `kohde <name>` command; the registry in cli-commands.ts lists them for dispatch and --help. */
export type CliCommand = {
  name: string
  summary: string
  usage: string
  run(args: string[], io: CliIo): Promise<number> | number
}

export class CliInputError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = [],
    // The code of a --json failure: the domain's own where it has one (audience_invalid), else input_invalid.
    readonly code = 'input_invalid',
  ) {
    super(message)
    this.name = 'CliInputError'
  }
}

export const formatPath = (path: Issue['path']): string =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  ) || '(top level)'

export const formatIssues = (issues: readonly Issue[]): string =>
  issues.map((i) => `  ${formatPath(i.path)}: ${i.message}${i.code ? ` (${i.code})` : ''}`).join('\n')
