import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TAXONOMY,
  estimateSizedPlan,
  estimateSegmentedPlan,
  TEMPLATES,
  type Audience,
} from '../../audiences/index.js'

const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
const cottage = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience
const audiences = new Map<string, Audience>([
  ['villa', villa],
  ['cottage', cottage],
])

describe('estimateSegmentedPlan', () => {
  it('when a plan has two audiences, then each line keeps the size band its own audience estimate gives', () => {
    const lines = [
      { channel: 'facebook' as const, budget: 1500, segment: 'villa' },
      { channel: 'instagram' as const, budget: 1000, segment: 'cottage' },
    ]
    const plan = estimateSegmentedPlan(lines, (l) => l.segment, audiences, DEFAULT_TAXONOMY, {})
    const alone = (audience: Audience, line: (typeof lines)[number]) =>
      estimateSizedPlan({ audience, lines: [{ channel: line.channel, budget: line.budget }] }, DEFAULT_TAXONOMY)
        .lines[0]!.audienceSize

    const villaBand = alone(villa, lines[0]!)
    const cottageBand = alone(cottage, lines[1]!)
    expect(plan.lines[0]!.audienceSize).toEqual({
      low: villaBand.low,
      value: Math.round(villaBand.value),
      high: villaBand.high,
    })
    expect(plan.lines[1]!.audienceSize).toEqual({
      low: cottageBand.low,
      value: Math.round(cottageBand.value),
      high: cottageBand.high,
    })
    expect(villaBand.low).toBeLessThan(villaBand.high)
  })
})
