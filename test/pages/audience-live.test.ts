import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LiveEstimatesResponse, PlatformCheckResponse } from '../../server/connectors/connection-schemas.js'
import { toLiveEstimatesPage, toPlatformCheck } from '../../server/presenters/live-estimates-presenter.js'
import { as } from '../auth/support/as-caller.js'
import { createPageWorld, errorCodeOf, mainOf, renderForSnapshot, type PageWorld } from './support/page-world.js'

const response = {
  audienceId: 'a1',
  date: '2026-11-22',
  offline: {
    lines: [
      {
        channel: 'facebook',
        audienceSize: { low: 90_000, value: 120_000, high: 150_000 },
        reach: 61_000,
        impressions: 100_000,
      },
    ],
  },
  live: [
    {
      platform: 'meta',
      ok: true,
      estimates: [
        {
          platform: 'meta',
          account: 'act_123',
          date: '2026-11-22',
          endpoint: 'reachestimate',
          audience: { lower: 110_000, upper: 130_000 },
          dailyCurve: [],
          pricing: null,
          forecast: null,
          notes: ['Meta rounds audience sizes.'],
        },
      ],
    },
    {
      platform: 'linkedin',
      ok: false,
      error: {
        platform: 'linkedin',
        kind: 'user_fixable',
        code: 'token_expired',
        platformCode: '401',
        message: 'The LinkedIn token has expired: reconnect.',
      },
    },
  ],
  skipped: [
    { platform: 'google', code: 'keywords_missing', reason: 'Google forecasts search keywords: none were given.' },
  ],
} as unknown as LiveEstimatesResponse

const check: PlatformCheckResponse = {
  audienceId: 'a1',
  date: '2026-11-22',
  checks: [
    {
      platform: 'meta',
      ok: true,
      account: 'act_123',
      date: '2026-11-22',
      valid: false,
      problems: [{ platformCode: '100/1487756', message: 'Invalid parameter', location: 'targeting' }],
    },
    {
      platform: 'linkedin',
      ok: true,
      account: 'urn:li:sponsoredAccount:507000001',
      date: '2026-11-22',
      valid: true,
      problems: [],
    },
  ],
  skipped: [{ platform: 'google', code: 'not_connected', reason: 'Google Ads is not connected.' }],
}

describe('toLiveEstimatesPage', () => {
  it('when one platform answers and one fails, then shows the dated answer, the error with its code and the skipped reason', () => {
    const model = toLiveEstimatesPage({ id: 'a1', name: 'Villa' }, { budget: '1000', flightDays: '30' }, response)

    expect(model.result!.offline).toEqual([
      {
        channelKey: 'channel.facebook',
        value: 120_000,
        low: 90_000,
        high: 150_000,
        reach: 61_000,
        impressions: 100_000,
      },
    ])
    expect(model.result!.live.map((l) => [l.name, l.ok, l.error])).toEqual([
      ['Meta', true, null],
      ['LinkedIn', false, 'The LinkedIn token has expired: reconnect. (401)'],
    ])
    expect(model.result!.live[0]!.estimates[0]).toMatchObject({
      account: 'act_123',
      date: '2026-11-22',
      audience: { low: 110_000, high: 130_000 },
    })
    expect(model.result!.skipped).toEqual([{ name: 'Google Ads', reasonKey: 'live.skipped.keywords_missing' }])
  })

  it('when the platforms check the targeting, then each verdict shows with its problems and the platform codes', () => {
    expect(toPlatformCheck(check)).toEqual({
      date: '2026-11-22',
      checks: [
        {
          name: 'Meta',
          statusKey: 'live.check.invalid',
          account: 'act_123',
          problems: ['targeting: Invalid parameter (100/1487756)'],
          hasProblems: true,
          notes: '',
          error: null,
        },
        {
          name: 'LinkedIn',
          statusKey: 'live.check.valid',
          account: 'urn:li:sponsoredAccount:507000001',
          problems: [],
          hasProblems: false,
          notes: '',
          error: null,
        },
      ],
      skipped: [{ name: 'Google Ads', reasonKey: 'live.skipped.not_connected' }],
    })
  })

  it('when rendered in Finnish, then matches the snapshot', async () => {
    const model = {
      ...toLiveEstimatesPage({ id: 'a1', name: 'Villa' }, { budget: '1000', flightDays: '30' }, response),
      check: toPlatformCheck(check),
    }
    await expect(
      renderForSnapshot('audience-live', 'Alustojen omat arviot', model, { locale: 'fi', here: '/audiences/a1/live' }),
    ).toMatchFileSnapshot('__snapshots__/audience-live.html')
  })
})

describe('the live estimates page', () => {
  let world: PageWorld
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())

  it('when a planner asks without any platform connected, then sees the same offline sizes as the API and no live figures', async () => {
    const stored = await world.make.audience('own')
    const planner = await world.browse('planner')
    const page = await planner.post(`/audiences/${stored.id}/live`, { budget: '1000', flightDays: '30' })
    const api = await as(world, 'planner').post(`/api/v1/audiences/${stored.id}/live-estimates`, {
      budget: 1000,
      flightDays: 30,
    })
    const sizes = (api.body as LiveEstimatesResponse).offline.lines.map((l) => l.audienceSize.value)

    expect(page.status).toBe(200)
    expect(api.status).toBe(200)
    expect((api.body as LiveEstimatesResponse).live).toEqual([])
    const html = mainOf(page.text).replace(/\u00a0|&nbsp;/g, ' ')
    for (const value of sizes)
      expect(html).toContain(
        new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 0 }).format(value).replace(/\u00a0/g, ' '),
      )
    expect(html).toContain('Yksikään alusta ei ole yhdistetty')
  })

  it('when a planner asks the platforms to check the targeting with none connected, then each is listed as not connected', async () => {
    const stored = await world.make.audience('own')
    const planner = await world.browse('planner')
    const page = await planner.post(`/audiences/${stored.id}/live/check`, { campaignId: '' })
    const html = mainOf(page.text)

    expect(page.status).toBe(200)
    expect(html).toContain('Yksikään alusta ei tarkistanut kohdistusta.')
    for (const name of ['Google Ads', 'Meta', 'LinkedIn'])
      expect(html).toContain(`${name}: ei yhdistetty: ylläpitäjä tallentaa sen tunnukset Ylläpito-sivulla.`)
  })

  it('when the Meta campaign id is not digits, then answers 400 with the code and asks nothing', async () => {
    const stored = await world.make.audience('own')
    const staff = await world.browse('staff')
    const page = await staff.post(`/audiences/${stored.id}/live/check`, { campaignId: 'act_1' })

    expect(page.status).toBe(400)
    expect(errorCodeOf(page.text)).toBe('request_invalid')
    expect(mainOf(page.text)).toContain('Kampanjan tunniste on pelkkiä numeroita.')
  })

  it('when the budget is not a number, then answers 400 with the code and asks nothing', async () => {
    const stored = await world.make.audience('own')
    const staff = await world.browse('staff')
    const page = await staff.post(`/audiences/${stored.id}/live`, { budget: 'lots', flightDays: '30' })

    expect(page.status).toBe(400)
    expect(errorCodeOf(page.text)).toBe('request_invalid')
  })

  it('when the audience belongs to another agency, then answers 404', async () => {
    const foreign = await world.make.audience('otherAgency')
    const staff = await world.browse('staff')
    expect((await staff.get(`/audiences/${foreign.id}/live`)).status).toBe(404)
  })
})
