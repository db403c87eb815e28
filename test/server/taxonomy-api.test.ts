import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { testApp } from './support/test-app.js'

const search = (query: Record<string, string | number>, app = testApp()) =>
  request(app).get('/api/v1/taxonomy').query(query)
const keysOf = (body: { items: { key: string }[] }) => body.items.map((i) => i.key)

describe('GET /api/v1/taxonomy', () => {
  it('when searching a label in another case, then finds the entry with its mappings', async () => {
    const response = await search({ q: 'TOIMITUSJOHTAJA' })

    expect(response.status).toBe(200)
    expect(keysOf(response.body)).toEqual(['title.ceo'])
    expect(response.body.items[0]).toMatchObject({ type: 'term', facet: 'title', channels: {} })
    expect(response.body.nextCursor).toBeNull()
  })

  it('when searching a synonym, then finds the entry', async () => {
    const response = await search({ q: 'tj' })

    expect(keysOf(response.body)).toEqual(['title.ceo'])
  })

  it('when a locale is given, then searches only that language’s names', async () => {
    const swedish = await search({ q: 'läkare', locale: 'sv' })
    const english = await search({ q: 'läkare', locale: 'en' })

    expect(keysOf(swedish.body)).toEqual(['title.physician'])
    expect(keysOf(english.body)).toEqual([])
  })

  it('when several entries match, then exact names come before names that merely contain the words', async () => {
    const response = await search({ q: 'design', facet: 'interest' })

    expect(keysOf(response.body)).toEqual(['interest.design', 'interest.interior-design'])
  })

  it('when filtering by facet geo, then lists places only', async () => {
    const response = await search({ facet: 'geo' })

    expect(keysOf(response.body)).toEqual(['geo.fi', 'geo.se', 'geo.fi.uusimaa', 'geo.fi.helsinki'])
  })

  it('when searching a language name, then finds the language entry', async () => {
    const response = await search({ q: 'svenska' })

    expect(response.body.items).toEqual([expect.objectContaining({ type: 'language', code: 'sv' })])
  })

  it('when the list is longer than the limit, then pages through it with nextCursor', async () => {
    const first = await search({ facet: 'geo', limit: 3 })
    const second = await search({ facet: 'geo', limit: 3, cursor: first.body.nextCursor })

    expect(keysOf(first.body)).toEqual(['geo.fi', 'geo.se', 'geo.fi.uusimaa'])
    expect(keysOf(second.body)).toEqual(['geo.fi.helsinki'])
    expect(second.body.nextCursor).toBeNull()
  })

  it('when nothing matches, then answers 200 with no items', async () => {
    const response = await search({ q: 'astronautti' })

    expect(response.status).toBe(200)
    expect(response.body).toEqual({ items: [], nextCursor: null })
  })

  it('when searching the shipped data, then finds Helsinki by its Swedish name', async () => {
    const response = await search({ q: 'helsingfors', facet: 'geo' }, testApp({ taxonomy: DEFAULT_TAXONOMY }))

    expect(keysOf(response.body)).toContain('geo.fi.helsinki')
  })

  it.each([
    ['limit 0', { limit: 0 }, 'limit'],
    ['limit above the maximum', { limit: 1000 }, 'limit'],
    ['limit not a number', { limit: 'ten' }, 'limit'],
    ['an unknown facet', { facet: 'hobby' }, 'facet'],
    ['an unknown locale', { locale: 'de' }, 'locale'],
    ['an unknown parameter', { sort: 'name' }, 'sort'],
    ['a cursor it did not issue', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
  ])('when given %s, then answers 400 request_invalid naming the parameter', async (_case, query, param) => {
    const response = await search(query)

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: [param] }))
  })

  it('when a parameter is repeated, then answers 400 request_invalid', async () => {
    const response = await request(testApp()).get('/api/v1/taxonomy?q=a&q=b')

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
  })
})
