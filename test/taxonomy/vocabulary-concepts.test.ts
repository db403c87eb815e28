import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConceptFileSchema, type ConceptFile } from '../../server/data-build/vocabulary/concept-schema.js'
import {
  buildVocabulary,
  readHandWritten,
  VocabularyError,
} from '../../server/data-build/vocabulary/vocabulary-build.js'

const SAMPLE = ConceptFileSchema.parse(
  JSON.parse(readFileSync(new URL('../fixtures/vocabulary/agency-concepts-sample.json', import.meta.url), 'utf8')),
)
const handWritten = readHandWritten()
const built = buildVocabulary(SAMPLE, handWritten)
const all = [...built['terms-concepts.json'], ...built['terms-google.json'], ...built['terms-linkedin.json']]
const entry = (key: string) => all.find((t) => t.key === key)
const withConcepts = (change: (file: ConceptFile) => void): ConceptFile => {
  const file = structuredClone(SAMPLE)
  change(file)
  return file
}
const problemsOf = (file: ConceptFile): string => {
  try {
    buildVocabulary(file, handWritten)
    return ''
  } catch (error) {
    if (error instanceof VocabularyError) return error.message
    throw error
  }
}

// concepts-format.md: the rules the build enforces on agency-concepts.json, run on a four-concept sample.
describe('agency concepts in the vocabulary build', () => {
  it('when a concept lists Google categories, then the first is its own (Golf Enthusiasts 90206 is interest.golf) and the next keeps its generated key', () => {
    expect(entry('interest.google-90206')).toBeUndefined()
    expect(entry('interest.golf')?.channels.google).toMatchObject({
      target: 'user_interest',
      id: '90206',
      also: [{ target: 'user_interest', id: '80569' }],
    })
    expect(entry('behavior.google-80569')?.channels.google?.id).toBe('80569')
    expect(entry('interest.golf')?.synonyms.en).toContain('Golf Enthusiasts')
  })

  it('when a Google category is claimed, then its narrower categories point to the concept', () => {
    // google-user-interests.csv: "Boating & Sailing Enthusiasts" 90209 has no children; Sports Fans 90200 is Golf's parent.
    expect(entry('interest.golf')?.parent).toBeUndefined()
    expect(all.filter((t) => t.parent === 'interest.golf')).toEqual([])
    expect(entry('interest.google-90200')?.channels.google?.name).toBe('Sports Fans')
  })

  it('when a concept has the key of a hand-written entry, then it extends it: labels replaced, synonyms added, ids added where none', () => {
    const dogs = entry('interest.dogs')
    const before = handWritten.find((t) => t.key === 'interest.dogs')!

    expect(dogs?.labels).toEqual({ fi: 'Koirat', sv: 'Hundar', en: 'Dogs' })
    expect(dogs?.synonyms.fi).toEqual(expect.arrayContaining([...before.synonyms.fi, 'koiraharrastajat']))
    expect(dogs?.channels.google?.id).toBe('91102')
    expect(dogs?.channels.meta).toEqual(before.channels.meta)
    expect(dogs?.share).toEqual(before.share)
  })

  it('when a concept names a LinkedIn function AND a seniority, then both ids are kept, combined "all", and neither is claimed', () => {
    expect(entry('title.hr-manager')?.channels.linkedin).toMatchObject({
      target: 'jobFunctions',
      id: 'urn:li:function:12',
      also: [{ target: 'seniorities', id: 'urn:li:seniority:5' }],
      combine: 'all',
    })
    expect(entry('jobFunction.linkedin-12')?.channels.linkedin?.id).toBe('urn:li:function:12')
  })

  it('when a concept gives custom-segment words and a Meta query, then Google gets the segment and Meta a lookup', () => {
    const hr = entry('title.hr-manager')

    expect(hr?.channels.google).toMatchObject({
      id: null,
      fallback: { kind: 'customAudience', keywords: ['hr-päällikkö', 'henkilöstöpäällikkö', 'hr manager'] },
    })
    expect(hr?.channels.meta).toMatchObject({ target: 'work_positions', id: null, fallback: { kind: 'lookup' } })
  })

  it('when a concept names an id the platform table does not have, then the build fails naming it', () => {
    const file = withConcepts((f) => (f.concepts[1]!.google!.userInterests = ['99999999']))

    expect(problemsOf(file)).toContain(
      'concept interest.golf: Google category 99999999 is not in google-user-interests.csv',
    )
  })

  it('when two concepts share a key, or the file is out of order, then the build fails saying so', () => {
    const twice = withConcepts((f) => f.concepts.push(structuredClone(f.concepts[3]!)))
    const unsorted = withConcepts((f) => f.concepts.reverse())

    expect(problemsOf(twice)).toContain('concept title.hr-manager is listed twice')
    expect(problemsOf(unsorted)).toContain('is out of order')
  })

  it('when two entries claim one platform id, then the build fails instead of shipping a duplicate', () => {
    const file = withConcepts((f) => (f.concepts[2]!.google!.userInterests = ['90206']))

    expect(problemsOf(file)).toContain('interest.sailing and interest.golf both stand for 90206')
  })

  it('when a concept only approximates a Google category, then it keeps the approximation and does not stand for it', () => {
    const reaches = 'everyone Google counts as golf enthusiasts, not only sailors'
    const file = withConcepts(
      (f) => (f.concepts[2]!.google = { userInterests: ['90206'], keywords: [], approximation: reaches }),
    )
    const terms = buildVocabulary(file, handWritten)['terms-concepts.json']
    const sailing = terms.find((t) => t.key === 'interest.sailing')!

    expect(problemsOf(file)).toBe('')
    expect([sailing.channels.google?.id, sailing.channels.google?.approximation]).toEqual(['90206', reaches])
    expect(sailing.synonyms.en).not.toContain('Golf Enthusiasts')
    expect(terms.find((t) => t.key === 'interest.golf')?.channels.google?.id).toBe('90206')
  })

  it('when a concept gives an approximation without a Google category, then the build fails', () => {
    const file = withConcepts((f) => (f.concepts[2]!.google = { userInterests: [], keywords: [], approximation: 'x' }))

    expect(problemsOf(file)).toContain('an approximation needs the Google categories it approximates with')
  })

  it('when a concept names an unknown category or changes a hand-written facet, then the build fails', () => {
    const category = withConcepts((f) => (f.concepts[0]!.category = 'nowhere'))
    const facet = withConcepts((f) => (f.concepts[0]!.facet = 'behavior'))

    expect(problemsOf(category)).toContain('concept interest.dogs names an unknown category "nowhere"')
    expect(problemsOf(facet)).toContain('but the hand-written entry of that key is a interest')
  })

  it('when the sample is built, then every Google and LinkedIn row is mapped and stands for exactly one key (1,277 + 192 rows)', () => {
    const extended = new Set(built['terms-concepts.json'].map((t) => t.key))
    const shipped = [...handWritten.filter((t) => !extended.has(t.key)), ...all]
    const ids = (platform: 'google' | 'linkedin') =>
      shipped.flatMap((t) => [t.channels[platform]?.id, ...(t.channels[platform]?.also ?? []).map((a) => a.id)])
    const rows =
      /^(user_interest|life_event|extended_demographic|industries|jobFunctions|seniorities|staffCountRanges)$/
    // A key stands for a row when it maps to it first on Google, or to it alone on LinkedIn (function AND seniority does
    // not); an approximation (Semiconductors → Technology Industry) stands for nothing.
    const standsFor = (t: (typeof shipped)[number], p: 'google' | 'linkedin') =>
      rows.test(t.channels[p]?.target ?? '') &&
      t.channels[p]?.id &&
      !t.channels[p]?.approximation &&
      (p === 'google' || !t.channels[p]?.also)
    const primaries = shipped.flatMap((t) =>
      (['google', 'linkedin'] as const).flatMap((p) => (standsFor(t, p) ? [t.channels[p]?.id] : [])),
    )

    expect(new Set(ids('google').filter((id) => /^\d+$/.test(id ?? ''))).size).toBe(1277)
    expect(
      new Set(ids('linkedin').filter((id) => /^urn:li:(industry|function|seniority|staffCountRange):/.test(id ?? '')))
        .size,
    ).toBe(192)
    expect(primaries.filter((id, i) => primaries.indexOf(id) !== i)).toEqual([])
  })
})
