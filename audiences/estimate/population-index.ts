import { z } from 'zod'
import data from '../data/population-index/population-index.json' with { type: 'json' }
import { shippedData } from '../taxonomy/data-file.js'

export const MAX_SINGLE_AGE = 100
const Cumulative = z.array(z.int().nonnegative()).length(MAX_SINGLE_AGE + 2)

// One Finnish area: cumulative head counts by single year of age (index a = people younger than a), per sex.
export const FiAreaSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  postalAreas: z.int().nonnegative(),
  m: Cumulative,
  f: Cumulative,
  income: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().meta({
    description: 'Paavo 2017: adults 18+, then inhabitants in the lowest, middle and highest income category.',
  }),
  swedish: z.number().min(0).max(1).nullable().meta({
    description: 'Share of Swedish speakers (mother tongue), 2021; null for a municipality merged since 2019.',
  }),
})
export type FiArea = z.infer<typeof FiAreaSchema>

const Bands = z.array(z.number().nonnegative()).length(9)

export const PopulationIndexSchema = z.strictObject({
  about: z.string(),
  ageBands: z.array(z.int()).length(9),
  fi: z.strictObject({
    total: FiAreaSchema,
    municipalities: z.record(z.string(), FiAreaSchema),
    regions: z.record(z.string(), z.array(z.string())),
    postalCodes: z.record(z.string(), z.tuple([z.number().nullable(), z.number().nullable(), z.string()])),
    // Whole-country population by mother tongue (Statistics Finland 11ra).
    languages: z.strictObject({
      year: z.int(),
      total: z.int(),
      finnish: z.int(),
      swedish: z.int(),
      sami: z.int(),
      other: z.int(),
    }),
  }),
  nuts: z.record(z.string(), Bands),
  seCounties: z.record(z.string(), z.string()),
  worldpop: z.record(z.string(), z.strictObject({ male: z.number().min(0).max(1), bands: Bands })),
})
export type PopulationIndex = z.infer<typeof PopulationIndexSchema>

/** The population data kohde ships, precomputed by server/data-build/build-population.ts. */
export const POPULATION_INDEX: PopulationIndex = shippedData(PopulationIndexSchema, data, 'population-index.json')

export const POPULATION_SOURCES = {
  fi: 'Statistics Finland, table 11re, population 31 Dec 2019 (CC BY 4.0)',
  paavo: 'Statistics Finland, Paavo 2018, income categories of inhabitants 2017 (CC BY 4.0)',
  postal: 'Statistics Finland, Paavo postal code areas 2020 (CC BY 4.0); centres derived by synthea-international',
  eurostat: 'Eurostat, population by NUTS region and age, 1 Jan 2019 (CC BY 4.0)',
  worldpop: 'WorldPop, population by country, sex and age, ~2020 model estimate (CC BY 4.0)',
  languages:
    'Statistics Finland, table 11ra (population by mother tongue, 31 Dec 2021) and Municipal key figures (share of Swedish speakers by municipality, 2021) (CC BY 4.0)',
} as const
