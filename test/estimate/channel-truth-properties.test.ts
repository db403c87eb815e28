import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AudienceSchema,
  CHANNEL_IDS,
  compileAudience,
  DEFAULT_TAXONOMY,
  estimatePlan,
  flattenAudience,
  isDomainError,
  listCriteria,
  validateAudience,
  type AudienceInput,
  type ChannelId,
  type FidelityItem,
} from '../../audiences/index.js'
import { audienceArbitrary } from '../support/audience-arbitrary.js'

const taxonomy = DEFAULT_TAXONOMY
type Path = (string | number)[]

// The audience (or the parent at the path's `parent` steps) that holds the criterion, and the rest of the path.
function holder(input: AudienceInput, path: Path): { at: AudienceInput; rest: Path } {
  let at = input
  let rest = path
  while (rest[0] === 'parent') {
    at = at.parent!
    rest = rest.slice(1)
  }
  return { at, rest }
}

const levels = (input: AudienceInput): AudienceInput[] => (input.parent ? [input, ...levels(input.parent)] : [input])

/** The audience without the criterion at the path (age and genders go back to their defaults at every level). */
function without(audience: AudienceInput, path: Path): AudienceInput | null {
  const copy = structuredClone(audience)
  const { at, rest } = holder(copy, path)
  const [head, a, b] = rest
  if (head === 'include' && typeof a === 'number' && typeof b === 'number') {
    const groups = at.include!
    groups[a]!.splice(b, 1)
    if (groups[a]!.length === 0) groups.splice(a, 1)
  } else if (head === 'exclude' && typeof a === 'number') at.exclude!.splice(a, 1)
  else if (head === 'languages' && typeof a === 'number') at.languages!.splice(a, 1)
  else if (head === 'geo' && (a === 'include' || a === 'exclude') && typeof b === 'number') at.geo[a]!.splice(b, 1)
  else if (head === 'age') for (const level of levels(copy)) delete level.age
  else if (head === 'genders') for (const level of levels(copy)) level.genders = []
  else return null
  return copy
}

const key = (c: { path: Path; criterion: string }) => `${c.path.join('.')} ${c.criterion}`

// Only a removal that leaves every other criterion as it was (a sub-segment's last language would bring back the
// parent's) tests the invariant.
function isPureRemoval(before: AudienceInput, after: AudienceInput, removed: FidelityItem): boolean {
  const flatOf = (input: AudienceInput) => flattenAudience(AudienceSchema.parse(input), taxonomy)
  const kept = listCriteria(flatOf(before)).filter((c) => key(c) !== key(removed))
  const now = listCriteria(flatOf(after))
  const same = (c: { criterion: string }) => !/^(age|genders):/.test(c.criterion)
  return JSON.stringify(kept.filter(same).map(key)) === JSON.stringify(now.filter(same).map(key))
}

function channelLine(input: AudienceInput, channel: ChannelId) {
  try {
    const estimate = estimatePlan(
      { audience: AudienceSchema.parse(input), lines: [{ channel, budget: 1000 }] },
      taxonomy,
    )
    const line = estimate.lines[0]!
    return { size: line.audienceSize, reach: line.reach }
  } catch (error) {
    if (isDomainError(error)) return null
    throw error
  }
}

// The one exception (docs/adr/0008-channel-truth.md): an unresolved language withholds the others it could send.
const withholds = (items: readonly FidelityItem[]) => items.some((i) => i.code.endsWith('_withheld'))

describe('the estimate of a channel', () => {
  it('when a criterion the channel reports as dropped is removed, then that channel’s estimate does not change', () => {
    let checked = 0
    fc.assert(
      fc.property(audienceArbitrary(taxonomy), fc.nat(), (input, pick) => {
        const audience = AudienceSchema.parse(input)
        fc.pre(validateAudience(audience, taxonomy).length === 0)
        const compiled = compileAudience(audience, taxonomy)
        for (const channel of CHANNEL_IDS) {
          const items = compiled[channel]!.fidelity.items
          const dropped = items.filter(
            (i) =>
              (i.status === 'unsupported' || i.status === 'unresolved') &&
              !(i.criterion.startsWith('language:') && withholds(items)),
          )
          if (dropped.length === 0) continue
          const removed = dropped[pick % dropped.length]!
          const smaller = without(input, removed.path)
          if (!smaller || validateAudience(AudienceSchema.parse(smaller), taxonomy).length > 0) continue
          if (!isPureRemoval(input, smaller, removed)) continue
          const before = channelLine(input, channel)
          if (before === null) continue
          const after = channelLine(smaller, channel)
          checked++
          expect(after, `${channel} without ${removed.criterion} (${removed.code})`).toEqual(before)
        }
      }),
      { numRuns: 150 },
    )
    expect(checked).toBeGreaterThan(100)
  })
})
