import { describe, expect, it } from 'vitest'
import { findDeveloperText } from '../support/developer-text.js'
import { demoInChromium } from './support/demo-server.js'
import { screenshot, seriousViolations } from './support/e2e-browser.js'

const LANGUAGES = [
  ['fi', 'fi-FI'],
  ['sv', 'sv-FI'],
  ['en', 'en-GB'],
] as const

// Issue 18: the client page read on a 375 px phone through the demo's share link, in each language.
describe('the client page at 375 px in Chromium', () => {
  const world = demoInChromium()

  it.each(LANGUAGES)(
    'when opened in %s, then it is readable, fits the width and has no developer text',
    async (language, tag) => {
      const context = await world.browser.newContext({
        locale: tag,
        bypassCSP: true,
        viewport: { width: 375, height: 812 },
      })
      const page = await context.newPage()
      try {
        const response = await page.goto(`${world.demo.url}${world.demo.sharePath!}`)
        expect(response?.status()).toBe(200)

        // A string expression: the test's TypeScript has no DOM types, the page has.
        const measured = await page.evaluate<{
          pageWidth: number
          chartLabels: number[]
          cutTables: number
          hints: number
        }>(`(() => {
        const px = (el) => parseFloat(getComputedStyle(el).fontSize)
        const scrollers = [...document.querySelectorAll('.client-plan .table-scroll')]
        return {
          pageWidth: document.documentElement.scrollWidth,
          chartLabels: [...document.querySelectorAll('.hbar-label, .hbar-value')].map(px),
          // A table wider than its box scrolls inside it, and the hint above it is shown.
          cutTables: scrollers.filter((s) => s.scrollWidth > s.clientWidth).length,
          hints: [...document.querySelectorAll('.client-plan .scroll-hint')].filter((h) => h.getClientRects().length > 0).length,
        }
      })()`)

        // No sideways scroll of the page itself: 375 px wide.
        expect(measured.pageWidth).toBeLessThanOrEqual(375)
        expect(measured.chartLabels.length).toBeGreaterThan(0)
        expect(Math.min(...measured.chartLabels)).toBeGreaterThanOrEqual(12)
        expect(measured.cutTables).toBeGreaterThan(0)
        expect(measured.hints).toBeGreaterThanOrEqual(measured.cutTables)
        expect(findDeveloperText(await page.locator('main').innerText(), language)).toEqual([])
        expect(await seriousViolations(page)).toEqual([])
        await screenshot(page, `client-page-375-${language}`)
      } finally {
        await context.close()
      }
    },
  )

  it('when an expired or unknown link opens on a phone in Swedish, then the page says whom to ask and offers no sign-in', async () => {
    const context = await world.browser.newContext({
      locale: 'sv-FI',
      bypassCSP: true,
      viewport: { width: 375, height: 812 },
    })
    const page = await context.newPage()
    try {
      const response = await page.goto(`${world.demo.url}/share/${'x'.repeat(43)}`)
      const main = await page.locator('main').innerText()

      expect(response?.status()).toBe(404)
      expect(new URL(page.url()).pathname).toBe(`/share/${'x'.repeat(43)}`)
      expect(main).toContain('Be din kontaktperson på reklambyrån om en ny länk.')
      expect(await page.locator('main a[href="/login"], main a[href="/"]').count()).toBe(0)
      expect(findDeveloperText(main, 'sv')).toEqual([])
      await screenshot(page, 'share-link-gone-375-sv')
    } finally {
      await context.close()
    }
  })
})
