import type { Term } from '../../model/audience-schema.js'
import type { AdGroupCriterion, CustomAudienceMember } from './google-spec-schema.js'

// Google ANDs demographics, audience segments and keywords with each other and ORs values within each.
// All audience segments (user interests, custom segments, user lists, life events) share one OR pool.
export type Dimension = 'segment' | 'parental' | 'income' | 'keyword'

export type TermCompiled = {
  dimension: Dimension | null
  targets: AdGroupCriterion[]
  members: CustomAudienceMember[]
  status: 'exact' | 'approximated' | 'unsupported' | 'unresolved'
  code: string
  message: string
  // An income tier Google widens: the national income percentiles it reaches.
  incomePercentiles?: readonly [number, number]
  // A segment that only approximates the term: the names of Google's segments it reaches instead.
  reaches?: readonly string[]
  // …and the taxonomy terms standing for those segments, whose shares size the channel.
  sizedAs?: readonly Term[]
}

export const dropped = (status: 'unsupported' | 'unresolved', code: string, message: string): TermCompiled => ({
  dimension: null,
  targets: [],
  members: [],
  status,
  code,
  message,
})

export const targeted = (
  dimension: Dimension,
  targets: AdGroupCriterion[],
  code: string,
  message: string,
): TermCompiled => ({
  dimension,
  targets,
  members: [],
  status: 'exact',
  code,
  message,
})

export const segmentOf = (members: CustomAudienceMember[], message: string): TermCompiled =>
  members.length === 0
    ? dropped(
        'unsupported',
        'keyword_too_long',
        `${message}, but none of its words fit Google's limit of 10 words and 80 characters`,
      )
    : { dimension: 'segment', targets: [], members, status: 'approximated', code: 'custom_segment', message }

const WHITESPACE_RUN = /\s+/g

// Custom-segment keywords and keyword criteria: "at most 10 words and 80 characters" (§1.5; criteria.proto KeywordInfo).
// Words are what text.split(/\s+/) yields, so at most 9 whitespace runs; counting them allocates nothing.
export function fitsKeywordLimits(text: string): boolean {
  if (text.length > 80) return false
  WHITESPACE_RUN.lastIndex = 0
  let runs = 0
  while (WHITESPACE_RUN.test(text)) if (++runs > 9) return false
  return true
}

export const keywordMembers = (texts: readonly string[]): CustomAudienceMember[] =>
  texts.filter(fitsKeywordLimits).map((keyword) => ({ member_type: 'KEYWORD', keyword }))

// Custom-segment URLs must include the protocol (§1.5).
export const urlMember = (address: string): CustomAudienceMember => ({
  member_type: 'URL',
  url: /^https?:\/\//i.test(address) ? address : `https://${address}`,
})
