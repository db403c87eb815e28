import type { z } from 'zod'
import { isDomainError } from '../../audiences/index.js'
import { STATUS_BY_CODE } from '../http/http-errors.js'
import { issuesFromZod } from '../http/zod-issues.js'
import { readDataFile } from './audience-file.js'
import { CliInputError } from './cli-command.js'

/** Checks a plan file's data against a request schema of the HTTP API; its issues keep their paths in the file. */
export function parsePlan<S extends z.ZodType>(file: string, input: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new CliInputError(`${file}: not a valid plan`, issuesFromZod(result.error.issues, { schema, input }))
}

/** Reads a .json or .yaml plan file as a request body of the HTTP API. */
export const readPlanFile = <S extends z.ZodType>(file: string, cwd: string, schema: S): z.output<S> =>
  parsePlan(file, readDataFile(file, cwd), schema)

/** Runs a planning use case; what the API answers with 422 becomes invalid input (exit 2) with its issues. */
export function planOrExplain<T>(file: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (isDomainError(error) && STATUS_BY_CODE[error.code] < 500)
      throw new CliInputError(`${file}: ${error.message} (${error.code})`, error.issues, error.code)
    throw error
  }
}
