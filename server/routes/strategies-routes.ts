import {
  compareSegmentStrategies,
  SegmentComparisonRequestSchema,
  SegmentComparisonSchema,
} from '../../audiences/index.js'
import { callerRateCards } from './caller-rate-cards.js'
import { defineRoute } from './route-table.js'

export const strategiesRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/v1/strategies/compare',
    summary:
      'Compare undifferentiated, differentiated and concentrated targeting of segments for one budget (seed 002)',
    tags: ['estimate'],
    request: SegmentComparisonRequestSchema,
    responses: {
      200: {
        description: 'Reach, frequency and clicks of each strategy, per segment and in total.',
        schema: SegmentComparisonSchema,
      },
    },
    errors: ['audience_invalid', 'audience_size_unknown', 'reach_model_invalid'],
    handle: async (input, { taxonomy, store }) => ({
      status: 200,
      body: compareSegmentStrategies(input.body, taxonomy, { rateCards: await callerRateCards(input, store) }),
    }),
  }),
]
