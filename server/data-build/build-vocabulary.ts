// Writes the generated vocabulary: npx tsx server/data-build/build-vocabulary.ts (npm run build:data runs it too).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  buildVocabulary,
  jsonText,
  readConceptFile,
  readHandWritten,
  TAXONOMY_DATA,
} from './vocabulary/vocabulary-build.js'

export function vocabularyTexts(): Record<string, string> {
  const files = buildVocabulary(readConceptFile(), readHandWritten())
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [join(TAXONOMY_DATA, name), jsonText(data)]))
}

if (process.argv[1] === import.meta.filename) {
  for (const [path, text] of Object.entries(vocabularyTexts())) writeFileSync(path, text)
  console.log('vocabulary written')
}
