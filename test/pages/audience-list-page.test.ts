import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AudienceSchema, TEMPLATES, type Audience, type AudienceInput, type ChannelId } from '../../audiences/index.js'
import type { ChannelGrade, Grade, GradeWhy } from '../../server/presenters/channel-grade.js'
import {
  audienceListHref,
  toAudienceList,
  type AudienceFilters,
} from '../../server/presenters/audience-list-presenter.js'
import type { StoredAudience } from '../../server/store/audience-records.js'
import type { Target } from '../auth/support/auth-world.js'
import { createPageWorld, errorCodeOf, mainOf, renderForSnapshot, type PageWorld } from './support/page-world.js'

const NO_FILTERS: AudienceFilters = { q: '', clientId: '', tag: '', channel: '', fidelity: '' }
const at = '2026-11-20T10:00:00.000Z'
const stored = (id: string, name: string, tags: string[]): StoredAudience => ({
  id,
  clientId: 'c1',
  parentId: null,
  version: 3,
  audience: AudienceSchema.parse({ name, tags, geo: { include: [{ country: 'FI' }] } }),
  createdAt: at,
  createdBy: 'u',
  updatedAt: at,
  updatedBy: 'u',
})
const grade = (channel: ChannelId, g: Grade, why: GradeWhy, targeted = 10_000): ChannelGrade => ({
  channel,
  grade: g,
  why,
  changed: g === 'exact' ? 0 : 2,
  targeted,
  ideal: 9_000,
})
const grades: Record<ChannelId, ChannelGrade> = {
  google: grade('google', 'exact', 'asDescribed'),
  facebook: grade('facebook', 'smallLoss', 'criteria'),
  instagram: grade('instagram', 'largeLoss', 'wider', 30_000),
  linkedin: grade('linkedin', 'notDeliverable', 'belowMinimum', 120),
}

describe('toAudienceList', () => {
  it('when filters are set, then the form keeps them and the next link carries them with the cursor', () => {
    const filters: AudienceFilters = { ...NO_FILTERS, q: 'mökki', channel: 'linkedin', fidelity: 'approximate' }
    const model = toAudienceList({
      filters,
      clients: [{ id: 'c1', name: 'Talotehdas Oy' }],
      rows: [{ stored: stored('a1', 'Mökki', ['x', 'y']), clientName: 'Talotehdas Oy', grades }],
      nextCursor: 'abc',
      isFirstPage: false,
      scanLimit: null,
      canCreate: false,
      locale: 'en',
    })

    expect(model.hasFilters).toBe(true)
    expect(model.nextHref).toBe('/audiences?q=m%C3%B6kki&channel=linkedin&fidelity=approximate&cursor=abc')
    expect(model.firstHref).toBe('/audiences?q=m%C3%B6kki&channel=linkedin&fidelity=approximate')
    expect(model.filters.channels.filter((o) => o.selected).map((o) => o.value)).toEqual(['linkedin'])
    expect(model.filters.fidelity.filter((o) => o.selected).map((o) => o.value)).toEqual(['approximate'])
    expect(model.filters.clients.map((o) => [o.value, o.label, o.selected])).toEqual([
      ['', null, true],
      ['c1', 'Talotehdas Oy', false],
    ])
    expect(model.rows[0]).toMatchObject({ href: '/audiences/a1', tags: 'x, y', invalid: false })
    expect(model.rows[0]!.badges.map((b) => [b.channel, b.label, b.badgeClass, b.reasonId])).toEqual([
      ['Google', 'exact', 'grade-exact', 'grade-a1-google'],
      ['Facebook', 'small loss', 'grade-small', 'grade-a1-facebook'],
      ['Instagram', 'large loss', 'grade-large', 'grade-a1-instagram'],
      ['LinkedIn', 'not deliverable', 'grade-none', 'grade-a1-linkedin'],
    ])
    // 120 at two significant figures; LinkedIn's minimum is 300 members (audienceCounts doc).
    expect(model.rows[0]!.badges[3]!.reason).toBe(
      'LinkedIn will target about 120 people, below its minimum of 300: the campaign will not run.',
    )
  })

  it('when an audience no longer compiles, then its row is marked invalid and has no badges', () => {
    const model = toAudienceList({
      filters: NO_FILTERS,
      clients: [],
      rows: [{ stored: stored('a1', 'X', []), clientName: '', grades: null }],
      nextCursor: null,
      isFirstPage: true,
      scanLimit: null,
      canCreate: true,
      locale: 'en',
    })
    expect([model.rows[0]!.invalid, model.rows[0]!.badges, model.nextHref, model.firstHref]).toEqual([
      true,
      [],
      null,
      null,
    ])
  })

  it('when no filter is set, then the list address is plain /audiences', () => {
    expect(audienceListHref(NO_FILTERS)).toBe('/audiences')
  })

  it('when rendered in English, then matches the snapshot', async () => {
    const model = toAudienceList({
      filters: { ...NO_FILTERS, tag: 'esimerkki' },
      clients: [{ id: 'c1', name: 'Talotehdas Oy' }],
      rows: [
        { stored: stored('a1', 'Luxury villa buyers', ['esimerkki']), clientName: 'Talotehdas Oy', grades },
        { stored: stored('a2', 'Old segment', []), clientName: 'Talotehdas Oy', grades: null },
      ],
      nextCursor: 'next',
      isFirstPage: true,
      scanLimit: null,
      canCreate: true,
      locale: 'en',
    })
    const html = renderForSnapshot('audience-list', 'Audiences', model, { locale: 'en', here: '/audiences' })
    await expect(html).toMatchFileSnapshot('__snapshots__/audience-list.html')
  })
})

describe('GET /audiences', () => {
  let world: PageWorld
  const add = async (name: string, tags: string[], over: Partial<AudienceInput> = {}, target: Target = 'own') => {
    const { actor, clientId } = world.where(target)
    const audience: Audience = AudienceSchema.parse({ name, tags, geo: { include: [{ country: 'FI' }] }, ...over })
    const created = await world.store.audiences.create(
      actor,
      { agencyId: actor.agencyId, clientId: null },
      {
        clientId,
        parentId: null,
        audience,
      },
    )
    if (typeof created === 'string') throw new Error(created)
    return created
  }
  const rowsOf = (html: string) =>
    [...mainOf(html).matchAll(/<th scope="row"><a href="\/audiences\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1])
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())

  it('when a client user opens it, then answers 403; signed out, sends to sign in', async () => {
    const client = await (await world.browse('client')).get('/audiences')
    const anonymous = await request(world.app).get('/audiences')

    expect([client.status, errorCodeOf(client.text)]).toEqual([403, 'forbidden'])
    expect([anonymous.status, anonymous.headers.location]).toEqual([303, '/login?next=%2Faudiences'])
  })

  it("when a planner opens it, then sees the agency's audiences newest first, none of another agency, and no create button", async () => {
    await add('Vanhempi', ['order'])
    await add('Uudempi', ['order'])
    await add('Toinen toimisto', ['order'], {}, 'otherAgency')
    const page = await (await world.browse('planner')).get('/audiences?tag=order')

    expect(page.status).toBe(200)
    expect(rowsOf(page.text)).toEqual(['Uudempi', 'Vanhempi'])
    expect(mainOf(page.text)).not.toContain('href="/audiences/new"')
  })

  it('when Finland is the whole audience, then every channel is a small loss, with the reason in the page language', async () => {
    // Only a country and the defaults: no channel counts only residents (presence "home" is approximated on all four,
    // ADR 0008), and presence changes no number, so the sizes agree: a small loss of one criterion.
    await add('Koko Suomi', ['grades'])
    const fi = mainOf((await (await world.browse('staff')).get('/audiences?tag=grades')).text)
    const sv = mainOf(
      (await (await world.browse('staff')).get('/audiences?tag=grades', { 'Accept-Language': 'sv' })).text,
    )

    expect([...fi.matchAll(/class="badge (grade-[a-z]+)">([^<]+)</g)].map((m) => [m[1], m[2]])).toEqual(
      Array(4).fill(['grade-small', 'pieni poikkeama']),
    )
    expect(fi).toContain(
      '>LinkedIn ei kohdenna yhtä ehtoa kuten se kirjoitettiin, mutta tavoittaa suunnilleen kuvatun määrän ihmisiä.</span>',
    )
    expect(sv).toContain(
      '>Google riktar inte ett villkor som det skrevs, men når ungefär så många personer som beskrevs.</span>',
    )
  })

  it('when searching by name, then matches case-insensitively, also Ä and Ö', async () => {
    await add('Äänekosken mökkiläiset', ['search'])
    await add('Espoon perheet', ['search'])
    const page = await (await world.browse('staff')).get(`/audiences?q=${encodeURIComponent('ääNEKOSKEN MÖK')}`)

    expect(rowsOf(page.text)).toEqual(['Äänekosken mökkiläiset'])
    expect(mainOf(page.text)).toContain('value="ääNEKOSKEN MÖK"')
  })

  it("when filtering by client, then lists only that client's audiences", async () => {
    const { actor, clientId } = world.where('otherClient')
    await world.store.audiences.create(
      actor,
      { agencyId: actor.agencyId, clientId: null },
      {
        clientId,
        parentId: null,
        audience: AudienceSchema.parse({
          name: 'A2:n segmentti',
          tags: ['clients'],
          geo: { include: [{ country: 'FI' }] },
        }),
      },
    )
    await add('A1:n segmentti', ['clients'])
    const page = await (await world.browse('staff')).get(`/audiences?tag=clients&clientId=${clientId}`)

    expect(rowsOf(page.text)).toEqual(['A2:n segmentti'])
  })

  it("when filtering by a channel's fidelity, then compiles each audience and keeps those at or below the level", async () => {
    await add('Tarkka', ['fid'], {
      age: { min: 25, max: 34 },
      geo: { include: [{ country: 'FI' }], presence: 'homeOrRecent' },
    })
    await add('Likimain', ['fid'], {
      age: { min: 30, max: 60 },
      geo: { include: [{ country: 'FI' }], presence: 'homeOrRecent' },
    })
    await add('Häviävä', ['fid'], { include: TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience.include })
    const staff = await world.browse('staff')
    const names = async (query: string) => rowsOf((await staff.get(`/audiences?tag=fid&${query}`)).text)

    expect(await names('channel=linkedin&fidelity=approximate')).toEqual(['Häviävä', 'Likimain'])
    expect(await names('channel=linkedin&fidelity=exact')).toEqual(['Tarkka'])
    expect(await names('channel=linkedin&fidelity=lossy')).toEqual(['Häviävä'])
    expect(await names('channel=facebook&fidelity=approximate')).toEqual(['Häviävä'])
    expect(await names('fidelity=approximate')).toEqual(['Häviävä', 'Likimain'])
  })

  it('when there are more than a page of audiences, then the next link shows the rest, with or without a search', async () => {
    for (let i = 1; i <= 27; i++) await add(`Sivutus ${String(i).padStart(2, '0')}`, ['paging'])
    const staff = await world.browse('staff')
    const walk = async (first: string) => {
      const one = await staff.get(first)
      const next = /<a href="([^"]+)" rel="next">/
        .exec(mainOf(one.text))![1]!
        .replaceAll('&#x3D;', '=')
        .replaceAll('&amp;', '&')
      const two = await staff.get(next)
      return { one: rowsOf(one.text), two: rowsOf(two.text), more: mainOf(two.text).includes('rel="next"') }
    }

    for (const first of ['/audiences?tag=paging', '/audiences?tag=paging&q=sivutus']) {
      const { one, two, more } = await walk(first)
      expect(one).toHaveLength(25)
      expect(one[0]).toBe('Sivutus 27')
      expect(two).toEqual(['Sivutus 02', 'Sivutus 01'])
      expect(more).toBe(false)
    }
  })

  it('when a filter or the cursor is not valid, then answers 400 with request_invalid', async () => {
    const staff = await world.browse('staff')
    for (const query of [
      'cursor=bm9wZQ',
      'clientId=not-an-id',
      'fidelity=great',
      'channel=tiktok',
      'q=a&cursor=bm9wZQ',
    ]) {
      const page = await staff.get(`/audiences?${query}`)
      expect([query, page.status, errorCodeOf(page.text)]).toEqual([query, 400, 'request_invalid'])
    }
  })
})
