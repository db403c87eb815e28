import { describe, expect, it } from 'vitest'
import { AudienceSchema, DEFAULT_TAXONOMY, validateAudience } from '../../audiences/index.js'
import { parseBrief } from '../../audiences/briefs/index.js'
import { criteriaOf, expectedOf, loadCorpus, score } from './support/brief-corpus.js'

// Fixtures name the terms the platform-scale vocabulary (issue 14) knows: dentists, golf, ERP buyers, decision makers.
const RECALL_GOAL = 0.9
const PRECISION_GOAL = 0.95
const corpus = loadCorpus()
const runs = corpus.map((c) => {
  const result = parseBrief(c.text, DEFAULT_TAXONOMY, c.locale)
  const produced = criteriaOf(result.audience, {
    geoDefaulted: result.notes.some((n) => n.code === 'geo_defaulted'),
    ageGiven: result.recognized.some((r) => r.term.kind === 'age' && !r.excluded),
  })
  return { file: c.file, result, produced, expected: expectedOf(c) }
})

describe('parseBrief over the seed corpus (test/fixtures/briefs)', () => {
  it('when every brief is parsed with the shipped taxonomy, then recall and precision of the expected criteria meet the goals', () => {
    const total = score(runs)
    const misses = runs.flatMap((r) => [
      ...r.produced.filter((p) => !r.expected.includes(p)).map((p) => `${r.file}: unexpected ${p}`),
      ...r.expected.filter((e) => !r.produced.includes(e)).map((e) => `${r.file}: missed ${e}`),
    ])
    const percent = (x: number) => `${(x * 100).toFixed(1)} %`
    console.log(
      `brief corpus: ${runs.length} briefs, ${total.expected} expected criteria, ${total.produced} produced, ${total.truePositives} right — ` +
        `recall ${percent(total.recall)} (goal ${percent(RECALL_GOAL)}), precision ${percent(total.precision)} (goal ${percent(PRECISION_GOAL)})` +
        (misses.length > 0 ? `\n  ${misses.join('\n  ')}` : ''),
    )

    expect(total.recall).toBeGreaterThanOrEqual(RECALL_GOAL)
    expect(total.precision).toBeGreaterThanOrEqual(PRECISION_GOAL)
  })

  it.each(runs.map((r) => [r.file, r] as const))(
    'when %s is parsed, then the draft is a valid audience kohde can compile',
    (_file, run) => {
      const audience = AudienceSchema.parse(run.result.audience)

      expect(validateAudience(audience, DEFAULT_TAXONOMY)).toEqual([])
    },
  )
})
