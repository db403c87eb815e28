import { z } from 'zod'
import {
  estimatePlan,
  EstimateRequestSchema,
  EstimateResponseSchema,
  reachCurve,
  ReachCurveSchema,
} from '../../audiences/index.js'
import { agencyTaxonomy } from '../connectors/connections.js'
import type { ErrorCode } from '../http/http-errors.js'
import { callerRateCards } from './caller-rate-cards.js'
import { defineRoute } from './route-table.js'
import { callerOf } from './stored-objects.js'

// What preparePlan can refuse for any planning body: the audience, its size, the universe, the reach model.
export const PLAN_ERRORS: ErrorCode[] = [
  'audience_invalid',
  'audience_size_unknown',
  'universe_too_small',
  'reach_model_invalid',
]

export const ReachCurveRequestSchema = EstimateRequestSchema.extend({
  points: z
    .int()
    .min(2)
    .max(101)
    .optional()
    .meta({ description: 'Budgets sampled per curve, evenly from 0 to maxMultiplier × the plan; default 21.' }),
  maxMultiplier: z
    .number()
    .positive()
    .max(10)
    .optional()
    .meta({ description: 'The last point scales every line budget by this; default 2.' }),
}).meta({
  id: 'ReachCurveRequest',
  description: 'Body of POST /api/v1/estimate/curves: an estimate body, every line scaled together.',
})

export const estimateRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/estimate',
    summary: 'Estimate impressions, clicks, reach and frequency per line and unduplicated in total',
    tags: ['estimate'],
    request: EstimateRequestSchema,
    responses: {
      200: {
        description: 'Each line, the total and every assumption with its source.',
        schema: EstimateResponseSchema,
      },
    },
    errors: PLAN_ERRORS,
    handle: async (input, deps) => ({
      status: 200,
      body: estimatePlan(input.body, await agencyTaxonomy(deps, callerOf(input).actor.agencyId), {
        rateCards: await callerRateCards(input, deps.store),
      }),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/v1/estimate/curves',
    summary: 'Reach and frequency as functions of budget, per channel and in total, keeping the mix of the plan',
    tags: ['estimate'],
    request: ReachCurveRequestSchema,
    responses: { 200: { description: 'One curve per line and one for the total.', schema: ReachCurveSchema } },
    errors: PLAN_ERRORS,
    handle: async (input, { taxonomy, store }) => {
      const { points, maxMultiplier, ...plan } = input.body
      const rateCards = await callerRateCards(input, store)
      return { status: 200, body: reachCurve(plan, taxonomy, { points, maxMultiplier, rateCards }) }
    },
  }),
]
