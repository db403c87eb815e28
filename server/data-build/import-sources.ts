// Copies the platform and population files kohde uses from a shared data folder into the project, checking each.
// Run: npx tsx server/data-build/import-sources.ts [--from=<folder with platforms/ and population/>]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

// File → data rows (header excluded) expected, as SOURCES.md states them; a different count stops the copy.
const PLATFORM_FILES: Record<string, number> = {
  'SOURCES.md': 0,
  'google-geotargets-nordic.csv': 1356,
  'google-geotargets-countries.csv': 218,
  'google-languages.csv': 50,
  'google-user-interests.csv': 1277,
  'linkedin-industries.csv': 147,
  'linkedin-functions.csv': 26,
  'linkedin-seniorities.csv': 10,
  'linkedin-staff-count-ranges.csv': 9,
  'linkedin-geo-nordic.csv': 6,
  'linkedin-geo-nordic-places.csv': 60,
}
const POPULATION_FILES: Record<string, number> = {
  'SOURCES.md': 0,
  'se-municipality-age-sex-2019.csv': 29290,
}

const dataRows = (path: string) =>
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '').length

function copyChecked(from: string, to: string, files: Record<string, number>): void {
  for (const [file, rows] of Object.entries(files)) {
    const source = join(from, file)
    if (!existsSync(source)) throw new Error(`${source} is missing`)
    if (rows > 0 && dataRows(source) !== rows) throw new Error(`${source}: ${dataRows(source)} rows, expected ${rows}`)
    // Written, not copied: the shared files are read-only and the copies must stay editable by the next import.
    writeFileSync(join(to, file), readFileSync(source))
  }
  console.log(`copied ${Object.keys(files).length} files from ${from}`)
}

const fromArg = process.argv.find((a) => a.startsWith('--from='))?.slice('--from='.length)
const from = fromArg ?? join(ROOT, '..', 'shared', 'data')
copyChecked(join(from, 'platforms'), join(ROOT, 'audiences/data/platforms'), PLATFORM_FILES)
copyChecked(join(from, 'population'), join(ROOT, 'audiences/data/population'), POPULATION_FILES)
