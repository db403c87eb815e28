import { describe, expect, it } from 'vitest'
import { AssumptionLog } from '../../audiences/estimate/assumption-log.js'
import { deliverLine, type LineSetup } from '../../audiences/estimate/line-delivery.js'
import { FINNISH_RATE_CARD, resolveRates } from '../../audiences/estimate/rate-card.js'

const setupFor = (
  channel: 'google' | 'facebook' | 'instagram' | 'linkedin',
  rates: Parameters<typeof resolveRates>[1] = {},
): LineSetup => ({
  ...resolveRates(channel, rates, FINNISH_RATE_CARD, new AssumptionLog(), 0),
  pool: 1e6,
  shape: null,
  frequencyCap: null,
})

describe('seed 003 cost examples', () => {
  it('when 100 € buys Facebook at the default CPM of 10 €, then 100 / 10 × 1000 = 10,000 impressions', () => {
    expect(deliverLine(setupFor('facebook'), 100).impressions).toBe(10_000)
  })

  it('when 100 € buys Instagram at the default CPM of 10 €, then 10,000 impressions', () => {
    expect(deliverLine(setupFor('instagram'), 100).impressions).toBe(10_000)
  })

  it('when 300 € buys LinkedIn at the default CPM of 30 €, then 300 / 30 × 1000 = 10,000 impressions', () => {
    expect(deliverLine(setupFor('linkedin'), 300).impressions).toBe(10_000)
  })

  it('when 1,000 € buys Google at the default CPC of 1 €, then 1,000 / 1 = 1,000 clicks and 1,000 / 0.05 = 20,000 impressions', () => {
    const d = deliverLine(setupFor('google'), 1000)
    expect(d.clicks).toBe(1000)
    expect(d.impressions).toBeCloseTo(20_000, 9)
  })

  it('when a CPM line has a CTR, then clicks = impressions × CTR: 10,000 × 0.9 % = 90', () => {
    expect(deliverLine(setupFor('facebook'), 100).clicks).toBeCloseTo(90, 9)
  })
})

describe('resolveRates', () => {
  it('when the request gives a CPC for Facebook, then the line is bought per click and the implied CPM is CPC × CTR × 1000', () => {
    const rates = resolveRates('facebook', { cpc: 0.5 }, FINNISH_RATE_CARD, new AssumptionLog(), 0)
    expect(rates).toEqual({ pricing: 'cpc', cpc: 0.5, ctr: 0.009, cpm: 0.5 * 0.009 * 1000 })
  })

  it('when a rate comes from the card, then the assumptions name its source; from the request, "request"', () => {
    const log = new AssumptionLog()
    resolveRates('linkedin', { ctr: 0.006 }, FINNISH_RATE_CARD, log, 2)
    expect(log.list()).toEqual([
      { factor: 'lines.2.ctr', value: 0.006, source: 'request', code: 'request' },
      // The built-in card's source in English, and its code for the pages (issue 18).
      {
        factor: 'rate.linkedin.cpm',
        value: 30,
        source: expect.stringContaining('Asiakassegmentti'),
        code: 'rateCard.builtIn',
      },
    ])
  })
})
