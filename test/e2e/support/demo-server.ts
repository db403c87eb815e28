import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startServer, type ServerProcess } from '../../store/support/server-process.js'
import { launchBrowser } from './e2e-browser.js'

// The logins `npm start` prints on an empty database (server/demo): the browser tests use them as a new user would.
export const DEMO = {
  admin: { email: 'admin@demo.kohde.test', password: 'demo-admin-kohde' },
  staff: { email: 'staff@demo.kohde.test', password: 'demo-staff-kohde' },
  planner: { email: 'planner@demo.kohde.test', password: 'demo-planner-kohde' },
  client: { email: 'client@talotehdas.test', password: 'demo-client-kohde' },
} as const

export type DemoServer = { url: string; sharePath: string | null; server: ServerProcess; stop(): Promise<void> }

/** kohde as `npm start` runs it, on a fresh SQLite folder with the demo agency seeded. */
export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kohde-e2e-'))
  const server = await startServer({ KOHDE_DATA_DIR: dataDir }, { admin: false })
  // The greeting follows the "listening" line: wait for the share link it prints (the demo always has one).
  let sharePath: string | null = null
  for (let waited = 0; sharePath === null && waited < 5_000; waited += 50) {
    sharePath = /Shared plan link: https?:\/\/[^/\s]+(\/share\/\S+)/.exec(server.output())?.[1] ?? null
    if (sharePath === null) await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    url: server.url,
    sharePath,
    server,
    stop: async () => {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The demo server and a Chromium for one test file: started before its tests, stopped after them. */
export function demoInChromium(): { demo: DemoServer; browser: Browser } {
  const world = {} as { demo: DemoServer; browser: Browser }
  beforeAll(async () => {
    ;[world.demo, world.browser] = await Promise.all([startDemoServer(), launchBrowser()])
  }, 60_000)
  afterAll(async () => {
    await world.browser?.close()
    await world.demo?.stop()
  })
  return world
}
