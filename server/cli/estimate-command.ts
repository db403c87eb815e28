import { parseArgs } from 'node:util'
import { DEFAULT_TAXONOMY, estimatePlan, EstimateRequestSchema } from '../../audiences/index.js'
import { ESTIMATE_INFO } from './command-info.js'
import { CliInputError, EXIT_OK, type CliCommand } from './cli-command.js'
import { formatEstimateReport } from './estimate-report.js'
import { planOrExplain, readPlanFile } from './plan-file.js'

const USAGE = ESTIMATE_INFO.usage

export const estimateCommand: CliCommand = {
  ...ESTIMATE_INFO,
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } })
    const [file, ...extra] = positionals
    if (!file || extra.length > 0) throw new CliInputError(`expected one plan file\nusage: ${USAGE}`)
    const request = readPlanFile(file, io.cwd, EstimateRequestSchema)
    const estimate = planOrExplain(file, () => estimatePlan(request, DEFAULT_TAXONOMY))
    io.out(values.json ? `${JSON.stringify(estimate, null, 2)}\n` : formatEstimateReport(estimate))
    return EXIT_OK
  },
}
