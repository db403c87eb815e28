import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { FacetSchema, LocaleSchema, type Audience } from '../../../audiences/index.js'

export const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/briefs')

const ExpectedSchema = z.union([
  z.strictObject({
    kind: z.enum(['age', 'geo', 'gender', 'language']),
    value: z.string().min(1),
    exclude: z.boolean().optional(),
  }),
  z.strictObject({ facet: FacetSchema, value: z.string().min(1), exclude: z.boolean().optional() }),
])
const CorpusCaseSchema = z.strictObject({
  text: z.string().min(1),
  locale: LocaleSchema,
  source: z.string().min(1),
  expected: z.array(ExpectedSchema),
  comment: z.string().optional(),
})
export type CorpusCase = z.infer<typeof CorpusCaseSchema> & { file: string }

export function loadCorpus(dir = CORPUS_DIR): CorpusCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...CorpusCaseSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }))
}

const geoKey = (g: Audience['geo']['include'][number]): string =>
  'municipality' in g
    ? `municipality:${g.municipality}`
    : 'region' in g
      ? `region:${g.region}`
      : 'postalCode' in g
        ? `postalCode:${g.postalCode}`
        : 'country' in g && !('city' in g)
          ? `country:${g.country}`
          : JSON.stringify(g)

/** The criteria of an audience as comparable strings; the default age and the defaulted country are not criteria. */
export function criteriaOf(audience: Audience, options: { geoDefaulted: boolean; ageGiven: boolean }): string[] {
  const out: string[] = []
  if (options.ageGiven) out.push(`age:${audience.age.min}-${audience.age.max ?? ''}`)
  for (const g of audience.genders) out.push(`gender:${g}`)
  for (const l of audience.languages) out.push(`language:${l}`)
  if (!options.geoDefaulted) for (const g of audience.geo.include) out.push(`geo:${geoKey(g)}`)
  for (const g of audience.geo.exclude) out.push(`exclude:geo:${geoKey(g)}`)
  for (const group of audience.include)
    for (const t of group) out.push(`${t.facet}:${t.facet === 'keyword' ? t.value.toLowerCase() : t.value}`)
  for (const t of audience.exclude) out.push(`exclude:${t.facet}:${t.value}`)
  return [...new Set(out)]
}

export function expectedOf(c: CorpusCase): string[] {
  return [
    ...new Set(
      c.expected.map((e) => {
        const key =
          'kind' in e ? `${e.kind}:${e.value}` : `${e.facet}:${e.facet === 'keyword' ? e.value.toLowerCase() : e.value}`
        return e.exclude ? `exclude:${key}` : key
      }),
    ),
  ]
}

export type Score = { truePositives: number; produced: number; expected: number; precision: number; recall: number }

export function score(pairs: readonly { produced: readonly string[]; expected: readonly string[] }[]): Score {
  let truePositives = 0
  let produced = 0
  let expected = 0
  for (const p of pairs) {
    const want = new Set(p.expected)
    truePositives += p.produced.filter((c) => want.has(c)).length
    produced += p.produced.length
    expected += p.expected.length
  }
  return {
    truePositives,
    produced,
    expected,
    precision: produced === 0 ? 1 : truePositives / produced,
    recall: expected === 0 ? 1 : truePositives / expected,
  }
}
