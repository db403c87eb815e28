import { optimizePlan, OptimizeRequestSchema, OptimizeResponseSchema } from '../../audiences/index.js'
import { PLAN_ERRORS } from './estimate-routes.js'
import { callerRateCards } from './caller-rate-cards.js'
import { defineRoute } from './route-table.js'

export const optimizeRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/optimize',
    summary: 'Split a total budget across channels for the most unduplicated reach or clicks, beside the even split',
    tags: ['estimate'],
    request: OptimizeRequestSchema,
    responses: {
      200: {
        description: 'The best split (lines sum to totalBudget), its total, and the even split for comparison.',
        schema: OptimizeResponseSchema,
      },
    },
    errors: [...PLAN_ERRORS, 'budget_below_minimum', 'bounds_infeasible'],
    handle: async (input, { taxonomy, store }) => ({
      status: 200,
      body: optimizePlan(input.body, taxonomy, { rateCards: await callerRateCards(input, store) }),
    }),
  }),
]
