import type { GeoEntry, GeoItem, Taxonomy } from '../../../audiences/index.js'
import groupings from '../../../audiences/briefs/data/geo-groupings.json' with { type: 'json' }
import type { CorpusEntry } from './corpus-format.js'

// One thing a brief asks for. concept: the string the parse must produce; null for a free-text-only expectation.
// pending: the vocabulary lacks the words yet ("~words" given, or the key or place is not in the taxonomy).
// also: other concepts that count as the same reading (a key's alternatives: "seniority.cxo|seniority.executives").
export type Expected = {
  concept: string | null
  pending: boolean
  free: string | null
  label: string
  also?: readonly string[]
}

const fold = (s: string) => s.toLocaleLowerCase('fi').normalize('NFC').replace(/\s+/g, ' ').trim()
const fixed = (n: number) => n.toFixed(3)

/** The comparable string of a geo item; the parse's places and the annotations meet on it. */
export function geoConcept(g: GeoItem): string {
  if ('radius' in g) return `radius:${fixed(g.radius.lat)},${fixed(g.radius.lng)}:${g.radius.km}`
  if ('municipality' in g) return `municipality:${g.country}:${g.municipality}`
  if ('region' in g) return `region:${g.region}`
  if ('postalCode' in g) return `postal:${g.country}:${g.postalCode}`
  if ('city' in g) return `city:${g.country}:${fold(g.city)}`
  return `country:${g.country}`
}

// A town a platform lists (city) loses to the municipality of the same name, as in the taxonomy's own name lookup.
const KIND_ORDER: Record<GeoEntry['kind'], number> = { municipality: 0, city: 1, region: 2, country: 3 }

type Places = { byName: Map<string, GeoEntry>; groups: Map<string, string[]> }
const cache = new WeakMap<Taxonomy, Places>()

// Names in every language; a name two entries share goes to the most specific ("Stockholm": the city once it exists).
function placesOf(taxonomy: Taxonomy): Places {
  const cached = cache.get(taxonomy)
  if (cached) return cached
  const byName = new Map<string, GeoEntry>()
  for (const entry of taxonomy.geo.values()) {
    const names = [...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()]
    for (const name of names) {
      const seen = byName.get(fold(name))
      if (!seen || KIND_ORDER[entry.kind] < KIND_ORDER[seen.kind]) byName.set(fold(name), entry)
    }
  }
  const groups = new Map<string, string[]>()
  for (const g of groupings.groupings)
    for (const name of [...g.names.fi, ...g.names.sv, ...g.names.en, ...Object.values(g.labels)])
      groups.set(
        fold(name),
        g.municipalities.map((m) => `municipality:${g.country}:${m}`),
      )
  const places = { byName, groups }
  cache.set(taxonomy, places)
  return places
}

// "Uppsala kommun", "Kuopion kaupunki", "Vasa municipality": an annotation may name a municipality with its word.
const MUNICIPALITY_WORD = /\s+(kommun|kunta|kaupunki|municipality)$/i
function municipalityNamed(taxonomy: Taxonomy, place: string): GeoEntry | undefined {
  if (!MUNICIPALITY_WORD.test(place)) return undefined
  const named = placesOf(taxonomy).byName.get(fold(place.replace(MUNICIPALITY_WORD, '')))
  if (!named || named.kind === 'municipality') return named
  return [...taxonomy.geo.values()].find(
    (g) => g.kind === 'municipality' && g.country === named.country && fold(g.labels.sv) === fold(named.labels.sv),
  )
}

const itemOf = (e: GeoEntry): GeoItem =>
  e.kind === 'country'
    ? { country: e.country }
    : e.kind === 'region'
      ? { region: e.code }
      : { municipality: e.code, country: e.country }

// A place spec as the README gives it: a name or code, "00100", "00100-00190", optional " +30km", optional " ~words".
function placeConcepts(spec: string, taxonomy: Taxonomy): { concepts: string[]; pending: boolean } {
  const m = /^(.+?)(?:\s*\+\s*(\d+(?:[.,]\d+)?)\s*km)?(?:\s+~.+)?$/i.exec(spec.trim())
  const place = (m?.[1] ?? spec).trim()
  const km = m?.[2] ? Number(m[2].replace(',', '.')) : null
  const pendingWords = / ~/.test(spec)
  const range = /^(\d{5})\s*[-–]\s*(\d{5})$/.exec(place)
  if (range?.[1] && range[2]) {
    const codes: string[] = []
    for (let n = Number(range[1]); n <= Number(range[2]); n++) {
      const code = String(n).padStart(5, '0')
      if (taxonomy.postalCode('FI', code)) codes.push(`postal:FI:${code}`)
    }
    return { concepts: codes, pending: pendingWords }
  }
  if (/^\d{5}$/.test(place)) {
    const centre = taxonomy.postalCode('FI', place)
    if (km === null) return { concepts: [`postal:FI:${place}`], pending: pendingWords || !centre }
    if (!centre) return { concepts: [`radius:postal ${place}:${km}`], pending: true }
    return { concepts: [`radius:${fixed(centre[0])},${fixed(centre[1])}:${km}`], pending: pendingWords }
  }
  const coded = /^(municipality|region|country):(?:([A-Z]{2}):)?(.+)$/.exec(place)
  const entry = coded
    ? coded[1] === 'municipality'
      ? taxonomy.geoByCode('municipality', coded[2] ?? 'FI', coded[3] ?? '')
      : coded[1] === 'region'
        ? taxonomy.geoByCode('region', (coded[3] ?? '').slice(0, 2), coded[3] ?? '')
        : taxonomy.geoByCode('country', coded[3] ?? '', coded[3] ?? '')
    : (placesOf(taxonomy).byName.get(fold(place)) ?? municipalityNamed(taxonomy, place))
  const group = coded ? undefined : placesOf(taxonomy).groups.get(fold(place))
  if (group && km === null && !entry) return { concepts: group, pending: pendingWords }
  if (!entry) return { concepts: [`unknown:${fold(place)}${km === null ? '' : `:${km}`}`], pending: true }
  if (km === null) return { concepts: [geoConcept(itemOf(entry))], pending: pendingWords }
  if (!entry.centre) return { concepts: [`radius:${entry.key}:${km}`], pending: true }
  return { concepts: [`radius:${fixed(entry.centre.lat)},${fixed(entry.centre.lng)}:${km}`], pending: pendingWords }
}

// A term spec: "title.ceo", "interest.golf|interest.sports-golf ~golf", "~veneily", "keyword:hirsitalo", "website:x.fi".
function termExpected(spec: string, taxonomy: Taxonomy, prefix: string): Expected {
  const [keys = '', ...rest] = spec.split(/\s*~/)
  const free = rest.length > 0 ? rest.join(' ').trim() : null
  const key = keys.trim()
  if (key === '') return { concept: null, pending: false, free, label: spec }
  const free_ = /^(keyword|website):(.+)$/.exec(key)
  if (free_) return { concept: `${prefix}${free_[1]}:${fold(free_[2] ?? '')}`, pending: false, free, label: spec }
  const options = key.split('|').map((k) => k.trim())
  const known = options.filter((k) => taxonomy.term(k))
  const [first = options[0] ?? key, ...others] = known.length > 0 ? known : options
  const also = others.map((k) => `${prefix}term:${k}`)
  return { concept: `${prefix}term:${first}`, pending: free !== null || known.length === 0, free, label: spec, also }
}

function ageConcept(age: string): string {
  if (age.endsWith('+')) return `age:${age.slice(0, -1)}-`
  if (age.startsWith('-')) return `age:18${age}`
  return `age:${age}`
}

/** The pairs an include list implies beyond one OR group per facet: "and" within a facet, "or" across facets. */
export function structurePairs(groups: readonly (readonly { key: string; facet: string }[])[]): string[] {
  const flat = groups.flatMap((group, g) => group.map((t) => ({ ...t, g })))
  const out = new Set<string>()
  for (const a of flat)
    for (const b of flat) {
      if (a.key >= b.key) continue
      if (a.facet === b.facet && a.g !== b.g) out.add(`and:${a.key}|${b.key}`)
      if (a.facet !== b.facet && a.g === b.g) out.add(`or:${a.key}|${b.key}`)
    }
  return [...out]
}

/** Every expectation of a brief, pending ones marked, with the structure pairs its include groups imply. */
export function expectationsOf(entry: CorpusEntry, taxonomy: Taxonomy): Expected[] {
  const out: Expected[] = []
  const places = (specs: readonly string[], prefix: string) => {
    for (const spec of specs) {
      const { concepts, pending } = placeConcepts(spec, taxonomy)
      for (const c of concepts) out.push({ concept: `${prefix}place:${c}`, pending, free: null, label: spec })
    }
  }
  places(entry.places, '')
  places(entry.notPlaces, 'not-')
  if (entry.age) out.push({ concept: ageConcept(entry.age), pending: false, free: null, label: entry.age })
  if (entry.genders.length === 1)
    out.push({ concept: `gender:${entry.genders[0]}`, pending: false, free: null, label: entry.genders[0] ?? '' })
  for (const l of entry.languages) out.push({ concept: `language:${l}`, pending: false, free: null, label: l })
  if (entry.special) out.push({ concept: `special:${entry.special}`, pending: false, free: null, label: entry.special })
  const groups = entry.include.map((group) => group.map((spec) => termExpected(spec, taxonomy, '')))
  out.push(...groups.flat())
  for (const spec of entry.exclude) out.push(termExpected(spec, taxonomy, 'not-'))
  for (const spec of entry.free) out.push(termExpected(spec, taxonomy, ''))
  const keyed = groups.map((group) =>
    group.flatMap((e) => {
      const key = e.concept?.startsWith('term:') && !e.also?.length ? e.concept.slice(5) : null
      const facet = key ? taxonomy.term(key)?.facet : undefined
      return key && facet ? [{ key, facet, pending: e.pending }] : []
    }),
  )
  const pendingKeys = new Set(keyed.flat().flatMap((t) => (t.pending ? [t.key] : [])))
  for (const pair of structurePairs(keyed)) {
    const pending = pair
      .slice(pair.indexOf(':') + 1)
      .split('|')
      .some((k) => pendingKeys.has(k))
    out.push({ concept: pair, pending, free: null, label: pair })
  }
  return out
}
