import { readCsvRecords, readLines, splitCsvLine } from './csv-reader.js'
import { ALAND_POSTCODE_ETRS } from './fi-aland-postcode-centres.js'
import { FI_REGION_NAMES } from './fi-region-names.js'
import { etrsTm35FinToLatLng, type LatLng } from './geo-math.js'

export type FiPostcodeArea = {
  code: string
  municipalityCode: string
  municipalityName: string
  regionNumber: string
  regionEn: string
  centre: LatLng | undefined
  centreSource: 'coordinates-file' | 'paavo-etrs' | 'none'
  isoNumberInCoordinatesFile: string
}

// Names in the first columns may hold unquoted commas ("Hyvinkää, sairaala-alue"), so the
// 16 columns from the municipality code on are read from the right.
const COLUMNS_FROM_MUNICIPALITY = 16

export function readFiPostcodeAreas(areasPath: string, coordinatesPath: string): FiPostcodeArea[] {
  const coordinates = readCoordinates(coordinatesPath)
  return readLines(areasPath, 1).map((line) => {
    const cells = splitCsvLine(line, ',')
    const code = cells[0] ?? ''
    const [municipalityCode = '', municipalityName = '', , , , , regionNumber = '', regionEn = ''] =
      cells.slice(-COLUMNS_FROM_MUNICIPALITY)
    if (!/^\d{5}$/.test(code) || !/^\d{3}$/.test(municipalityCode)) throw new Error(`unreadable postcode row: ${line}`)
    const fromFile = coordinates.get(code)
    const etrs = ALAND_POSTCODE_ETRS[code]
    const centre = fromFile?.centre ?? (etrs ? etrsTm35FinToLatLng(...etrs) : undefined)
    const centreSource = fromFile ? 'coordinates-file' : etrs ? 'paavo-etrs' : 'none'
    const isoNumberInCoordinatesFile = fromFile?.isoNumber ?? ''
    return {
      code,
      municipalityCode,
      municipalityName,
      regionNumber,
      regionEn,
      centre,
      centreSource,
      isoNumberInCoordinatesFile,
    }
  })
}

type Coordinate = { centre: LatLng; isoNumber: string }

function readCoordinates(path: string): Map<string, Coordinate> {
  const rows = readCsvRecords(path, ',')
  return new Map(
    rows.map((row) => [
      row.ZCTA5 ?? '',
      { centre: { lat: Number(row.LAT), lng: Number(row.LON) }, isoNumber: row.ST ?? '' },
    ]),
  )
}

// The coordinates file's ST column carries ISO 3166-2 numbers for five regions. Most postcodes
// of each number must lie in the region our table gives it; single codes may differ where the
// file predates a municipality's move (Vaala to North Ostrobothnia, 2016). Returns those codes.
export function crossCheckIsoRegions(areas: readonly FiPostcodeArea[]): string[] {
  const isoNumbers = new Set(areas.map((a) => a.isoNumberInCoordinatesFile).filter(Boolean))
  const differing: string[] = []
  for (const isoNumber of isoNumbers) {
    const region = FI_REGION_NAMES.find((r) => r.iso === `FI-${isoNumber}`)
    const tagged = areas.filter((a) => a.isoNumberInCoordinatesFile === isoNumber)
    const elsewhere = tagged.filter((a) => a.regionNumber !== region?.statNumber)
    if (!region || elsewhere.length * 2 >= tagged.length)
      throw new Error(`ISO FI-${isoNumber} disagrees with the region table (${region?.fi})`)
    differing.push(...elsewhere.map((a) => `${a.code} (FI-${isoNumber} in the file, region ${a.regionNumber} in 2020)`))
  }
  return differing
}
