// Run as its own process (`node --import tsx`): which packages are loaded once the server's modules are imported,
// and which once a connector for every platform is made. require.cache holds every CommonJS module the process
// loaded, through require or import alike, and the SDKs, exceljs and pdfkit are all CommonJS.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const loadedPackages = () =>
  [
    ...new Set(
      Object.keys(require.cache).flatMap(
        (file) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1] ?? [],
      ),
    ),
  ].sort()

// server/main.ts's imports (main.ts itself would start listening).
await import('../../../server/app.js')
await import('../../../server/http/config.js')
await import('../../../server/demo/first-start.js')
await import('../../../server/http/request-log.js')
await import('../../../server/store/store.js')
const { createConnectorContext } = await import('../../../server/connectors/connector-context.js')
const context = createConnectorContext({})
const atStart = loadedPackages()

// createApp takes the shared view engine; Handlebars loads with the first page it renders.
const { sharedViewEngine } = await import('../../../server/pages/view-engine.js')
const views = sharedViewEngine()
const withViewEngine = loadedPackages()
views.has('error')
const afterFirstPage = loadedPackages()

context.connect({
  google: { developerToken: 'd', clientId: 'c', clientSecret: 's', refreshToken: 'r', customerId: '1234567890' },
  meta: { accessToken: 't', adAccountId: '123' },
  linkedin: { accessToken: 't', adAccountId: '456', version: '202601' },
})
const afterConnect = loadedPackages()

process.stdout.write(JSON.stringify({ atStart, withViewEngine, afterFirstPage, afterConnect }))
