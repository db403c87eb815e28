import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO, startDemoServer, type DemoServer } from './support/demo-server.js'
import { launchBrowser, newContext, screenshot, seriousViolations, signIn, submit } from './support/e2e-browser.js'

let demo: DemoServer
let browser: Browser
beforeAll(async () => {
  ;[demo, browser] = await Promise.all([startDemoServer(), launchBrowser()])
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await demo?.stop()
})

const BRIEF =
  'Arvokkaan huvilan ostajat, 30–60-vuotiaat, ylimmät tuloluokat, toimitusjohtajat, lääkärit, juristit, kiinnostuneet sisustamisesta'
const AUDIENCE_NAME = 'luxury villa buyers'
const PLAN_NAME = 'Huvilakampanja syksy 2026'
const NBSP = '\u00a0'
const CHANNELS = ['google', 'facebook', 'linkedin'] as const
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

// Finnish numbers as the pages print them: 12 345 with no-break spaces.
const numberOf = (text: string | null) => Number((text ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'))
const euros = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' })

type PlanVersion = { version: number; status: string; lines: { channel: string; budget: number }[] }

describe('the agency journey in Chromium', () => {
  it('when staff draft an audience from a Finnish brief, plan, optimise and share it, the client approves through the link and a planner exports, then every step works without serious accessibility violations', async () => {
    // Every page of the journey: photographed in order and checked with axe-core; the violations are asserted at the end.
    const violations: Record<string, { id: string; help: string; targets: string[] }[]> = {}
    const step = async (page: Page, name: string) => {
      await screenshot(page, name)
      const found = await seriousViolations(page)
      if (found.length > 0) violations[name] = found
    }

    const staffContext = await newContext(browser)
    const staff = await staffContext.newPage()
    await signIn(staff, demo.url, DEMO.staff.email, DEMO.staff.password)
    expect(new URL(staff.url()).pathname).toBe('/')
    await step(staff, '01-staff-dashboard')

    // A new audience from the pasted brief.
    await staff.locator('nav a[href="/audiences"]').click()
    await staff.waitForURL(`${demo.url}/audiences`)
    await step(staff, '02-audiences')
    expect((await staff.goto(`${demo.url}/audiences/new`))?.status()).toBe(200)
    await staff.locator('#brief-client-id').selectOption({ label: 'Talotehdas Oy' })
    await staff.locator('#brief').fill(BRIEF)
    await step(staff, '03-audience-new-brief')
    expect(await submit(staff, staff.locator('form[action="/audiences/new/brief"] button[type="submit"]'))).toBe(200)

    const recognised = await staff.locator('.brief-text mark.recognised').allTextContents()
    expect(recognised).toEqual(expect.arrayContaining(['toimitusjohtajat', 'lääkärit', 'juristit']))
    expect(await staff.locator('.brief-text span.unrecognised').allTextContents()).toContain('ostajat')
    expect(await staff.locator('#age-min').inputValue()).toBe('30')
    expect(await staff.locator('#age-max').inputValue()).toBe('60')
    await step(staff, '04-audience-drafted')

    // One field wrong: the minimum age above the maximum.
    await staff.locator('#name').fill(AUDIENCE_NAME)
    await staff.locator('#age-min').fill('70')
    const save = staff.locator('#audience-form button.primary[name="action"][value="save"]')
    expect(await submit(staff, save)).toBe(422)
    expect(await staff.locator('main').getAttribute('data-error-code')).toBe('audience_invalid')
    const ageMin = staff.locator('#age-min')
    expect(await ageMin.getAttribute('aria-invalid')).toBe('true')
    expect((await ageMin.getAttribute('aria-describedby'))?.split(' ')).toContain('age-min-error')
    await expect.poll(() => staff.locator('#age-min-error').isVisible()).toBe(true)
    expect(await staff.locator('#age-min-error').textContent()).toBe(
      'Ikäväli on tyhjä: alaraja on ylärajaa suurempi tai väli ei osu emokohderyhmän ikään.',
    )
    // Next to its field: the message sits in the field's own block, above the input.
    expect(await staff.locator('.field', { has: ageMin }).locator('#age-min-error').count()).toBe(1)
    expect(await staff.locator('#error-summary a[href="#age-min"]').count()).toBe(1)
    // Everything else typed stays: the name, and the brief with its highlighted words.
    expect(await staff.locator('#name').inputValue()).toBe(AUDIENCE_NAME)
    expect(await staff.locator('.brief-text mark.recognised').count()).toBe(recognised.length)
    await step(staff, '05-audience-age-error')

    await ageMin.fill('30')
    expect(await submit(staff, save)).toBe(200)
    const audienceId = new RegExp(`^/audiences/(${UUID})$`).exec(new URL(staff.url()).pathname)?.[1] ?? ''
    expect(audienceId).not.toBe('')
    expect(await staff.locator('main h1').textContent()).toBe(AUDIENCE_NAME)
    const summary = (await staff.locator('.audience-summary').textContent()) ?? ''
    expect(summary).toContain('30–60-vuotiaat')
    expect(summary).toContain('joihin pätee:')
    expect(await staff.locator('ul.tabs a').allTextContents()).toEqual([
      expect.stringContaining('Google'),
      expect.stringContaining('Facebook'),
      expect.stringContaining('Instagram'),
      expect.stringContaining('LinkedIn'),
    ])
    await step(staff, '06-audience-page')
    await staff.locator('ul.tabs a', { hasText: 'LinkedIn' }).click()
    await staff.waitForURL(/channel=linkedin/)
    expect(await staff.locator('ul.tabs a[aria-current="true"]').textContent()).toContain('LinkedIn')
    await step(staff, '07-audience-linkedin-tab')

    // A plan with three lines for the audience, 1 000 € each, rates from the agency's card.
    await staff.locator(`a[href="/plans/new?audienceId=${audienceId}"]`).click()
    await staff.waitForURL(/\/plans\/new\?/)
    expect(await staff.locator('#lines-0-audienceId').inputValue()).toBe(audienceId)
    await staff.locator('#name').fill(PLAN_NAME)
    for (const [i, channel] of CHANNELS.entries()) {
      if (i > 0) expect(await submit(staff, staff.locator('button[name="action"][value="add-line"]'))).toBe(200)
      expect(await staff.locator(`#lines-${i}-audienceId`).inputValue()).toBe(audienceId)
      await staff.locator(`#lines-${i}-channel`).selectOption(channel)
      await staff.locator(`#lines-${i}-budget`).fill('1000')
    }
    expect(await submit(staff, staff.locator('button[name="action"][value="rates"]'))).toBe(200)
    for (const [i, channel] of CHANNELS.entries()) {
      expect(await staff.locator(`#lines-${i}-channel`).inputValue()).toBe(channel)
      expect(await staff.locator(`#lines-${i}-budget`).inputValue()).toBe('1000')
      expect(await staff.locator(`#lines-${i}-cpm`).inputValue()).not.toBe('')
    }
    await step(staff, '08-plan-new-three-lines')

    expect(await submit(staff, staff.locator('form.plan-form button.primary[value="save"]'))).toBe(200)
    const planId = new RegExp(`^/plans/(${UUID})$`).exec(new URL(staff.url()).pathname)?.[1] ?? ''
    expect(planId).not.toBe('')
    expect(await staff.locator('#plan-version').textContent()).toBe('1')
    expect(await staff.locator('#plan-status').textContent()).toBe('luonnos')
    await step(staff, '09-plan-saved')

    // The optimiser for the most reach, then its split applied as version 2.
    await staff.locator('#optimize-objective').selectOption('reach')
    expect(await submit(staff, staff.locator(`form[action="/plans/${planId}/optimize"] button`))).toBe(200)
    await expect.poll(() => staff.locator('#optimize-result').isVisible()).toBe(true)
    // For the most reach the optimised split reaches at least as many people as the even split of the same budget.
    const totals = staff.locator('#optimize-result table').nth(1).locator('tbody tr')
    const reachOf = async (row: number) => numberOf(await totals.nth(row).locator('td').nth(1).textContent())
    expect(await reachOf(1)).toBeGreaterThanOrEqual(await reachOf(2))
    const shown = await staff
      .locator('#optimize-result table')
      .first()
      .locator('tbody tr td:nth-of-type(2)')
      .allTextContents()
    await step(staff, '10-plan-optimised')
    expect(await submit(staff, staff.locator(`form[action="/plans/${planId}/optimize/apply"] button`))).toBe(200)
    expect(new URL(staff.url()).search).toBe('?applied=1')
    expect(await staff.locator('#plan-version').textContent()).toBe('2')
    const applied = (await (await staff.request.get(`${demo.url}/api/v1/plans/${planId}`)).json()) as PlanVersion
    const split = applied.lines.map((line) => line.budget)
    expect(split.map((budget) => euros.format(budget))).toEqual(shown)
    expect(applied.lines.map((line) => line.channel)).toEqual([...CHANNELS])
    expect(split.reduce((sum, budget) => sum + budget, 0)).toBeCloseTo(3000, 6)
    await step(staff, '11-plan-applied')

    expect(await submit(staff, staff.locator(`form[action="/plans/${planId}/share"] button`))).toBe(200)
    const shareUrl = (await staff.locator('#share-url').textContent()) ?? ''
    expect(shareUrl).toMatch(new RegExp(`^${demo.url}/share/[A-Za-z0-9_-]{43}$`))
    expect(await staff.locator('#plan-status').textContent()).toBe('jaettu')
    await step(staff, '12-plan-shared')

    // The client opens the link in a browser of their own, signed in nowhere.
    const clientContext = await newContext(browser, 'fi-FI')
    const client = await clientContext.newPage()
    expect((await client.goto(shareUrl))?.status()).toBe(200)
    expect(await client.getAttribute('html', 'lang')).toBe('fi')
    expect(await client.locator('main h1').textContent()).toBe(`Mediasuunnitelma: ${PLAN_NAME}`)
    const clientSummary = (await client.locator('.client-summary').textContent()) ?? ''
    expect(clientSummary.startsWith(`Yhteensä 3${NBSP}000${NBSP}€. Arviolta `)).toBe(true)
    expect(clientSummary).toMatch(/henkilöä näkee mainoksen keskimäärin \d+,\d{1,2} kertaa/)
    const boughtTotal = (await client.locator('section[aria-labelledby="bought"] tfoot td.num').textContent()) ?? ''
    expect(boughtTotal).toBe(`3${NBSP}000,00${NBSP}€`)
    const main = (await client.locator('main').innerHTML()) + ((await client.locator('main').textContent()) ?? '')
    for (const internal of [/\bCPM\b/i, /\bCPC\b/i, /\bCTR\b/i, /title\.ceo/, /income\.top/, /interest\./])
      expect(main, String(internal)).not.toMatch(internal)
    for (const internal of [/flexible_spec/, /urn:li:/, /targeting/i, /Toimitusjohtaja/i])
      expect(main, String(internal)).not.toMatch(internal)
    await step(client, '13-share-client-view')

    // Approving through a link names the approver and asks for confirmation (issue 17).
    await client.locator('#approve-name').fill('Maija Meikäläinen')
    await client.locator('#approve-email').fill('maija@talotehdas.test')
    await client.locator('#approve-confirm').check()
    expect(await submit(client, client.locator('#approve-form button[type="submit"]'))).toBe(200)
    expect(new URL(client.url()).search).toBe('?done=approved')
    expect(await client.locator('main p.notice').textContent()).toBe('Kiitos! Suunnitelma on hyväksytty.')
    expect(await client.locator('.client-approved .badge').textContent()).toBe('hyväksytty')
    await step(client, '14-share-approved')
    await clientContext.close()

    // The approved version cannot be edited in place: editing makes draft version 3, version 2 stays approved.
    expect((await staff.goto(`${demo.url}/plans/${planId}`))?.status()).toBe(200)
    expect(await staff.locator('#plan-status').textContent()).toBe('hyväksytty')
    expect(await staff.locator('#approved-notice').textContent()).toBe(
      'Versio 2 on hyväksytty ja lukittu: sitä ei voi muokata. Muokkaus tekee uuden luonnosversion 3.',
    )
    const edit = staff.locator(`a[href="/plans/${planId}/edit"]`)
    expect(await edit.textContent()).toBe('Muokkaa uutena versiona')
    await step(staff, '15-plan-approved')
    await edit.click()
    await staff.waitForURL(`${demo.url}/plans/${planId}/edit`)
    await expect.poll(() => staff.locator('#approved-notice').isVisible()).toBe(true)
    await step(staff, '16-plan-edit-approved')
    await staff.locator('#lines-0-budget').fill('1500')
    expect(await submit(staff, staff.locator('form.plan-form button.primary[value="save"]'))).toBe(200)
    expect(await staff.locator('#plan-version').textContent()).toBe('3')
    expect(await staff.locator('#plan-status').textContent()).toBe('luonnos')
    await step(staff, '17-plan-new-draft')
    const history = (await (await staff.request.get(`${demo.url}/api/v1/plans/${planId}/versions`)).json()) as {
      items: PlanVersion[]
    }
    expect(history.items.map((v) => [v.version, v.status])).toEqual([
      [3, 'draft'],
      [2, 'approved'],
      [1, 'draft'],
    ])
    expect(history.items[1]!.lines.map((line) => line.budget)).toEqual(split)
    expect(history.items[0]!.lines[0]!.budget).toBe(1500)
    await staffContext.close()

    // A planner downloads the media plan and the Google Ads Editor import from the exports page.
    const plannerContext = await newContext(browser)
    const planner = await plannerContext.newPage()
    await signIn(planner, demo.url, DEMO.planner.email, DEMO.planner.password)
    await planner.locator('nav a[href="/exports"]').click()
    await planner.waitForURL(`${demo.url}/exports`)
    await step(planner, '18-planner-exports')
    const download = async (format: string) => {
      const [file] = await Promise.all([
        planner.waitForEvent('download'),
        // The links carry the page's language (issue 18): the planner's page is Finnish.
        planner.locator(`a[href="/api/v1/plans/${planId}/export?format=${format}&lang=fi"]`).click(),
      ])
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
    }
    const xlsx = await download('xlsx')
    expect(xlsx.name).toBe(`${PLAN_NAME}.xlsx`)
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    const editor = await download('google-ads-editor')
    expect(editor.name).toBe(`${PLAN_NAME} google-ads-editor.csv`)
    const rows = editor.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/)
    // Google Ads Editor's columns (server/exports/google-ads-editor-rows.ts), with the flight's dates.
    expect(rows[0]).toBe(
      'Campaign,Campaign Type,Networks,Campaign Daily Budget,Languages,Start Date,End Date,Location ID,Ad Group,Keyword,Criterion Type,Audience,Age,Gender',
    )
    const column = (name: string) => {
      const index = rows[0]!.split(',').indexOf(name)
      return rows.slice(1).map((row) => row.split(',')[index] ?? '')
    }
    // One campaign for the Google line, named after the plan and the audience; Finland is Google's location 2246 and
    // ages 30–60 take Google's brackets 25-34 … 55-64.
    expect(new Set(column('Campaign'))).toEqual(new Set([`${PLAN_NAME} – ${AUDIENCE_NAME}`]))
    expect(column('Location ID').filter(Boolean)).toEqual(['2246'])
    expect(column('Age').filter(Boolean)).toEqual(['25-34', '35-44', '45-54', '55-64'])
    await plannerContext.close()

    expect(violations).toEqual({})
  }, 240_000)
})
