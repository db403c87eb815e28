import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO, demoInChromium } from './support/demo-server.js'
import { newContext, screenshot, SCREENSHOTS, seriousViolations, signIn, submit } from './support/e2e-browser.js'

// Issue 18: a tool's result is where the eye is (the page scrolls to it) and its address reloads to the same result.
const world = demoInChromium()

const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect()
    return box.top >= 0 && box.top < (globalThis as unknown as { innerHeight: number }).innerHeight
  })

async function firstPlan(page: Page): Promise<string> {
  await page.goto(`${world.demo.url}/plans`)
  return (await page.locator('main table a[href^="/plans/"]').first().getAttribute('href'))!
}

describe('plan tool results in Chromium', () => {
  for (const [locale, lang, heading] of [
    ['fi-FI', 'fi', 'Nykyinen ja optimoitu jako'],
    ['sv-SE', 'sv', 'Nuvarande och optimerad fördelning'],
    ['en-GB', 'en', 'Current and optimised split'],
  ] as const)
    it(`when staff optimise a plan in ${lang}, then the page opens scrolled to the result, and a reload shows the same result`, async () => {
      const context = await newContext(world.browser, locale)
      const page = await context.newPage()
      await signIn(page, world.demo.url, DEMO.staff.email, DEMO.staff.password)
      const plan = await firstPlan(page)
      await page.goto(`${world.demo.url}${plan}`)

      expect(await submit(page, page.locator(`form[action="${plan}/optimize"] button[type="submit"]`))).toBe(200)
      const url = new URL(page.url())
      expect([url.pathname, url.hash]).toEqual([`${plan}/optimize`, '#optimize-result'])
      expect(await inView(page, '#optimize-result')).toBe(true)
      const result = await page.locator('#optimize-result').innerText()
      expect(result).toContain(heading)
      await screenshot(page, `plan-optimise-result-${lang}`)

      const reloaded = await page.reload()
      expect(reloaded?.status()).toBe(200)
      expect(reloaded?.headers()['content-type']).toMatch(/^text\/html/)
      expect(await page.locator('#optimize-result').innerText()).toBe(result)
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      expect(await seriousViolations(page)).toEqual([])
      await context.close()
    }, 60_000)

  it('when a chart point is focused with the keyboard, then its values are its accessible name', async () => {
    const context = await newContext(world.browser, 'en-GB')
    const page = await context.newPage()
    await signIn(page, world.demo.url, DEMO.staff.email, DEMO.staff.password)
    await page.goto(`${world.demo.url}${await firstPlan(page)}`)
    const point = page.locator('#reach-chart-title ~ circle.chart-point').first()
    await point.focus()

    expect(await page.locator('circle.chart-point:focus').getAttribute('aria-label')).toMatch(
      /^[^:]+: budget €0, reach 0 people$/,
    )
    expect(await page.locator('#reach-total-chart-title').count()).toBe(1)
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page
      .locator('figure.plan-chart')
      .nth(0)
      .screenshot({ path: join(SCREENSHOTS, 'plan-reach-lines-chart.png') })
    await page
      .locator('figure.plan-chart')
      .nth(1)
      .screenshot({ path: join(SCREENSHOTS, 'plan-reach-total-chart.png') })
    await context.close()
  }, 60_000)
})
