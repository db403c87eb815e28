import type { z } from 'zod'
import { DomainError } from '../errors.js'

/** A data file kohde ships, with the schema that types it (test/taxonomy/shipped-data.test.ts checks each one). */
export type ShippedDataFile = { file: string; schema: z.ZodType; data: unknown }

const shipped: ShippedDataFile[] = []

/** Every data file read through shippedData so far (all of them once audiences/index.js is imported). */
export const SHIPPED_DATA_FILES: readonly ShippedDataFile[] = shipped

/**
 * A shipped data file as its schema's output type, without parsing it at import: the files are generated, and a
 * test parses each one and requires the result to equal the file (no defaults left to fill, nothing stripped), so
 * the data already is what a parse would give. Parsing ~4 MB at every start cost ~250 ms and kept a second copy of
 * every object (zod's output beside the imported JSON) for the life of the process.
 */
export function shippedData<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  shipped.push({ file, schema, data })
  return data as z.output<S>
}

/** Validates a data file; a broken file is our bug, reported with the file and path. */
export function parseDataFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const issues = result.error.issues.map((i) => ({
    path: [file, ...i.path.map(String)],
    code: i.code,
    message: i.message,
  }))
  throw new DomainError('taxonomy_invalid', `data file ${file} is invalid`, issues)
}
