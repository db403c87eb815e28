// A digest of thousands of compile and estimate answers (the templates and 250 seeded random audiences, each also
// aged 16–40; six channel sets; four line sets with and without a flight): run it on two commits to show that a
// speed change keeps every answer byte for byte, errors included.
//   node --import tsx bench/answer-digest.ts FILE   writes the answers to FILE, one a line, and prints their digest
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import {
  compileAudience,
  DEFAULT_TAXONOMY,
  estimatePlan,
  EstimateRequestSchema,
  TEMPLATES,
} from '../audiences/index.js'
import { CompileRequestSchema } from '../server/routes/compile-routes.js'
import fc from 'fast-check'
import { audienceArbitrary } from '../test/support/audience-arbitrary.js'
const out: string[] = []
const subsets = [
  undefined,
  ['facebook'],
  ['instagram'],
  ['instagram', 'facebook'],
  ['linkedin', 'google', 'facebook'],
  ['instagram', 'google'],
]
const lineSets = [
  [
    { channel: 'facebook', budget: 1500 },
    { channel: 'instagram', budget: 1000 },
    { channel: 'linkedin', budget: 1500 },
    { channel: 'google', budget: 500 },
  ],
  [
    { channel: 'instagram', budget: 700 },
    { channel: 'facebook', budget: 300, frequencyCap: 2 },
  ],
  [{ channel: 'instagram', budget: 700 }],
  [
    { channel: 'google', budget: 100 },
    { channel: 'facebook', budget: 100, audienceSize: 5000 },
    { channel: 'instagram', budget: 100 },
  ],
]
const run = (f: () => unknown) => {
  try {
    return JSON.stringify(f())
  } catch (e) {
    return 'ERR ' + String(e) + JSON.stringify((e as { issues?: unknown }).issues ?? null)
  }
}
const randoms = fc.sample(audienceArbitrary(DEFAULT_TAXONOMY), { seed: 19, numRuns: 250 })
for (const t of [...TEMPLATES, ...randoms.map((audience) => ({ audience }))]) {
  for (const audience of [t.audience, { ...t.audience, age: { min: 16, max: 40 } }]) {
    for (const channels of subsets)
      out.push(
        run(() => {
          const p = CompileRequestSchema.parse({ audience, channels })
          return { channels: compileAudience(p.audience, DEFAULT_TAXONOMY, p.channels) }
        }),
      )
    for (const lines of lineSets)
      for (const flightDays of [undefined, 30])
        out.push(
          run(() =>
            estimatePlan(EstimateRequestSchema.parse({ audience, lines, flightDays }), DEFAULT_TAXONOMY, {
              rateCards: [],
            }),
          ),
        )
  }
}
writeFileSync(process.argv[2]!, out.join('\n'))
console.log(
  out.length,
  'answers',
  createHash('sha256').update(out.join('\n')).digest('hex').slice(0, 16),
  out.filter((o) => o.startsWith('ERR')).length,
  'errors',
)
