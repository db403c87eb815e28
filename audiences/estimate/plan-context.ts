import type { ChannelId } from '../channels/channel.js'
import { DomainError } from '../errors.js'
import type { Audience } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { AssumptionLog } from './assumption-log.js'
import { estimatePopulation, type AudiencePopulation } from './audience-population.js'
import { channelAudience } from './channel-reach.js'
import type { ShareBand } from './criteria-share.js'
import type { LineSetup } from './line-delivery.js'
import {
  FINNISH_RATE_CARD,
  rateCardFor,
  resolveRates,
  type LineRates,
  type RateCard,
  type ResolvedRates,
} from './rate-card.js'
import { calibratedMaxReach, shapeOf, type ReachModel } from './reach-model.js'

export type PlanLineInput = LineRates & {
  channel: ChannelId
  audienceSize?: number | undefined
  frequencyCap?: number | undefined
}
export type PlanInput = {
  audience?: Audience | undefined
  lines: readonly PlanLineInput[]
  universe?: number | undefined
  reachModel?: ReachModel | undefined
}
export type PlanOptions = { rateCards?: readonly RateCard[] }

export type PlannedLine = { channel: ChannelId; rates: ResolvedRates; audienceSize: ShareBand; setup: LineSetup }
export type PlanContext = { lines: PlannedLine[]; universe: number; log: AssumptionLog }

function logModel(model: ReachModel, log: AssumptionLog): void {
  const source = 'planning-science.md: Poisson, negative binomial (Danaher 2007), one-point calibration (Goerg 2014)'
  if (model.kind === 'poisson') log.add('reachModel', 'poisson: R = A(1 − e^(−I/A))', source)
  if (model.kind === 'nbd')
    log.add('reachModel', `nbd with shape r = ${model.shape}: R = A[1 − (1 + m/r)^(−r)]`, source)
  if (model.kind !== 'calibrated') return
  const rho = calibratedMaxReach(model)
  log.add('reachModel', `calibrated: ρ = ${Math.round(rho)}, R = ρI/(I + ρ)`, source)
  log.add(
    'reachModel.pool',
    'min(audience size, ρ)',
    'kohde assumption: the calibrated campaign cannot reach beyond the audience',
  )
}

function sizeOf(
  line: PlanLineInput,
  index: number,
  population: AudiencePopulation | null,
  log: AssumptionLog,
): ShareBand {
  if (line.audienceSize !== undefined) {
    log.add(`lines.${index}.audienceSize`, line.audienceSize, 'request')
    return { value: line.audienceSize, low: line.audienceSize, high: line.audienceSize }
  }
  if (!population?.known) {
    const issues = population
      ? population.unknown.map((u) => ({
          path: u.path,
          code: 'population_unknown',
          message: `kohde has no population data for ${u.label}`,
        }))
      : [
          {
            path: ['lines', index, 'audienceSize'],
            code: 'audience_size_missing',
            message: 'give an audience or an audienceSize',
          },
        ]
    throw new DomainError('audience_size_unknown', 'the audience size cannot be estimated', issues)
  }
  log.add('audienceSize.band', 'low and high multiply the low and high ends of every factor', 'kohde assumption')
  return channelAudience(line.channel, population.breakdown.countries, log)
}

function universeOf(
  input: PlanInput,
  population: AudiencePopulation | null,
  sizes: readonly ShareBand[],
  log: AssumptionLog,
): number {
  const largest = Math.max(0, ...sizes.map((s) => s.value))
  if (input.universe !== undefined) {
    if (input.universe < largest)
      throw new DomainError('universe_too_small', 'the universe is smaller than a line audience', [
        {
          path: ['universe'],
          code: 'universe_below_audience',
          message: `the universe must be at least ${Math.ceil(largest)}`,
        },
      ])
    log.add('universe', input.universe, 'request')
    return input.universe
  }
  const estimated = population?.known ? population.breakdown.matching.value : 0
  if (estimated >= largest && population?.known) {
    log.add('universe', Math.round(estimated), 'the estimated population matching the audience')
    return estimated
  }
  log.add('universe', Math.round(largest), 'the largest line audience (every channel audience assumed inside it)')
  return largest
}

/** The curve a line is estimated on: its rates, the people it can reach (at most ρ when calibrated), law and cap. */
export function lineSetupOf(
  rates: ResolvedRates,
  audienceSize: number,
  model: ReachModel,
  frequencyCap: number | null,
): LineSetup {
  const maxReach = model.kind === 'calibrated' ? calibratedMaxReach(model) : Number.POSITIVE_INFINITY
  return { ...rates, pool: Math.min(audienceSize, maxReach), shape: shapeOf(model), frequencyCap }
}

/** Resolves what every planning use case needs: line audiences, rates and curve settings, the universe, the assumptions. */
export function preparePlan(input: PlanInput, taxonomy: Taxonomy, options: PlanOptions = {}): PlanContext {
  const log = new AssumptionLog()
  const model = input.reachModel ?? { kind: 'poisson' }
  logModel(model, log)
  const needsPopulation = input.audience !== undefined
  const population = needsPopulation ? estimatePopulation(input.audience!, taxonomy, log) : null
  const card = rateCardFor(population?.mainCountry ?? 'FI', options.rateCards ?? [FINNISH_RATE_CARD], log)
  const sizes = input.lines.map((line, i) => sizeOf(line, i, population, log))
  const universe = universeOf(input, population, sizes, log)
  if (input.lines.some((l) => l.frequencyCap !== undefined))
    log.add(
      'frequencyCap.model',
      'nobody sees more than the cap; impressions are spread over more people (A·E[min(X, cap)] = I); beyond A × cap the budget cannot be spent',
      'kohde model',
    )
  const lines = input.lines.map((line, i): PlannedLine => {
    const rates = resolveRates(line.channel, line, card, log, i)
    const audienceSize = sizes[i]!
    const setup = lineSetupOf(rates, audienceSize.value, model, line.frequencyCap ?? null)
    return { channel: line.channel, rates, audienceSize, setup }
  })
  return { lines, universe, log }
}
