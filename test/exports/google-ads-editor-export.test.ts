import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { buildAudienceExportInput } from '../../server/exports/export-input-build.js'
import type { PlanExportInput } from '../../server/exports/export-input.js'
import {
  audienceGoogleAdsEditorExport,
  planGoogleAdsEditorExport,
} from '../../server/exports/google-ads-editor-export.js'
import { editorRows } from '../../server/exports/google-ads-editor-rows.js'
import { exportToBuffer } from './support/export-buffer.js'
import { villaAudience, villaPlanInput } from './support/villa-plan.js'

type Row = Record<string, string>
const CAMPAIGN = 'Talotehdas – huvilat kevät 2026 – Arvokkaan huvilan ostajat'
const AD_GROUP = 'Arvokkaan huvilan ostajat'

describe('planGoogleAdsEditorExport', () => {
  let input: PlanExportInput
  let header: string[]
  let rows: Row[]
  let notes: string
  beforeAll(async () => {
    input = villaPlanInput('fi')
    const files = planGoogleAdsEditorExport(input)
    const { buffer } = await exportToBuffer(files.csv)
    header = (parse(buffer, { bom: true, to_line: 1 }) as string[][])[0]!
    rows = parse(buffer, { bom: true, columns: true }) as Row[]
    notes = (await exportToBuffer(files.notes)).buffer.toString('utf8')
  })

  it('when exported, then the CSV uses the column headers Google Ads Editor documents (answer 57747)', () => {
    expect(header).toEqual([
      'Campaign',
      'Campaign Type',
      'Networks',
      'Campaign Daily Budget',
      'Languages',
      'Start Date',
      'End Date',
      'Location ID',
      'Ad Group',
      'Keyword',
      'Criterion Type',
      'Audience',
      'Age',
      'Gender',
    ])
  })

  it('when exported, then the campaign row is a Search campaign with the daily budget and semicolon-separated languages', () => {
    // 2000 € over the 30-day flight 1–30 March = 66.67 € a day.
    expect(rows[0]).toMatchObject({
      Campaign: CAMPAIGN,
      'Campaign Type': 'Search',
      Networks: 'Google Search',
      'Campaign Daily Budget': '66.67',
      Languages: 'fi;sv',
      'Start Date': '2026-03-01',
      'End Date': '2026-03-30',
      'Ad Group': '',
    })
  })

  it('when exported, then each location has its own row: Finland is geo target 2246', () => {
    const locations = rows.filter((r) => r['Location ID'] !== '')

    expect(locations).toEqual([expect.objectContaining({ Campaign: CAMPAIGN, 'Location ID': '2246', 'Ad Group': '' })])
  })

  it('when exported, then 30–60 becomes the four Google age rows of the ad group (25-34 … 55-64)', () => {
    const ages = rows.filter((r) => r.Age !== '')

    expect(ages.map((r) => r.Age)).toEqual(['25-34', '35-44', '45-54', '55-64'])
    expect(ages.every((r) => r['Ad Group'] === AD_GROUP && r.Campaign === CAMPAIGN)).toBe(true)
  })

  it('when exported, then custom segments become audience rows by name and user interests by Interest:<id>', () => {
    const audiences = rows.filter((r) => r.Audience !== '')

    // The shipped vocabulary's Google ids (google-user-interests.csv): 92002 Avid Business News Readers, 92501 Luxury
    // Shoppers, 92508 Home Decor Enthusiasts, 80239 Home Decor (in-market); Editor writes them "Interest:16".
    expect(audiences.map((r) => r.Audience)).toEqual([
      'Arvokkaan huvilan ostajat · group 1',
      'Arvokkaan huvilan ostajat · group 3',
      'Interest:92002',
      'Interest:92501',
      'Interest:92508',
      'Interest:80239',
    ])
  })

  it('when exported, then only the Google line is in the file (Meta and LinkedIn have no Editor)', () => {
    expect(new Set(rows.map((r) => r.Campaign))).toEqual(new Set([CAMPAIGN]))
  })

  it('when exported, then the notes list what Editor cannot take: segments to create, settings, dropped criteria', () => {
    expect(notes).toContain('Create the custom segment "Arvokkaan huvilan ostajat · group 1" first')
    expect(notes).toContain('toimitusjohtaja; hallitustyöskentely')
    expect(notes).toContain('DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING')
    expect(notes).toContain('not in the spec: Tulotaso: ylin 20 % was dropped')
    expect(notes).toContain('switch the ad group to Targeting')
  })
})

describe('editorRows', () => {
  const spec = {
    campaignCriteria: [
      { location: { geo_target_constant: 'geoTargetConstants/2246' } },
      { location: { geo_target_constant: 'geoTargetConstants/1005766' } },
      {
        proximity: {
          geo_point: { latitude_in_micro_degrees: 60169857, longitude_in_micro_degrees: 24938379 },
          radius: 14,
          radius_units: 'KILOMETERS' as const,
        },
      },
    ],
    adGroupCriteria: [
      { keyword: { text: 'hirsihuvila', match_type: 'PHRASE' as const } },
      { keyword: { text: 'vuokramökki', match_type: 'PHRASE' as const }, negative: true as const },
      { gender: { type: 'FEMALE' as const } },
      { user_interest: { user_interest_category: 'customers/{customerId}/userInterests/80432' } },
    ],
    customAudiences: [],
    campaign: {
      contains_eu_political_advertising: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING' as const,
      geo_target_type_setting: { positive_geo_target_type: 'PRESENCE' as const },
    },
  }
  const campaign = {
    ...{ name: 'C', adGroup: 'G', pricing: 'cpm' as const, dailyBudget: null, startDate: null, endDate: null },
    ...{ languages: [], spec },
  }

  it('when a spec has two locations, then each gets its own row; a circle goes to the notes with its centre and radius', () => {
    const { rows, notes } = editorRows(campaign)

    expect(rows.filter((r) => r['Location ID']).map((r) => r['Location ID'])).toEqual(['2246', '1005766'])
    expect(notes).toContain('C: add a 14 km radius around 60.169857, 24.938379.')
  })

  it('when a spec has phrase keywords, then positive ones are Phrase rows and negative ones Negative Phrase rows', () => {
    const { rows } = editorRows(campaign)

    expect(rows.filter((r) => r.Keyword)).toEqual([
      { Campaign: 'C', 'Ad Group': 'G', Keyword: 'hirsihuvila', 'Criterion Type': 'Phrase' },
      { Campaign: 'C', 'Ad Group': 'G', Keyword: 'vuokramökki', 'Criterion Type': 'Negative Phrase' },
    ])
  })

  it('when a spec has a gender and an interest category, then they become Gender and "Interest:<id>" Audience rows', () => {
    const { rows } = editorRows(campaign)

    expect(rows).toContainEqual({ Campaign: 'C', 'Ad Group': 'G', Gender: 'Female' })
    expect(rows).toContainEqual({ Campaign: 'C', 'Ad Group': 'G', Audience: 'Interest:80432' })
  })

  it('when a Display line has no flight, then the campaign row is Display with no budget and a note asks for one', () => {
    const { rows, notes } = editorRows(campaign)

    expect(rows[0]).toMatchObject({ 'Campaign Type': 'Display', Networks: 'Display', 'Campaign Daily Budget': '' })
    expect(notes[0]).toBe('C: no flight dates, so no daily budget: enter one before posting.')
  })
})

describe('audienceGoogleAdsEditorExport', () => {
  it('when one audience is exported, then its campaign and ad group carry the audience name', async () => {
    const audience = villaAudience()
    const input = buildAudienceExportInput({ name: audience.name, definition: audience }, DEFAULT_TAXONOMY)

    const { csv } = audienceGoogleAdsEditorExport(input)
    const rows = parse((await exportToBuffer(csv)).buffer, { bom: true, columns: true }) as Row[]

    expect(csv.fileName).toBe('Arvokkaan huvilan ostajat google-ads-editor.csv')
    expect(rows[0]).toMatchObject({ Campaign: AD_GROUP, 'Campaign Daily Budget': '' })
    expect(rows.filter((r) => r['Location ID'] === '2246')).toHaveLength(1)
  })
})

describe('planGoogleAdsEditorExport without flight dates', () => {
  it('leaves the dates and the daily budget empty and says so in the notes', async () => {
    const input = villaPlanInput('fi')
    const undated = {
      ...input,
      lines: input.lines.map(({ startDate: _s, endDate: _e, flightDays: _f, dailyBudget: _d, ...l }) => l),
      estimate: { ...input.estimate, lines: input.estimate.lines.map((l) => ({ ...l, dailyBudget: null })) },
    }
    const files = planGoogleAdsEditorExport(undated)
    const rows = parse((await exportToBuffer(files.csv)).buffer, { bom: true, columns: true }) as Row[]
    const notes = (await exportToBuffer(files.notes)).buffer.toString('utf8')

    expect(rows[0]).toMatchObject({ 'Campaign Daily Budget': '', 'Start Date': '', 'End Date': '' })
    expect(notes).toContain("set the campaign's start and end dates in Editor")
  })
})
