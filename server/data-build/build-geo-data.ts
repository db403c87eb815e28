// Writes the geographic, country and language taxonomy data: npx tsx server/data-build/build-geo-data.ts
import { writeFileSync } from 'node:fs'
import { buildGeo } from './geo-build.js'

const { texts, report } = buildGeo()
for (const [path, text] of Object.entries(texts)) writeFileSync(path, text)
console.log(report.join('\n'))
