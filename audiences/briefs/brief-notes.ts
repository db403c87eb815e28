import type { Dimension } from './brief-schema.js'
import type { Reading } from './brief-lexicon.js'
import type { ItemNote } from './lexicon-scan.js'

export type NoteContext = {
  text: string
  reading: Reading
  alternatives: readonly Reading[]
  dimension: Dimension | null
  also: readonly string[]
}

export const readingLabel = (r: Reading): string => {
  switch (r.kind) {
    case 'term':
    case 'geo':
    case 'geoGroup':
      return r.labels.en
    case 'age':
      return r.min !== undefined && r.max !== undefined
        ? `${r.min}–${r.max}`
        : r.min !== undefined
          ? `${r.min}+`
          : `under ${(r.max ?? 0) + 1}`
    case 'gender':
      return r.gender === 'female' ? 'women' : 'men'
    case 'language':
      return `speakers of ${r.language}`
    case 'dimension':
      return r.dimension
    case 'distance':
      return `a radius of ${r.km} km`
    case 'special':
      return `special ad category ${r.category}`
    case 'exclusion':
    case 'scopeEnd':
    case 'stopword':
    case 'name':
      return r.kind
  }
}

const kindAndLabel = (r: Reading): string => `${readingLabel(r)} (${r.kind === 'term' ? r.facet : r.kind})`

/** Plain-English messages for what kohde assumed while reading a brief; each says what was done and what to check. */
export function noteMessage(code: ItemNote, c: NoteContext): string {
  const quoted = `"${c.text}"`
  const became = [readingLabel(c.reading), ...c.also].join(', ')
  switch (code) {
    case 'affluent_areas':
      return `${quoted} became ${became}: the platforms model affluent areas by household income. To target named areas, add their postal codes.`
    case 'detached_house_areas':
      return `${quoted} became people living in detached houses; kohde does not know which areas are detached-house areas. Add postal codes to target areas.`
    case 'age_over_inclusive':
      return `${quoted} was read as ${became}: "yli 20-vuotiaat" is usually meant to include the 20-year-olds.`
    case 'age_single':
      return `${quoted} was read as exactly ${became}; widen the range if you meant "about".`
    case 'age_swapped':
      return `${quoted} has the larger age first; read as ${became}.`
    case 'bare_range_as_age':
      return `${quoted} has no unit; it was read as the age range ${became}.`
    case 'children_count':
      return `The number of children (${quoted}) cannot be targeted on Google, Meta or LinkedIn; read as parents.`
    case 'parent_narrowed':
      return `${quoted} was left out of the draft: the children's age given in the brief says more than "parents".`
    case 'children_age':
      return `${quoted} is the children's age: it became the parental status ${became}, not the audience's age.`
    case 'revenue_buckets':
      return `${quoted} became the revenue bands ${became}.`
    case 'headcount_buckets':
      return `${quoted} became the company sizes ${became}.`
    case 'profit_threshold':
      return `${quoted}: platforms cannot target a profit amount; read as ${became}.`
    case 'currency_not_euro':
      return `${quoted} is not in euros; kohde's revenue bands are in euros: choose the band by hand.`
    case 'ambiguous':
      return `${quoted} can mean ${[c.reading, ...c.alternatives].map(kindAndLabel).join(' or ')}; it was read as ${kindAndLabel(c.reading)}. Pick another in the draft if that is wrong.`
    case 'dimension_without_value':
      return `${quoted} names ${c.dimension ?? 'a criterion'} without a value: nothing was added for it.`
    case 'size_word':
      return `${quoted} became the company sizes ${became} (EU definition: micro under 10, small under 50, medium under 250 employees).`
    case 'size_word_overridden':
      return `${quoted} was not used for the company size: the number of employees the brief gives says more.`
    case 'postal_range':
      return `${quoted} became every postal code between them in Statistics Finland's data: ${became}.`
    case 'radius_without_place':
      return `${quoted} gives a radius but no place it is around: nothing was added for it. Name the place ("30 km from Kuopio").`
    case 'radius_outside':
      return `${quoted} asks for people farther away than the distance, which no circle targets: nothing was added for it or its place.`
    case 'radius_without_centre':
      return `${quoted}: kohde does not know the centre of the place, so the place was kept without the radius.`
    case 'site_visits_without_address':
      return `${quoted}: site visits need the sites' addresses (e.g. kilpailija.fi); none were given, so nothing was added for them.`
  }
}

export const BRIEF_NOTES = {
  geoDefaulted: 'No place was found: the audience targets Finland. Change it if the brief means somewhere else.',
  nameDefaulted: (name: string) => `The brief does not start with a name: the audience is named "${name}".`,
  nameFromText: (name: string) =>
    `The audience is named after the brief's first words, "${name}": rename it if needed.`,
  nameCriteria: (text: string) =>
    `"${text}" is read as part of the audience's name only: the criteria after it say more (or it names the product).`,
  ageRaised: (minimum: number) => `Ads cannot target people under ${minimum}, so the draft's ages start at ${minimum}.`,
  ageConflict: (texts: string) =>
    `The brief gives more than one age (${texts}); the first lower and the first upper limit were used.`,
  specialCategory: (text: string, category: string) =>
    `"${text}" suggests a ${category} ad: the draft's special ad category is ${category}, which limits targeting on Meta and Google. Change it if the ad is not about that.`,
  placeCovered: (text: string, by: string) => `"${text}" was left out of the places: ${by} already covers it.`,
  tooMany: (what: string, limit: number) => `More than ${limit} ${what}: the rest were left out of the draft.`,
}
