import { expect } from 'vitest'
import {
  AudienceSchema,
  flattenAudience,
  validateAudience,
  type AudienceInput,
  type FidelityItem,
  type FidelityStatus,
  type Taxonomy,
} from '../../../audiences/index.js'
import { googleCompiler } from '../../../audiences/channels/google/google-compiler.js'
import { anAudience } from '../../support/audience-builder.js'
import { googleTestTaxonomy } from './google-test-taxonomy.js'

export type Verdict = readonly [status: FidelityStatus, code: string]

/** Compiles a valid audience (Finland, 18+ by default) for Google with the test taxonomy. */
export function compileGoogle(overrides: Partial<AudienceInput> = {}, taxonomy: Taxonomy = googleTestTaxonomy) {
  const audience = anAudience(overrides)
  expect(validateAudience(audience, taxonomy), 'the test audience must be valid').toEqual([])
  return googleCompiler.compile(flattenAudience(audience, taxonomy), taxonomy)
}

/** Compiles a sub-segment whose parent is given in full. */
export function compileSubSegment(
  parent: AudienceInput,
  child: Partial<AudienceInput>,
  taxonomy: Taxonomy = googleTestTaxonomy,
) {
  const audience = AudienceSchema.parse({ name: 'Sub-segment', geo: { include: [] }, ...child, parent })
  expect(validateAudience(audience, taxonomy), 'the test audience must be valid').toEqual([])
  return googleCompiler.compile(flattenAudience(audience, taxonomy), taxonomy)
}

export function itemAt(items: readonly FidelityItem[], ...path: (string | number)[]): FidelityItem {
  const found = items.find((i) => i.path.join('.') === path.join('.'))
  if (!found) throw new Error(`no fidelity item at ${path.join('.')}`)
  return found
}

export const verdictAt = (items: readonly FidelityItem[], ...path: (string | number)[]): Verdict => {
  const { status, code } = itemAt(items, ...path)
  return [status, code]
}
