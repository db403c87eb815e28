import { budgetForReach, BudgetForReachRequestSchema, BudgetForReachResponseSchema } from '../../audiences/index.js'
import { PLAN_ERRORS } from './estimate-routes.js'
import { callerRateCards } from './caller-rate-cards.js'
import { defineRoute } from './route-table.js'

export const budgetForReachRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/budget-for-reach',
    summary: 'The smallest total budget, split for reach, that reaches a number of people',
    tags: ['estimate'],
    request: BudgetForReachRequestSchema,
    responses: {
      200: {
        description:
          'feasible: true with the budget and its plan, or feasible: false with the reason and the most reachable.',
        schema: BudgetForReachResponseSchema,
      },
    },
    errors: [...PLAN_ERRORS, 'bounds_infeasible'],
    handle: async (input, { taxonomy, store }) => ({
      status: 200,
      body: budgetForReach(input.body, taxonomy, { rateCards: await callerRateCards(input, store) }),
    }),
  }),
]
