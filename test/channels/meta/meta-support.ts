import {
  DEFAULT_TAXONOMY,
  TAXONOMY_PARTS,
  flattenAudience,
  validateAudience,
  withMappings,
  type AudienceInput,
  type ChannelMapping,
  type CompileResult,
  type FidelityItem,
  type Taxonomy,
} from '../../../audiences/index.js'
import { metaCompiler } from '../../../audiences/channels/meta/meta-compiler.js'
import type { MetaSpec } from '../../../audiences/channels/meta/meta-spec-schema.js'
import { anAudience } from '../../support/audience-builder.js'

export type MetaResult = CompileResult<MetaSpec>

const live = (target: string, id: string, name?: string): ChannelMapping => ({
  target,
  id,
  ...(name && { name }),
  source: 'live',
  confirmed: '2026-11-22',
})

// Identifiers a live lookup would store (taxonomy.ts withMappings). MADE UP for these tests: not platform facts.
export const LIVE = {
  customers: '120000000000001',
  uusimaa: '900018',
  helsinki: '900091',
  finnish: 9001,
  swedish: 9002,
  relationship: 9003,
} as const
export const LIVE_TAXONOMY: Taxonomy = withMappings(TAXONOMY_PARTS, [
  {
    key: 'list.current-customers',
    platform: 'meta',
    mapping: live('custom_audiences', LIVE.customers, 'Current customers'),
  },
  { key: 'geo.fi.uusimaa', platform: 'meta', mapping: live('regions', LIVE.uusimaa) },
  { key: 'geo.fi.helsinki', platform: 'meta', mapping: live('cities', LIVE.helsinki) },
  { key: 'language.fi', platform: 'meta', mapping: live('locales', String(LIVE.finnish)) },
  { key: 'language.sv', platform: 'meta', mapping: live('locales', String(LIVE.swedish)) },
  {
    key: 'relationship.in-relationship',
    platform: 'meta',
    mapping: live('relationship_statuses', String(LIVE.relationship)),
  },
])

type Options = { channel?: 'facebook' | 'instagram'; taxonomy?: Taxonomy }

/** Validates and compiles an audience (Finland, 18+ unless overridden) for a Meta channel. */
export function compileMeta(overrides: Partial<AudienceInput>, options: Options = {}): MetaResult {
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY
  const audience = anAudience(overrides)
  const issues = validateAudience(audience, taxonomy)
  if (issues.length > 0) throw new Error(`test audience is invalid: ${JSON.stringify(issues)}`)
  return metaCompiler(options.channel ?? 'facebook').compile(flattenAudience(audience, taxonomy), taxonomy)
}

export function itemAt(result: MetaResult, path: (string | number)[]): FidelityItem {
  const item = result.fidelity.items.find((i) => i.path.join('.') === path.join('.'))
  if (!item) throw new Error(`no fidelity item at ${path.join('.')}`)
  return item
}

export const policyCodes = (result: MetaResult): string[] => result.policy.map((f) => f.code)

// Helsinki in geo-fi.json: centre 60.2085, 24.9749, covering radius 16 km.
export const HELSINKI = { latitude: 60.2085, longitude: 24.9749, distance_unit: 'kilometer', name: 'Helsinki' } as const
