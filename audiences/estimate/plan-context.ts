import type { ChannelId } from '../channels/channel.js'
import { DomainError } from '../errors.js'
import type { Audience } from '../model/audience-schema.js'
import type { FlatAudience } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { feeOf, type Fee, type LineFee } from './agency-fee.js'
import { AssumptionLog } from './assumption-log.js'
import { flatOfRequest, logTotals, sizePopulation, type AudiencePopulation } from './audience-population.js'
import type { ShareBand } from './criteria-share.js'
import { PLATFORMS_OF, type SizeReason } from './estimate-schema.js'
import type { LineSetup } from './line-delivery.js'
import { channelSizes, type ChannelSize } from './line-sizes.js'
import {
  FINNISH_RATE_CARD,
  rateCardFor,
  resolveRates,
  type LineRates,
  type RateCard,
  type ResolvedRates,
} from './rate-card.js'
import { calibratedMaxReach, shapeOf, type ReachModel } from './reach-model.js'
import { calibratedShape } from './reach-calibration.js'
import { idealSizing } from './sizing-audience.js'

export type PlanLineInput = LineRates & {
  channel: ChannelId
  audienceSize?: number | undefined
  frequencyCap?: number | undefined
  // Lines of one platform and one segment share that platform's pool of people (segmented plans name theirs).
  segment?: string | undefined
}
export type PlanInput = {
  audience?: Audience | undefined
  lines: readonly PlanLineInput[]
  universe?: number | undefined
  reachModel?: ReachModel | undefined
  fee?: Fee | undefined
}
export type PlanOptions = { rateCards?: readonly RateCard[] }

export type PlannedLine = {
  channel: ChannelId
  rates: ResolvedRates
  audienceSize: ShareBand
  idealAudienceSize: ShareBand | null
  sizeReason: SizeReason | null
  // The platform pool the line draws from: lines with the same key reach the same people.
  pool: string
  setup: LineSetup
}
export type PlanContext = { lines: PlannedLine[]; fees: LineFee[]; universe: number; log: AssumptionLog }
// With options.unsized: a line nothing sizes (no audience, no audienceSize) has a null audienceSize.
export type LoosePlannedLine = Omit<PlannedLine, 'audienceSize'> & { audienceSize: ShareBand | null }
export type LoosePlanContext = {
  lines: LoosePlannedLine[]
  fees: LineFee[]
  universe: number | null
  log: AssumptionLog
}

/** True when every line has a size (and so the plan a universe). */
export const isSized = (context: LoosePlanContext): context is PlanContext =>
  context.universe !== null && context.lines.every((l) => l.audienceSize !== null)

type Sized = { size: ShareBand | null; channel: ChannelSize | null }

function logModel(model: ReachModel, log: AssumptionLog): void {
  const source = 'planning-science.md: Poisson, negative binomial (Danaher 2007), one-point calibration (Goerg 2014)'
  const ref = { code: 'reachModel.literature' }
  if (model.kind === 'poisson') log.add('reachModel', 'poisson: R = A(1 − e^(−I/A))', source, ref)
  if (model.kind === 'nbd')
    log.add('reachModel', `nbd with shape r = ${model.shape}: R = A[1 − (1 + m/r)^(−r)]`, source, ref)
  if (model.kind !== 'calibrated') return
  const rho = calibratedMaxReach(model)
  log.add('reachModel', `calibrated: ρ = ${Math.round(rho)}, R = ρI/(I + ρ)`, source, ref)
}

function sizeOf(
  line: PlanLineInput,
  index: number,
  population: AudiencePopulation | null,
  sizes: ReadonlyMap<ChannelId, ChannelSize> | null,
  unsized: boolean,
  log: AssumptionLog,
): Sized {
  if (line.audienceSize !== undefined) {
    log.add(`lines.${index}.audienceSize`, line.audienceSize, 'request', { code: 'request' })
    return { size: { value: line.audienceSize, low: line.audienceSize, high: line.audienceSize }, channel: null }
  }
  const channel = sizes?.get(line.channel)
  if (channel?.targeted) {
    log.add('audienceSize.band', 'low and high multiply the low and high ends of every factor', 'kohde assumption', {
      code: 'kohde.assumption',
    })
    return { size: channel.targeted, channel }
  }
  if (!population && unsized) return { size: null, channel: null }
  const issues = channel
    ? channel.unknown
    : population
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

function universeOf(
  input: PlanInput,
  population: AudiencePopulation | null,
  sizes: readonly (ShareBand | null)[],
  log: AssumptionLog,
): number | null {
  if (sizes.every((s) => s === null) && input.universe === undefined) return null
  const largest = Math.max(0, ...sizes.map((s) => s?.value ?? 0))
  if (input.universe !== undefined) {
    if (input.universe < largest)
      throw new DomainError('universe_too_small', 'the universe is smaller than a line audience', [
        {
          path: ['universe'],
          code: 'universe_below_audience',
          message: `the universe must be at least ${Math.ceil(largest)}`,
        },
      ])
    log.add('universe', input.universe, 'request', { code: 'request' })
    return input.universe
  }
  const estimated = population?.known ? population.breakdown.matching.value : 0
  if (estimated >= largest && population?.known) {
    log.add('universe', Math.round(estimated), 'the estimated population matching the audience', {
      code: 'universe.population',
    })
    return estimated
  }
  log.add('universe', Math.round(largest), 'the largest line audience (every channel audience assumed inside it)', {
    code: 'universe.largestLine',
  })
  return largest
}

/** The curve a line is estimated on: its rates, the people it can reach (at most ρ when calibrated), law and cap. */
export function lineSetupOf(
  rates: ResolvedRates,
  audienceSize: number | null,
  model: ReachModel,
  frequencyCap: number | null,
  line: number,
  log: AssumptionLog,
): LineSetup {
  const maxReach = model.kind === 'calibrated' ? calibratedMaxReach(model) : Number.POSITIVE_INFINITY
  const shape =
    model.kind === 'calibrated' && audienceSize !== null
      ? calibratedShape(model, audienceSize, line, log)
      : shapeOf(model)
  return { ...rates, pool: Math.min(audienceSize ?? 0, maxReach), shape, frequencyCap }
}

function populationOf(input: PlanInput, taxonomy: Taxonomy, log: AssumptionLog) {
  if (input.audience === undefined) return { flat: null, population: null }
  const flat: FlatAudience = flatOfRequest(input.audience, taxonomy)
  const population = sizePopulation(idealSizing(flat), flat, taxonomy, log)
  logTotals(population, log)
  return { flat, population }
}

/** Resolves what every planning use case needs: line audiences, rates and curve settings, the universe, the assumptions. */
export function preparePlan(input: PlanInput, taxonomy: Taxonomy, options: PlanOptions = {}): PlanContext {
  // Without `unsized` every line has a size or sizeOf threw audience_size_unknown.
  return prepare(input, taxonomy, options, false) as PlanContext
}

/** As preparePlan, but a line with neither an audience nor an audienceSize keeps its delivery with no size (/estimate). */
export const prepareLoosePlan = (input: PlanInput, taxonomy: Taxonomy, options: PlanOptions = {}): LoosePlanContext =>
  prepare(input, taxonomy, options, true)

function prepare(input: PlanInput, taxonomy: Taxonomy, options: PlanOptions, unsized: boolean): LoosePlanContext {
  const log = new AssumptionLog()
  const model = input.reachModel ?? { kind: 'poisson' }
  logModel(model, log)
  const { flat, population } = populationOf(input, taxonomy, log)
  const derived = input.lines.filter((l) => l.audienceSize === undefined).map((l) => l.channel)
  const sizes = flat && population ? channelSizes(flat, population, derived, taxonomy, log) : null
  const card = rateCardFor(population?.mainCountry ?? 'FI', options.rateCards ?? [FINNISH_RATE_CARD], log)
  const sized = input.lines.map((line, i) => sizeOf(line, i, population, sizes, unsized, log))
  const universe = universeOf(
    input,
    population,
    sized.map((s) => s.size),
    log,
  )
  if (input.lines.some((l) => l.frequencyCap !== undefined))
    log.add(
      'frequencyCap.model',
      'nobody sees more than the cap; impressions are spread over more people (A·E[min(X, cap)] = I); beyond A × cap the budget cannot be spent',
      'kohde model',
    )
  const lines = input.lines.map((line, i): LoosePlannedLine => {
    const rates = resolveRates(line.channel, line, card, log, i)
    const { size, channel } = sized[i]!
    const setup = lineSetupOf(rates, size?.value ?? null, model, line.frequencyCap ?? null, i, log)
    return {
      channel: line.channel,
      rates,
      audienceSize: size,
      idealAudienceSize: channel?.ideal ?? null,
      sizeReason: channel?.reason ?? null,
      pool: `${PLATFORMS_OF[line.channel]}:${line.segment ?? ''}`,
      setup,
    }
  })
  if (new Set(lines.map((l) => l.pool)).size < lines.length)
    log.add(
      'reach.platformPool',
      "lines on one platform reach one pool of people (Facebook and Instagram: Meta's): the largest line audience; within it they overlap at random, and no platform reaches beyond its pool",
      'kohde assumption (a platform that shows two lines to the same people overlaps them)',
    )
  const fees = input.lines.map((line) => feeOf(line.channel, card, input.fee, log))
  return { lines, fees, universe, log }
}
