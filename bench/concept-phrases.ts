import { readFileSync } from 'node:fs'

/** The dev concept list's phrases (test/fixtures/vocabulary/concept-list-dev.json): what the search benches type. */
export const conceptPhrases = (): string[] =>
  (
    JSON.parse(readFileSync(new URL('../test/fixtures/vocabulary/concept-list-dev.json', import.meta.url), 'utf8')) as {
      text: string
    }[]
  ).map((p) => p.text)
