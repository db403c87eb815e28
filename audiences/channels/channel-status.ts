import { compileAudience } from '../compile-audience.js'
import type { Audience, GeoItem } from '../model/audience-schema.js'
import type { GeoEntry, LanguageEntry, TermEntry } from '../taxonomy/taxonomy-schema.js'
import type { Taxonomy } from '../taxonomy/taxonomy.js'
import type { FidelityStatus } from './channel.js'

export type ChannelStatus = { status: FidelityStatus; code: string; message: string }
// Facebook and Instagram share Meta's targeting, so one status stands for both.
export type PlatformStatuses = { google: ChannelStatus; meta: ChannelStatus; linkedin: ChannelStatus }
export type StatusSubject =
  { type: 'term'; entry: TermEntry } | { type: 'geo'; entry: GeoEntry } | { type: 'language'; entry: LanguageEntry }

const CHANNELS = { google: 'google', meta: 'facebook', linkedin: 'linkedin' } as const

/** The geography item that names a place entry. */
export function geoItemOf(entry: GeoEntry): GeoItem {
  switch (entry.kind) {
    case 'country':
      return { country: entry.code }
    case 'region':
      return { region: entry.code }
    case 'municipality':
      return { municipality: entry.code, country: entry.country }
    case 'city':
      return { city: entry.labels.en, country: entry.country }
  }
}

// The smallest audience that uses the subject, in Finland (kohde's home market, inside the EU): its path in it.
function probe(subject: StatusSubject): { audience: Audience; path: string } {
  const base = { name: 'probe', tags: [], locale: 'en' as const, specialAdCategory: 'none' as const }
  const finland = { include: [{ country: 'FI' }], exclude: [], presence: 'home' as const }
  const common = { ...base, age: { min: 18 }, genders: [], exclude: [] }
  switch (subject.type) {
    case 'term':
      return {
        audience: {
          ...common,
          geo: finland,
          languages: [],
          include: [[{ facet: subject.entry.facet, value: subject.entry.key }]],
        },
        path: 'include.0.0',
      }
    case 'geo':
      return {
        audience: { ...common, geo: { ...finland, include: [geoItemOf(subject.entry)] }, languages: [], include: [] },
        path: 'geo.include.0',
      }
    case 'language':
      return {
        audience: { ...common, geo: finland, languages: [subject.entry.code], include: [] },
        path: 'languages.0',
      }
  }
}

const cache = new WeakMap<Taxonomy, Map<string, PlatformStatuses>>()

/** What each platform makes of a term, place or language on its own in a Finnish audience (compiled, cached). */
export function platformStatuses(subject: StatusSubject, taxonomy: Taxonomy): PlatformStatuses {
  const byKey = cache.get(taxonomy) ?? new Map<string, PlatformStatuses>()
  cache.set(taxonomy, byKey)
  const id = `${subject.type}:${subject.entry.key}`
  const known = byKey.get(id)
  if (known) return known
  const { audience, path } = probe(subject)
  const compiled = compileAudience(audience, taxonomy, Object.values(CHANNELS))
  const statusOn = (channel: (typeof CHANNELS)[keyof typeof CHANNELS]): ChannelStatus => {
    const item = compiled[channel]?.fidelity.items.find((i) => i.path.join('.') === path)
    return item
      ? { status: item.status, code: item.code, message: item.message }
      : { status: 'unsupported', code: 'not_compiled', message: 'the channel reported nothing for it' }
  }
  const statuses = { google: statusOn('google'), meta: statusOn('facebook'), linkedin: statusOn('linkedin') }
  byKey.set(id, statuses)
  return statuses
}
