import type { CliCommand } from './cli-command.js'
import {
  BRIEF_INFO,
  COMPILE_INFO,
  ESTIMATE_INFO,
  EXPORT_INFO,
  lazyCommand,
  OPTIMIZE_INFO,
  RESOLVE_INFO,
} from './command-info.js'

export const COMMANDS: readonly CliCommand[] = [
  lazyCommand(COMPILE_INFO, async () => (await import('./compile-command.js')).compileCommand),
  lazyCommand(ESTIMATE_INFO, async () => (await import('./estimate-command.js')).estimateCommand),
  lazyCommand(OPTIMIZE_INFO, async () => (await import('./optimize-command.js')).optimizeCommand),
  lazyCommand(BRIEF_INFO, async () => (await import('./brief-command.js')).briefCommand),
  lazyCommand(EXPORT_INFO, async () => (await import('./export-command.js')).exportCommand),
  lazyCommand(RESOLVE_INFO, async () => (await import('./resolve-command.js')).resolveCommand),
]
