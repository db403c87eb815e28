import { parseArgs } from 'node:util'
import {
  DEFAULT_TAXONOMY,
  ObjectiveSchema,
  optimizePlan,
  REACH_LEVELS,
  OptimizeRequestSchema,
  type Objective,
} from '../../audiences/index.js'
import { readDataFile } from './audience-file.js'
import { OPTIMIZE_INFO } from './command-info.js'
import { CliInputError, EXIT_OK, type CliCommand } from './cli-command.js'
import { formatOptimizeReport } from './optimize-report.js'
import { parsePlan, planOrExplain } from './plan-file.js'

const USAGE = OPTIMIZE_INFO.usage

type Flags = { total: number | undefined; objective: Objective | undefined; k: number | undefined }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function kOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const k = Number(value)
  if (!Number.isInteger(k) || k < 1 || k > REACH_LEVELS)
    throw new CliInputError(`--effective-frequency ${value}: give a whole number from 1 to ${REACH_LEVELS}`)
  return k
}

function flagsOf(total: string | undefined, objective: string | undefined, k: string | undefined): Flags {
  const euros = total === undefined ? undefined : Number(total)
  if (euros !== undefined && !(Number.isFinite(euros) && euros > 0))
    throw new CliInputError(`--total ${total}: give a positive number of euros, e.g. --total 5000`)
  const parsed = objective === undefined ? undefined : ObjectiveSchema.safeParse(objective)
  if (parsed && !parsed.success)
    throw new CliInputError(`--objective ${objective}: choose from ${ObjectiveSchema.options.join(', ')}`)
  return { total: euros, objective: parsed?.data, k: kOf(k) }
}

// An /estimate body becomes an /optimize body: the line budgets leave the lines and add up to the total
// unless --total or the file's totalBudget says otherwise.
function toOptimizeBody(file: string, input: unknown, flags: Flags): unknown {
  if (!isRecord(input) || !Array.isArray(input.lines)) return input
  const budgets: unknown[] = input.lines.map((line) => (isRecord(line) ? line.budget : undefined))
  const lines = input.lines.map((line) =>
    isRecord(line) ? Object.fromEntries(Object.entries(line).filter(([key]) => key !== 'budget')) : line,
  )
  const sum = budgets.every((b) => typeof b === 'number') ? (budgets as number[]).reduce((a, b) => a + b, 0) : undefined
  const totalBudget = flags.total ?? input.totalBudget ?? sum
  if (totalBudget === undefined)
    throw new CliInputError(`${file}: no total budget: pass --total or give every line a budget`)
  return {
    ...input,
    lines,
    totalBudget,
    ...(flags.objective ? { objective: flags.objective } : {}),
    ...(flags.k ? { effectiveFrequency: flags.k } : {}),
  }
}

export const optimizeCommand: CliCommand = {
  ...OPTIMIZE_INFO,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        total: { type: 'string', short: 't' },
        objective: { type: 'string', short: 'o' },
        'effective-frequency': { type: 'string', short: 'k' },
        json: { type: 'boolean' },
      },
    })
    const [file, ...extra] = positionals
    if (!file || extra.length > 0) throw new CliInputError(`expected one plan file\nusage: ${USAGE}`)
    const flags = flagsOf(values.total, values.objective, values['effective-frequency'])
    const request = parsePlan(file, toOptimizeBody(file, readDataFile(file, io.cwd), flags), OptimizeRequestSchema)
    const result = planOrExplain(file, () => optimizePlan(request, DEFAULT_TAXONOMY))
    io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatOptimizeReport(result))
    return EXIT_OK
  },
}
