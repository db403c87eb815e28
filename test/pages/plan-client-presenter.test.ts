import { describe, expect, it } from 'vitest'
import type { ClientPlanData } from '../../server/pages/plan-client-data.js'
import { emptyClientForm, toClientPlanPage } from '../../server/presenters/plan-client-presenter.js'
import { renderForSnapshot } from './support/page-world.js'

const zeros = Array(10).fill(0) as number[]
const line = (channel: 'facebook' | 'google', budget: number, impressions: number, reach: number, clicks: number) => ({
  channel,
  budget,
  spend: budget,
  dailyBudget: null,
  pricing: channel === 'google' ? ('cpc' as const) : ('cpm' as const),
  impressions,
  clicks,
  reach,
  frequency: impressions / reach,
  reachAtLeast: zeros,
  audienceSize: { low: 30_000, high: 90_000, value: 60_000 },
  cpm: 12.5,
  cpc: 1.35,
  ctr: 0.0123,
  frequencyCap: null,
  recommendedBudget: null,
  warnings: [],
  frequencyCapSuggestion: null,
})

// Facebook is above the effective range: 80 000 impressions for 32 000 people is 2.5 times, against a range of 1–2.
const frequencyWarning = {
  code: 'frequency_above_range' as const,
  severity: 'warning' as const,
  line: 0,
  message: 'lines[0] (facebook): people reached see the ads 2.5 times on average, above the effective range 1–2.',
  frequency: 2.5,
  range: { min: 1, max: 2 },
  action: { code: 'lower_budget' as const, budget: 640, message: 'Lower the budget to 640.00 €.' },
}

// A plan of two lines with hand-picked figures: 1 000 € on Facebook (80 000 impressions, 32 000 people) and
// 500 € on Google (500 clicks); the reach bands are 25 000–40 000 and 9 000–11 000 people.
const data = (status: 'shared' | 'approved', approvedBy: string | null = null): ClientPlanData => ({
  plan: {
    id: '00000000-0000-7000-8000-0000000000aa',
    clientId: '00000000-0000-7000-8000-000000000003',
    name: 'Kevät 2027',
    version: 2,
    status,
    lines: [
      {
        audienceId: 'a1',
        channel: 'facebook',
        budget: 1000,
        cpm: 12.5,
        startDate: '2027-03-01',
        endDate: '2027-03-31',
      },
      { audienceId: 'a2', channel: 'google', budget: 500, pricing: 'cpc', cpc: 1.35 },
    ],
    reachModel: null,
    guidance: null,
    fee: null,
    scenarios: [],
    estimate: {
      lines: [line('facebook', 1000, 80_000, 32_000, 984), line('google', 500, 20_000, 10_000, 500)],
      total: {
        budget: 1500,
        spend: 1500,
        impressions: 100_000,
        clicks: 1484,
        reach: 38_500,
        frequency: 100_000 / 38_500,
        grp: 50,
        reachAtLeast: zeros,
        universe: 200_000,
      },
      cost: { net: 1500, fee: 0, gross: 1500, lines: [] },
      warnings: [frequencyWarning],
      recommendedBudget: null,
      assumptions: [
        { factor: 'reachModel', value: 'poisson: R = A(1 − e^(−I/A))', source: 'planning-science.md' },
        {
          factor: 'population.FI',
          value: 'people by municipality',
          source: 'Statistics Finland, table 11re',
          code: 'population.statfi',
        },
        { factor: 'share.interest:interest.luxury-goods', value: 0.08, source: 'Assumption: a niche interest' },
        { factor: 'population.people', value: 1_234_567, source: 'people in the places' },
        {
          factor: 'reach.facebook.FI',
          value: 0.8183,
          source: 'DNA survey 2022',
          code: 'reach.published',
          params: { channel: 'facebook', country: 'FI' },
        },
        { factor: 'rate.facebook.cpm', value: 12.5, source: 'our rate card' },
        { factor: 'lines.1.cpc', value: 1.35, source: 'request' },
      ],
    },
    createdAt: '2026-11-01T08:00:00.000Z',
    createdBy: 'u',
    updatedAt: '2026-11-02T08:00:00.000Z',
    updatedBy: 'u',
    sharedAt: '2026-11-02T09:00:00.000Z',
    approvedAt: status === 'approved' ? '2026-11-03T10:30:00.000Z' : null,
    approvedBy: status === 'approved' ? (approvedBy ?? 'u-client') : null,
    approver: null,
    sharedVersion: 2,
    sharedStatus: status,
  },
  clientName: 'Talotehdas Oy',
  audiences: [
    { name: 'Huvilan ostajat', places: ['Helsinki', 'Espoo'] },
    { name: null, places: [] },
  ],
  reachRanges: [
    { low: 25_000, high: 40_000 },
    { low: 9_000, high: 11_000 },
  ],
  comments: [
    {
      id: 'c1',
      version: 2,
      authorId: 'share-link:l1',
      authorEmail: 'Maija Meikäläinen',
      body: 'Voisiko LinkedIn olla mukana?',
      internal: false,
      createdAt: '2026-11-02T12:00:00.000Z',
      line: null,
    },
  ],
  approvedBy: status === 'approved' ? (approvedBy ?? 'client@talotehdas.test') : null,
})

const options = (viewer: 'client' | 'share' | 'preview' = 'share') => ({
  locale: 'fi' as const,
  viewer,
  action: '/share/token',
  form: emptyClientForm(),
  notice: null,
})

describe('toClientPlanPage', () => {
  it('when a plan is shown, then each line says what is bought, where, when and for how much, in Finnish', () => {
    const model = toClientPlanPage(data('shared'), options())

    expect(model.lines.map((l) => [l.channel, l.audience, l.places, l.flight, l.budget])).toEqual([
      ['Facebook', 'Huvilan ostajat', 'Helsinki, Espoo', '1.3.2027 – 31.3.2027', 1000],
      ['Google Ads', '(poistettu kohderyhmä)', 'ei rajattu', 'sovitaan erikseen', 500],
    ])
  })

  it('when reach has a band, then frequency is the same impressions over the high and the low reach', () => {
    const [facebook, google] = toClientPlanPage(data('shared'), options()).lines

    // 80 000 impressions over 40 000 and 25 000 people: 2,0–3,2 times; the central 32 000 people see 2,5.
    expect(facebook!.reachRange).toEqual({ low: 25_000, high: 40_000, isRange: true })
    expect(facebook!.frequencyRange).toEqual({ low: 2, high: 3.2, isRange: true })
    expect(facebook!.frequency).toBe(2.5)
    // 20 000 impressions over 11 000 and 9 000 people: 1,82–2,22 times.
    expect(google!.frequencyRange.low).toBeCloseTo(20_000 / 11_000, 10)
    expect(google!.frequencyRange.high).toBeCloseTo(20_000 / 9_000, 10)
  })

  it('when explaining the estimate, then names models and sources in plain words and leaves rates and criteria out', () => {
    const { method } = toClientPlanPage(data('shared'), options())

    expect(method).toEqual([
      'Tavoittavuus on laskettu todennäköisyysmallilla (Poisson): mitä useampi näyttö, sitä useammin mainos osuu jo tavoitetulle henkilölle.',
      // The sources by their codes (assumption-messages.ts), never the English source text.
      'Väestötiedot: Tilastokeskus, väestö 31.12.2019.',
      'Valituilla alueilla ja ikäryhmissä asuu 1\u00a0234\u00a0567 henkilöä.',
      'Facebook: palvelua käyttää julkaistujen käyttäjälukujen mukaan noin 81,8\u00a0% väestöstä.',
      'Näyttö- ja klikkausmäärät perustuvat mediahinnastoomme ja kanavien tyypillisiin klikkausprosentteihin.',
      'Klikkausten määrä riippuu budjetista ja klikkausprosentista, ei kohderyhmän koosta, joten sille ei ole vaihteluväliä.',
    ])
  })

  it('when the planning check found something, then says it in Finnish, with the suggestion, before the approval', () => {
    expect(toClientPlanPage(data('shared'), options()).guidance).toEqual([
      {
        code: 'frequency_above_range',
        severityKey: 'guidance.severity.warning',
        severityClass: 'warning',
        text: 'Facebook · Huvilan ostajat: tavoitetut näkevät mainokset keskimäärin 2,5 kertaa, yli tehokkaan välin 1–2.',
        action: 'Laske budjetiksi 640,00 €.',
      },
    ])
  })

  it('when the version is shared, then a client or a share link may approve it and an agency preview may not', () => {
    expect(toClientPlanPage(data('shared'), options('share')).canApprove).toBe(true)
    expect(toClientPlanPage(data('shared'), options('client')).canApprove).toBe(true)
    const preview = toClientPlanPage(data('shared'), options('preview'))
    expect([preview.canApprove, preview.canComment, preview.isPreview]).toEqual([false, false, true])
  })

  it('when approved, then says by whom (or through the link) and when, and offers no approval', () => {
    const byClient = toClientPlanPage(data('approved'), options('client'))
    const byLink = toClientPlanPage(data('approved', 'share-link:l1'), options('share'))

    expect(byClient.canApprove).toBe(false)
    expect(byClient.approval).toEqual({
      viaLink: false,
      by: 'client@talotehdas.test',
      at: '2026-11-03T10:30:00.000Z',
      named: null,
    })
    expect(byLink.approval).toEqual({ viaLink: true, by: null, at: '2026-11-03T10:30:00.000Z', named: null })
  })

  it('when a comment came through a share link, then shows the name it gave with the link noted', () => {
    expect(toClientPlanPage(data('shared'), options()).comments).toEqual([
      {
        author: 'Maija Meikäläinen (jakolinkin kautta)',
        at: '2026-11-02T12:00:00.000Z',
        body: 'Voisiko LinkedIn olla mukana?',
        lineRef: null,
      },
    ])
  })

  it('when rendered in Finnish, then shows no rates, criteria ids or fidelity codes and matches the snapshot', async () => {
    const model = toClientPlanPage(data('shared'), options('share'))
    const html = renderForSnapshot('plan-client', 'Mediasuunnitelma: Kevät 2027', model, {
      locale: 'fi',
      role: null,
      here: '/share/token',
    })

    expect(html).toContain('Hyväksy suunnitelma')
    expect(html).toContain('yli tehokkaan välin 1–2')
    expect(html).toContain('25\u00a0000–40\u00a0000')
    expect(html).not.toMatch(/CPM|CPC|CTR|12,50|1,35|interest\.|luxury-goods|approximated|unresolved/i)
    await expect(html).toMatchFileSnapshot('__snapshots__/plan-client.html')
  })
})
