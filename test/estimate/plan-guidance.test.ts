import { describe, expect, it } from 'vitest'
import {
  estimatePlan,
  estimateSizedPlan,
  guideEstimate,
  type EstimateRequest,
  type Warning,
} from '../../audiences/index.js'
import { aTaxonomy } from './estimate-fixtures.js'

const taxonomy = aTaxonomy()
const estimate = (request: Partial<EstimateRequest> & Pick<EstimateRequest, 'lines'>) =>
  estimatePlan({ reachModel: { kind: 'poisson' }, ...request }, taxonomy)
const codes = (warnings: readonly Warning[]) => warnings.map((w) => `${w.code}@${w.line ?? 'plan'}`)

describe('a saturated line: 1,000 € on 1,000 people at CPM 10 € buys 100,000 impressions, m = 100', () => {
  const result = estimate({
    universe: 1000,
    lines: [{ channel: 'facebook', budget: 1000, cpm: 10, audienceSize: 1000 }],
  })
  const line = result.lines[0]!
  const find = (code: Warning['code']) => result.warnings.find((w) => w.code === code && w.line === 0)!

  it('warns of frequency (100,000 / ~1,000 = 100 > 10), diminishing returns and an audience too small for the budget', () => {
    expect(codes(line.warnings)).toEqual([
      'audience_too_small_for_budget@0',
      'frequency_above_range@0',
      'diminishing_returns@0',
    ])
    expect(find('frequency_above_range').frequency).toBeCloseTo(100_000 / 1000, 6)
    expect(find('frequency_above_range').range).toEqual({ min: 1, max: 10 })
  })

  it('recommends A × CPM/1000 × ln 10 = 1,000 × 0.01 × 2.302585 = 23.03 €, and says so in the diminishing-returns warning', () => {
    expect(line.recommendedBudget!.budget).toBeCloseTo(23.02585, 4)
    const w = find('diminishing_returns')
    expect(w.recommendedBudget).toBeCloseTo(23.02585, 4)
    expect(w.marginalShare).toBeCloseTo(Math.exp(-100), 50)
    expect(w.action).toMatchObject({ code: 'lower_budget', budget: w.recommendedBudget })
  })

  it('the audience the budget needs within 10 per person: 100,000 / 10 = 10,000 people', () => {
    const w = find('audience_too_small_for_budget')
    expect(w.impressionsPerPerson).toBeCloseTo(100, 9)
    expect(w.action).toMatchObject({ code: 'widen_audience', audienceSize: 10_000 })
  })

  it('suggests a cap of 10 on Meta: 1,000 × 10 = 10,000 impressions saturate it, so it spends 10,000 × 10 / 1000 = 100 €', () => {
    expect(line.frequencyCapSuggestion).toMatchObject({
      frequencyCap: 10,
      impressions: 10_000,
      spend: 100,
      frequency: 10,
    })
    expect(line.frequencyCapSuggestion!.reach).toBeCloseTo(1000, 6)
    expect(find('frequency_above_range').action).toMatchObject({ code: 'set_frequency_cap', frequencyCap: 10 })
    // No flight dates: the cap is over the flight, not yet in the platform's terms.
    expect(line.frequencyCapSuggestion!.platformSetting).toBeNull()
  })

  it('lists the plan-level frequency warning first, then the line’s', () => {
    expect(codes(result.warnings)[0]).toBe('frequency_above_range@plan')
  })
})

describe('cap suggestions in the platform’s terms', () => {
  const over = (channel: 'facebook' | 'google' | 'linkedin', dates: { startDate: string; endDate: string }) =>
    estimate({
      universe: 1000,
      lines: [{ channel, budget: 1000, cpm: 10, pricing: 'cpm', audienceSize: 1000, ...dates }],
    }).lines[0]!

  it('Meta over a 28-day flight: 10 impressions every 28 days (frequency_control_specs, interval 1–90)', () => {
    const line = over('facebook', { startDate: '2026-03-02', endDate: '2026-03-29' })
    expect(line.frequencyCapSuggestion!.platformSetting).toEqual({
      platform: 'meta',
      maxFrequency: 10,
      intervalDays: 28,
    })
    expect(line.dailyBudget).toBeCloseTo(1000 / 28, 9)
  })

  it('Meta over 180 days: intervals stop at 90, so ⌊10 × 90 / 180⌋ = 5 every 90 days', () => {
    const line = over('facebook', { startDate: '2026-01-01', endDate: '2026-06-29' })
    expect(line.frequencyCapSuggestion!.platformSetting).toEqual({
      platform: 'meta',
      maxFrequency: 5,
      intervalDays: 90,
    })
  })

  it('Google Display over 28 days (4 weeks): ⌊10 / 4⌋ = 2 per week', () => {
    const line = over('google', { startDate: '2026-03-02', endDate: '2026-03-29' })
    expect(line.frequencyCapSuggestion!.platformSetting).toEqual({
      platform: 'google',
      impressions: 2,
      timeUnit: 'WEEK',
    })
  })

  it('LinkedIn takes no cap: the advice is a lower budget, where the frequency is 10', () => {
    const line = over('linkedin', { startDate: '2026-03-02', endDate: '2026-03-29' })
    expect(line.frequencyCapSuggestion).toBeNull()
    const w = line.warnings.find((x) => x.code === 'frequency_above_range')!
    expect(w.action.code).toBe('lower_budget')
    // At that budget m/(1 − e^(−m)) = 10 with m = B/(A × CPM/1000) = B/10: m ≈ 9.9995 (e^(−m) is tiny), B ≈ 99.995 €.
    const m = w.action.budget! / (1000 * 0.01)
    expect(m / -Math.expm1(-m)).toBeCloseTo(10, 6)
    expect(w.action.budget).toBeCloseTo(99.9955, 3)
  })
})

describe('frequency below the range', () => {
  it('with an effective range of 3–10 on Facebook, 100 € on 100,000 people (m = 0.1, frequency 1.05) asks to raise the budget to where m/(1 − e^(−m)) = 3', () => {
    const result = estimate({
      universe: 100_000,
      guidance: { frequencyRanges: { facebook: { min: 3, max: 10 } } },
      lines: [{ channel: 'facebook', budget: 100, cpm: 10, audienceSize: 100_000 }],
    })
    const w = result.warnings.find((x) => x.code === 'frequency_below_range')!
    expect(w.frequency).toBeCloseTo(0.1 / -Math.expm1(-0.1), 9)
    const m = w.action.budget! / (100_000 * 0.01)
    expect(m / -Math.expm1(-m)).toBeCloseTo(3, 6)
    // m ≈ 2.8214: 2.8214 / (1 − e^(−2.8214)) = 2.8214 / 0.94047 = 3.0000.
    expect(m).toBeCloseTo(2.8214, 3)
    expect(result.assumptions).toContainEqual({
      factor: 'guidance.frequencyRange.facebook',
      value: '3–10',
      source: 'request',
      code: 'request',
    })
  })
})

describe('platform minimums', () => {
  it('LinkedIn refuses audiences under 300 members (Audience Counts API): 200 warns, 300 does not', () => {
    const at = (size: number) =>
      estimate({ universe: 1000, lines: [{ channel: 'linkedin', budget: 10, audienceSize: size }] }).warnings
    const w = at(200).find((x) => x.code === 'audience_below_minimum')!
    expect(w).toMatchObject({ minimum: 300, audienceSize: 200, platform: 'linkedin' })
    expect(w.source).toContain('300 is the minimum audience size')
    expect(at(300).some((x) => x.code === 'audience_below_minimum')).toBe(false)
  })

  it('Meta and Google: 100', () => {
    const result = estimate({
      universe: 1000,
      lines: [
        { channel: 'instagram', budget: 1, audienceSize: 99 },
        { channel: 'google', budget: 1, audienceSize: 99 },
      ],
    })
    expect(result.warnings.filter((w) => w.code === 'audience_below_minimum').map((w) => w.minimum)).toEqual([100, 100])
  })
})

describe('overlapping lines', () => {
  it('two Facebook lines on one audience: a warning; sharing people at random in one pool, R₁R₂/A of them are reached by both', () => {
    const result = estimate({
      universe: 100_000,
      lines: [
        { channel: 'facebook', budget: 100, cpm: 10, audienceSize: 100_000 },
        { channel: 'facebook', budget: 200, cpm: 10, audienceSize: 100_000 },
      ],
    })
    const w = result.warnings.find((x) => x.code === 'lines_overlap')!
    expect(w).toMatchObject({ line: 1, otherLine: 0, severity: 'warning', platform: 'meta' })
    // R₁ = 100,000(1 − e^(−0.1)) = 9,516.26; R₂ = 100,000(1 − e^(−0.2)) = 18,126.92; R₁R₂/A = 1,725.0.
    expect(w.sharedPeople).toBeCloseTo((9516.258196 * 18126.924692) / 100_000, 2)
    expect(result.lines[1]!.warnings).toContainEqual(w)
  })

  it('Facebook and Instagram on one audience: information (both are Meta placements); other platforms or flights apart: nothing', () => {
    const lines = (a: object, b: object) =>
      estimate({
        universe: 100_000,
        lines: [
          { channel: 'facebook', budget: 100, audienceSize: 50_000, ...a },
          { channel: 'instagram', budget: 100, audienceSize: 40_000, ...b },
        ],
      }).warnings.filter((w) => w.code === 'lines_overlap')
    expect(lines({}, {}).map((w) => w.severity)).toEqual(['info'])
    const march = { startDate: '2026-03-01', endDate: '2026-03-31' }
    const may = { startDate: '2026-05-01', endDate: '2026-05-31' }
    expect(lines(march, may)).toEqual([])
  })

  it('a plan of several audiences: lines of different audiences do not overlap', () => {
    const request: EstimateRequest = {
      universe: 100_000,
      lines: [
        { channel: 'facebook', budget: 100, audienceSize: 50_000 },
        { channel: 'facebook', budget: 100, audienceSize: 40_000 },
      ],
    }
    const apart = estimatePlan(request, taxonomy, { segments: ['villa', 'cottage'] })
    expect(apart.warnings.filter((w) => w.code === 'lines_overlap')).toEqual([])
  })
})

describe('a balanced plan', () => {
  it('reaches within the range and below the threshold: no warnings at all', () => {
    // m = 150,000 / 100,000 = 1.5: frequency 1.5 / (1 − e^(−1.5)) = 1.94; share e^(−1.5) = 0.22 > 0.1.
    const result = estimate({
      universe: 200_000,
      lines: [
        { channel: 'facebook', budget: 1500, cpm: 10, audienceSize: 100_000 },
        { channel: 'linkedin', budget: 1500, cpm: 30, audienceSize: 50_000 },
      ],
    })
    expect(result.warnings).toEqual([])
    expect(result.lines[0]!.recommendedBudget!.budget).toBeCloseTo(2302.585, 3)
    expect(result.lines[1]!.recommendedBudget!.budget).toBeCloseTo(50_000 * 0.03 * Math.LN10, 3)
  })
})

describe('guidance of a stored estimate', () => {
  it('rebuilt from the estimate’s own numbers equals the guidance given when it was made (NBD, a cap, dates)', () => {
    const request: EstimateRequest = {
      universe: 5000,
      reachModel: { kind: 'nbd', shape: 1.5 },
      lines: [
        {
          channel: 'facebook',
          budget: 800,
          cpm: 9,
          audienceSize: 3000,
          startDate: '2026-03-02',
          endDate: '2026-03-29',
        },
        { channel: 'instagram', budget: 300, audienceSize: 2500, frequencyCap: 20 },
        { channel: 'linkedin', budget: 90, audienceSize: 250 },
      ],
    }
    const made = estimatePlan(request, taxonomy)
    // What a plan stores: the sized estimate without guidance.
    const core = estimateSizedPlan(request, taxonomy)
    const again = guideEstimate(core, {
      reachModel: request.reachModel,
      lines: request.lines.map((l) => ({ segment: 'one', startDate: l.startDate, endDate: l.endDate })),
    })
    expect(again.warnings).toEqual(made.warnings)
    expect(again.lines).toEqual(made.lines)
    expect(again.recommendedBudget).toEqual(made.recommendedBudget)
    expect(made.warnings.length).toBeGreaterThan(3)
  })
})
