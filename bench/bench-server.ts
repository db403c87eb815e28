// The server under load, in its own process (run-all.ts forks it): the real app built as server/main.ts builds it
// (same config, logger, middleware and store), built onto an Express app whose first route is GET /hello, the bare
// route the API routes are compared with. It reports its port, a staff token and session and the demo ids over IPC.
// KOHDE_BENCH_USER names another user to sign in (bench/scale.ts: a staff user of a generated agency).
import express from 'express'
import { DEFAULT_TAXONOMY } from '../audiences/index.js'
import { createApp, serverDeps } from '../server/app.js'
import { addCeilingRoutes } from './ceiling-routes.js'
import { answerClientErrors } from '../server/http/client-errors.js'
import { SESSION_COOKIE } from '../server/auth/auth-cookies.js'
import { hashSecret, newSecret } from '../server/auth/secret-token.js'
import { loadConfig } from '../server/http/config.js'
import { firstStart } from '../server/demo/first-start.js'
import { serverLogger } from '../server/http/request-log.js'
import { openStore } from '../server/store/store.js'

export type BenchServerReady = {
  port: number
  token: string
  // The Cookie header of a signed-in browser session of the same user (the web pages take no bearer token).
  cookie: string
  clientId: string
  audienceIds: string[]
}

async function start(): Promise<void> {
  const config = loadConfig(process.env)
  const logger = serverLogger(config.logLevel)
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl ?? undefined })
  await firstStart(store, config, DEFAULT_TAXONOMY)

  // The demo's staff user (a writer) with an API token and a session, as POST /api/v1/auth/token and the sign-in
  // page would make them.
  const email = process.env.KOHDE_BENCH_USER || 'staff@demo.kohde.test'
  const [staff] = await store.users.findForLogin(email)
  if (!staff) throw new Error(`bench server: no user ${email} (the demo seed makes staff@demo.kohde.test)`)
  const token = newSecret('kohde_')
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
  await store.credentials.createToken(staff.id, hashSecret(token), 'bench', tomorrow)
  const session = newSecret()
  await store.credentials.createSession(staff.id, hashSecret(session), newSecret(), tomorrow)
  const scope = { agencyId: staff.agency_id, clientId: null }
  const audiences = await store.audiences.list(scope, { limit: 10 })
  const clientId = audiences.items[0]?.clientId
  if (!clientId) throw new Error('bench server: the demo seed stored no audiences')

  // The bare route and the ceilings first, then kohde built onto the same app as main.ts builds it: the baselines
  // share the server and its Express instance, and kohde's routes pay no sub-app mount that production does not have.
  const app = express()
  app.get('/hello', (_req, res) => void res.send('hello'))
  addCeilingRoutes(app, await store.rateCards.all(staff.agency_id))
  createApp(serverDeps(config, logger, store, process.env), app)

  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const ready: BenchServerReady = {
      port,
      token,
      cookie: `${SESSION_COOKIE}=${session}`,
      clientId,
      audienceIds: audiences.items.map((a) => a.id),
    }
    process.send?.({ ready })
  })
  answerClientErrors(server, logger)
  // Without a parent to measure for, the server has no reason to live.
  const stop = () => {
    server.close(() => void store.close().finally(() => process.exit(0)))
    server.closeAllConnections()
    setTimeout(() => process.exit(1), 5_000).unref()
  }
  process.once('disconnect', stop)
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

start().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
