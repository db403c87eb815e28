import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TAXONOMY,
  EstimateRequestSchema,
  estimatePlan,
  type AudienceInput,
  type ChannelId,
  type EstimateLineResult,
} from '../../audiences/index.js'

// Figures by hand from the shipped data (Statistics Finland 11re, 31 Dec 2019; 11ra and municipal key figures 2021)
// and channel-reach.ts's shares; each test names the platform rule that shapes the channel's audience.
const FI = {
  '13–17': 300_123,
  '18+': 4_476_235,
  '18–74': 3_951_652,
  '75+': 524_583,
  '25+': 4_043_641,
  '25–54': 2_083_877,
  '25–64': 2_812_367,
  '30–60': 2_169_070,
}
const VANTAA_25_54 = 102_605 // 11re, Vantaa, ages 25 to 54 summed
const GOOGLE = 0.977 // internet users, every age counted fully
const LINKEDIN = 1_340_000 / 4_069_201 // any use of 16–74; 75+ count half
// Swedish speakers 5.2 % of Finland (2021, as published); Finnish speakers split the rest as 4,800,243 of the
// 5,548,241 − 287,933 non-Swedish people.
const SWEDISH = 0.052
const FINNISH = (1 - SWEDISH) * (4_800_243 / (5_548_241 - 287_933))

function line(audience: Partial<AudienceInput>, channel: ChannelId): EstimateLineResult {
  const request = EstimateRequestSchema.parse({
    audience: { name: 'test', geo: { include: [{ country: 'FI' }] }, ...audience },
    lines: [{ channel, budget: 1000 }],
  })
  return estimatePlan(request, DEFAULT_TAXONOMY).lines[0]!
}

describe('a channel’s audience size', () => {
  it('when Google widens 30–60 to its brackets 25–64, then the line is sized at 25–64 and the described 30–60 is kept', () => {
    const result = line({ age: { min: 30, max: 60 } }, 'google')

    expect(result.audienceSize!.value).toBeCloseTo(FI['25–64'] * GOOGLE, 6)
    expect(result.idealAudienceSize!.value).toBeCloseTo(FI['30–60'] * GOOGLE, 6)
    expect(result.sizeReason!.items.map((i) => [i.criterion, i.code])).toEqual([['age:30–60', 'age_widened']])
  })

  it('when Google reaches CTOs only through Technology Industry (30023), then the line is sized as that industry', () => {
    // The shipped shares: industry.ict (which stands for 30023) 0.03, title.cto 0.003; 25–64 is four Google brackets.
    const result = line({ age: { min: 25, max: 64 }, include: [[{ facet: 'title', value: 'title.cto' }]] }, 'google')

    expect(result.audienceSize!.value).toBeCloseTo(FI['25–64'] * GOOGLE * 0.03, 6)
    expect(result.idealAudienceSize!.value).toBeCloseTo(FI['25–64'] * GOOGLE * 0.003, 6)
    expect(result.sizeReason!.items.map((i) => [i.criterion, i.code])).toEqual([['title.cto', 'segment_approximated']])
  })

  it('when Google reaches pensioners only through Recently Retired (95013), then the line is sized as that segment', () => {
    // The shipped shares: lifeEvent.recently-retired (which stands for 95013) 0.03 (an assumption); employment.pensioners
    // 0.35 (ETK and Kela: 1.6 M pension recipients ÷ 4.58 M adults). Google targets the narrower segment.
    const include = [[{ facet: 'employment' as const, value: 'employment.pensioners' }]]
    const result = line({ age: { min: 25, max: 64 }, include }, 'google')

    expect(result.audienceSize!.value).toBeCloseTo(FI['25–64'] * GOOGLE * 0.03, 6)
    expect(result.idealAudienceSize!.value).toBeCloseTo(FI['25–64'] * GOOGLE * 0.35, 6)
    expect(result.sizeReason!.items.map((i) => [i.criterion, i.code])).toEqual([
      ['employment.pensioners', 'segment_approximated'],
    ])
  })

  // Issue 13: the villa audience on LinkedIn keeps only Finland and 25+ (titles unresolved): about 1.25 M members.
  it('when LinkedIn cannot resolve the job titles, then it targets everyone 25+ in Finland and says why', () => {
    const titles = ['title.ceo', 'title.physician', 'title.lawyer'].map((value) => ({ facet: 'title' as const, value }))
    const result = line({ age: { min: 30, max: 60 }, include: [titles] }, 'linkedin')

    // Brackets 25–34, 35–54 and 55+: everyone 25+, the 75+ counting half (LinkedIn's survey covers 16–74).
    const targeted = (FI['25+'] - FI['75+'] / 2) * LINKEDIN
    expect(result.audienceSize!.value).toBeCloseTo(targeted, 6)
    expect(result.audienceSize!.value).toBeGreaterThan(20 * result.idealAudienceSize!.value)
    expect(result.sizeReason!.message).toMatch(
      /^LinkedIn will target about 1\.2 M people, not the about \d+ k described/,
    )
    expect(result.sizeReason!.items.map((i) => [i.criterion, i.status])).toEqual([
      ['age:30–60', 'approximated'],
      ['title.ceo', 'unresolved'],
      ['title.physician', 'unresolved'],
      ['title.lawyer', 'unresolved'],
    ])
  })

  // Helsinki, Espoo and Tampere have confirmed LinkedIn location URNs (geo-fi.json); Vantaa has none.
  it('when LinkedIn widens Vantaa to Finland, then the line counts Finland and keeps Vantaa’s 103 k beside it', () => {
    const vantaa = { geo: { include: [{ municipality: '092', country: 'FI' }] }, age: { min: 25, max: 54 } }

    const result = line(vantaa, 'linkedin')

    expect(result.audienceSize!.value).toBeCloseTo(FI['25–54'] * LINKEDIN, 6)
    expect(result.idealAudienceSize!.value).toBeCloseTo(VANTAA_25_54 * LINKEDIN, 6)
    expect(result.sizeReason!.items.map((i) => i.code)).toContain('geo_widened_to_country')
  })

  it('when Meta draws a circle for Helsinki, then the line is exactly what the same circle targeted as such gives', () => {
    const helsinki = line({ geo: { include: [{ municipality: '091', country: 'FI' }] } }, 'facebook')
    const circle = helsinki.sizeReason!.items[0]!.effective!
    expect(circle.kind).toBe('places')
    const places = circle.kind === 'places' ? circle.places : []

    const drawn = line({ geo: { include: places } }, 'facebook')

    expect(helsinki.audienceSize).toEqual(drawn.audienceSize)
    expect(helsinki.audienceSize!.value).toBeGreaterThan(helsinki.idealAudienceSize!.value)
  })

  // Meta Business Help Centre, "About advertising to teens": no delivery to under-18s in the EU, EEA or Switzerland.
  it('when a 13–17 audience in Finland is on Instagram, then the line reaches nobody though the audience exists', () => {
    const result = line({ age: { min: 13, max: 17 } }, 'instagram')

    expect(result.audienceSize).toEqual({ value: 0, low: 0, high: 0 })
    expect(result.idealAudienceSize!.value).toBeGreaterThan(0)
    expect(result.reach).toBe(0)
  })

  // line-sizes.ts sizes one Meta spec for both lines; each line must still read as it does alone.
  it('when Facebook and Instagram are in one plan, then each line is sized as it is alone', () => {
    const audience = {
      name: 'test',
      geo: { include: [{ region: 'FI-18' }] },
      age: { min: 16, max: 40 },
      include: [[{ facet: 'interest', value: 'interest.interior-design' }]],
    }
    const plan = (channels: ChannelId[]) =>
      estimatePlan(
        EstimateRequestSchema.parse({ audience, lines: channels.map((channel) => ({ channel, budget: 1000 })) }),
        DEFAULT_TAXONOMY,
      ).lines
    const [facebook, instagram] = plan(['facebook', 'instagram'])
    const pairs: [EstimateLineResult, EstimateLineResult][] = [
      [facebook!, plan(['facebook'])[0]!],
      [instagram!, plan(['instagram'])[0]!],
    ]
    for (const [both, alone] of pairs)
      expect({ size: both.audienceSize, ideal: both.idealAudienceSize, reason: both.sizeReason }).toEqual({
        size: alone.audienceSize,
        ideal: alone.idealAudienceSize,
        reason: alone.sizeReason,
      })
    // Facebook and Instagram reach different shares of the same targeted people (channel-reach.ts).
    expect(facebook!.audienceSize!.value).not.toBe(instagram!.audienceSize!.value)
    // Under-18s see no Meta ads in the EU: both reasons name it.
    expect(facebook!.sizeReason!.message).toContain('no delivery to under-18s in FI')
    expect(instagram!.sizeReason!.message).toContain('no delivery to under-18s in FI')
  })

  it('when Facebook sizes everyone 18+ in Finland, then the centre is Meta’s 2.75 M and the survey’s 3.45 M the high end', () => {
    const result = line({}, 'facebook')

    expect(result.audienceSize!.value).toBeCloseTo(2_750_000, 3)
    expect(result.audienceSize!.low).toBeCloseTo(2_700_000, 3)
    expect(result.audienceSize!.high).toBeCloseTo((3_330_000 / 4_069_201) * (FI['18–74'] + FI['75+'] / 2), 3)
    expect(result.sizeReason).toBeNull()
  })
})

describe('languages in a channel’s audience size', () => {
  it('when the audience speaks Swedish, then Google (which targets Swedish) sizes Finland’s Swedish speakers', () => {
    const result = line({ languages: ['sv'] }, 'google')

    expect(result.audienceSize!.value).toBeCloseTo(FI['18+'] * SWEDISH * GOOGLE, 6)
    expect(result.sizeReason).toBeNull()
  })

  it('when the audience speaks Finnish or Swedish, then the mother tongues add up', () => {
    const result = line({ languages: ['fi', 'sv'] }, 'google')

    expect(result.audienceSize!.value).toBeCloseTo(FI['18+'] * (SWEDISH + FINNISH) * GOOGLE, 6)
  })

  it('when Meta has no locale id for Swedish, then Facebook is not limited by language and sizes everyone', () => {
    const result = line({ languages: ['sv'] }, 'facebook')

    expect(result.audienceSize!.value).toBeCloseTo(2_750_000, 3)
    expect(result.idealAudienceSize!.value).toBeCloseTo(2_750_000 * SWEDISH, 3)
    expect(result.sizeReason!.items.map((i) => [i.criterion, i.code])).toEqual([['language:sv', 'locale_unresolved']])
  })

  it('when a language has no figures (English), then languages do not narrow and the assumption says so', () => {
    const estimate = estimatePlan(
      EstimateRequestSchema.parse({
        audience: { name: 'test', geo: { include: [{ country: 'FI' }] }, languages: ['fi', 'en'] },
        lines: [{ channel: 'google', budget: 1000 }],
      }),
      DEFAULT_TAXONOMY,
    )

    expect(estimate.lines[0]!.audienceSize!.value).toBeCloseTo(FI['18+'] * GOOGLE, 6)
    expect(estimate.assumptions).toContainEqual(expect.objectContaining({ factor: 'population.languages', value: 1 }))
  })
})
