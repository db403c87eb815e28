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
})
