import { DomainError } from '../errors.js'
import type { Audience } from '../model/audience-schema.js'
import { validateAudience } from '../model/audience-validate.js'
import { flattenAudience, type FlatAudience } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { AssumptionLog } from './assumption-log.js'
import { criteriaOf, NATIONAL_INCOME } from './criteria-share.js'
import { narrowsByLanguage } from './language-share.js'
import { breakDownPopulation, type PopulationBreakdown } from './population-breakdown.js'
import { cutsBands, type AgeSpan, type Sexes } from './population-count.js'
import { POPULATION_SOURCES } from './population-index.js'
import { selectPopulation, type PopulationSelection } from './population-selection.js'
import { idealSizing, type SizingAudience } from './sizing-audience.js'

const OPEN_AGE = 200

export type AudiencePopulation = {
  breakdown: PopulationBreakdown
  unknown: PopulationSelection['unknown']
  mainCountry: string
  // False when none of the audience's places has population data.
  known: boolean
}

function checkedAge(flat: FlatAudience): AgeSpan {
  const { min, max } = flat.age.value
  if (max !== null && min > max)
    throw new DomainError('audience_invalid', 'the age range is empty', [
      {
        path: [...flat.age.path, 'min'],
        code: 'age_range_empty',
        message: `minimum age ${min} is above maximum ${max}`,
      },
    ])
  return { min, max: max ?? OPEN_AGE }
}

function logSources(selection: PopulationSelection, span: AgeSpan, sexes: Sexes, log: AssumptionLog): void {
  for (const unit of selection.units) {
    if (unit.kind === 'fi') {
      // Swedish municipalities log their own source when picked (population-selection.ts).
      if (unit.country === 'FI')
        log.add('population.FI', 'people by municipality × single year of age × sex', POPULATION_SOURCES.fi, {
          code: 'population.statfi',
        })
    } else {
      log.add(
        `population.${unit.country}`,
        'people by region × 10-year age band',
        `${POPULATION_SOURCES.eurostat}, else ${POPULATION_SOURCES.worldpop}`,
        { code: 'population.eurostat' },
      )
      if (cutsBands(span))
        log.add(
          'population.ageBandSpread',
          'a 10-year band cut by the age range is spread evenly over its years; 80+ over 80–99',
          'kohde assumption (SOURCES.md)',
        )
      if (!(sexes.male && sexes.female))
        log.add(
          `population.${unit.country}.maleShare`,
          unit.maleShare,
          `${POPULATION_SOURCES.worldpop}; the same share in every age band (assumption)`,
        )
    }
  }
  for (const place of selection.unknown)
    log.add(
      `population.unknown.${place.path.join('.')}`,
      0,
      `no population data for ${place.label}: counted as 0 people`,
    )
}

/** Validates an /estimate audience (422 paths from the body) and flattens it with its parents. */
export function flatOfRequest(audience: Audience, taxonomy: Taxonomy): FlatAudience {
  // The same 422s as /compile, with paths from the request body.
  const issues = validateAudience(audience, taxonomy).map((i) => ({ ...i, path: ['audience', ...i.path] }))
  if (issues.length > 0) throw new DomainError('audience_invalid', 'the audience cannot be targeted as written', issues)
  const flat = flattenAudience(audience, taxonomy, ['audience'])
  checkedAge(flat)
  if (flat.geoInclude.length === 0)
    throw new DomainError('audience_invalid', 'the audience names no place', [
      { path: ['audience', 'geo', 'include'], code: 'geo_empty', message: 'name at least one place to target' },
    ])
  return flat
}

function logIncome(breakdown: PopulationBreakdown, usesIncome: boolean, log: AssumptionLog): void {
  if (breakdown.income)
    for (const [tier, key] of [
      ['top', 'income.top-20'],
      ['middle', 'income.middle-60'],
      ['bottom', 'income.bottom-20'],
    ] as const)
      log.add(
        `share.income:${key}`,
        Math.round(breakdown.income[tier] * 1e4) / 1e4,
        `${POPULATION_SOURCES.paavo}, weighted by the people selected in each municipality`,
      )
  else if (usesIncome)
    log.add(
      'share.income',
      `top ${NATIONAL_INCOME.top}, middle ${NATIONAL_INCOME.middle}, bottom ${NATIONAL_INCOME.bottom}`,
      'by definition of national income fifths (no local income data)',
    )
}

function logLanguages(languages: readonly string[] | null, log: AssumptionLog): void {
  if (languages === null) return
  if (!narrowsByLanguage(languages)) {
    log.add(
      'population.languages',
      1,
      `no figures for ${languages.filter((l) => !['fi', 'sv', 'se'].includes(l)).join(', ')}: these languages do not narrow the estimate (assumption)`,
    )
    return
  }
  log.add(
    'population.languages',
    'Finland by mother tongue: Swedish by municipality; Finnish and Sami split the rest as in the whole country (assumption); elsewhere no narrowing',
    POPULATION_SOURCES.languages,
  )
}

/** People of a sizing audience (as described, or as a channel targets it), by country and age segment, and how many match. */
export function sizePopulation(
  sizing: SizingAudience,
  flat: FlatAudience,
  taxonomy: Taxonomy,
  log: AssumptionLog,
): AudiencePopulation {
  const genders = sizing.genders
  const sexes: Sexes = {
    male: genders.length === 0 || genders.includes('male'),
    female: genders.length === 0 || genders.includes('female'),
  }
  // Nobody: a span no age falls in.
  const span =
    sizing.age === null ? { min: OPEN_AGE, max: 0 } : { min: sizing.age.min, max: sizing.age.max ?? OPEN_AGE }
  const selection = selectPopulation(sizing.include, sizing.exclude, taxonomy, flat.locale, log)
  logSources(selection, span, sexes, log)
  const criteria = criteriaOf(sizing.groups, sizing.excludeTerms, taxonomy, log)
  const breakdown = breakDownPopulation(selection.units, span, sexes, criteria, {
    adultsOnlyIn: sizing.adultsOnlyIn,
    languages: sizing.languages,
  })
  logIncome(breakdown, criteria.usesIncome, log)
  logLanguages(sizing.languages, log)
  if (flat.presence.value === 'homeOrRecent')
    log.add(
      'population.presence',
      'residents only',
      'kohde has no visitor data: people recently there are not added (assumption)',
    )
  const mainCountry = [...breakdown.countries].sort((a, b) => sum(b.people) - sum(a.people))[0]?.country ?? 'FI'
  return {
    breakdown,
    unknown: selection.unknown,
    mainCountry,
    known: selection.units.length > 0 || selection.unknown.length === 0,
  }
}

/** People in an audience's places, ages and genders, by country and age segment, and how many match its criteria. */
export function estimatePopulation(audience: Audience, taxonomy: Taxonomy, log: AssumptionLog): AudiencePopulation {
  const flat = flatOfRequest(audience, taxonomy)
  const population = sizePopulation(idealSizing(flat), flat, taxonomy, log)
  logTotals(population, log)
  return population
}

/** The described audience's head counts in the assumptions. */
export function logTotals({ breakdown }: AudiencePopulation, log: AssumptionLog): void {
  log.add(
    'population.people',
    Math.round(breakdown.people),
    'people in the places, ages and genders, before criteria',
    {
      code: 'population.people',
    },
  )
  log.add(
    'population.matching',
    Math.round(breakdown.matching.value),
    'of whom match the criteria (AND of groups, OR within, independence assumed)',
    { code: 'population.matching' },
  )
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
