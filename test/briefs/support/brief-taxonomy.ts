import { createTaxonomy, type GeoEntry, type Taxonomy, type TermEntry } from '../../../audiences/index.js'

type Names = { fi: string; sv: string; en: string }
const none = { fi: [], sv: [], en: [] }

const term = (
  key: string,
  facet: TermEntry['facet'],
  labels: Names,
  synonyms: Partial<TermEntry['synonyms']> = {},
): TermEntry => ({
  key,
  facet,
  labels,
  synonyms: { ...none, ...synonyms },
  channels: {},
})

const place = (
  key: string,
  kind: GeoEntry['kind'],
  code: string,
  labels: Names,
  parent: string | null = null,
): GeoEntry => ({
  key,
  kind,
  country: code.length === 2 ? code : 'FI',
  code,
  parent,
  labels,
  synonyms: none,
  centre: null,
  radiusKm: null,
  channels: {},
})

const same = (name: string): Names => ({ fi: name, sv: name, en: name })

/** A small taxonomy with the seed 003 vocabulary, independent of the shipped data files. */
export function briefTestTaxonomy(): Taxonomy {
  return createTaxonomy({
    terms: [
      term('title.ceo', 'title', { fi: 'Toimitusjohtaja', sv: 'Verkställande direktör', en: 'CEO' }),
      term('title.physician', 'title', { fi: 'Lääkäri', sv: 'Läkare', en: 'Physician' }, { en: ['doctor'] }),
      term('title.lawyer', 'title', { fi: 'Juristi', sv: 'Jurist', en: 'Lawyer' }),
      term('interest.design', 'interest', same('Design')),
      term('interest.construction', 'interest', { fi: 'Rakentaminen', sv: 'Byggande', en: 'Construction' }),
      term('industry.construction', 'industry', { fi: 'Rakennusala', sv: 'Byggbranschen', en: 'Construction' }),
      term('interest.business-finance-media', 'interest', {
        fi: 'Talousmedia',
        sv: 'Affärsmedia',
        en: 'Business media',
      }),
      term('income.top-20', 'income', { fi: 'Tulotaso: ylin 20 %', sv: 'Inkomst: högsta 20 %', en: 'Income: top 20%' }),
      term('income.top-10', 'income', { fi: 'Tulotaso: ylin 10 %', sv: 'Inkomst: högsta 10 %', en: 'Income: top 10%' }),
      term('relationship.in-relationship', 'relationship', {
        fi: 'Parisuhteessa',
        sv: 'I en relation',
        en: 'In a relationship',
      }),
      term('parental.parent', 'parentalStatus', { fi: 'Vanhemmat', sv: 'Föräldrar', en: 'Parents' }),
      term('parental.young-children', 'parentalStatus', {
        fi: 'Pienten lasten vanhemmat',
        sv: 'Småbarnsföräldrar',
        en: 'Parents of young children',
      }),
      term('parental.teenagers', 'parentalStatus', {
        fi: 'Teini-ikäisten vanhemmat',
        sv: 'Föräldrar till tonåringar',
        en: 'Parents of teenagers',
      }),
      term('homeType.detached-house', 'homeType', { fi: 'Omakotitalo', sv: 'Egnahemshus', en: 'Detached house' }),
      term('companySize.11-50', 'companySize', same('11–50')),
      term('companySize.51-200', 'companySize', same('51–200')),
      term('companySize.201-500', 'companySize', same('201–500')),
      term('companyRevenue.under-2m', 'companyRevenue', same('< 2 M€')),
      term('companyRevenue.2m-10m', 'companyRevenue', same('2–10 M€')),
      term('companyRevenue.10m-50m', 'companyRevenue', same('10–50 M€')),
      term('companyRevenue.50m-plus', 'companyRevenue', same('50+ M€')),
      term('companyTrade.exporter', 'companyTrade', { fi: 'Vientiyritys', sv: 'Exportföretag', en: 'Exporter' }),
      term('companySites.multiple', 'companySites', {
        fi: 'Useita toimipaikkoja',
        sv: 'Flera verksamhetsställen',
        en: 'Multiple sites',
      }),
      term('list.current-customers', 'customerList', {
        fi: 'Kanta-asiakkaat',
        sv: 'Stamkunder',
        en: 'Current customers',
      }),
      term('list.former-customers', 'customerList', {
        fi: 'Entiset asiakkaat',
        sv: 'Tidigare kunder',
        en: 'Former customers',
      }),
    ],
    geo: [
      place('geo.fi', 'country', 'FI', { fi: 'Suomi', sv: 'Finland', en: 'Finland' }),
      place('geo.se', 'country', 'SE', { fi: 'Ruotsi', sv: 'Sverige', en: 'Sweden' }),
      place('geo.fi.uusimaa', 'region', 'FI-18', { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' }, 'geo.fi'),
      place(
        'geo.fi.helsinki',
        'municipality',
        '091',
        { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' },
        'geo.fi.uusimaa',
      ),
      place('geo.fi.espoo', 'municipality', '049', { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' }, 'geo.fi.uusimaa'),
      place('geo.fi.vantaa', 'municipality', '092', { fi: 'Vantaa', sv: 'Vanda', en: 'Vantaa' }, 'geo.fi.uusimaa'),
      place(
        'geo.fi.kauniainen',
        'municipality',
        '235',
        { fi: 'Kauniainen', sv: 'Grankulla', en: 'Kauniainen' },
        'geo.fi.uusimaa',
      ),
      place('geo.fi.salo', 'municipality', '734', same('Salo'), null),
    ],
    languages: [],
    postalCodes: { '00100': [60.1714, 24.9316, '091', 1] },
  })
}
