import { describe, expect, it } from 'vitest'
import { EstimateRequestSchema } from '../../audiences/estimate/estimate-schema.js'
import { estimateSizedPlan } from '../../audiences/estimate/estimate-plan.js'
import { compareSegmentStrategies } from '../../audiences/estimate/segment-strategies.js'
import { SegmentComparisonRequestSchema } from '../../audiences/estimate/segment-strategy-schema.js'
import { DEFAULT_TAXONOMY } from '../../audiences/taxonomy/taxonomy-data.js'
import { TEMPLATES } from '../../audiences/templates/templates.js'

const fourLines = [
  { channel: 'facebook', budget: 100 },
  { channel: 'instagram', budget: 100 },
  { channel: 'linkedin', budget: 300 },
  { channel: 'google', budget: 1000 },
]

describe('estimates over the shipped taxonomy and templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    'when template %s is estimated on four channels, then every line has a size and reach within it',
    (_id, template) => {
      const result = estimateSizedPlan(
        EstimateRequestSchema.parse({ audience: template.audience, lines: fourLines }),
        DEFAULT_TAXONOMY,
      )
      for (const line of result.lines) {
        expect(line.audienceSize.low).toBeLessThanOrEqual(line.audienceSize.value)
        expect(line.audienceSize.value).toBeLessThanOrEqual(line.audienceSize.high)
        expect(line.reach).toBeLessThanOrEqual(line.audienceSize.value)
      }
      expect(result.total.reach).toBeLessThanOrEqual(result.total.universe)
    },
  )

  it('when a term carries a share in the taxonomy, then the estimate uses it and cites its source', () => {
    const entry = [...DEFAULT_TAXONOMY.terms.values()].find((t) => t.share !== undefined && t.facet === 'interest')!
    const audience = {
      name: 'one interest',
      geo: { include: [{ country: 'FI' }] },
      include: [[{ facet: 'interest', value: entry.key }]],
    }
    // Google keeps the interest (a custom segment), so the line's audience stays inside the audience described.
    const result = estimateSizedPlan(
      EstimateRequestSchema.parse({ audience, lines: [{ channel: 'google', budget: 100 }] }),
      DEFAULT_TAXONOMY,
    )
    expect(result.assumptions).toContainEqual(
      expect.objectContaining({ factor: `share.interest:${entry.key}`, value: entry.share!.value }),
    )
    expect(result.total.universe).toBeCloseTo(4_476_235 * entry.share!.value, 3)
  })

  it("when seed 003's three segments are compared, then each strategy spends the budget and concentration reaches one segment", () => {
    const segments = TEMPLATES.filter((t) =>
      ['luxury-villa-buyers', 'small-cottage-buyers', 'storage-garage-buyers'].includes(t.id),
    ).map((t) => ({
      name: t.id,
      audience: t.audience,
    }))
    const result = compareSegmentStrategies(
      SegmentComparisonRequestSchema.parse({
        segments,
        lines: fourLines.map(({ channel }) => ({ channel })),
        totalBudget: 3000,
      }),
      DEFAULT_TAXONOMY,
    )
    for (const s of result.strategies) expect(s.budget).toBeCloseTo(3000, 6)
    expect(result.strategies.find((s) => s.strategy === 'concentrated')!.segmentsReached).toBe(1)
  })
})
