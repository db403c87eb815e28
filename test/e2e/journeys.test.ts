import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findDeveloperText } from '../support/developer-text.js'
import { DEMO, demoInChromium } from './support/demo-server.js'
import { newContext, screenshot, seriousViolations, signIn, submit } from './support/e2e-browser.js'

// Issue 18, shown when done: the staff journey (brief → audience with the pickers → live size → plan → optimise →
// share) and the client's (open → read → comment → approve), in Finnish, Swedish and English, on a desktop and a
// phone. Every page on the way is photographed (test-results/screenshots/journey-…), checked with axe-core and read
// for developer text (file names, field paths, rule ids, English on fi/sv pages).
const world = demoInChromium()

type Language = 'fi' | 'sv' | 'en'
const LANGUAGES: { language: Language; locale: string; brief: string; word: string; approved: string }[] = [
  {
    language: 'fi',
    locale: 'fi-FI',
    brief: 'Toimitusjohtajat ja lääkärit, 30–60-vuotiaat, kiinnostuneet sisustamisesta',
    word: 'golf',
    approved: 'Kiitos! Suunnitelma on hyväksytty.',
  },
  {
    language: 'sv',
    locale: 'sv-FI',
    brief: 'Verkställande direktörer och läkare, 30–60 år, intresserade av inredning',
    word: 'golf',
    approved: 'Tack! Planen är godkänd.',
  },
  {
    language: 'en',
    locale: 'en-GB',
    brief: 'CEOs and doctors aged 30–60, interested in interior design',
    word: 'golf',
    approved: 'Thank you! The plan is approved.',
  },
]
const WIDTHS = [1440, 375] as const
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

type Problems = Record<string, unknown[]>

/** Photographs the page, then records its serious axe violations and the developer text in its <main>. */
async function check(page: Page, name: string, language: Language, problems: Problems): Promise<void> {
  await screenshot(page, name)
  expect(await page.getAttribute('html', 'lang'), name).toBe(language)
  const axe = await seriousViolations(page)
  const text = await page.locator('main').innerText()
  const developer = findDeveloperText(text, language)
  if (axe.length + developer.length > 0) problems[name] = [...axe, ...developer]
}

describe('the journeys in Chromium', () => {
  for (const { language, locale, brief, word, approved } of LANGUAGES)
    for (const width of WIDTHS)
      it(`when staff in ${language} at ${width} px go from a brief to a shared plan and the client comments and approves, then every step works, in ${language} only, without serious accessibility violations`, async () => {
        const { demo, browser } = world
        const problems: Problems = {}
        const at = (step: string) => `journey-${language}-${width}-${step}`
        const viewport = { width, height: 900 }

        const staffContext = await newContext(browser, locale)
        const staff = await staffContext.newPage()
        await staff.setViewportSize(viewport)
        staff.setDefaultTimeout(10_000)
        await signIn(staff, demo.url, DEMO.staff.email, DEMO.staff.password)

        // The brief drafts the audience: the ages read from it.
        expect((await staff.goto(`${demo.url}/audiences/new`))?.status()).toBe(200)
        await staff.locator('#brief-client-id').selectOption({ label: 'Talotehdas Oy' })
        await staff.locator('#brief').fill(brief)
        expect(await submit(staff, staff.locator('form[action="/audiences/new/brief"] button[type="submit"]'))).toBe(
          200,
        )
        expect([await staff.locator('#age-min').inputValue(), await staff.locator('#age-max').inputValue()]).toEqual([
          '30',
          '60',
        ])
        await check(staff, at('01-drafted'), language, problems)

        // The term picker adds a hit for a word typed in the page's language, in place.
        const chips = staff.locator('#audience-form [data-term-chip]')
        const chipsBefore = await chips.count()
        await staff.locator('#suggest-query').pressSequentially(word, { delay: 20 })
        const hit = staff.locator('[data-picker-results] button[data-pick]').first()
        await hit.waitFor()
        await hit.click()
        await expect.poll(() => chips.count()).toBe(chipsBefore + 1)

        // The live size follows the age: Google's range changes without a reload.
        const range = staff.locator('[data-channel-size="Google"] .live-size-range')
        await expect.poll(() => range.textContent()).not.toBe('')
        const sizeBefore = await range.textContent()
        await staff.locator('#age-max').fill('40')
        await expect.poll(() => range.textContent(), { timeout: 15_000 }).not.toBe(sizeBefore)
        await check(staff, at('02-picked-sized'), language, problems)

        await staff.locator('#name').fill(`Journey ${language} ${width}`)
        expect(await submit(staff, staff.locator('#audience-form button.primary[value="save"]'))).toBe(200)
        const audienceId = new RegExp(`^/audiences/(${UUID})$`).exec(new URL(staff.url()).pathname)?.[1] ?? ''
        expect(audienceId).not.toBe('')
        await check(staff, at('03-audience'), language, problems)

        // A one-line plan for the audience, rates from the card.
        await staff.locator(`a[href="/plans/new?audienceId=${audienceId}"]`).first().click()
        await staff.waitForURL(/\/plans\/new\?/)
        await staff.locator('#name').fill(`Journey plan ${language} ${width}`)
        await staff.locator('#lines-0-channel').selectOption('google')
        await staff.locator('#lines-0-budget').fill('2000')
        expect(await submit(staff, staff.locator('button[name="action"][value="rates"]'))).toBe(200)
        expect(await submit(staff, staff.locator('form.plan-form button.primary[value="save"]'))).toBe(200)
        const planId = new RegExp(`^/plans/(${UUID})$`).exec(new URL(staff.url()).pathname)?.[1] ?? ''
        expect(planId).not.toBe('')
        await check(staff, at('04-plan'), language, problems)

        // Optimised: the result is in view at an address that reloads.
        await staff.locator('#optimize-objective').selectOption('reach')
        expect(await submit(staff, staff.locator(`form[action="/plans/${planId}/optimize"] button`))).toBe(200)
        expect(new URL(staff.url()).hash).toBe('#optimize-result')
        await expect.poll(() => staff.locator('#optimize-result').isVisible()).toBe(true)
        await check(staff, at('05-optimised'), language, problems)

        expect((await staff.goto(`${demo.url}/plans/${planId}`))?.status()).toBe(200)
        expect(await submit(staff, staff.locator(`form[action="/plans/${planId}/share"] button`))).toBe(200)
        const shareUrl = (await staff.locator('#share-url').textContent()) ?? ''
        expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/)
        await check(staff, at('06-shared'), language, problems)
        await staffContext.close()

        // The client, signed in nowhere, in the same language and width: reads, comments, approves.
        const clientContext = await newContext(browser, locale)
        const client = await clientContext.newPage()
        await client.setViewportSize(viewport)
        client.setDefaultTimeout(10_000)
        expect((await client.goto(shareUrl))?.status()).toBe(200)
        await check(client, at('07-client-read'), language, problems)
        await client.locator('#comment-name').fill('Maija Meikäläinen')
        await client.locator('#comment-body').fill('Hyvältä näyttää / Ser bra ut / Looks good')
        const commentForm = client.locator('form', { has: client.locator('#comment-body') })
        expect(await submit(client, commentForm.locator('button[type="submit"]'))).toBe(200)
        expect(await client.locator('.client-comments').textContent()).toContain('Maija Meikäläinen')
        await client.locator('#approve-name').fill('Maija Meikäläinen')
        await client.locator('#approve-email').fill('maija@talotehdas.test')
        await client.locator('#approve-confirm').check()
        expect(await submit(client, client.locator('#approve-form button[type="submit"]'))).toBe(200)
        expect(new URL(client.url()).search).toBe('?done=approved')
        expect(await client.locator('main p.notice').textContent()).toBe(approved)
        await check(client, at('08-client-approved'), language, problems)
        // Nothing on a phone is wider than the screen but what scrolls inside its own container.
        expect(await client.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width)
        await clientContext.close()

        expect(problems).toEqual({})
      }, 180_000)
})
