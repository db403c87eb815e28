import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
// The suite's global setup finds Chromium (or installs Debian's) and names it here; without one the run fails.
const chromiumPath = () => {
  const path = process.env.KOHDE_TEST_CHROMIUM
  if (!path) throw new Error('KOHDE_TEST_CHROMIUM is not set: run the browser tests through vitest (its global setup)')
  return path
}
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots')
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

// Without the background-networking flags Chromium keeps calling Google's hosts, which this closed network refuses.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS })

/**
 * A fresh browser profile. bypassCSP lets the test inject axe-core into the page (kohde's CSP allows only its own
 * scripts); the pages' own behaviour does not depend on it.
 */
export const newContext = (browser: Browser, locale = 'fi-FI'): Promise<BrowserContext> =>
  browser.newContext({ locale, bypassCSP: true, viewport: { width: 1280, height: 900 } })

/** Saves a full-page screenshot under test-results/screenshots, named after the step. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** axe-core's violations of impact serious or critical on the current page. */
export async function seriousViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe
    return (await axe.run()).violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/login`)
  await page.locator('#email').fill(email)
  await page.locator('#password').fill(password)
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/login')),
    page.locator('form[action="/login"] button[type="submit"]').click(),
  ])
}

/** Presses a button that submits a form and waits for the page it leads to; the final document's HTTP status. */
export async function submit(page: Page, button: Locator): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) =>
        r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400),
    ),
    page.waitForEvent('load'),
    button.click(),
  ])
  return response.status()
}
