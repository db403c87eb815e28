import {
  compileAudience,
  type Audience,
  type ChannelId,
  type EstimateResponse,
  type Locale,
  type Taxonomy,
} from '../../audiences/index.js'
import { estimateSourceLines, reachRangeOf, type EstimateSettings, type SourceLine } from './export-estimate.js'
import type { AudienceExportInput, ExportAudience, PlanExportInput } from './export-input.js'

export type PlanExportSource = {
  planName: string
  clientName: string
  locale?: Locale | undefined
  lines: readonly SourceLine[]
  audiences: readonly { name: string; definition: Audience }[]
  /** The stored plan's estimate, when the caller has one; otherwise it is computed here. */
  estimate?: EstimateResponse | undefined
} & EstimateSettings

function compiledAudience(name: string, definition: Audience, channels: readonly ChannelId[], taxonomy: Taxonomy) {
  return { name, definition, compiled: compileAudience(definition, taxonomy, channels) } satisfies ExportAudience
}

/** Compiles every audience for the channels its lines use and estimates the plan: everything an export needs. */
export function buildPlanExportInput(source: PlanExportSource, taxonomy: Taxonomy): PlanExportInput {
  const byName = new Map(source.audiences.map((a) => [a.name, a.definition]))
  const missing = source.lines.find((l) => !byName.has(l.audienceName))
  if (missing) throw new Error(`no audience named ${missing.audienceName} in the plan`)
  const audiences = source.audiences
    .map((a) => {
      const channels = [...new Set(source.lines.filter((l) => l.audienceName === a.name).map((l) => l.channel))]
      return compiledAudience(a.name, a.definition, channels, taxonomy)
    })
    .filter((a) => Object.keys(a.compiled).length > 0)
  const estimate = source.estimate ?? estimateSourceLines(source.lines, byName, taxonomy, source)
  const lines = source.lines.map(({ pricing: _p, ...line }, i) => ({ ...line, pricing: estimate.lines[i]!.pricing }))
  return {
    planName: source.planName,
    clientName: source.clientName,
    locale: source.locale ?? source.audiences[0]!.definition.locale ?? 'fi',
    currency: 'EUR',
    lines: lines.map(dropUndefined),
    audiences,
    estimate,
    reachRanges: estimate.lines.map((line) => reachRangeOf(line, taxonomy, source)),
  }
}

/** One audience compiled for every channel, for the audience exports (json, google-ads-editor). */
export function buildAudienceExportInput(
  audience: { name: string; definition: Audience },
  taxonomy: Taxonomy,
  locale?: Locale,
): AudienceExportInput {
  return {
    locale: locale ?? audience.definition.locale ?? 'fi',
    audience: compiledAudience(
      audience.name,
      audience.definition,
      ['google', 'facebook', 'instagram', 'linkedin'],
      taxonomy,
    ),
  }
}

const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
