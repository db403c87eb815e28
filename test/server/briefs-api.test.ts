import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { BriefParseResultSchema, DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { testApp } from './support/test-app.js'

const parse = (body: unknown) =>
  request(testApp({ taxonomy: DEFAULT_TAXONOMY }))
    .post('/api/v1/briefs/parse')
    .send(body as object)
const SEED_003_VILLA =
  'Arvokkaan huvilan asiakassegmentti: toimitusjohtajat, lääkärit, juristit, 30-60v, kiinnostus: design'

describe('POST /api/v1/briefs/parse', () => {
  it("when given seed 003's villa segment, then answers 200 with the titles, the age and the interest recognised", async () => {
    const response = await parse({ text: SEED_003_VILLA, locale: 'fi' })

    expect(response.status).toBe(200)
    expect(BriefParseResultSchema.safeParse(response.body).error).toBeUndefined()
    const terms = response.body.audience.include.flat().map((t: { value: string }) => t.value)
    expect(terms).toEqual(expect.arrayContaining(['title.ceo', 'title.physician', 'title.lawyer', 'interest.design']))
    expect(response.body.audience.age).toEqual({ min: 30, max: 60 })
  })

  it('when the brief is longer than 20,000 characters, then answers 400 request_invalid at text', async () => {
    const response = await parse({ text: 'a'.repeat(20_001) })

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
    expect(response.body.error.issues[0].path).toEqual(['text'])
  })

  it('when the body has an unknown field, then answers 400 request_invalid', async () => {
    const response = await parse({ text: 'lääkärit', tone: 'formal' })

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
  })
})
