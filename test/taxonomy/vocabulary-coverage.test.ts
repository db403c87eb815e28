import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConceptListSchema, coverageOf, phraseResults } from '../../bench/coverage-report.js'
import { sampleTaxonomy } from './support/sample-vocabulary.js'

const list = ConceptListSchema.parse(
  JSON.parse(readFileSync(new URL('../fixtures/vocabulary/coverage-sample-list.json', import.meta.url), 'utf8')),
)
const results = phraseResults(list, sampleTaxonomy())

// coverage-sample-list.json: 15 phrases of five concepts; four are sample concepts, "frisbeegolf" is in no vocabulary.
describe('the coverage report', () => {
  it('when the sample list is read, then every phrase of a sample concept is found and frisbeegolf is not', () => {
    const coverage = coverageOf(results)

    expect([coverage.phrases, coverage.found, coverage.concepts, coverage.conceptsFound]).toEqual([15, 14, 5, 4])
    expect(coverage.notFound).toEqual(['fi:frisbeegolf'])
  })

  it('when found phrases are compiled, then Google is exact for golf, sailing and dogs (their Google ids) and a keyword fallback for HR managers', () => {
    const coverage = coverageOf(results)

    // golf 4 + sailing 4 + dogs 3 phrases reach user interests 90206, 90209, 91102; HR manager has custom-segment words.
    expect(coverage.channels.google).toEqual({ exact: 11, approximated: 0, fallback: 3, unresolved: 0, unsupported: 0 })
    // Meta: every sample concept gives a lookup (unresolved until a live lookup stores the id).
    expect(coverage.channels.meta.unresolved).toBe(14)
    // LinkedIn: interests have no LinkedIn facet; HR manager is job function 12 AND seniority 5.
    expect(coverage.channels.linkedin).toMatchObject({ exact: 3, unsupported: 11 })
    expect(coverage.googleNative).toBe(3)
  })

  it('when a phrase is not found, then its free-text fate is reported: a Google keyword, a Meta and a LinkedIn lookup', () => {
    const frisbee = results.find((r) => r.text === 'frisbeegolf')

    expect(frisbee).toMatchObject({
      key: null,
      outcomes: { google: 'fallback', meta: 'unresolved', linkedin: 'unresolved' },
    })
  })
})
