import { briefCommand } from './brief-command.js'
import type { CliCommand } from './cli-command.js'
import { EXPORT_INFO, lazyCommand, RESOLVE_INFO } from './command-info.js'
import { compileCommand } from './compile-command.js'
import { estimateCommand } from './estimate-command.js'
import { optimizeCommand } from './optimize-command.js'

export const COMMANDS: readonly CliCommand[] = [
  compileCommand,
  estimateCommand,
  optimizeCommand,
  briefCommand,
  lazyCommand(EXPORT_INFO, async () => (await import('./export-command.js')).exportCommand),
  lazyCommand(RESOLVE_INFO, async () => (await import('./resolve-command.js')).resolveCommand),
]
