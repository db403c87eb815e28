import type { GeoItem } from '../model/audience-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import { BRIEF_STRUCTURE } from './brief-data.js'
import type { Labels, Reading } from './brief-lexicon.js'
import { isClauseEnd, wordPair, type Token } from './brief-tokens.js'
import { itemsByToken, type Item } from './lexicon-scan.js'

const MAX_KM = 500
const REACH = 6
const KM_PER: Record<string, number> = { km: 1, mile: 1.609, mil: 10 }
const UNITS = new Map(
  Object.entries(BRIEF_STRUCTURE.distanceUnits).flatMap(([unit, words]) => words.map((w) => [w, unit] as const)),
)
const RADIUS_WORDS = new Set(BRIEF_STRUCTURE.radiusWords)
const LIST_WORDS = new Set(['ja', 'och', 'and', 'seka', 'samt', '&'])

const distanceOf = (km: number): Reading => ({ kind: 'distance', km })
// "yli 40 km:n päässä Oulusta", "more than 40 km from Oulu", "minst 4 mil från Umeå": people farther away than the
// distance, outside the circle. No circle targets them, and the place is where they are not.
const FARTHER = new Set([
  'yli',
  'vahintaan',
  'over',
  'above',
  'beyond',
  'minst',
  'more than',
  'at least',
  'mer an',
  'further than',
  'farther than',
  'langre an',
])

/** "+30 km", "50 km:n säteellä", "inom 25 km", "within 40 km", "radie 15 km": a distance with its radius words. */
export function readDistances(tokens: readonly Token[]): Item[] {
  const out: Item[] = []
  tokens.forEach((token, i) => {
    const unit = UNITS.get(tokens[i + 1]?.folded ?? '')
    if (token.kind !== 'number' || !unit || tokens[i + 1]?.kind !== 'word') return
    const km = Math.round(Number(token.folded.replace(',', '.')) * (KM_PER[unit] ?? 1) * 10) / 10
    if (!(km > 0 && km <= MAX_KM) || (unit === 'mil' && tokens[i + 1]?.raw !== 'mil')) return
    let from = i
    if (tokens[from - 1]?.raw === '+') from--
    while (from > 0 && RADIUS_WORDS.has(tokens[from - 1]?.folded ?? '') && tokens[from - 1]?.kind === 'word') from--
    let to = i + 2
    while (
      RADIUS_WORDS.has(tokens[to]?.folded ?? '') &&
      tokens[to]?.kind === 'word' &&
      !/^(of|from|fran|av|a|the|en)$/.test(tokens[to]?.folded ?? '')
    )
      to++
    const outside = FARTHER.has(tokens[from - 1]?.folded ?? '') || FARTHER.has(wordPair(tokens, from - 2))
    const notes = outside ? { notes: ['radius_outside' as const] } : {}
    out.push({ from, to, candidates: [{ reading: distanceOf(km), rank: 0, lang: 'en' }], ...notes })
  })
  return out
}

function centreOf(geo: GeoItem, taxonomy: Taxonomy): { lat: number; lng: number } | null {
  if ('municipality' in geo) return taxonomy.geoByCode('municipality', geo.country, geo.municipality)?.centre ?? null
  if ('region' in geo) return taxonomy.geoByCode('region', geo.region.slice(0, 2), geo.region)?.centre ?? null
  if ('postalCode' in geo) {
    const centre = taxonomy.postalCode(geo.country, geo.postalCode)
    return centre ? { lat: centre[0], lng: centre[1] } : null
  }
  return null
}

// The place's first reading with a centre: a county or a region has none, its town has.
function withCentre(place: Place, taxonomy: Taxonomy) {
  for (const option of [place, ...place.others]) {
    const centre = centreOf(option.geo, taxonomy)
    if (centre) return { centre, geo: option.geo, labels: option.labels }
  }
  return null
}

type Place = { item: Item; geo: GeoItem; labels: Labels; others: readonly { geo: GeoItem; labels: Labels }[] }

const placeOf = (r: Reading): { geo: GeoItem; labels: Labels } | null => {
  if (r.kind === 'geo' && !('country' in r.geo && Object.keys(r.geo).length === 1))
    return { geo: r.geo, labels: r.labels }
  if (r.kind === 'geoGroup' && r.places[0]) return { geo: r.places[0], labels: r.labels }
  return null
}

// A word is a place when its best reading is one; a distance also claims a place among its other readings
// ("inom 3 mil från Kalmar": the town, not Kalmar County; "30 km från Göteborg": the city, not trips to Sweden).
function placeAt(item: Item | undefined, anyReading = false): Place | null {
  const first = item?.candidates[0]?.reading
  if (!item || !first) return null
  const places = (anyReading ? item.candidates : item.candidates.slice(0, 1)).flatMap((c) => placeOf(c.reading) ?? [])
  const best = placeOf(first) ?? places[0]
  return best ? { item, ...best, others: places.filter((p) => p !== best && p.geo !== best.geo) } : null
}

// The places a distance is about: the next ones in its clause ("säteellä Hämeenlinnasta ja Riihimäeltä"), else the
// one before it ("Kuopio +30 km", "Seinäjoen seutu 25 km", "Lahti area, 20 km radius").
function placesFor(tokens: readonly Token[], table: readonly (Item | undefined)[], d: Item): Place[] {
  const found: Place[] = []
  for (let i = d.to; i < tokens.length && i < d.to + REACH; i++) {
    const token = tokens[i]
    // "within 10 km of Tikkurila (01300)": a code in brackets after an unread name is that name's place.
    const bracketed = token?.raw === '(' && found.length === 0 ? placeAt(table[i + 1]) : null
    if (bracketed && tokens[bracketed.item.to]?.raw === ')') return [bracketed]
    if (!token || isClauseEnd(token) || token.raw === ',') break
    const place = placeAt(table[i], true)
    if (place) {
      found.push(place)
      if (!LIST_WORDS.has(tokens[place.item.to]?.folded ?? '') || !placeAt(table[place.item.to + 1])) break
      i = place.item.to
      continue
    }
    if (found.length > 0) break
    const reading = table[i]?.candidates[0]?.reading
    if (reading && reading.kind !== 'stopword' && reading.kind !== 'dimension') break
  }
  if (found.length > 0) return found
  let commas = 0
  // "Jyväskylä (+40 km)", "Kuopion seutu (n. 30 km)": a distance in brackets after a place is that place's.
  let bracket = tokens[d.to]?.raw === ')'
  for (let i = d.from - 1; i >= 0 && i >= d.from - REACH; i--) {
    const token = tokens[i]
    if (bracket && token?.raw === '(') {
      bracket = false
      continue
    }
    if (!token || isClauseEnd(token) || (token.raw === ',' && ++commas > 1)) break
    const place = placeAt(table[i], true)
    if (place) return [place]
    const reading = table[i]?.candidates[0]?.reading
    if (reading && reading.kind !== 'stopword' && reading.kind !== 'dimension') break
  }
  return []
}

// "within 15 km of the store", "5 km:n säteellä myymälästä", "inom 2 mil från butiken": a distance around the
// advertiser's venue, which the brief names elsewhere ("new store in Vantaa").
const VENUE =
  /^(store|shop|showroom|office|clinic|gym|venue|restaurant|cafe|salon|dealership|branch|premises|myymala(sta|lta|n)|liikkee(sta|lta|n)|kaupa(sta|lta|n)|toimipistee(sta|lta|n)|klinikalta|ravintola(sta|n)|butiken|kontoret|kliniken|restaurangen|gymmet|salongen|anlaggningen)$/
const VENUE_LINKS = new Set(['of', 'from', 'fran', 'the', 'our', 'var', 'meidan', 'around', 'runt', 'kring'])

function venueAfter(tokens: readonly Token[], at: number): boolean {
  let i = at
  while (i < at + 3 && VENUE_LINKS.has(tokens[i]?.folded ?? '')) i++
  return tokens[i]?.kind === 'word' && VENUE.test(tokens[i]!.folded)
}

const NEGATIONS = new Set(['ei', 'paitsi', 'not', 'except', 'excluding', 'inte', 'utom', 'ej', 'exkl', 'excl'])
const negated = (tokens: readonly Token[], item: Item) =>
  [1, 2].some((k) => NEGATIONS.has(tokens[item.from - k]?.folded ?? ''))
const placeKey = (geo: GeoItem) => JSON.stringify(geo)

// The one place the brief names (a venue's town): with none or several, the venue is not known.
function onlyPlace(tokens: readonly Token[], items: readonly Item[]): Place | null {
  let only: Place | null = null
  for (const item of items) {
    const place = placeAt(item)
    if (!place || negated(tokens, item)) continue
    if (only && placeKey(only.geo) !== placeKey(place.geo)) return null
    only ??= place
  }
  return only
}

/** Turns each place a distance is about into a circle around its centre; a distance without one stays a distance. */
export function attachRadius(tokens: readonly Token[], items: readonly Item[], taxonomy: Taxonomy): Item[] {
  if (!items.some((item) => item.candidates[0]?.reading.kind === 'distance')) return [...items]
  const table = itemsByToken(items, tokens.length)
  const replaced = new Map<Item, Item>()
  const dropped = new Set<Item>()
  for (const d of items) {
    const r = d.candidates[0]?.reading
    if (r?.kind !== 'distance') continue
    if (d.notes?.includes('radius_outside')) {
      for (const place of placesFor(tokens, table, d)) dropped.add(place.item)
      continue
    }
    // Around a venue, the brief's one place, or none when it names several (whose store is it?).
    const venue = venueAfter(tokens, d.to)
    const only = venue ? onlyPlace(tokens, items) : null
    const places = venue ? (only ? [only] : []) : placesFor(tokens, table, d)
    const chosen = places.map((place) => withCentre(place, taxonomy))
    const centres = chosen.map((c) => c?.centre ?? null)
    if (places.length === 0 || centres.includes(null))
      replaced.set(d, { ...d, notes: [places.length === 0 ? 'radius_without_place' : 'radius_without_centre'] })
    for (const [k, place] of places.entries()) {
      const pick = chosen[k]
      if (!pick || replaced.has(place.item)) continue
      const { centre, geo, labels: named } = pick
      const suffix = ` +${r.km} km`
      const labels = { fi: named.fi + suffix, sv: named.sv + suffix, en: named.en + suffix }
      const reading: Reading = { kind: 'geo', geo: { radius: { ...centre, km: r.km } }, labels, around: geo }
      replaced.set(place.item, { ...place.item, candidates: [{ reading, rank: 0, lang: 'en' }] })
    }
  }
  const read = items.map((item) => replaced.get(item) ?? item)
  return dropped.size === 0 ? read : read.filter((item) => !dropped.has(item))
}
