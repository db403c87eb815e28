import { describe, expect, it } from 'vitest'
import { budgetForReach } from '../../audiences/estimate/budget-for-reach.js'
import { BudgetForReachRequestSchema, BudgetForReachResponseSchema } from '../../audiences/estimate/estimate-schema.js'
import { aTaxonomy } from './estimate-fixtures.js'

const taxonomy = aTaxonomy()
const solve = (input: Record<string, unknown>) => budgetForReach(BudgetForReachRequestSchema.parse(input), taxonomy)

describe('budgetForReach', () => {
  it('when one Facebook line must reach 5,000 of 10,000, then I = −A·ln(1 − ½) = 6,931.47 impressions = 69.3147 €, so 69.32 € to the cent', () => {
    const result = solve({ lines: [{ channel: 'facebook', audienceSize: 10_000 }], targetReach: 5000 })
    expect(result).toMatchObject({ feasible: true, totalBudget: 69.32 })
    if (!result.feasible) return
    expect(result.total.reach).toBeGreaterThanOrEqual(5000)
    expect(BudgetForReachResponseSchema.parse(result)).toEqual(result)
  })

  it('when two lines at the same CPM both cover the universe, then only total impressions matter: still 69.32 €', () => {
    const result = solve({
      lines: [
        { channel: 'facebook', audienceSize: 10_000 },
        { channel: 'instagram', audienceSize: 10_000 },
      ],
      universe: 10_000,
      targetReach: 5000,
    })
    expect(result).toMatchObject({ feasible: true, totalBudget: 69.32 })
  })

  it('when the target is at least what the audiences can ever give, then it is infeasible: U(1 − Π(1 − Aᵢ/U))', () => {
    const result = solve({
      lines: [
        { channel: 'facebook', audienceSize: 4000 },
        { channel: 'linkedin', audienceSize: 5000 },
      ],
      universe: 10_000,
      targetReach: 7000,
    })
    expect(result).toMatchObject({
      feasible: false,
      code: 'target_exceeds_audience',
      maxReach: expect.closeTo(10_000 * (1 - 0.6 * 0.5), 6),
    })
  })

  it('when the line maximums stop the plan short, then it is infeasible with target_exceeds_bounds', () => {
    const result = solve({ lines: [{ channel: 'facebook', audienceSize: 10_000, max: 10 }], targetReach: 5000 })
    expect(result).toMatchObject({ feasible: false, code: 'target_exceeds_bounds' })
  })

  // Issue 13: with one line bounded and another unbounded, the search ran to a billion euros and blamed money.
  // Facebook at its 50 € maximum buys 5,000 impressions: 100,000(1 − e^(−0.05)) = 4,877.06 people; Google reaches at
  // most its 1,000; together over 101,000: 4,877.06 + 1,000 − 4,877.06 × 1,000 / 101,000 = 5,828.77 < 10,000.
  it('when one line’s maximum, not money, stops the plan, then target_exceeds_bounds names that line', () => {
    const result = solve({
      lines: [
        { channel: 'facebook', audienceSize: 100_000, max: 50 },
        { channel: 'google', audienceSize: 1000 },
      ],
      universe: 101_000,
      targetReach: 10_000,
    })
    const facebook = 100_000 * (1 - Math.exp(-0.05))
    expect(result).toMatchObject({
      feasible: false,
      code: 'target_exceeds_bounds',
      lines: [0],
      maxReach: expect.closeTo(facebook + 1000 - (facebook * 1000) / 101_000, 6),
    })
    if (!result.feasible) expect(result.reason).toContain('line 0 (facebook, at most 50 €) stops at its maximum')
    expect(BudgetForReachResponseSchema.parse(result)).toEqual(result)
  })

  it('when the bounded line is not what stops the plan, then the audience is blamed, not the bound', () => {
    const result = solve({
      lines: [
        { channel: 'facebook', audienceSize: 1000, max: 1e6 },
        { channel: 'google', audienceSize: 1000 },
      ],
      universe: 2000,
      targetReach: 1990,
    })
    expect(result).toMatchObject({ feasible: false, code: 'target_exceeds_audience' })
  })
})
