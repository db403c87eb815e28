import {
  compileAudience,
  flightDays,
  resolvePlace,
  type Audience,
  type ChannelId,
  type GuidedPlanEstimate,
  type Locale,
  type Taxonomy,
} from '../../audiences/index.js'
import { translatorOf } from '../i18n/translate.js'
import { sizeNoteOf } from '../presenters/size-note-presenter.js'
import { estimateSourceLines, reachRangeOf, type EstimateSettings, type SourceLine } from './export-estimate.js'
import type { AudienceExportInput, ExportAudience, PlanExportInput } from './export-input.js'

export type PlanExportSource = {
  planName: string
  clientName: string
  locale?: Locale | undefined
  lines: readonly SourceLine[]
  audiences: readonly { name: string; definition: Audience }[]
  /** The stored plan's estimate, when the caller has one; otherwise it is computed here. */
  estimate?: GuidedPlanEstimate | undefined
} & EstimateSettings

function placesOf(definition: Audience, taxonomy: Taxonomy, locale: Locale): string[] {
  return definition.geo.include.map((item) => {
    const place = resolvePlace(item, taxonomy, locale)
    return place.kind === 'invalid' ? place.code : place.label
  })
}

function compiledAudience(
  audience: { name: string; definition: Audience },
  channels: readonly ChannelId[],
  taxonomy: Taxonomy,
  locale: Locale,
): ExportAudience {
  const { name, definition } = audience
  const compiled = compileAudience(definition, taxonomy, channels)
  return { name, definition, places: placesOf(definition, taxonomy, locale), compiled }
}

/** Compiles every audience for the channels its lines use and estimates the plan: everything an export needs. */
export function buildPlanExportInput(source: PlanExportSource, taxonomy: Taxonomy): PlanExportInput {
  const locale = source.locale ?? source.audiences[0]!.definition.locale ?? 'fi'
  const byName = new Map(source.audiences.map((a) => [a.name, a.definition]))
  // Lines name their audience, so names must be unique within the plan (a caller disambiguates, e.g. with the id).
  if (byName.size !== source.audiences.length) throw new Error('two audiences of the plan share a name')
  const missing = source.lines.find((l) => !byName.has(l.audienceName))
  if (missing) throw new Error(`no audience named ${missing.audienceName} in the plan`)
  if (source.estimate && source.estimate.lines.length !== source.lines.length)
    throw new Error('the stored estimate has a different number of lines than the plan')
  const audiences = source.audiences
    .map((a) => {
      const channels = [...new Set(source.lines.filter((l) => l.audienceName === a.name).map((l) => l.channel))]
      return compiledAudience(a, channels, taxonomy, locale)
    })
    .filter((a) => Object.keys(a.compiled).length > 0)
  const estimate = source.estimate ?? estimateSourceLines(source.lines, byName, taxonomy, source)
  const lines = source.lines.map(({ pricing: _p, ...line }, i) => ({
    ...line,
    pricing: estimate.lines[i]!.pricing,
    flightDays: flightDays(line) ?? undefined,
    dailyBudget: flightDays(line) === null ? undefined : (estimate.lines[i]!.dailyBudget ?? undefined),
  }))
  return {
    planName: source.planName,
    clientName: source.clientName,
    locale,
    currency: 'EUR',
    lines: lines.map(dropUndefined),
    audiences,
    estimate,
    reachRanges: estimate.lines.map((line) => reachRangeOf(line, taxonomy, source)),
    sizeNotes: estimate.lines.map((line, i) => {
      const audience = byName.get(source.lines[i]!.audienceName) ?? null
      return sizeNoteOf(line, audience, taxonomy, locale, translatorOf(locale))?.text ?? null
    }),
  }
}

/** One audience compiled for every channel, for the audience exports (json, google-ads-editor). */
export function buildAudienceExportInput(
  audience: { name: string; definition: Audience },
  taxonomy: Taxonomy,
  locale: Locale = audience.definition.locale ?? 'fi',
): AudienceExportInput {
  const channels = ['google', 'facebook', 'instagram', 'linkedin'] as const
  return { locale, audience: compiledAudience(audience, channels, taxonomy, locale) }
}

const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
