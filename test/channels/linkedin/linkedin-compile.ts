import { expect } from 'vitest'
import {
  flattenAudience,
  listCriteria,
  validateAudience,
  type AudienceInput,
  type FidelityItem,
  type Taxonomy,
} from '../../../audiences/index.js'
import { linkedinCompiler } from '../../../audiences/channels/linkedin/linkedin-compiler.js'
import { LinkedInSpecSchema } from '../../../audiences/channels/linkedin/linkedin-spec-schema.js'
import { anAudience } from '../../support/audience-builder.js'
import { decodeTargetingCriteria, encodeAudienceCountsQuery } from './linkedin-restli.js'
import { linkedinTaxonomy } from './linkedin-taxonomy.js'

const key = (path: (string | number)[]) => path.join('.')

/**
 * Compiles an audience for LinkedIn and checks what must hold for every case: a valid spec, one fidelity item
 * per criterion (same path and name), the same output twice, and a lossless trip through the SDK's Rest.li codec.
 */
export function compileLinkedIn(overrides: Partial<AudienceInput>, taxonomy: Taxonomy = linkedinTaxonomy()) {
  const audience = anAudience(overrides)
  expect(validateAudience(audience, taxonomy)).toEqual([])
  const flat = flattenAudience(audience, taxonomy)

  const result = linkedinCompiler.compile(flat, taxonomy)

  expect(LinkedInSpecSchema.safeParse(result.spec).error).toBeUndefined()
  expect(result.fidelity.items.map((i) => [key(i.path), i.criterion])).toEqual(
    listCriteria(flat).map((c) => [key(c.path), c.criterion]),
  )
  expect(linkedinCompiler.compile(flat, taxonomy)).toEqual(result)
  const criteria = result.spec.targetingCriteria
  expect(decodeTargetingCriteria(encodeAudienceCountsQuery(criteria))).toEqual(criteria)
  const item = (criterion: string): FidelityItem => {
    const found = result.fidelity.items.find((i) => i.criterion === criterion)
    if (!found) throw new Error(`no fidelity item for ${criterion}`)
    return found
  }
  return { ...result, item, and: criteria.include.and, policyCodes: result.policy.map((f) => f.code) }
}
