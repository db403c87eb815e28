import type { Capabilities, ChannelId, CompileResult, Fidelity, FidelityItem } from '../channels/channel.js'
import type { DomainIssue } from '../errors.js'
import { compileChannels, COMPILERS } from '../channels/index.js'
import type { Facet } from '../model/facets.js'
import { ADULT_AGE } from '../policy/eu-policy.js'
import type { FlatAudience } from '../model/flat-audience.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { AssumptionLog } from './assumption-log.js'
import { sizePopulation, type AudiencePopulation } from './audience-population.js'
import { channelAudience } from './channel-reach.js'
import type { ShareBand } from './criteria-share.js'
import type { SizeReason } from './estimate-schema.js'
import { channelSizing, idealSizing, sizeReasons, type SizingAudience } from './sizing-audience.js'

/**
 * One channel's audience: what its compiled spec targets (null when kohde has no population data for its places),
 * what was described (null likewise), and why they differ.
 */
export type ChannelSize = {
  targeted: ShareBand | null
  ideal: ShareBand | null
  reason: SizeReason | null
  // Why targeted is null: the places kohde has no data for, or those the channel can target none of.
  unknown: DomainIssue[]
}

const CHANNEL_NAMES: Record<ChannelId, string> = {
  google: 'Google',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
}

// Criteria only working people match: a channel of professionals reaches more of them (channel-reach.ts).
const PROFESSIONAL_FACETS: ReadonlySet<Facet> = new Set([
  'title',
  'seniority',
  'jobFunction',
  'industry',
  'companySize',
  'companyRevenue',
  'employer',
  'skill',
])
const isProfessional = (sizing: SizingAudience) =>
  sizing.groups.some((g) => g.length > 0 && g.every((t) => PROFESSIONAL_FACETS.has(t.term.facet)))

const unknownPlaces = (unknown: AudiencePopulation['unknown']): DomainIssue[] =>
  unknown.map((u) => ({
    path: u.path,
    code: 'population_unknown',
    message: `kohde has no population data for ${u.label}`,
  }))

// toLocaleString('en-US')'s format, made once instead of per call.
const EN_US = new Intl.NumberFormat('en-US')

/** "about 1.2 M", "about 44 k", "about 950": the figure people read in a sentence. */
export function aboutPeople(n: number): string {
  if (n >= 1e6) return `about ${(n / 1e6).toFixed(1)} M`
  if (n >= 1e4) return `about ${Math.round(n / 1e3)} k`
  return `about ${EN_US.format(Number(n.toPrecision(2)))}`
}

function reasonOf(
  channel: ChannelId,
  targeted: number,
  ideal: number,
  items: FidelityItem[],
  notes: string[],
): SizeReason {
  const what = [...items.map((i) => `${i.criterion} ${i.status}`), ...notes].join('; ')
  const close = Math.abs(targeted - ideal) <= 0.005 * Math.max(targeted, ideal)
  const head = close
    ? `${CHANNEL_NAMES[channel]} targets ${aboutPeople(targeted)} people, about as described`
    : `${CHANNEL_NAMES[channel]} will target ${aboutPeople(targeted)} people, not the ${aboutPeople(ideal)} described`
  return { message: `${head}: ${what} (see the fidelity report)`, items }
}

const ZERO: ShareBand = { value: 0, low: 0, high: 0 }

type Sizing = {
  flat: FlatAudience
  ideal: AudiencePopulation
  idealProfessional: boolean
  taxonomy: Taxonomy
  log: AssumptionLog
}

// What a compiled spec targets, before any channel's reach: Facebook and Instagram share one (one Meta compile).
type SpecPeople = { items: FidelityItem[]; sizing: SizingAudience; population: AudiencePopulation | null }

function specPeople(
  result: CompileResult<unknown>,
  capabilities: Capabilities,
  { flat, ideal, taxonomy, log }: Sizing,
): SpecPeople {
  const items = sizeReasons(result.fidelity.items)
  const sizing = channelSizing(flat, result.fidelity.items, capabilities)
  if (sizing.include.length === 0) return { items, sizing, population: null }
  const same = items.length === 0 && (flat.age.value.min >= ADULT_AGE || capabilities.adultsOnlyIn.length === 0)
  return { items, sizing, population: same ? ideal : sizePopulation(sizing, flat, taxonomy, log) }
}

// The spec's people come after the ideal size: the assumption log keeps the order in which factors were first used.
function sizeChannel(channel: ChannelId, peopleOf: () => SpecPeople, context: Sizing): ChannelSize {
  const { flat, ideal, idealProfessional, log } = context
  const compiler = COMPILERS[channel]
  const idealSize = ideal.known
    ? channelAudience(channel, ideal.breakdown.countries, log, { professional: idealProfessional })
    : null
  const { items, sizing, population } = peopleOf()
  const teens = flat.age.value.min < ADULT_AGE ? compiler.capabilities.adultsOnlyIn : []
  // A channel that can target none of the places reaches nobody the plan wants (Google would serve everywhere).
  if (population === null) {
    const message = `${CHANNEL_NAMES[channel]} can target none of the audience's places, so the line reaches nobody of it (see the fidelity report and the policy findings)`
    return { targeted: ZERO, ideal: idealSize, reason: { message, items }, unknown: [] }
  }
  const same = items.length === 0 && teens.length === 0
  if (!population.known)
    return { targeted: null, ideal: idealSize, reason: null, unknown: unknownPlaces(population.unknown) }
  const targeted =
    same && idealSize
      ? idealSize
      : channelAudience(channel, population.breakdown.countries, log, { professional: isProfessional(sizing) })
  const differs = idealSize !== null && (items.length > 0 || Math.abs(targeted.value - idealSize.value) > 0.5)
  const inCountries = population.breakdown.countries.map((c) => c.country).filter((c) => teens.includes(c))
  const notes = inCountries.length > 0 ? [`no delivery to under-18s in ${inCountries.join(', ')}`] : []
  const reason = differs ? reasonOf(channel, targeted.value, idealSize.value, items, notes) : null
  return { targeted, ideal: idealSize, reason, unknown: [] }
}

/**
 * Compiles the audience for each channel and sizes what that channel's spec really targets (dropped criteria narrow
 * nothing; approximated ones narrow as the channel will) beside the audience as described.
 */
export function channelSizes(
  flat: FlatAudience,
  ideal: AudiencePopulation,
  channels: readonly ChannelId[],
  taxonomy: Taxonomy,
  log: AssumptionLog,
): Map<ChannelId, ChannelSize> {
  const sizes = new Map<ChannelId, ChannelSize>()
  const context: Sizing = { flat, ideal, idealProfessional: isProfessional(idealSizing(flat)), taxonomy, log }
  // Channels whose compiles share a fidelity report (Facebook and Instagram) and capabilities share what it targets.
  const shared = new Map<Fidelity, { capabilities: Capabilities; people: SpecPeople }>()
  for (const [channel, result] of compileChannels(flat, taxonomy, channels)) {
    const { capabilities } = COMPILERS[channel]
    const peopleOf = () => {
      const known = shared.get(result.fidelity)
      if (known?.capabilities === capabilities) return known.people
      const people = specPeople(result, capabilities, context)
      shared.set(result.fidelity, { capabilities, people })
      return people
    }
    sizes.set(channel, sizeChannel(channel, peopleOf, context))
  }
  const { min, max } = flat.age.value
  if (min > ADULT_AGE || max !== null)
    log.add(
      'population.ageUnknown',
      'people are counted by their registered age',
      "kohde assumption: platforms that target age brackets leave out people whose age they do not know (Google's 'Unknown' group unless AGE_RANGE_UNDETERMINED is added); no share of them is published, so none is taken off",
      { code: 'population.ageUnknown' },
    )
  log.add(
    'audienceSize.targeted',
    "each line's audience is what its channel's compiled spec targets: criteria it drops narrow nothing, criteria it approximates narrow as it will (circles, brackets, whole countries); the audience as described is kept beside it",
    'kohde model (docs/adr/0008-channel-truth.md)',
    { code: 'audienceSize.targeted' },
  )
  return sizes
}
