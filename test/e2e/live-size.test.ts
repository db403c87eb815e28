import { describe, expect, it } from 'vitest'
import { DEMO, demoInChromium } from './support/demo-server.js'
import { newContext, screenshot, seriousViolations, signIn } from './support/e2e-browser.js'

const world = demoInChromium()

describe('the live size gauge in Chromium', () => {
  it('when staff change the age in the editor, then the gauge and its announcement update without a reload', async () => {
    const { demo, browser } = world
    const context = await newContext(browser, 'fi-FI')
    const page = await context.newPage()
    await signIn(page, demo.url, DEMO.staff.email, DEMO.staff.password)
    let loads = 0
    page.on('load', () => loads++)
    await page.goto(`${demo.url}/audiences/new?template=pet-owners`)
    const range = page.locator('[data-channel-size="Google"] .live-size-range')
    const before = await range.textContent()
    const posts: string[] = []
    page.on('request', (r) => void (r.method() === 'POST' && posts.push(new URL(r.url()).pathname)))

    await page.locator('#age-min').fill('60')
    await page.locator('#age-max').fill('64')
    await expect.poll(() => range.textContent(), { timeout: 10_000 }).not.toBe(before)

    expect(loads).toBe(1)
    expect(posts.every((p) => p === '/audiences/live-size')).toBe(true)
    // Typing two ages sends one request per pause, not one per keystroke (browser/live-size.ts debounces 200 ms).
    expect(posts.length).toBeLessThanOrEqual(2)
    expect(await page.locator('[data-live-size-status]').textContent()).toMatch(/^Koko päivitetty: Google /)
    expect(await page.locator('[data-live-size-button]').isHidden()).toBe(true)
    expect(await page.locator('[data-channel-size]').count()).toBe(4)
    await screenshot(page, 'live-size-fi')
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  }, 120_000)
})
