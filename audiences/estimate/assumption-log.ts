import { z } from 'zod'

export const AssumptionSchema = z.strictObject({
  factor: z.string().meta({ description: 'What was assumed, e.g. "reach.facebook.FI" or "rate.linkedin.cpm".' }),
  value: z.union([z.number(), z.string()]).meta({ description: 'The number used, or a short statement of the rule.' }),
  source: z
    .string()
    .meta({ description: 'Where the value comes from: a dataset, a benchmark, the request, or "kohde assumption".' }),
  code: z
    .string()
    .optional()
    .meta({
      description:
        'The source as a stable code the pages and the client PDF translate (e.g. "fee.plan", "universe.largestLine"); ' +
        "`source` stays the English text for the API, logs and the agency's files.",
    }),
  params: z
    .record(z.string(), z.union([z.number(), z.string()]))
    .optional()
    .meta({ description: "The code's values (a country, a channel, a rate), for the translation." }),
})
export type Assumption = z.infer<typeof AssumptionSchema>

/** A source as data: a code with its values, translated by the presenters (no English reaches a fi/sv page). */
export type SourceRef = { code: string; params?: Record<string, number | string> }

/** Collects the factors behind an estimate, first mention wins, in the order they were used. */
export class AssumptionLog {
  private readonly items = new Map<string, Assumption>()

  add(factor: string, value: number | string, source: string, ref?: SourceRef): void {
    if (this.items.has(factor)) return
    const coded = ref ? { code: ref.code, ...(ref.params ? { params: ref.params } : {}) } : {}
    this.items.set(factor, { factor, value, source, ...coded })
  }

  list(): Assumption[] {
    return [...this.items.values()]
  }
}
