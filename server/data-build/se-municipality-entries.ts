import type { GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { lookup } from './channel-mappings.js'
import { readCsvRecords } from './csv-reader.js'
import { slugOf, synonymsOf } from './entry-names.js'
import type { County } from './se-county-entries.js'

export type SeMunicipality = { code: string; name: string; county: string }

// Names other languages use for a few Swedish municipalities (Google and LinkedIn write "Gothenburg").
const EXONYMS: Record<string, { fi?: string; en?: string }> = {
  Stockholm: { fi: 'Tukholma' },
  Göteborg: { en: 'Gothenburg' },
}

const asciiOf = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')

/** Sweden's 290 municipalities as SCB's population file names them, with their four-digit codes. */
export function readSeMunicipalities(path: string): SeMunicipality[] {
  const byCode = new Map<string, SeMunicipality>()
  for (const row of readCsvRecords(path, ',')) {
    const code = row.code ?? ''
    if (!/^\d{4}$/.test(code)) throw new Error(`${path}: bad municipality code ${code}`)
    byCode.set(code, { code, name: row.name ?? '', county: code.slice(0, 2) })
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code))
}

/**
 * Entries keyed geo.se.<name>; a name a county already uses gets "-municipality", and names two municipalities
 * share once slugged (Håbo, Habo) get their codes.
 */
export function buildSeMunicipalities(
  municipalities: readonly SeMunicipality[],
  counties: readonly (County & { key: string })[],
): GeoEntry[] {
  const countyByScb = new Map(counties.map((c) => [c.scb, c]))
  const countyKeys = new Set(counties.map((c) => c.key))
  const slugCount = new Map<string, number>()
  for (const m of municipalities) slugCount.set(slugOf(m.name), (slugCount.get(slugOf(m.name)) ?? 0) + 1)
  return municipalities.map((m) => {
    const county = countyByScb.get(m.county)
    if (!county) throw new Error(`municipality ${m.code} ${m.name}: no county ${m.county}`)
    const slug = slugOf(m.name)
    const bare = `geo.se.${slug}`
    const key = slugCount.get(slug)! > 1 ? `${bare}-${m.code}` : countyKeys.has(bare) ? `${bare}-municipality` : bare
    const exonym = EXONYMS[m.name] ?? {}
    const labels = { fi: exonym.fi ?? m.name, sv: m.name, en: exonym.en ?? m.name }
    const ascii = [...new Set([m.name, labels.en].map(asciiOf))]
    return {
      key,
      kind: 'municipality',
      country: 'SE',
      code: m.code,
      parent: county.key,
      labels,
      synonyms: synonymsOf(labels, { fi: ascii, sv: ascii, en: [m.name, ...ascii] }),
      centre: null,
      radiusKm: null,
      channels: {
        google: lookup('location', `${labels.en},${asciiOf(county.name)} County,Sweden`),
        meta: lookup('cities', m.name),
        linkedin: lookup('locations', `${labels.en}, ${county.name} County, Sweden`),
      },
    }
  })
}
