// Tables and parsers for build-population.ts: what the CSV files do not say themselves.

// Statistics Finland maakunta code → ISO 3166-2:FI (https://www.iso.org/obp/ui/#iso:code:3166:FI).
export const FI_REGION_ISO: Record<string, string> = {
  '01': 'FI-18', // Uusimaa
  '02': 'FI-19', // Varsinais-Suomi
  '04': 'FI-17', // Satakunta
  '05': 'FI-06', // Kanta-Häme
  '06': 'FI-11', // Pirkanmaa
  '07': 'FI-16', // Päijät-Häme
  '08': 'FI-09', // Kymenlaakso
  '09': 'FI-02', // Etelä-Karjala
  '10': 'FI-04', // Etelä-Savo
  '11': 'FI-15', // Pohjois-Savo
  '12': 'FI-13', // Pohjois-Karjala
  '13': 'FI-08', // Keski-Suomi
  '14': 'FI-03', // Etelä-Pohjanmaa
  '15': 'FI-12', // Pohjanmaa
  '16': 'FI-07', // Keski-Pohjanmaa
  '17': 'FI-14', // Pohjois-Pohjanmaa
  '18': 'FI-05', // Kainuu
  '19': 'FI-10', // Lappi
  '21': 'FI-01', // Ahvenanmaa
}

// Paavo names bilingual municipalities in Swedish; table 11re uses the Finnish name.
export const PAAVO_SWEDISH_NAMES: Record<string, string> = {
  Ingå: 'Inkoo',
  Jakobstad: 'Pietarsaari',
  Kimitoön: 'Kemiönsaari',
  Korsholm: 'Mustasaari',
  Kristinestad: 'Kristiinankaupunki',
  Kronoby: 'Kruunupyy',
  Larsmo: 'Luoto',
  Malax: 'Maalahti',
  Mariehamn: 'Maarianhamina - Mariehamn',
  Nykarleby: 'Uusikaarlepyy',
  Närpes: 'Närpiö',
  Pargas: 'Parainen',
  Pedersöre: 'Pedersören kunta',
}

// ISO 3166-2:SE county → NUTS 2016 level 3 (Eurostat NUTS, https://ec.europa.eu/eurostat/web/nuts).
export const SE_COUNTY_NUTS: Record<string, string> = {
  'SE-AB': 'SE110',
  'SE-C': 'SE121',
  'SE-D': 'SE122',
  'SE-E': 'SE123',
  'SE-T': 'SE124',
  'SE-U': 'SE125',
  'SE-F': 'SE211',
  'SE-G': 'SE212',
  'SE-H': 'SE213',
  'SE-I': 'SE214',
  'SE-K': 'SE221',
  'SE-M': 'SE224',
  'SE-N': 'SE231',
  'SE-O': 'SE232',
  'SE-S': 'SE311',
  'SE-W': 'SE312',
  'SE-X': 'SE313',
  'SE-Y': 'SE321',
  'SE-Z': 'SE322',
  'SE-AC': 'SE331',
  'SE-BD': 'SE332',
}

/** Comma-separated rows with "quoted" fields (RFC 4180, no embedded newlines). */
export function csvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) => {
      const fields: string[] = []
      let field = ''
      let quoted = false
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!
        if (quoted && ch === '"' && line[i + 1] === '"') {
          field += '"'
          i++
        } else if (ch === '"') quoted = !quoted
        else if (ch === ',' && !quoted) {
          fields.push(field)
          field = ''
        } else field += ch
      }
      return [...fields, field]
    })
}

/** StatFin PX-Web export: `;`-separated, quoted text, two title lines before the header. */
export function semicolonRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .slice(3)
    .filter((line) => line.length > 0)
    .map((line) => line.split(';').map((f) => f.replace(/^"|"$/g, '')))
}

// Some postal area names contain unquoted commas, so the fixed columns are read from the right.
export function splitPostalAreaLine(line: string) {
  const f = line.split(',')
  const at = (fromEnd: number) => f[f.length - fromEnd]!
  const row = { postalCode: f[0]!, municipality: at(16), municipalityName: at(15), region: at(10) }
  if (!/^\d{5}$/.test(row.postalCode) || !/^\d{3}$/.test(row.municipality) || !/^\d{2}$/.test(row.region))
    throw new Error(`unexpected postal area line: ${line}`)
  return row
}
