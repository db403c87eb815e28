import { pino } from 'pino'
import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import { createApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { LOG_REDACT } from './request-log.js'

function start(): void {
  const config = loadConfig(process.env)
  const logger = pino({ level: config.logLevel, redact: LOG_REDACT })
  const app = createApp({ taxonomy: DEFAULT_TAXONOMY, logger, bodyLimit: config.bodyLimit })
  const server = app.listen(config.port, config.host, (error?: Error) => {
    if (error) {
      logger.fatal({ err: error }, 'cannot listen')
      process.exit(1)
    }
    console.log(`kohde listening on http://${config.host}:${config.port}`)
  })
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down')
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(1), 10_000).unref()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

try {
  start()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}
