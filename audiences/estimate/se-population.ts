import { z } from 'zod'
import data from '../data/population-index/se-municipalities.json' with { type: 'json' }
import { shippedData } from '../taxonomy/data-file.js'
import { MAX_SINGLE_AGE } from './population-index.js'

const Cumulative = z.array(z.int().nonnegative()).length(MAX_SINGLE_AGE + 2)
// The Finnish areas' shape: cumulative head counts by single year of age per sex; no income or postal data.
const SeAreaSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  postalAreas: z.literal(0),
  m: Cumulative,
  f: Cumulative,
  income: z.null(),
})
const SePopulationSchema = z.strictObject({
  total: SeAreaSchema,
  about: z.string(),
  municipalities: z.record(z.string(), SeAreaSchema),
})

/** Sweden's 290 municipalities and the whole country, built by server/data-build/se-population.ts. */
// No language shares are sourced for Sweden: swedish null, as a Finnish municipality without a 2021 share.
const parsed = shippedData(SePopulationSchema, data, 'se-municipalities.json')
const withoutShare = <T extends object>(area: T) => ({ ...area, swedish: null })
export const SE_POPULATION = {
  ...parsed,
  total: withoutShare(parsed.total),
  municipalities: Object.fromEntries(Object.entries(parsed.municipalities).map(([k, a]) => [k, withoutShare(a)])),
}
export const SE_POPULATION_SOURCE =
  'Statistics Sweden (SCB), population by municipality × single year of age × sex, 31 Dec 2019 (CC0)'
