import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TAXONOMY,
  FINNISH_RATE_CARD,
  estimatePlan,
  estimateSizedPlan,
  grossEstimate,
  guideEstimate,
  type Fee,
} from '../../audiences/index.js'
import { costOf, type LineFee } from '../../audiences/estimate/agency-fee.js'

// ADR 0010: a percentage fee is a markup on net media, gross = net × (1 + rate); a fixed fee is shared over the lines
// of its group (the plan, a channel, or the card) in proportion to their net media.
const percent = (rate: number, group = 'card'): LineFee => ({ fee: { kind: 'percent', rate }, group })
const fixed = (amount: number, group: string): LineFee => ({ fee: { kind: 'fixed', amount }, group })

describe('costOf: net media, fee and gross', () => {
  it('15 % markup on 1,000 € net: fee 150 €, gross 1,150 € (not 1,000 / 0.85 = 1,176.47 € as a 15 % share of gross)', () => {
    expect(costOf([1000], [percent(0.15)])).toEqual({
      net: 1000,
      fee: 150,
      gross: 1150,
      lines: [{ net: 1000, fee: 150, gross: 1150 }],
    })
  })

  it('a fixed 500 € over lines of 3,000 € and 1,000 € net: 375 € and 125 € (3:1); a line without a fee pays none', () => {
    const cost = costOf([3000, 1000, 800], [fixed(500, 'plan'), fixed(500, 'plan'), null])
    expect(cost.lines.map((l) => l.fee)).toEqual([375, 125, 0])
    expect(cost).toMatchObject({ net: 4800, fee: 500, gross: 5300 })
  })

  it('a fixed fee with no media in its group is not charged: 0 € lines carry 0 €', () => {
    expect(costOf([0, 0], [fixed(200, 'channel:linkedin'), fixed(200, 'channel:linkedin')]).fee).toBe(0)
  })

  it('fees are rounded to cents: 12.5 % of 333.33 € = 41.66625 → 41.67 €', () => {
    expect(costOf([333.33], [percent(0.125)]).lines[0]).toEqual({ net: 333.33, fee: 41.67, gross: 375 })
  })
})

describe('estimatePlan with fees', () => {
  const lines = [
    { channel: 'facebook' as const, budget: 1000, audienceSize: 100_000 },
    { channel: 'linkedin' as const, budget: 600, audienceSize: 50_000 },
  ]
  const card = {
    ...FINNISH_RATE_CARD,
    fee: { kind: 'percent', rate: 0.1 } as Fee,
    rates: { ...FINNISH_RATE_CARD.rates, linkedin: { ...FINNISH_RATE_CARD.rates.linkedin!, fee: fixed(90, 'x')!.fee } },
  }

  it("takes the card's channel fee before its own: Facebook 10 % of 1,000 € = 100 €, LinkedIn fixed 90 €", () => {
    const estimate = estimatePlan({ lines }, DEFAULT_TAXONOMY, { rateCards: [card] })
    expect(estimate.cost.lines).toEqual([
      { net: 1000, fee: 100, gross: 1100 },
      { net: 600, fee: 90, gross: 690 },
    ])
  })

  it("takes the plan's fee before the card's: 20 % on both lines = 200 € and 120 €", () => {
    const estimate = estimatePlan({ lines, fee: { kind: 'percent', rate: 0.2 } }, DEFAULT_TAXONOMY, {
      rateCards: [card],
    })
    expect(estimate.cost).toMatchObject({ net: 1600, fee: 320, gross: 1920 })
  })

  it('the gross estimate keeps delivery and turns every euro and price into gross: 1,000 € at CPM 10 € → 1,100 € at CPM 11 €', () => {
    const net = estimatePlan({ lines, flightDays: 10 }, DEFAULT_TAXONOMY, { rateCards: [card] })
    // A plan stores the sized estimate (the same figures as /estimate's); the client reads it in gross.
    const gross = grossEstimate(estimateSizedPlan({ lines, flightDays: 10 }, DEFAULT_TAXONOMY, { rateCards: [card] }))
    const [fb, li] = gross.lines
    expect(fb).toMatchObject({ budget: 1100, impressions: net.lines[0]!.impressions })
    expect(fb!.cpm).toBeCloseTo(11, 9)
    expect(fb!.dailyBudget).toBeCloseTo(110, 9)
    // LinkedIn: 690 / 600 = 1.15, so its CPM 30 € reads 34.50 €.
    expect(li!.cpm).toBeCloseTo(34.5, 9)
    expect(gross.total.budget).toBe(1790)
    expect('cost' in gross).toBe(false)
    // The recommended budget on a curve with every euro × 1.1 is 1.1 × the net one (the threshold share is unitless).
    const guided = guideEstimate(gross, { lines: [{ segment: 'a' }, { segment: 'a' }] })
    expect(guided.lines[0]!.recommendedBudget!.budget).toBeCloseTo(net.lines[0]!.recommendedBudget!.budget * 1.1, 6)
  })
})
