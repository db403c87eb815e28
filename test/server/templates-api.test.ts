import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, TemplateSchema } from '../../audiences/index.js'
import { testApp } from './support/test-app.js'

const list = (query: Record<string, string | number> = {}) => request(testApp()).get('/api/v1/templates').query(query)

describe('GET /api/v1/templates', () => {
  it('when listing, then answers 200 with the starter audiences, each a valid template', async () => {
    const response = await list()

    expect(response.status).toBe(200)
    expect(response.body.items.length).toBeGreaterThanOrEqual(4)
    for (const item of response.body.items) expect(TemplateSchema.safeParse(item).error).toBeUndefined()
    expect(response.body.nextCursor).toBeNull()
  })

  it('when a template is posted to compile with the shipped taxonomy, then every one compiles (200)', async () => {
    const app = testApp({ taxonomy: DEFAULT_TAXONOMY })
    const { body } = await list()

    for (const template of body.items as { id: string; audience: unknown }[]) {
      const response = await request(app).post('/api/v1/compile').send({ audience: template.audience })

      expect(response.status, `${template.id}: ${JSON.stringify(response.body.error)}`).toBe(200)
    }
  })

  it('when paging one at a time, then the pages together list every template once', async () => {
    const all = (await list()).body.items.map((t: { id: string }) => t.id)
    const ids: string[] = []

    for (let cursor: string | undefined, n = 0; n < 50; n++) {
      const page = await list(cursor ? { limit: 1, cursor } : { limit: 1 })
      ids.push(...page.body.items.map((t: { id: string }) => t.id))
      if (!page.body.nextCursor) break
      cursor = page.body.nextCursor
    }

    expect(ids).toEqual(all)
  })

  it('when the limit is invalid, then answers 400 request_invalid', async () => {
    const response = await list({ limit: -1 })

    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('request_invalid')
  })

  it('when the cursor was not issued here, then answers 400 request_invalid', async () => {
    const response = await list({ cursor: 'garbage' })

    expect(response.status).toBe(400)
    expect(response.body.error.issues).toContainEqual(expect.objectContaining({ path: ['cursor'] }))
  })
})
