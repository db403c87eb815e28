import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, flattenAudience } from '../../audiences/index.js'
import { anAudience } from '../support/audience-builder.js'

describe('flattenAudience', () => {
  it('when the audience has no parent, then every criterion keeps its own path', () => {
    const flat = flattenAudience(
      anAudience({
        include: [[{ facet: 'title', value: 'title.ceo' }]],
        exclude: [{ facet: 'keyword', value: 'vuokra' }],
      }),
      DEFAULT_TAXONOMY,
    )

    expect(flat.include).toEqual([
      { path: ['include', 0], terms: [{ value: { facet: 'title', value: 'title.ceo' }, path: ['include', 0, 0] }] },
    ])
    expect(flat.exclude).toEqual([{ value: { facet: 'keyword', value: 'vuokra' }, path: ['exclude', 0] }])
    expect(flat.age).toEqual({ value: { min: 18, max: null }, path: ['age'] })
  })

  it('when a sub-segment narrows a parent, then groups are parent AND child and ages intersect', () => {
    const parent = anAudience({
      age: { min: 30, max: 70 },
      specialAdCategory: 'housing',
      include: [[{ facet: 'income', value: 'income.top-20' }]],
      exclude: [{ facet: 'customerList', value: 'list.current-customers' }],
    })
    const child = anAudience({ age: { min: 25, max: 60 }, include: [[{ facet: 'title', value: 'title.ceo' }]], parent })

    const flat = flattenAudience(child, DEFAULT_TAXONOMY)

    expect(flat.age.value).toEqual({ min: 30, max: 60 })
    expect(flat.include.map((g) => g.path)).toEqual([
      ['parent', 'include', 0],
      ['include', 0],
    ])
    expect(flat.exclude.map((t) => t.path)).toEqual([['parent', 'exclude', 0]])
    expect(flat.specialAdCategory).toEqual({ value: 'housing', path: ['parent', 'specialAdCategory'] })
  })

  it('when a sub-segment names no places or genders, then it inherits them from the parent', () => {
    const parent = anAudience({ genders: ['female'], geo: { include: [{ country: 'SE' }] } })

    const flat = flattenAudience(anAudience({ geo: { include: [] }, parent }), DEFAULT_TAXONOMY)

    expect(flat.geoInclude).toEqual([{ value: { country: 'SE' }, path: ['parent', 'geo', 'include', 0] }])
    expect(flat.genders).toEqual({ value: ['female'], path: ['parent', 'genders'] })
  })

  // Issue 13: parent Helsinki + child Finland compiled as all of Finland; a child narrows, it never replaces.
  it('when a Helsinki parent has a Finland sub-segment, then the sub-segment targets Helsinki', () => {
    const parent = anAudience({ geo: { include: [{ municipality: '091', country: 'FI' }] } })

    const flat = flattenAudience(anAudience({ geo: { include: [{ country: 'FI' }] }, parent }), DEFAULT_TAXONOMY)

    expect(flat.geoInclude).toEqual([
      { value: { municipality: '091', country: 'FI' }, path: ['parent', 'geo', 'include', 0] },
    ])
    expect(flat.narrowingIssues).toEqual([])
  })

  it('when an Uusimaa parent has a Helsinki and a Tampere sub-segment, then Helsinki stays and Tampere is outside', () => {
    const parent = anAudience({ geo: { include: [{ region: 'FI-18' }] } })
    const child = anAudience({
      geo: {
        include: [
          { city: 'Helsinki', country: 'FI' },
          { city: 'Tampere', country: 'FI' },
        ],
      },
      parent,
    })

    const flat = flattenAudience(child, DEFAULT_TAXONOMY)

    expect(flat.geoInclude.map((g) => g.path.join('.'))).toEqual(['geo.include.0'])
    expect(flat.narrowingIssues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['geo.include.1', 'geo_outside_parent'],
    ])
  })

  it('when a sub-segment names Swedish of a Finnish-and-Swedish parent, then it keeps Swedish only', () => {
    const parent = anAudience({ languages: ['fi', 'sv'] })

    const flat = flattenAudience(anAudience({ languages: ['sv'], parent }), DEFAULT_TAXONOMY)

    expect(flat.languages).toEqual([{ value: 'sv', path: ['languages', 0] }])
  })
})
