import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { AudienceSchema, GeoItemSchema } from '../../audiences/index.js'
import { issuesFromZod, MAX_ISSUES } from '../../server/http/zod-issues.js'

const issuesOf = (schema: z.ZodType, input: unknown) =>
  issuesFromZod(schema.safeParse(input).error?.issues ?? [], { schema, input })

describe('issuesFromZod', () => {
  it('when a geo item has a postal code of the wrong type, then reports only the postal-code branch', () => {
    expect(issuesOf(GeoItemSchema, { postalCode: 100, country: 'FI' })).toEqual([
      { path: ['postalCode'], code: 'invalid_type', message: expect.any(String) },
    ])
  })

  it('when a geo item has a postal code of the wrong type and a bad country, then reports both inside the postal-code branch', () => {
    expect(
      issuesOf(GeoItemSchema, { postalCode: 100, country: 'fi' })
        .map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['country', 'postalCode'])
  })

  it('when a geo item inside an audience has a wrong type, then reconsiders the union at its full path', () => {
    const schema = z.strictObject({ audience: AudienceSchema })
    const input = { audience: { name: 'x', geo: { include: [{ country: 'FI' }, { postalCode: 100, country: 'FI' }] } } }

    expect(issuesOf(schema, input)).toEqual([
      expect.objectContaining({ path: ['audience', 'geo', 'include', 1, 'postalCode'], code: 'invalid_type' }),
    ])
  })

  it('when a geo item mixes two kinds, then reports the branch with the fewest unknown keys', () => {
    expect(issuesOf(GeoItemSchema, { municipality: '091', country: 'FI', city: 'Helsinki' })).toEqual([
      { path: ['city'], code: 'unrecognized_keys', message: 'unknown field' },
    ])
  })

  it('when an object has several unknown keys, then reports one issue per key with its path', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.number() }) })

    expect(issuesOf(schema, { a: { b: 1, c: 2, d: 3 } }).map((i) => i.path)).toEqual([
      ['a', 'c'],
      ['a', 'd'],
    ])
  })

  it('when a union sits inside an array, then prefixes the branch issues with the full path', () => {
    const schema = z.strictObject({ items: z.array(GeoItemSchema) })

    expect(issuesOf(schema, { items: [{ country: 'FI' }, { region: 18 }] })).toEqual([
      expect.objectContaining({ path: ['items', 1, 'region'], code: 'invalid_type' }),
    ])
  })

  it('when there are more issues than the cap, then reports the first MAX_ISSUES', () => {
    expect(
      issuesOf(
        z.array(z.number()),
        Array.from({ length: 500 }, () => 'x'),
      ),
    ).toHaveLength(MAX_ISSUES)
  })
})
