import { briefCommand } from './brief-command.js'
import type { CliCommand } from './cli-command.js'
import { compileCommand } from './compile-command.js'
import { estimateCommand } from './estimate-command.js'
import { exportCommand } from './export-command.js'
import { optimizeCommand } from './optimize-command.js'
import { resolveCommand } from './resolve-command.js'

export const COMMANDS: readonly CliCommand[] = [
  compileCommand,
  estimateCommand,
  optimizeCommand,
  briefCommand,
  exportCommand,
  resolveCommand,
]
