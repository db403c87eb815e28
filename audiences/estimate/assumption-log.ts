import { z } from 'zod'

export const AssumptionSchema = z.strictObject({
  factor: z.string().meta({ description: 'What was assumed, e.g. "reach.facebook.FI" or "rate.linkedin.cpm".' }),
  value: z.union([z.number(), z.string()]).meta({ description: 'The number used, or a short statement of the rule.' }),
  source: z
    .string()
    .meta({ description: 'Where the value comes from: a dataset, a benchmark, the request, or "kohde assumption".' }),
})
export type Assumption = z.infer<typeof AssumptionSchema>

/** Collects the factors behind an estimate, first mention wins, in the order they were used. */
export class AssumptionLog {
  private readonly items = new Map<string, Assumption>()

  add(factor: string, value: number | string, source: string): void {
    if (!this.items.has(factor)) this.items.set(factor, { factor, value, source })
  }

  list(): Assumption[] {
    return [...this.items.values()]
  }
}
