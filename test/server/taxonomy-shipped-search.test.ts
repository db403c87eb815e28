import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { testApp } from './support/test-app.js'

const app = testApp({ taxonomy: DEFAULT_TAXONOMY })
const search = async (q: string) => (await request(app).get('/api/v1/taxonomy').query({ q, limit: 5 })).body

// The shipped vocabulary (server/data-build/vocabulary/agency-concepts.json): golf has the Finnish synonym golffarit
// and the Swedish golfspelare; boating holds sailing as purjehdus and segling; Google 90206 is Golf Enthusiasts and
// 90209 Boating & Sailing Enthusiasts (google-user-interests.csv).
describe('GET /api/v1/taxonomy over the shipped vocabulary', () => {
  it.each([
    ['golf', 'interest.golf', '90206'],
    ['golffari', 'interest.golf', '90206'], // the singular of the synonym golffarit
    ['golfspelare', 'interest.golf', '90206'],
    ['golffareille', 'interest.golf', '90206'], // allative plural: stem golffare + ille
    ['purjehdus', 'interest.boating', '90209'],
    ['purjehduksesta', 'interest.boating', '90209'], // elative: purjehdus → purjehdukse + sta
    ['segling', 'interest.boating', '90209'],
    ['seglingen', 'interest.boating', '90209'], // Swedish definite singular
  ])('when someone types "%s", then %s comes first with its Google id %s', async (q, key, googleId) => {
    const first = (await search(q)).items[0]

    expect(first.key).toBe(key)
    expect(first.channels.google.id).toBe(googleId)
    expect(first.status.google).toMatchObject({ status: 'exact', code: 'user_interest' })
  })

  it('when golf is found, then its hit names its category path and every channel’s status', async () => {
    const golf = (await search('golf')).items[0]

    expect(golf.path.map((s: { labels: { fi: string } }) => s.labels.fi)).toEqual(['Urheilu ja liikunta'])
    expect(Object.keys(golf.status).sort()).toEqual(['google', 'linkedin', 'meta'])
  })
})
