import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, TEMPLATES, estimateSizedPlan } from '../../audiences/index.js'
import { buildPlanExportInput } from '../../server/exports/export-input-build.js'
import { reachRangeOf } from '../../server/exports/export-estimate.js'
import { PlanExportInputSchema } from '../../server/exports/export-input.js'
import { villaPlanSource } from './support/villa-plan.js'

describe('buildPlanExportInput', () => {
  it('when given the villa plan, then it compiles the audience for the four channels and passes its own schema', () => {
    const input = buildPlanExportInput(villaPlanSource(), DEFAULT_TAXONOMY)

    expect(PlanExportInputSchema.safeParse(input).success).toBe(true)
    expect(Object.keys(input.audiences[0]!.compiled).sort()).toEqual(['facebook', 'google', 'instagram', 'linkedin'])
    expect(input.lines.map((l) => l.pricing)).toEqual(['cpm', 'cpm', 'cpm', 'cpc'])
    expect(input.locale).toBe('fi')
    expect(input.currency).toBe('EUR')
  })

  it('when given one audience, then the estimate is estimateSizedPlan of that audience over the 30-day flight', () => {
    const source = villaPlanSource()
    const audience = source.audiences[0]!.definition

    const input = buildPlanExportInput(source, DEFAULT_TAXONOMY)

    const lines = source.lines.map(({ audienceName: _a, ...line }) => line)
    const sized = estimateSizedPlan({ audience, lines }, DEFAULT_TAXONOMY)
    // The export's estimate is the sized one with its guidance added.
    expect(input.estimate.total).toEqual(sized.total)
    expect(input.estimate.cost).toEqual(sized.cost)
    expect(input.estimate.lines).toMatchObject(sized.lines)
    // 3,000 € over 1–30 March: 100 € a day, on the estimate line and the export line.
    expect(input.estimate.lines[0]!.dailyBudget).toBe(100)
    expect(input.lines[0]).toMatchObject({ flightDays: 30, dailyBudget: 100 })
  })

  it('when the caller has the stored estimate, then it is used as is', () => {
    const source = villaPlanSource()
    const stored = buildPlanExportInput(source, DEFAULT_TAXONOMY).estimate
    const changed = { ...stored, total: { ...stored.total, reach: 1 } }

    const input = buildPlanExportInput({ ...source, estimate: changed }, DEFAULT_TAXONOMY)

    expect(input.estimate.total.reach).toBe(1)
  })

  it('when reach ranges are computed, then each line’s reach lies between its low and high audience-size ends', () => {
    const input = buildPlanExportInput(villaPlanSource(), DEFAULT_TAXONOMY)

    input.estimate.lines.forEach((line, i) => {
      const range = input.reachRanges[i]!
      expect(range.low).toBeLessThanOrEqual(line.reach)
      expect(range.high).toBeGreaterThanOrEqual(line.reach)
      expect(range.high).toBeLessThanOrEqual(line.audienceSize.high)
    })
  })

  it('when the plan has two audiences, then each is compiled for its own channels and the universe is their sum', () => {
    const cottage = TEMPLATES.find((t) => t.id === 'small-cottage-buyers')!.audience
    const source = villaPlanSource()
    const twoAudiences = {
      ...source,
      audiences: [...source.audiences, { name: cottage.name, definition: cottage }],
      lines: [...source.lines, { audienceName: cottage.name, channel: 'facebook' as const, budget: 1000 }],
    }

    const input = buildPlanExportInput(twoAudiences, DEFAULT_TAXONOMY)

    expect(Object.keys(input.audiences[1]!.compiled)).toEqual(['facebook'])
    expect(input.estimate.lines).toHaveLength(5)
    expect(input.estimate.assumptions[0]).toMatchObject({ factor: 'universe' })
    expect(input.estimate.total.budget).toBe(11_000)
  })

  it('when a line names an audience the plan does not have, then it throws', () => {
    const source = villaPlanSource()

    expect(() =>
      buildPlanExportInput({ ...source, lines: [{ ...source.lines[0]!, audienceName: 'nobody' }] }, DEFAULT_TAXONOMY),
    ).toThrow('no audience named nobody')
  })

  it('when two audiences share a name, then it throws rather than mixing their lines', () => {
    const source = villaPlanSource()

    expect(() =>
      buildPlanExportInput({ ...source, audiences: [...source.audiences, source.audiences[0]!] }, DEFAULT_TAXONOMY),
    ).toThrow('two audiences of the plan share a name')
  })
})

describe('reachRangeOf', () => {
  it('when the size band is a single fractional value, then the range still holds the central reach', () => {
    // The central reach comes from the unrounded size (here just above the band's floored end, 3228).
    const request = { lines: [{ channel: 'linkedin' as const, budget: 1500, audienceSize: 3229 }] }
    const [line] = estimateSizedPlan(request, DEFAULT_TAXONOMY).lines
    // A stored estimate sized from an audience carries fractions of people; the range's ends are floored.
    const fractional = { ...line!, audienceSize: { low: 3228.6, high: 3228.6, value: 3228.6 } }

    const range = reachRangeOf(fractional, DEFAULT_TAXONOMY, {})

    expect(range.low).toBeLessThanOrEqual(fractional.reach)
    expect(range.high).toBeGreaterThanOrEqual(fractional.reach)
  })
})
