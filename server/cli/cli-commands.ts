import type { CliCommand } from './cli-command.js'
import { compileCommand } from './compile-command.js'

// Later commands (estimate, optimize, brief, export) slot in here.
export const COMMANDS: readonly CliCommand[] = [compileCommand]
