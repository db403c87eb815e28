import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, SPEC_SCHEMAS, type ChannelId } from '../../audiences/index.js'
import { buildAudienceExportInput } from '../../server/exports/export-input-build.js'
import { PlanExportInputSchema } from '../../server/exports/export-input.js'
import { channelSpecsJsonExport, planBundleJsonExport } from '../../server/exports/json-export.js'
import { exportToBuffer } from './support/export-buffer.js'
import { villaAudience, villaPlanInput } from './support/villa-plan.js'

describe('channelSpecsJsonExport', () => {
  it('when an audience is exported, then each channel key holds a spec its platform schema accepts', async () => {
    const audience = villaAudience()
    const input = buildAudienceExportInput({ name: audience.name, definition: audience }, DEFAULT_TAXONOMY)

    const file = channelSpecsJsonExport(input)
    const specs = JSON.parse((await exportToBuffer(file)).buffer.toString('utf8')) as Record<ChannelId, unknown>

    expect(file.contentType).toBe('application/json; charset=utf-8')
    expect(file.fileName).toBe('Arvokkaan huvilan ostajat specs.json')
    expect(Object.keys(specs)).toEqual(['google', 'facebook', 'instagram', 'linkedin'])
    for (const [channel, spec] of Object.entries(specs))
      expect(SPEC_SCHEMAS[channel as ChannelId].safeParse(spec).success).toBe(true)
    expect(specs.facebook).toMatchObject({ targeting: { publisher_platforms: ['facebook'] } })
    expect(specs.linkedin).toMatchObject({
      targetingCriteria: {
        include: {
          and: expect.arrayContaining([{ or: { 'urn:li:adTargetingFacet:locations': ['urn:li:geo:100456013'] } }]),
        },
      },
    })
  })
})

describe('planBundleJsonExport', () => {
  it('when the villa plan is exported, then the bundle parses back into a valid PlanExportInput with every channel', async () => {
    const input = villaPlanInput('fi')

    const bundle = JSON.parse((await exportToBuffer(planBundleJsonExport(input))).buffer.toString('utf8'))

    expect(bundle.plan).toEqual({ name: input.planName, client: 'Talotehdas Oy', locale: 'fi', currency: 'EUR' })
    const roundTrip = PlanExportInputSchema.parse({
      planName: bundle.plan.name,
      clientName: bundle.plan.client,
      locale: bundle.plan.locale,
      currency: bundle.plan.currency,
      lines: bundle.lines,
      audiences: bundle.audiences,
      estimate: bundle.estimate,
      reachRanges: bundle.reachRanges,
      sizeNotes: bundle.sizeNotes,
    })
    expect(roundTrip).toEqual(input)
    expect(Object.keys(bundle.audiences[0].compiled)).toEqual(['facebook', 'instagram', 'linkedin', 'google'])
    expect(bundle.audiences[0].compiled.google.fidelity.level).toBe('lossy')
    expect(bundle.estimate.total.budget).toBe(10_000)
    // Each line carries its flight and daily budget: Facebook 3,000 € over 1–30 March is 100 € a day.
    expect(bundle.lines[0]).toMatchObject({
      startDate: '2026-03-01',
      endDate: '2026-03-30',
      flightDays: 30,
      dailyBudget: 100,
    })
    expect(bundle.estimate.lines[0].recommendedBudget.budget).toBeGreaterThan(0)
    expect(Array.isArray(bundle.estimate.warnings)).toBe(true)
  })
})
