import { DomainError, type DomainIssue } from '../errors.js'

export type LineBounds = { min?: number | undefined; max?: number | undefined }
export type CentBounds = { lo: number[]; hi: number[] }

// Bounds are honoured to the cent: a minimum rounds up, a maximum rounds down.
export const toCentsUp = (euros: number) => Math.ceil(euros * 100 - 1e-6)
export const toCentsDown = (euros: number) => Math.floor(euros * 100 + 1e-6)

/** Per-line bounds in cents; throws bounds_infeasible when a line's minimum is above its maximum. */
export function centBounds(lines: readonly LineBounds[], ceilingCents: number): CentBounds {
  const issues: DomainIssue[] = []
  const lo = lines.map((l) => (l.min === undefined ? 0 : toCentsUp(l.min)))
  const hi = lines.map((l) => (l.max === undefined ? ceilingCents : Math.min(ceilingCents, toCentsDown(l.max))))
  lines.forEach((l, i) => {
    if (l.min !== undefined && l.max !== undefined && toCentsUp(l.min) > toCentsDown(l.max))
      issues.push({
        path: ['lines', i, 'min'],
        code: 'min_above_max',
        message: `the minimum ${l.min} € is above the maximum ${l.max} €`,
      })
  })
  if (issues.length > 0) throw new DomainError('bounds_infeasible', 'a line cannot meet its own bounds', issues)
  return { lo, hi }
}

/** Throws when no split of the total meets the bounds: minimums above it, or maximums below it. */
export function assertSplittable(totalCents: number, bounds: CentBounds): void {
  const sumLo = bounds.lo.reduce((a, b) => a + b, 0)
  const sumHi = bounds.hi.reduce((a, b) => a + b, 0)
  if (sumLo > totalCents)
    throw new DomainError('budget_below_minimum', 'the total budget is below the sum of the line minimums', [
      { path: ['totalBudget'], code: 'below_line_minimums', message: `the line minimums add up to ${sumLo / 100} €` },
    ])
  if (sumHi < totalCents)
    throw new DomainError('bounds_infeasible', 'the total budget is above the sum of the line maximums', [
      { path: ['totalBudget'], code: 'above_line_maximums', message: `the line maximums add up to ${sumHi / 100} €` },
    ])
}
