import type { GoogleSpec } from './google-spec.js'

// Column headers from "Import a CSV file in Google Ads Editor" (support.google.com/google-ads/editor/answer/57747):
// Campaign, Campaign type (Search | Display | …), Networks ("Google Search; Search Partners; Search; Display"),
// Campaign daily budget, Languages ("on the campaign row … language codes, separated by semicolons"), Location ID
// ("Enter each location on its own row"). Ad group + Audience rows: answer/1052569 (interest categories may be
// written "Interest:16"). Criterion type holds the match type: broad, phrase, exact, negative broad, negative
// phrase, negative exact (answer/47636). Age and Gender are Editor's demographic column names, but the values
// below ("25-34", "Female") are the UI labels: kohde found no Editor page listing them — verify with a test import.
// Start Date and End Date (YYYY-MM-DD) are written as Google's own open-source Editor CSV builder (Vogon) writes
// them; no Editor help page found lists them either.
export const EDITOR_HEADER = [
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
] as const
export type EditorColumn = (typeof EDITOR_HEADER)[number]
export type EditorRow = Partial<Record<EditorColumn, string>>

export type EditorCampaign = {
  name: string
  adGroup: string
  pricing: 'cpm' | 'cpc'
  dailyBudget: number | null
  startDate: string | null
  endDate: string | null
  languages: readonly string[]
  spec: GoogleSpec
}

const AGE_LABELS: Record<string, string> = {
  AGE_RANGE_18_24: '18-24',
  AGE_RANGE_25_34: '25-34',
  AGE_RANGE_35_44: '35-44',
  AGE_RANGE_45_54: '45-54',
  AGE_RANGE_55_64: '55-64',
  AGE_RANGE_65_UP: '65+',
  AGE_RANGE_UNDETERMINED: 'Unknown',
}
const GENDER_LABELS: Record<string, string> = { MALE: 'Male', FEMALE: 'Female', UNDETERMINED: 'Unknown' }
const lastSegment = (resource: string) => resource.slice(resource.lastIndexOf('/') + 1)

/** Editor rows for one campaign, and notes for what the CSV cannot carry. */
export function editorRows(campaign: EditorCampaign): { rows: EditorRow[]; notes: string[] } {
  const { spec } = campaign
  const base = { Campaign: campaign.name }
  const group = { ...base, 'Ad Group': campaign.adGroup }
  const notes: string[] = []
  const rows: EditorRow[] = [
    {
      ...base,
      'Campaign Type': campaign.pricing === 'cpc' ? 'Search' : 'Display',
      Networks: campaign.pricing === 'cpc' ? 'Google Search' : 'Display',
      'Campaign Daily Budget': campaign.dailyBudget === null ? '' : campaign.dailyBudget.toFixed(2),
      Languages: campaign.languages.join(';'),
      'Start Date': campaign.startDate ?? '',
      'End Date': campaign.endDate ?? '',
    },
  ]
  if (campaign.dailyBudget === null)
    notes.push(`${campaign.name}: no flight dates, so no daily budget: enter one before posting.`)
  if (campaign.startDate === null || campaign.endDate === null)
    notes.push(`${campaign.name}: set the campaign's start and end dates in Editor (the plan line has none).`)
  for (const c of spec.campaignCriteria) {
    if ('location' in c && !c.negative)
      rows.push({ ...base, 'Location ID': lastSegment(c.location.geo_target_constant) })
    else if ('location' in c)
      notes.push(`${campaign.name}: exclude location ID ${lastSegment(c.location.geo_target_constant)} by hand.`)
    else if ('proximity' in c) {
      const { latitude_in_micro_degrees: lat, longitude_in_micro_degrees: lng } = c.proximity.geo_point
      const where = `${(lat / 1e6).toFixed(6)}, ${(lng / 1e6).toFixed(6)}`
      notes.push(
        `${campaign.name}: ${c.negative ? 'exclude' : 'add'} a ${c.proximity.radius} km radius around ${where}.`,
      )
    }
  }
  rows.push(group)
  notes.push(...adGroupRows(campaign, group, rows))
  notes.push(
    `${campaign.name}: set "${spec.campaign.contains_eu_political_advertising}" and location option ` +
      `${spec.campaign.geo_target_type_setting.positive_geo_target_type} in the campaign settings.`,
  )
  return { rows, notes }
}

function adGroupRows(campaign: EditorCampaign, group: EditorRow, rows: EditorRow[]): string[] {
  const notes: string[] = []
  const segments = new Map(campaign.spec.customAudiences.map((a) => [a.resource_name, a]))
  for (const c of campaign.spec.adGroupCriteria) {
    const negative = c.negative === true
    if ('age_range' in c && !negative) rows.push({ ...group, Age: AGE_LABELS[c.age_range.type] ?? c.age_range.type })
    else if ('gender' in c && !negative) rows.push({ ...group, Gender: GENDER_LABELS[c.gender.type] ?? c.gender.type })
    else if ('keyword' in c)
      rows.push({ ...group, Keyword: c.keyword.text, 'Criterion Type': negative ? 'Negative Phrase' : 'Phrase' })
    else if ('user_interest' in c && !negative)
      rows.push({ ...group, Audience: `Interest:${lastSegment(c.user_interest.user_interest_category)}` })
    else if ('custom_audience' in c && !negative) {
      const segment = segments.get(c.custom_audience.custom_audience)
      rows.push({ ...group, Audience: segment?.name ?? c.custom_audience.custom_audience })
    } else notes.push(`${campaign.name}: add ${negative ? 'the exclusion ' : ''}${JSON.stringify(c)} by hand.`)
  }
  if (campaign.spec.customAudiences.length > 0 && campaign.pricing === 'cpc')
    notes.push(`${campaign.name}: Search campaigns add audiences as Observation; switch the ad group to Targeting.`)
  for (const segment of campaign.spec.customAudiences) {
    const members = segment.members.map((m) => (m.member_type === 'KEYWORD' ? m.keyword : m.url))
    notes.push(`Create the custom segment "${segment.name}" first (Audience manager): ${members.join('; ')}`)
  }
  return notes
}
