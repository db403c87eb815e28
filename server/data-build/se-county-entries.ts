import type { GeoEntry } from '../../audiences/taxonomy/taxonomy-schema.js'
import { lookup } from './channel-mappings.js'
import { slugOf, synonymsOf } from './entry-names.js'

export type County = { iso: string; scb: string; nuts3: string; name: string; sv: string; fi: string }

// ISO 3166-2:SE → SCB county code (länskod, the first two digits of its municipalities' codes) and NUTS 3 (2016);
// `name` is the bare county name used in everyday speech.
export const SE_COUNTIES: readonly County[] = [
  { iso: 'SE-AB', scb: '01', nuts3: 'SE110', name: 'Stockholm', sv: 'Stockholms län', fi: 'Tukholman lääni' },
  { iso: 'SE-C', scb: '03', nuts3: 'SE121', name: 'Uppsala', sv: 'Uppsala län', fi: 'Uppsalan lääni' },
  { iso: 'SE-D', scb: '04', nuts3: 'SE122', name: 'Södermanland', sv: 'Södermanlands län', fi: 'Södermanlandin lääni' },
  { iso: 'SE-E', scb: '05', nuts3: 'SE123', name: 'Östergötland', sv: 'Östergötlands län', fi: 'Itä-Götanmaan lääni' },
  { iso: 'SE-F', scb: '06', nuts3: 'SE211', name: 'Jönköping', sv: 'Jönköpings län', fi: 'Jönköpingin lääni' },
  { iso: 'SE-G', scb: '07', nuts3: 'SE212', name: 'Kronoberg', sv: 'Kronobergs län', fi: 'Kronobergin lääni' },
  { iso: 'SE-H', scb: '08', nuts3: 'SE213', name: 'Kalmar', sv: 'Kalmar län', fi: 'Kalmarin lääni' },
  { iso: 'SE-I', scb: '09', nuts3: 'SE214', name: 'Gotland', sv: 'Gotlands län', fi: 'Gotlannin lääni' },
  { iso: 'SE-K', scb: '10', nuts3: 'SE221', name: 'Blekinge', sv: 'Blekinge län', fi: 'Blekingen lääni' },
  { iso: 'SE-M', scb: '12', nuts3: 'SE224', name: 'Skåne', sv: 'Skåne län', fi: 'Skånen lääni' },
  { iso: 'SE-N', scb: '13', nuts3: 'SE231', name: 'Halland', sv: 'Hallands län', fi: 'Hallandin lääni' },
  {
    iso: 'SE-O',
    scb: '14',
    nuts3: 'SE232',
    name: 'Västra Götaland',
    sv: 'Västra Götalands län',
    fi: 'Länsi-Götanmaan lääni',
  },
  { iso: 'SE-S', scb: '17', nuts3: 'SE311', name: 'Värmland', sv: 'Värmlands län', fi: 'Värmlandin lääni' },
  { iso: 'SE-T', scb: '18', nuts3: 'SE124', name: 'Örebro', sv: 'Örebro län', fi: 'Örebron lääni' },
  { iso: 'SE-U', scb: '19', nuts3: 'SE125', name: 'Västmanland', sv: 'Västmanlands län', fi: 'Västmanlandin lääni' },
  { iso: 'SE-W', scb: '20', nuts3: 'SE312', name: 'Dalarna', sv: 'Dalarnas län', fi: 'Taalainmaan lääni' },
  { iso: 'SE-X', scb: '21', nuts3: 'SE313', name: 'Gävleborg', sv: 'Gävleborgs län', fi: 'Gävleborgin lääni' },
  {
    iso: 'SE-Y',
    scb: '22',
    nuts3: 'SE321',
    name: 'Västernorrland',
    sv: 'Västernorrlands län',
    fi: 'Västernorrlandin lääni',
  },
  { iso: 'SE-Z', scb: '23', nuts3: 'SE322', name: 'Jämtland', sv: 'Jämtlands län', fi: 'Jämtlandin lääni' },
  {
    iso: 'SE-AC',
    scb: '24',
    nuts3: 'SE331',
    name: 'Västerbotten',
    sv: 'Västerbottens län',
    fi: 'Västerbottenin lääni',
  },
  { iso: 'SE-BD', scb: '25', nuts3: 'SE332', name: 'Norrbotten', sv: 'Norrbottens län', fi: 'Norrbottenin lääni' },
]

const asciiOf = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')

/** Sweden's counties (no coordinates are shipped for them) and their ISO → NUTS 3 table. */
export function buildSeCounties(nutsCodes: ReadonlySet<string>): {
  counties: GeoEntry[]
  nuts: Record<string, string>
} {
  const missing = SE_COUNTIES.filter((c) => !nutsCodes.has(c.nuts3))
  if (missing.length > 0) throw new Error(`NUTS 3 codes not in the Eurostat file: ${missing.map((c) => c.nuts3)}`)
  const counties = SE_COUNTIES.map((county): GeoEntry => {
    const labels = { fi: county.fi, sv: county.sv, en: `${county.name} County` }
    const bare = [county.name, asciiOf(county.name)]
    return {
      key: `geo.se.${slugOf(county.name)}`,
      kind: 'region',
      country: 'SE',
      code: county.iso,
      parent: 'geo.se',
      labels,
      synonyms: synonymsOf(labels, { fi: bare, sv: bare, en: [...bare, asciiOf(labels.en)] }),
      centre: null,
      radiusKm: null,
      channels: {
        google: lookup('location', `${labels.en},Sweden`),
        meta: lookup('regions', labels.en),
        linkedin: lookup('locations', labels.en),
      },
    }
  })
  return { counties, nuts: Object.fromEntries(SE_COUNTIES.map((c) => [c.iso, c.nuts3])) }
}
