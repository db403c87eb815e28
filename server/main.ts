import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import { createApp, serverDeps } from './app.js'
import { warmTaxonomySearch } from './taxonomy-search.js'
import { answerClientErrors } from './http/client-errors.js'
import { ConfigError, loadConfig } from './http/config.js'
import { firstStart } from './demo/first-start.js'
import { shareBanner } from './demo/loopback.js'
import { serverLogger } from './http/request-log.js'
import { DatabaseUnavailableError } from './store/database-unavailable.js'
import { openStore } from './store/store.js'
import { startWebhookWorker } from './webhooks/webhook-delivery.js'

async function start(): Promise<void> {
  const config = loadConfig(process.env)
  const logger = serverLogger(config.logLevel)
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl ?? undefined })
  const greeting = await firstStart(store, config, DEFAULT_TAXONOMY)
  const app = createApp(serverDeps(config, logger, store, process.env))
  const server = app.listen(config.port, config.host, (error?: Error) => {
    if (error) {
      logger.fatal({ err: error }, 'cannot listen')
      process.exit(1)
    }
    const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : config.port
    console.log(`kohde listening on http://${config.host}:${port} (${where})`)
    for (const line of greeting.lines) console.log(line)
    const origin = config.publicUrl ?? `http://${config.host}:${port}`
    if (greeting.sharePath) console.log(shareBanner(config, origin, greeting.sharePath))
    // Built once listening, between requests, so the first search does not wait for the word index.
    void warmTaxonomySearch(DEFAULT_TAXONOMY)
  })
  answerClientErrors(server, logger)
  const webhooks = startWebhookWorker(store, logger)
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down')
    webhooks.stop()
    server.close(() => void store.close().finally(() => process.exit(0)))
    server.closeIdleConnections()
    setTimeout(() => process.exit(1), 10_000).unref()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

start().catch((error: unknown) => {
  const plain = error instanceof ConfigError || error instanceof DatabaseUnavailableError
  console.error(plain ? `kohde: ${error.message}` : error)
  process.exit(1)
})
