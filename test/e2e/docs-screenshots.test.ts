import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO, demoInChromium } from './support/demo-server.js'
import { newContext, signIn } from './support/e2e-browser.js'

// The README's screenshots: the same walk every run (each page must answer 200 with its heading); the PNGs under
// docs/screenshots are rewritten only when KOHDE_DOCS_SCREENSHOTS=1 asks (then commit them).
const DOCS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
const WRITE = process.env.KOHDE_DOCS_SCREENSHOTS === '1'

const world = demoInChromium()

async function shoot(page: Page, path: string, file: string, heading: RegExp): Promise<void> {
  const response = await page.goto(`${world.demo.url}${path}`)
  expect(response?.status(), path).toBe(200)
  expect(await page.locator('main h1').first().textContent(), path).toMatch(heading)
  if (WRITE) {
    mkdirSync(DOCS, { recursive: true })
    await page.screenshot({ path: join(DOCS, file), fullPage: false })
  }
  // The README links every one of them: a page renamed without new screenshots fails here.
  expect(
    existsSync(join(DOCS, file)),
    `docs/screenshots/${file} (KOHDE_DOCS_SCREENSHOTS=1 npx vitest run test/e2e/docs-screenshots.test.ts)`,
  ).toBe(true)
}

describe("the README's screenshots", () => {
  it('when staff open the dashboard, an audience and a plan, and the client the shared plan, then each page shows', async () => {
    const context = await newContext(world.browser, 'en-GB')
    const page = await context.newPage()
    await signIn(page, world.demo.url, DEMO.staff.email, DEMO.staff.password)
    await shoot(page, '/', 'dashboard.png', /\S/)
    await page.goto(`${world.demo.url}/audiences`)
    const audience = await page.locator('main table a[href^="/audiences/"]').first().getAttribute('href')
    await shoot(page, audience!, 'audience.png', /\S/)
    await page.goto(`${world.demo.url}/plans`)
    const plan = await page.locator('main table a[href^="/plans/"]').first().getAttribute('href')
    await shoot(page, plan!, 'plan.png', /\S/)
    await context.close()

    const client = await newContext(world.browser, 'fi-FI')
    expect(world.demo.sharePath).toMatch(/^\/share\//)
    await shoot(await client.newPage(), world.demo.sharePath!, 'shared-plan-fi.png', /\S/)
    await client.close()
  }, 180_000)
})
