import { describe, expect, it } from 'vitest'
import {
  buildSearchIndex,
  createTaxonomy,
  searchIndexSteps,
  TAXONOMY_PARTS,
  type SearchIndex,
  type Taxonomy,
} from '../../audiences/index.js'
import { findTaxonomy, warmTaxonomySearch } from '../../server/taxonomy-search.js'

// The server builds the word index after it starts listening, a step per event-loop turn (server/main.ts), so the
// first requests are not held for the whole build. Each taxonomy here has a names object of its own, so its index is
// built here and not found already built by another test.
const freshTaxonomy = (): Taxonomy => createTaxonomy(TAXONOMY_PARTS, { ...TAXONOMY_PARTS })

function stepsOf(perStep: number): { yields: number; index: SearchIndex } {
  const steps = searchIndexSteps(TAXONOMY_PARTS, perStep)
  let yields = 0
  for (;;) {
    const step = steps.next()
    if (step.done) return { yields, index: step.value }
    yields++
  }
}

describe('the taxonomy search index built in steps', () => {
  it('when built 400 names a step, then it pauses at least once per 400 entries and per 400 names', () => {
    const { yields, index } = stepsOf(400)

    // One pause after each full 400 entries (refs) and each full 400 names.
    expect(yields).toBe(Math.floor(index.refs.length / 400) + Math.floor(index.names.length / 400))
    expect(yields).toBeGreaterThan(10)
  })

  it('when built in steps, then it is the index built in one go', () => {
    const whole = buildSearchIndex(TAXONOMY_PARTS)
    const { index } = stepsOf(97)

    expect(index.refs).toEqual(whole.refs)
    expect(index.names).toEqual(whole.names)
    expect(index.sorted).toEqual(whole.sorted)
    expect([...index.words]).toEqual([...whole.words])
    expect([...index.stems.keys()]).toEqual([...whole.stems.keys()])
  })
})

describe('warmTaxonomySearch', () => {
  it('when warming, then other callbacks run between its steps and a search after it finds golf', async () => {
    const taxonomy = freshTaxonomy()
    let turnsDuringWarm = 0
    let warmed = false
    const counting = () => {
      if (warmed) return
      turnsDuringWarm++
      setImmediate(counting)
    }
    setImmediate(counting)
    await warmTaxonomySearch(taxonomy).then(() => (warmed = true))

    // A turn between each step: the build yields ~40 times on the shipped data (test above).
    expect(turnsDuringWarm).toBeGreaterThan(10)
    expect(findTaxonomy(taxonomy, { q: 'golf' })[0]).toMatchObject({ type: 'term', key: 'interest.golf' })
  })

  it('when a search comes while the index is being warmed, then it finishes the build and the warm-up ends', async () => {
    const taxonomy = freshTaxonomy()
    const warming = warmTaxonomySearch(taxonomy)
    await new Promise((resolve) => setImmediate(resolve))

    expect(findTaxonomy(taxonomy, { q: 'segling' })[0]).toMatchObject({ key: 'interest.boating' })
    await expect(warming).resolves.toBeUndefined()
  })
})
