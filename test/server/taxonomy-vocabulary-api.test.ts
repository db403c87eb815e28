import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { sampleTaxonomy } from '../taxonomy/support/sample-vocabulary.js'
import { testApp } from './support/test-app.js'

const app = testApp({ taxonomy: sampleTaxonomy() })
const get = (path: string, query: Record<string, string | number> = {}) => request(app).get(path).query(query)
const keysOf = (body: { items: { key: string }[] }) => body.items.map((i) => i.key)
const first = async (q: string) => (await get('/api/v1/taxonomy', { q, limit: 5 })).body.items[0]?.key

// The sample concepts (test/fixtures/vocabulary/agency-concepts-sample.json) give golf the Finnish synonym
// "golffarit" and the Swedish "golfspelare", sailing the labels "Purjehdus" and "Segling".
describe('GET /api/v1/taxonomy over the full vocabulary', () => {
  it.each([
    ['golf', 'interest.golf'],
    ['golffari', 'interest.golf'], // the singular of the synonym golffarit
    ['golffareille', 'interest.golf'], // its plural allative: stem golffare + ille
    ['golfspelare', 'interest.golf'],
    ['Golfspelarna', 'interest.golf'], // Swedish definite plural of a synonym
    ['purjehdus', 'interest.sailing'],
    ['purjehduksesta', 'interest.sailing'], // elative: purjehdus → purjehdukse + sta
    ['segling', 'interest.sailing'],
    ['golf enth', 'interest.golf'], // Google's name, begun: it became the concept's English synonym
    ['henkilöstöpäälliköille', 'title.hr-manager'],
  ])('when someone types "%s", then %s comes first', async (q, key) => {
    expect(await first(q)).toBe(key)
  })

  it('when golf is found, then the hit shows its category path and what each platform makes of it', async () => {
    const response = await get('/api/v1/taxonomy', { q: 'golf' })
    const golf = response.body.items[0]

    expect(golf.path).toEqual([
      { kind: 'category', id: 'sports', labels: { fi: 'Urheilu', sv: 'Sport', en: 'Sports' } },
    ])
    expect(golf.status.google).toMatchObject({ status: 'exact', code: 'user_interest' })
    expect(golf.status.meta.status).toBe('unresolved')
    expect(golf.match).toMatchObject({ name: 'golf' })
  })

  it('when a generated Google category is found, then its path runs through Google’s hierarchy', async () => {
    const response = await get('/api/v1/taxonomy', { q: 'golf equipment' })
    const equipment = response.body.items[0]

    // google-user-interests.csv: IN_MARKET 80569 Golf Equipment, parent Sporting Goods, top category Sports & Fitness.
    expect(equipment.key).toBe('behavior.google-80569')
    expect(equipment.path.map((s: { labels: { en: string } }) => s.labels.en)).toEqual([
      'Google in-market segments',
      'Sports & Fitness',
      'Sporting Goods',
    ])
    expect(equipment.labelsReviewed).toBe(false)
  })

  it('when words match better and worse, then whole names come before begun or inner words', async () => {
    const response = await get('/api/v1/taxonomy', { q: 'sailing', limit: 3 })

    expect(keysOf(response.body)[0]).toBe('interest.sailing')
  })

  it('when a parent is given, then lists the terms directly under it; a claimed category lives with its concept', async () => {
    const response = await get('/api/v1/taxonomy', { parent: 'interest.google-90200', limit: 200 })

    // google-user-interests.csv: 21 rows name Sports Fans (90200) as parent; Golf 90206 and Sailing 90209 are claimed.
    expect(keysOf(response.body)).toHaveLength(19)
    expect(keysOf(response.body)).toContain('interest.google-90202')
    expect(keysOf(response.body)).not.toContain('interest.sailing')
  })

  it('when a category is given, then lists the terms in it and under it', async () => {
    const response = await get('/api/v1/taxonomy', { category: 'sports' })

    expect(keysOf(response.body).sort()).toEqual(['interest.golf', 'interest.sailing'])
  })
})

describe('GET /api/v1/taxonomy/categories', () => {
  it('when asked for the top, then lists the agency categories, Google’s and LinkedIn’s with their counts', async () => {
    const response = await get('/api/v1/taxonomy/categories', { limit: 200 })
    const ids = response.body.items.map((c: { id: string }) => c.id)

    expect(response.status).toBe(200)
    expect(ids).toEqual(expect.arrayContaining(['sports', 'pets', 'google-affinity', 'linkedin-industries', 'other']))
    expect(response.body.items.find((c: { id: string }) => c.id === 'sports')).toMatchObject({
      terms: 2,
      categories: 0,
    })
  })

  it('when a category is opened, then shows its path, sub-categories and top terms', async () => {
    const response = await get('/api/v1/taxonomy/categories/google-detailed-demographics-employment')

    expect(response.status).toBe(200)
    expect(response.body.category.path.map((s: { id: string }) => s.id)).toEqual(['google-detailed-demographics'])
    expect(response.body.categories.map((c: { labels: { en: string } }) => c.labels.en).sort()).toEqual([
      'Company Size',
      'Industry',
    ])
  })

  it('when the category does not exist, then 404 not_found', async () => {
    const response = await get('/api/v1/taxonomy/categories/no-such-thing')

    expect([response.status, response.body.error.code]).toEqual([404, 'not_found'])
  })

  it('when the parent is not a category or the limit is wrong, then 404 or 400 naming the parameter', async () => {
    const parent = await get('/api/v1/taxonomy/categories', { parent: 'nowhere' })
    const limit = await get('/api/v1/taxonomy/categories', { limit: 0 })

    expect([parent.status, limit.status]).toEqual([404, 400])
    expect(limit.body.error.issues).toContainEqual(expect.objectContaining({ path: ['limit'] }))
  })
})
