import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChannelId, CompiledChannels, PlannedLine } from '../../audiences/index.js'
import type { ChannelOutlook } from '../../server/pages/channel-outlook.js'
import { breadthOf, toLiveSize } from '../../server/presenters/live-size-presenter.js'
import { createPageWorld, errorCodeOf, mainOf, type Browser, type PageWorld } from './support/page-world.js'
import { formOf as editorFormOf } from './support/editor-form.js'

const line = (channel: ChannelId, low: number, value: number, high: number, ideal: number) =>
  ({
    channel,
    audienceSize: { low, value, high },
    idealAudienceSize: { low: ideal, value: ideal, high: ideal },
    rates: { cpm: 10 },
  }) as unknown as PlannedLine
const exactCompile = {
  fidelity: { level: 'exact', items: [] },
  policy: [],
  spec: {},
}
const outlookOf = (lines: PlannedLine[]): ChannelOutlook & { lines: Map<ChannelId, PlannedLine> } => ({
  compiled: {
    ok: true,
    channels: Object.fromEntries(lines.map((l) => [l.channel, exactCompile])) as unknown as CompiledChannels,
  },
  lines: new Map(lines.map((l) => [l.channel, l])),
  sizeCode: null,
})

describe('breadthOf', () => {
  it('when sizes cross 50,000 and 500,000, then the gauge moves from specific to balanced to broad', () => {
    expect([49_999, 50_000, 499_999, 500_000].map((n) => breadthOf(n, false))).toEqual([
      'specific',
      'balanced',
      'balanced',
      'broad',
    ])
  })

  it('when the editor would warn the audience is too narrow, or nobody is reached, then too narrow', () => {
    expect([breadthOf(2_000_000, true), breadthOf(0, false)]).toEqual(['tooNarrow', 'tooNarrow'])
  })
})

describe('toLiveSize', () => {
  it('when Google targets 12,345–31,000 people, then the range is rounded to two figures and the gauge reads specific', () => {
    const model = toLiveSize(
      { kind: 'sized', outlook: outlookOf([line('google', 12_345, 20_000, 31_000, 20_000)]) },
      'en',
    )

    expect(model.channels).toEqual([
      expect.objectContaining({
        channel: 'Google',
        rangeText: '12,000–31,000 people',
        idealText: null,
        breadth: 'specific',
        breadthValue: 2,
        warning: null,
      }),
    ])
    expect(model.announce).toBe('Size updated: Google 12,000–31,000 people.')
  })

  it('when 500 people are targeted at a 10 € CPM, then a 100 € test shows each 20 times: too narrow, with the warning', () => {
    // 100 € / 10 € per 1,000 impressions = 10,000 impressions over 500 people = 20 each (audience-form-narrow.ts).
    const model = toLiveSize({ kind: 'sized', outlook: outlookOf([line('facebook', 300, 500, 800, 500)]) }, 'fi')

    expect(model.channels[0]).toMatchObject({ rangeText: '300–800 henkilöä', breadth: 'tooNarrow', breadthValue: 1 })
    expect(model.warnings).toHaveLength(1)
    expect(model.warnings[0]).toContain('20')
  })

  it('when the form has errors or the places are unknown, then a sentence instead of sizes, with the code', () => {
    expect(toLiveSize({ kind: 'invalid', errorCode: 'audience_invalid' }, 'sv')).toMatchObject({
      state: 'invalid',
      errorCode: 'audience_invalid',
      message: 'Storleken visas när felen i formuläret har rättats.',
      channels: [],
    })
    expect(toLiveSize({ kind: 'unknown' }, 'en').errorCode).toBe('audience_size_unknown')
  })
})

describe('POST /audiences/live-size', () => {
  let world: PageWorld
  let staff: Browser
  let petOwners: Record<string, string | string[]>
  beforeAll(async () => {
    world = await createPageWorld()
    staff = await world.browse('staff')
    petOwners = editorFormOf((await staff.get('/audiences/new?template=pet-owners')).text)
  })
  afterAll(() => world.dispose())

  it('when the editor posts a valid form, then the gauge alone comes back: four channels, no layout', async () => {
    const response = await staff.post('/audiences/live-size', petOwners)

    expect(response.status).toBe(200)
    expect(response.text.trimStart()).toMatch(/^<section class="card live-size"/)
    expect(response.text).not.toContain('<html')
    expect([...response.text.matchAll(/data-channel-size="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Google',
      'Facebook',
      'Instagram',
      'LinkedIn',
    ])
  })

  it('when the age narrows the audience, then the sizes shrink', async () => {
    const rangeOf = (html: string) => /data-channel-size="Google"[\s\S]*?live-size-range">([^<]+)</.exec(html)?.[1]
    const wide = await staff.post('/audiences/live-size', petOwners)
    const narrow = await staff.post('/audiences/live-size', { ...petOwners, ageMin: '60', ageMax: '64' })

    expect(rangeOf(narrow.text)).not.toBe(rangeOf(wide.text))
  })

  it('when a field comes as a list, or longer than the editor sends, then 400 request_invalid, and nothing else runs', async () => {
    const listed = await staff.post('/audiences/live-size', { ...petOwners, ageMin: ['30', '40'] })
    const long = await staff.post('/audiences/live-size', { ...petOwners, name: 'x'.repeat(201) })

    expect([listed.status, errorCodeOf(listed.text)]).toEqual([400, 'request_invalid'])
    expect([long.status, errorCodeOf(long.text)]).toEqual([400, 'request_invalid'])
  })

  it('when the age is not a number or cannot be targeted, then the gauge says so with 400 or 422 and the code', async () => {
    const text = await staff.post('/audiences/live-size', { ...petOwners, ageMin: 'abc' })
    const reversed = await staff.post('/audiences/live-size', { ...petOwners, ageMin: '60', ageMax: '30' })

    expect([text.status, /data-error-code="([^"]*)"/.exec(text.text)?.[1]]).toEqual([400, 'request_invalid'])
    expect([reversed.status, /data-error-code="([^"]*)"/.exec(reversed.text)?.[1]]).toEqual([422, 'audience_invalid'])
  })

  it('when the form names a stored parent, then the gauge sizes the child with it: fewer people described', async () => {
    const parent = await world.make.audience('own')
    const ranges = (html: string) => [...html.matchAll(/live-size-range">([^<]+)</g)].map((m) => m[1])
    const alone = await staff.post('/audiences/live-size', petOwners)
    const child = await staff.post('/audiences/live-size', { ...petOwners, parentId: parent.id })

    // The described size: the parent's criteria AND the child's (audience-schema.ts) describe fewer people on every
    // channel; what a channel targets may grow (Google widens the parent's ages 30–70 to its brackets, ADR 0008).
    const described = (html: string) =>
      [...html.matchAll(/<span class="meta">kuvattu noin ([^<]+)<\/span>/g)].map((m) =>
        Number(m[1]!.replace(/\D/g, '')),
      )

    expect(child.status).toBe(200)
    expect(ranges(child.text)).toHaveLength(4)
    expect(described(child.text)).toHaveLength(4)
    described(child.text).forEach((n, i) => expect(n).toBeLessThan(described(alone.text)[i]!))
  })

  it('when the form names a parent audience the agency does not have, then 404 not_found in the gauge', async () => {
    const response = await staff.post('/audiences/live-size', {
      ...petOwners,
      parentId: '00000000-0000-7000-8000-0000000000ff',
    })

    expect([response.status, /data-error-code="([^"]*)"/.exec(response.text)?.[1]]).toEqual([404, 'not_found'])
  })

  it('when the CSRF token is missing or a planner posts, then 403; signed out, then to sign in', async () => {
    const planner = await world.browse('planner')
    const forged = await request(world.app)
      .post('/audiences/live-size')
      .set('Cookie', staff.cookie)
      .type('form')
      .send({ ...petOwners, _csrf: 'nope' })

    expect(forged.status).toBe(403)
    expect((await planner.post('/audiences/live-size', petOwners)).status).toBe(403)
    expect((await request(world.app).post('/audiences/live-size').type('form').send(petOwners)).status).toBe(303)
  })
})

describe('the editor page with the gauge', () => {
  let world: PageWorld
  let staff: Browser
  beforeAll(async () => {
    world = await createPageWorld()
    staff = await world.browse('staff')
  })
  afterAll(() => world.dispose())

  const gaugeOf = (html: string) => /<section class="card live-size"[\s\S]*?<\/section>/.exec(mainOf(html))?.[0] ?? ''
  // Every English word the gauge could show; Finnish and Swedish pages must show none of them.
  const ENGLISH = /\b(people|Audience size|Update size|breadth|Breadth|exact|loss|deliverable|described|Channel|Size)\b/

  for (const [locale, heading, update] of [
    ['fi', 'Kohderyhmän koko', 'Päivitä koko'],
    ['sv', 'Målgruppens storlek', 'Uppdatera storleken'],
    ['en', 'Audience size', 'Update size'],
  ] as const) {
    it(`when the editor opens in ${locale}, then the gauge is sized in that language`, async () => {
      const page = await staff.get('/audiences/new?template=pet-owners', { 'Accept-Language': locale })
      const gauge = gaugeOf(page.text)

      expect(gauge).toContain(`<h2 id="live-size-heading">${heading}</h2>`)
      expect(gauge).toContain(`value="size">${update}</button>`)
      expect((gauge.match(/data-channel-size=/g) ?? []).length).toBe(4)
      if (locale !== 'en') expect(gauge.replace(/<[^>]+>/g, ' ')).not.toMatch(ENGLISH)
    })
  }

  it('when "update size" is pressed without JavaScript, then the editor comes back with the gauge for the new age', async () => {
    const form = editorFormOf((await staff.get('/audiences/new?template=pet-owners')).text)
    const response = await staff.post('/audiences/new', { ...form, ageMin: '60', ageMax: '64', action: 'size' })
    const fragment = await staff.post('/audiences/live-size', { ...form, ageMin: '60', ageMax: '64' })
    const ranges = (html: string) => [...html.matchAll(/live-size-range">([^<]+)</g)].map((m) => m[1])

    expect(response.status).toBe(200)
    expect(ranges(response.text)).toEqual(ranges(fragment.text))
    expect(ranges(response.text)).toHaveLength(4)
  })
})
