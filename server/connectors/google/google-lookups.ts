import { z } from 'zod'
import { unexpectedResponse } from '../platform-error.js'
import type { LookupCandidate } from '../live-result.js'
import { googleAds } from '../platform-sdks.js'
import type { GoogleContext } from './google-client.js'

const num = z.union([z.number(), z.string().regex(/^[0-9]+$/)]).transform(String)
const GeoTargetConstantSchema = z.object({
  id: num,
  name: z.string(),
  canonical_name: z.string().optional(),
  country_code: z.string().optional(),
  target_type: z.string().optional(),
  // GeoTargetConstantStatus: ENABLED = 2, REMOVAL_PLANNED = 3 (enums.d.ts); REST spells the names.
  status: z.union([z.number(), z.string()]).optional(),
})
const SuggestResponseSchema = z.object({
  geo_target_constant_suggestions: z.array(z.object({ geo_target_constant: GeoTargetConstantSchema })).default([]),
})

const isRemovalPlanned = (status: number | string | undefined) => status === 3 || status === 'REMOVAL_PLANNED'

function geoCandidates(ctx: GoogleContext, items: z.infer<typeof GeoTargetConstantSchema>[]): LookupCandidate[] {
  const source = ctx.source()
  return items
    .filter((g) => !isRemovalPlanned(g.status))
    .map((g) => ({
      id: g.id,
      name: g.name,
      detail: [g.target_type, g.canonical_name].filter(Boolean).join(': '),
      ...(g.country_code ? { country: g.country_code } : {}),
      source,
    }))
}

// GeoTargetConstantService.SuggestGeoTargetConstants (platforms.md §1.6); needs no customer id.
export async function suggestGeoTargets(
  ctx: GoogleContext,
  names: readonly string[],
  countryCode: string,
  locale = 'en',
): Promise<LookupCandidate[]> {
  const request = new (googleAds().services.SuggestGeoTargetConstantsRequest)({
    locale,
    country_code: countryCode,
    location_names: { names: [...names] },
  })
  const response = await ctx.call(() => ctx.customer.geoTargetConstants.suggestGeoTargetConstants(request))
  const parsed = SuggestResponseSchema.safeParse(response)
  if (!parsed.success) throw unexpectedResponse('google', 'suggestGeoTargetConstants')
  return geoCandidates(
    ctx,
    parsed.data.geo_target_constant_suggestions.map((s) => s.geo_target_constant),
  )
}

// GAQL string literals: backslash escapes quote and backslash (developers.google.com/google-ads/api/docs/query/grammar).
export const gaqlString = (text: string): string => `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`

async function query(ctx: GoogleContext, gaql: string): Promise<unknown[]> {
  const rows = await ctx.call(() => ctx.customer.query(gaql))
  if (!Array.isArray(rows)) throw unexpectedResponse('google', 'query rows')
  return rows
}

export async function queryGeoTargets(
  ctx: GoogleContext,
  name: string,
  countryCode: string,
): Promise<LookupCandidate[]> {
  const rows = await query(
    ctx,
    'SELECT geo_target_constant.id, geo_target_constant.name, geo_target_constant.canonical_name, ' +
      'geo_target_constant.country_code, geo_target_constant.target_type, geo_target_constant.status ' +
      `FROM geo_target_constant WHERE geo_target_constant.country_code = ${gaqlString(countryCode)} ` +
      `AND geo_target_constant.name = ${gaqlString(name)}`,
  )
  const parsed = z.array(z.object({ geo_target_constant: GeoTargetConstantSchema })).safeParse(rows)
  if (!parsed.success) throw unexpectedResponse('google', 'geo_target_constant rows')
  return geoCandidates(
    ctx,
    parsed.data.map((r) => r.geo_target_constant),
  )
}

const LanguageRowSchema = z.object({ language_constant: z.object({ id: num, code: z.string(), name: z.string() }) })

export async function lookupLanguage(ctx: GoogleContext, code: string): Promise<LookupCandidate[]> {
  const rows = await query(
    ctx,
    'SELECT language_constant.id, language_constant.code, language_constant.name FROM language_constant ' +
      `WHERE language_constant.code = ${gaqlString(code)}`,
  )
  const parsed = z.array(LanguageRowSchema).safeParse(rows)
  if (!parsed.success) throw unexpectedResponse('google', 'language_constant rows')
  const source = ctx.source()
  return parsed.data.map(({ language_constant: l }) => ({ id: l.id, name: l.name, detail: l.code, source }))
}

const UserInterestRowSchema = z.object({
  user_interest: z.object({
    user_interest_id: num,
    name: z.string(),
    taxonomy_type: z.union([z.number(), z.string()]).optional(),
  }),
})

export async function searchUserInterests(ctx: GoogleContext, name: string): Promise<LookupCandidate[]> {
  const rows = await query(
    ctx,
    'SELECT user_interest.user_interest_id, user_interest.name, user_interest.taxonomy_type FROM user_interest ' +
      `WHERE user_interest.name LIKE ${gaqlString(`%${name}%`)}`,
  )
  const parsed = z.array(UserInterestRowSchema).safeParse(rows)
  if (!parsed.success) throw unexpectedResponse('google', 'user_interest rows')
  const source = ctx.source()
  return parsed.data.map(({ user_interest: u }) => ({
    id: u.user_interest_id,
    name: u.name,
    ...(u.taxonomy_type === undefined ? {} : { detail: String(u.taxonomy_type) }),
    source,
  }))
}

const NamedRowSchema = (resource: 'life_event' | 'detailed_demographic') =>
  z.object({ [resource]: z.object({ id: num, name: z.string() }) })

export async function lookupAudienceSegment(
  ctx: GoogleContext,
  resource: 'life_event' | 'detailed_demographic',
  name: string,
): Promise<LookupCandidate[]> {
  const rows = await query(
    ctx,
    `SELECT ${resource}.id, ${resource}.name FROM ${resource} WHERE ${resource}.name = ${gaqlString(name)}`,
  )
  const parsed = z.array(NamedRowSchema(resource)).safeParse(rows)
  if (!parsed.success) throw unexpectedResponse('google', `${resource} rows`)
  const source = ctx.source()
  return parsed.data.map((row) => {
    const item = row[resource] as { id: string; name: string }
    return { id: item.id, name: item.name, detail: resource, source }
  })
}
