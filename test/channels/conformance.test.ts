import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AudienceSchema,
  CHANNEL_IDS,
  COMPILERS,
  DEFAULT_TAXONOMY,
  SPEC_SCHEMAS,
  compileAudience,
  flattenAudience,
  listCriteria,
  validateAudience,
  type Audience,
} from '../../audiences/index.js'
import { TEMPLATES } from '../../audiences/templates/templates.js'
import { audienceArbitrary } from '../support/audience-arbitrary.js'

const taxonomy = DEFAULT_TAXONOMY
const sortedPaths = (paths: (string | number)[][]) => paths.map((p) => p.join('.')).sort()

function expectConforms(audience: Audience) {
  const flat = flattenAudience(audience, taxonomy)
  const criteria = listCriteria(flat)
  for (const channel of CHANNEL_IDS) {
    const result = COMPILERS[channel].compile(flat, taxonomy)

    expect(SPEC_SCHEMAS[channel].safeParse(result.spec).error, `${channel} spec`).toBeUndefined()
    expect(sortedPaths(result.fidelity.items.map((i) => i.path)), `${channel} fidelity paths`).toEqual(
      sortedPaths(criteria.map((c) => c.path)),
    )
    expect(result.fidelity.items.map((i) => i.criterion).sort(), `${channel} fidelity criteria`).toEqual(
      criteria.map((c) => c.criterion).sort(),
    )
    expect(COMPILERS[channel].compile(flat, taxonomy), `${channel} determinism`).toEqual(result)
    // docs/adr/0008-channel-truth.md: what an approximation targets is data the estimate sizes, never only prose.
    const vague = result.fidelity.items.filter(
      (i) => i.status === 'approximated' && !i.effective && !i.criterion.startsWith('specialAdCategory:'),
    )
    expect(
      vague.map((i) => `${i.criterion} ${i.code}`),
      `${channel} approximations without their effective value`,
    ).toEqual([])
  }
}

describe('every compiler', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    'when compiling the %s template, then the spec is valid, every criterion is reported once, output is deterministic',
    (_id, template) => {
      expectConforms(AudienceSchema.parse(template.audience))
    },
  )

  it('when compiling any valid audience, then it never throws, reports every criterion and is deterministic', () => {
    fc.assert(
      fc.property(audienceArbitrary(taxonomy), (input) => {
        const audience = AudienceSchema.parse(input)
        fc.pre(validateAudience(audience, taxonomy).length === 0)
        expectConforms(audience)
      }),
      { numRuns: 300 },
    )
  })

  it('when compiling a template twice through compileAudience, then the JSON is byte-identical', () => {
    for (const template of TEMPLATES) {
      const audience = AudienceSchema.parse(template.audience)
      expect(JSON.stringify(compileAudience(audience, taxonomy))).toBe(
        JSON.stringify(compileAudience(audience, taxonomy)),
      )
    }
  })
})
