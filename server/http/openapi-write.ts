import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { openApiDocument } from '../routes/all-routes.js'

export const OPENAPI_FILE = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url))

export const renderOpenApi = (): string => `${JSON.stringify(openApiDocument(), null, 2)}\n`

// `npm run openapi` rewrites the committed document; a test fails when it drifts from the route table.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_FILE, renderOpenApi())
  console.log(`wrote ${OPENAPI_FILE}`)
}
