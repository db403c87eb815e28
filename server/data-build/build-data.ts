// Regenerates every shipped data file from the project's copies of the source data: npm run build:data.
// --check writes nothing and exits 1 when a committed file differs from what the build makes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { populationIndexText, POPULATION_INDEX_FILE } from './build-population.js'
import { vocabularyTexts } from './build-vocabulary.js'
import { buildGeo } from './geo-build.js'
import { SE_POPULATION_FILE, sePopulationText } from './se-population.js'

/** Every generated file's path and text; pure apart from reading the sources. */
export async function dataTexts(): Promise<{ texts: Record<string, string>; report: string[] }> {
  const geo = buildGeo()
  const texts = {
    ...geo.texts,
    [POPULATION_INDEX_FILE]: await populationIndexText(),
    [SE_POPULATION_FILE]: await sePopulationText(),
    ...vocabularyTexts(),
  }
  return { texts, report: geo.report }
}

export const staleFiles = (texts: Record<string, string>): string[] =>
  Object.entries(texts)
    .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
    .map(([path]) => path)

if (process.argv[1] === import.meta.filename) {
  const { texts, report } = await dataTexts()
  const root = dirname(dirname(import.meta.dirname))
  const stale = staleFiles(texts)
  if (process.argv.includes('--check')) {
    console.log(
      stale.length === 0 ? 'data is up to date' : `out of date: ${stale.map((p) => relative(root, p)).join(', ')}`,
    )
    process.exitCode = stale.length === 0 ? 0 : 1
  } else {
    for (const path of stale) {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, texts[path]!)
    }
    console.log(report.join('\n'))
    console.log(
      `${stale.length} of ${Object.keys(texts).length} files rewritten: ${stale.map((p) => relative(root, p)).join(', ') || 'none'}`,
    )
  }
}
