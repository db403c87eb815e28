import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EDITOR_HEADER, editorRows, type EditorColumn } from '../../server/exports/google-ads-editor-rows.js'

type Documented = { headers: string[]; values?: string[] }
const columns = JSON.parse(
  readFileSync(new URL('../fixtures/exports/google-ads-editor-columns.json', import.meta.url), 'utf8'),
) as { documented: Documented[]; unverified: string[] }

// Editor matches headers ignoring case and spaces (answer 57747).
const key = (header: string) => header.toLowerCase().replace(/[\s_]/g, '')
const documented = new Set(columns.documented.flatMap((d) => d.headers.map(key)))

describe('EDITOR_HEADER', () => {
  it('when compared with Google’s Editor pages, then every column is documented except the listed unverified ones', () => {
    const undocumented = EDITOR_HEADER.filter((header) => !documented.has(key(header)))

    expect(undocumented).toEqual(columns.unverified)
  })

  it('when rows are written for Search and Display, then campaign types, networks and match types are documented values', () => {
    const spec = {
      campaignCriteria: [],
      adGroupCriteria: [
        { keyword: { text: 'hirsihuvila', match_type: 'PHRASE' as const } },
        { keyword: { text: 'vuokramökki', match_type: 'PHRASE' as const }, negative: true as const },
      ],
      customAudiences: [],
      campaign: {
        contains_eu_political_advertising: 'DOES_NOT_CONTAIN_EU_POLITICAL_ADVERTISING' as const,
        geo_target_type_setting: { positive_geo_target_type: 'PRESENCE' as const },
      },
    }
    const rows = (['cpc', 'cpm'] as const).flatMap(
      (pricing) =>
        editorRows({
          ...{ name: 'C', adGroup: 'G', pricing, dailyBudget: 10, startDate: '2026-03-01', endDate: '2026-03-31' },
          ...{ languages: ['fi'], spec },
        }).rows,
    )
    const valuesOf = (column: EditorColumn) => [...new Set(rows.flatMap((r) => (r[column] ? [r[column]] : [])))]
    const documentedValues = (header: string) => columns.documented.find((d) => d.headers.includes(header))!.values!

    expect(documentedValues('Campaign type')).toEqual(expect.arrayContaining(valuesOf('Campaign Type')))
    expect(documentedValues('Networks')).toEqual(expect.arrayContaining(valuesOf('Networks')))
    expect(documentedValues('Criterion Type')).toEqual(expect.arrayContaining(valuesOf('Criterion Type')))
    expect(valuesOf('Criterion Type')).toEqual(['Phrase', 'Negative Phrase'])
  })
})
