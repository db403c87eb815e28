// `npm run bench`: every benchmark in turn, each in its own process so one's warm-up and garbage cannot skew another.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BENCHES = ['compile.ts', 'estimate.ts', 'briefs.ts', 'store.ts']
const here = fileURLToPath(new URL('.', import.meta.url))
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url))

let failed = 0
for (const bench of BENCHES) {
  console.log(`\n===== bench/${bench} =====`)
  const run = spawnSync(tsx, [`${here}${bench}`], { stdio: 'inherit' })
  if (run.status !== 0) failed++
}
process.exitCode = failed > 0 ? 1 : 0
