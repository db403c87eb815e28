import fc from 'fast-check'
import { CHANNEL_IDS } from '../../../audiences/index.js'
import { compileBodyArbitrary, mutatedArbitrary, type Json } from './compile-body-arbitrary.js'

// Extremes on purpose: lines of 1e9 € each (their sum is over the plan's bound) and fractions of a person.
const euros = fc.oneof(fc.constantFrom(0, 0.01, 1, 100, 5000, 2.5e8, 1e9), fc.double({ min: 0, max: 1e6, noNaN: true }))
const people = fc.oneof(
  fc.constantFrom(0, 1, 1000, 100_000, 1e12, 1e-300, 0.5),
  fc.double({ min: 1, max: 1e7, noNaN: true }),
)

const villa: Json = {
  name: 'Luxury villa buyers',
  geo: { include: [{ country: 'FI' }] },
  age: { min: 30, max: 60 },
  include: [[{ facet: 'income', value: 'income.top-20' }]],
}
// Most random audiences are rejected with 422 (unknown terms, places); the villa buyers keep the numbers exercised.
const audience = fc.oneof(
  fc.constant(villa),
  compileBodyArbitrary.map((body) => (body as { audience: Json }).audience),
)

const reachModel = fc.oneof(
  fc.constant({ kind: 'poisson' }),
  fc.record({ kind: fc.constant('nbd'), shape: fc.double({ min: 1e-6, max: 1e6, noNaN: true }) }),
  fc.record({ kind: fc.constant('calibrated'), impressions: people, reach: people }),
)

const channel = fc.constantFrom(...CHANNEL_IDS)
const rates = {
  pricing: fc.constantFrom('cpm', 'cpc'),
  cpm: fc.double({ min: 0.001, max: 10_000, noNaN: true }),
  cpc: fc.double({ min: 0.001, max: 10_000, noNaN: true }),
  ctr: fc.double({ min: 1e-6, max: 1, noNaN: true }),
  frequencyCap: fc.integer({ min: 1, max: 100 }),
}
const plan = { audience, universe: people, reachModel, flightDays: fc.integer({ min: 1, max: 3650 }) }

const lines = <T>(line: fc.Arbitrary<T>) => fc.array(line, { minLength: 1, maxLength: 4 })
const estimateLine = fc.record(
  { channel, budget: euros, ...rates, audienceSize: people },
  { requiredKeys: ['channel', 'budget'] },
)
const planLine = fc.record(
  { channel, ...rates, audienceSize: people, min: euros, max: euros },
  { requiredKeys: ['channel'] },
)
const estimate = fc.record({ ...plan, lines: lines(estimateLine) }, { requiredKeys: ['lines'] })

const bodies = {
  estimate,
  curves: fc
    .tuple(
      estimate,
      fc.record(
        { points: fc.integer({ min: 2, max: 101 }), maxMultiplier: fc.double({ min: 0.01, max: 10, noNaN: true }) },
        { requiredKeys: [] },
      ),
    )
    .map(([body, options]) => ({ ...body, ...options })),
  optimize: fc.record(
    { ...plan, lines: lines(planLine), totalBudget: euros, objective: fc.constantFrom('reach', 'clicks') },
    { requiredKeys: ['lines', 'totalBudget'] },
  ),
  budgetForReach: fc.record(
    { ...plan, lines: lines(planLine), targetReach: people },
    { requiredKeys: ['lines', 'targetReach'] },
  ),
  strategies: fc.record(
    {
      segments: fc.array(
        fc.record(
          { name: fc.constantFrom('A', 'B', 'Mökki'), audience, audienceSize: people },
          { requiredKeys: ['name'] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      lines: lines(fc.record({ channel, ...rates }, { requiredKeys: ['channel'] })),
      totalBudget: euros,
      reachModel,
      focus: fc.integer({ min: 0, max: 4 }),
      tailoredCtrLift: fc.double({ min: 0.1, max: 10, noNaN: true }),
    },
    { requiredKeys: ['segments', 'lines', 'totalBudget'] },
  ),
}

export type PlanEndpoint = keyof typeof bodies

/** Valid-looking planning bodies: maybe an audience, one to four lines with any rates and bounds, any reach model. */
export const planBodyArbitrary = (endpoint: PlanEndpoint): fc.Arbitrary<Json> => bodies[endpoint] as fc.Arbitrary<Json>

/** A valid-looking planning body damaged by one to four mutations. */
export const mutatedPlanBodyArbitrary = (endpoint: PlanEndpoint): fc.Arbitrary<string> =>
  mutatedArbitrary(planBodyArbitrary(endpoint))
