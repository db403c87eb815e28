type Body = Record<string, unknown>

/** A plan line with a given audience size (100,000 unless overridden), so no population estimate is involved. */
export const aLine = (channel: string, fields: Body = {}): Body => ({ channel, audienceSize: 100_000, ...fields })

/** POST /api/v1/estimate: 100 € on Facebook over 150,000 people, with overrides. */
export const anEstimateBody = (fields: Body = {}): Body => ({
  lines: [aLine('facebook', { budget: 100 })],
  universe: 150_000,
  ...fields,
})

/** POST /api/v1/optimize: 5,000 € across Facebook and LinkedIn for reach, with overrides. */
export const anOptimizeBody = (fields: Body = {}): Body => ({
  lines: [aLine('facebook'), aLine('linkedin')],
  totalBudget: 5000,
  objective: 'reach',
  ...fields,
})

/** POST /api/v1/budget-for-reach: 10,000 people on Facebook out of 100,000, with overrides. */
export const aBudgetForReachBody = (fields: Body = {}): Body => ({
  lines: [aLine('facebook')],
  universe: 100_000,
  targetReach: 10_000,
  ...fields,
})

/** POST /api/v1/strategies/compare: two sized segments (60,000 and 40,000 people), 1,000 € on Facebook. */
export const aStrategiesBody = (fields: Body = {}): Body => ({
  segments: [
    { name: 'Villa buyers', audienceSize: 60_000 },
    { name: 'Cottage buyers', audienceSize: 40_000 },
  ],
  lines: [{ channel: 'facebook' }],
  totalBudget: 1000,
  ...fields,
})

/** Seed 003's villa buyers as an estimate would send them: all of Finland, 30–60, top-20 % income. */
export const aVillaAudience = (fields: Body = {}): Body => ({
  name: 'Luxury villa buyers',
  geo: { include: [{ country: 'FI' }] },
  age: { min: 30, max: 60 },
  include: [[{ facet: 'income', value: 'income.top-20' }]],
  ...fields,
})
