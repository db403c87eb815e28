// Public surface of audience-size, reach and budget estimates; server/ imports these through audiences/index.ts.
export * from './estimate-schema.js'
export {
  FeeSchema,
  CostSchema,
  PlanCostSchema,
  costOf,
  grossRatio,
  type Fee,
  type Cost,
  type PlanCost,
  type LineFee,
} from './agency-fee.js'
export { grossEstimate } from './gross-estimate.js'
export { estimatePlan, estimateSizedPlan, type EstimateOptions } from './estimate-plan.js'
export { guideEstimate, estimateSetups, type CoreEstimate, type EstimateGuidanceInfo } from './estimate-guidance.js'
export * from './guidance-schema.js'
export {
  PLATFORM_OF,
  PLATFORM_MINIMUMS,
  DEFAULT_FREQUENCY_RANGE,
  DEFAULT_MARGINAL_THRESHOLD,
  takesFrequencyCap,
  type GuidancePlatform,
} from './guidance-defaults.js'
export { recommendedBudget, marginalShare, thresholdMean, budgetForFrequency } from './marginal-reach.js'
export {
  planCalendar,
  flightDays,
  lineFlightDays,
  type PlanCalendar,
  type CalendarWeek,
  type CalendarLine,
  type FlightDates,
} from './flight-calendar.js'
export { calendarDelivery, CALENDAR_REACH_ASSUMPTION, type CalendarWeekDelivery } from './calendar-reach.js'
export { optimizePlan, optimizeContext } from './optimize-plan.js'
export { allocateForScore, effectiveReachScore, effectiveReachCeiling } from './effective-reach-allocation.js'
export { budgetForReach } from './budget-for-reach.js'
export {
  reachCurve,
  ReachCurveSchema,
  CurvePointSchema,
  type ReachCurve,
  type CurvePoint,
  type ReachCurveOptions,
} from './reach-curve.js'
export { compareSegmentStrategies } from './segment-strategies.js'
export * from './segment-strategy-schema.js'
export {
  preparePlan,
  prepareLoosePlan,
  isSized,
  type LoosePlanContext,
  type PlanContext,
  type PlanInput,
  type PlanLineInput,
  type PlanOptions,
  type PlannedLine,
} from './plan-context.js'
export { AssumptionSchema, AssumptionLog, type Assumption } from './assumption-log.js'
export {
  FINNISH_RATE_CARD,
  RateCardSchema,
  ChannelRatesSchema,
  PricingSchema,
  resolveRates,
  type RateCard,
  type ChannelRates,
  type Pricing,
  type ResolvedRates,
} from './rate-card.js'
export {
  ReachModelSchema,
  REACH_LEVELS,
  calibratedMaxReach,
  cappedMean,
  exposurePmf,
  latentMean,
  reachShare,
  shapeOf,
  type ExposureShape,
  type ReachModel,
} from './reach-model.js'
export {
  deliverLine,
  lineReach,
  lineClicks,
  boughtImpressions,
  type LineDelivery,
  type LineSetup,
} from './line-delivery.js'
export { sainsburyReach, combineReach, pooledReach, pooledSainsbury } from './cross-channel-reach.js'
export { channelSizes, aboutPeople, type ChannelSize } from './line-sizes.js'
export { channelSizing, idealSizing, sizeReasons, type SizingAudience } from './sizing-audience.js'
export { languageShare } from './language-share.js'
export { peopleIn } from './place-population.js'
export { calibratedShape } from './reach-calibration.js'
export { allocateCents, evenSplit, type AllocationProblem } from './budget-allocation.js'
export { channelReach, channelAudience, type ChannelReach } from './channel-reach.js'
export {
  criteriaOf,
  matchingShare,
  NATIONAL_INCOME,
  type Criteria,
  type IncomeShares,
  type ShareBand,
} from './criteria-share.js'
export { estimatePopulation, sizePopulation, flatOfRequest, type AudiencePopulation } from './audience-population.js'
export { selectPopulation, type PopulationSelection, type PopulationUnit } from './population-selection.js'
export {
  breakDownPopulation,
  AGE_SEGMENTS,
  type PopulationBreakdown,
  type CountryBreakdown,
} from './population-breakdown.js'
export { countFiArea, countBands, type AgeSpan, type Sexes } from './population-count.js'
export {
  POPULATION_INDEX,
  POPULATION_SOURCES,
  PopulationIndexSchema,
  type PopulationIndex,
  type FiArea,
} from './population-index.js'
export * from './segmented-plan.js'
