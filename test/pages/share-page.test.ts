import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashSecret, newSecret } from '../../server/auth/secret-token.js'
import { ClientPlanSchema } from '../../server/routes/plan-schemas.js'
import { as } from '../auth/support/as-caller.js'
import { createPageWorld, errorCodeOf, mainOf, type PageWorld } from './support/page-world.js'

const HTML = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'Accept-Language': 'fi-FI,fi;q=0.9' }

describe('the share link page /share/:token', () => {
  let world: PageWorld
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())
  const agencyScope = () => ({ agencyId: world.where('own').agencyId, clientId: null })

  // A shared plan and its link, made as the API makes it.
  const shared = async () => {
    const { plan } = await world.make.plan('own', 'draft')
    const link = await as(world, 'staff').post(`/api/v1/plans/${plan.id}/share`, {})
    return { plan, path: new URL(link.body.url as string).pathname }
  }
  const open = (path: string, headers: Record<string, string> = HTML) => request(world.app).get(path).set(headers)
  const post = (path: string, form: Record<string, string>, origin?: string) => {
    const test = request(world.app).post(path).type('form')
    return (origin ? test.set('Origin', origin) : test).send(form)
  }

  it('when a browser opens it, then shows the plan in the visitor’s language without rates or internal notes', async () => {
    const { plan, path } = await shared()
    await as(world, 'staff').post(`/api/v1/plans/${plan.id}/comments`, { body: 'Kate 30 % sisäinen', internal: true })

    const fi = await open(path)
    const sv = await open(path, { ...HTML, Cookie: 'kohde_lang=sv' })

    expect(fi.status).toBe(200)
    expect(fi.headers['content-type']).toMatch(/text\/html/)
    expect(mainOf(fi.text)).toContain('Näin arvioimme')
    expect(mainOf(fi.text)).toContain('Hyväksy suunnitelma')
    expect(mainOf(fi.text)).toContain('<label for="comment-name">Nimesi')
    expect(mainOf(fi.text)).not.toContain('Kate 30 %')
    expect(mainOf(fi.text)).not.toMatch(/CPM|CPC|CTR|interest\.|income\.|approximated|unresolved/)
    expect(mainOf(sv.text)).toContain('Så här uppskattade vi')
  })

  it('when fetched as JSON, then the API route answers with the client view', async () => {
    const { plan, path } = await shared()

    const response = await open(path, { Accept: 'application/json' })

    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: plan.id, status: 'shared' })
    expect(ClientPlanSchema.safeParse(response.body).error).toBeUndefined()
  })

  it('when the visitor approves, then the version is approved through the link and the page says so without a button', async () => {
    const { plan, path } = await shared()
    const link = await world.store.planReviews.shareLink(hashSecret(path.split('/').pop()!))

    const approved = await post(`${path}/approve`, {
      version: '1',
      confirm: 'yes',
      name: 'Maija Meikäläinen',
      email: 'maija@talotehdas.test',
    })
    const stored = await world.store.plans.get(agencyScope(), plan.id)
    const page = mainOf((await open(approved.headers['location'] as string)).text)

    expect(approved.status).toBe(303)
    expect(approved.headers['location']).toBe(`${path}?done=approved`)
    expect(stored).toMatchObject({ version: 1, status: 'approved', approvedBy: `share-link:${link!.id}` })
    expect(page).toContain('Hyväksynyt Maija Meikäläinen (maija@talotehdas.test)')
    expect(page).not.toContain('Hyväksy suunnitelma')
  })

  it('when the visitor comments with a name, then the comment is stored under the link and listed with the name', async () => {
    const { plan, path } = await shared()

    const missing = await post(`${path}/comments`, { body: 'Hyvä', name: '' })
    const sent = await post(`${path}/comments`, { body: 'Voisiko budjettia nostaa?', name: 'Maija Meikäläinen' })
    const comments = await world.store.planReviews.comments(agencyScope(), plan.id, { limit: 10 })
    const page = mainOf((await open(path)).text)

    expect([missing.status, errorCodeOf(missing.text)]).toEqual([422, 'request_invalid'])
    expect(mainOf(missing.text)).toContain('<a href="#comment-name">Kirjoita nimesi')
    expect(sent.status).toBe(303)
    expect(
      comments?.items.map((c) => [c.body, c.authorEmail, c.internal, c.authorId.startsWith('share-link:')]),
    ).toEqual([['Voisiko budjettia nostaa?', 'Maija Meikäläinen', false, true]])
    expect(page).toContain('Maija Meikäläinen (jakolinkin kautta)')
  })

  it('when a form is posted from another site, then answers 403 and nothing changes', async () => {
    const { plan, path } = await shared()

    const approve = await post(`${path}/approve`, { version: '1' }, 'https://evil.example')
    const comment = await post(`${path}/comments`, { body: 'x', name: 'y' }, 'https://evil.example')
    const stored = await world.store.plans.get(agencyScope(), plan.id)
    const comments = await world.store.planReviews.comments(agencyScope(), plan.id, { limit: 10 })

    expect([approve.status, errorCodeOf(approve.text)]).toEqual([403, 'forbidden'])
    expect([comment.status, errorCodeOf(comment.text)]).toEqual([403, 'forbidden'])
    expect(stored?.status).toBe('shared')
    expect(comments?.items).toEqual([])
  })

  it('when the link is revoked, expired or unknown, then the page and its forms answer 404 with the error code', async () => {
    const { plan, path } = await shared()
    await as(world, 'staff').delete(`/api/v1/plans/${plan.id}/share`)
    const expiredToken = newSecret()
    const { plan: other } = await world.make.plan('own')
    await world.store.planReviews.share(world.where('own').actor, agencyScope(), other.id, {
      tokenHash: hashSecret(expiredToken),
      expiresAt: '2020-01-01T00:00:00.000Z',
    })

    const responses = [
      await open(path),
      await post(`${path}/approve`, { version: '1' }),
      await post(`${path}/comments`, { body: 'x', name: 'y' }),
      await open(`/share/${expiredToken}`),
      await open(`/share/${'x'.repeat(43)}`),
    ]

    expect(responses.map((r) => [r.status, errorCodeOf(r.text)])).toEqual(Array(5).fill([404, 'not_found']))
    expect((await world.store.plans.get(agencyScope(), plan.id))?.status).toBe('shared')
  })
})
