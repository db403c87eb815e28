import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO, demoInChromium } from './support/demo-server.js'
import { newContext, screenshot, seriousViolations, signIn, submit } from './support/e2e-browser.js'

const world = demoInChromium()

type PlanItem = { id: string; version: number; status: string; lines: { budget: number }[] }

describe('the client review in Chromium (issue 17)', () => {
  it('when staff share, the client requests changes on a line, staff edit and share again, then the client sees the new version and approves it with name and email', async () => {
    const { demo, browser } = world
    const violations: Record<string, string[]> = {}
    const step = async (page: Page, name: string) => {
      await screenshot(page, `review-${name}`)
      const found = await seriousViolations(page)
      if (found.length > 0) violations[name] = found.map((v) => `${v.id}: ${v.targets.join(' ')}`)
    }

    const staffContext = await newContext(browser)
    const staff = await staffContext.newPage()
    await signIn(staff, demo.url, DEMO.staff.email, DEMO.staff.password)
    const plans = (await (await staff.request.get(`${demo.url}/api/v1/plans?limit=10`)).json()) as {
      items: PlanItem[]
    }
    const plan = plans.items[0]!
    const budgets = plan.lines.map((l) => l.budget)

    // Staff share: the plan's current version goes to the client through a new link.
    expect((await staff.goto(`${demo.url}/plans/${plan.id}`))?.status()).toBe(200)
    expect(await submit(staff, staff.locator(`form[action="/plans/${plan.id}/share"] button`))).toBe(200)
    const shareUrl = (await staff.locator('#share-url').textContent()) ?? ''
    const shared = Number(await staff.locator('#plan-version').textContent())

    // The client asks for changes to line 1 with a comment.
    const clientContext = await newContext(browser, 'fi-FI')
    const client = await clientContext.newPage()
    expect((await client.goto(shareUrl))?.status()).toBe(200)
    await step(client, '01-client-shared')
    await client.locator('#changes-name').fill('Maija Meikäläinen')
    await client.locator('#changes-line').selectOption('0')
    await client.locator('#changes-comment').fill('Google-budjetti on liian suuri, puolitetaan se.')
    expect(await submit(client, client.locator('#changes-form button[type="submit"]'))).toBe(200)
    expect(new URL(client.url()).search).toBe('?done=requested')
    expect(await client.locator('main p.notice[role="status"]').textContent()).toBe(
      'Muutospyyntö lähetetty toimistolle.',
    )
    expect(await client.locator('main .meta .badge').textContent()).toBe('muutoksia pyydetty')
    expect(await client.locator('.client-comments').textContent()).toContain('rivi 1')
    await step(client, '02-client-requested')

    // Staff see the request on the dashboard and on the plan, then edit line 1.
    expect((await staff.goto(demo.url))?.status()).toBe(200)
    expect(await staff.locator('#responses').textContent()).toContain('Maija Meikäläinen')
    await step(staff, '03-staff-dashboard')
    expect((await staff.goto(`${demo.url}/plans/${plan.id}`))?.status()).toBe(200)
    expect(await staff.locator('#plan-status').textContent()).toBe('muutoksia pyydetty')
    expect(await staff.locator('#changes-requested').textContent()).toContain('puolitetaan se')
    await staff.goto(`${demo.url}/plans/${plan.id}/edit`)
    const halved = budgets[0]! / 2
    await staff.locator('#lines-0-budget').fill(String(halved))
    expect(await submit(staff, staff.locator('form.plan-form button.primary[value="save"]'))).toBe(200)
    expect(Number(await staff.locator('#plan-version').textContent())).toBe(shared + 1)
    const euros = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' })
    expect(await staff.locator('#review-diff').textContent()).toContain(
      `budjetti ${euros.format(budgets[0]!)} → ${euros.format(halved)}`,
    )
    await step(staff, '04-staff-edited')

    // Until staff share again the client sees the version they commented on.
    await client.goto(shareUrl)
    expect(await client.locator('main .meta').first().textContent()).toContain(`Versio ${shared} `)
    expect(await submit(staff, staff.locator(`form[action="/plans/${plan.id}/share"] button`))).toBe(200)
    await client.goto(shareUrl)
    expect(await client.locator('main .meta').first().textContent()).toContain(`Versio ${shared + 1} `)
    expect(await client.locator('main .meta .badge').textContent()).toBe('jaettu')

    // Approving asks for the confirmation and the approver's name and email.
    await client.locator('#approve-name').fill('Maija Meikäläinen')
    await client.locator('#approve-email').fill('maija@talotehdas.test')
    expect(await submit(client, client.locator('#approve-form button[type="submit"]'))).toBe(422)
    expect(await client.locator('#approve-confirm-error').textContent()).toBe(
      'Vahvista hyväksyntä rastittamalla ruutu.',
    )
    await client.locator('#approve-confirm').check()
    expect(await submit(client, client.locator('#approve-form button[type="submit"]'))).toBe(200)
    expect(await client.locator('.client-approved').textContent()).toContain(
      'Hyväksynyt Maija Meikäläinen (maija@talotehdas.test)',
    )
    await step(client, '05-client-approved')
    await clientContext.close()

    expect((await staff.goto(`${demo.url}/plans/${plan.id}`))?.status()).toBe(200)
    expect(await staff.locator('#plan-status').textContent()).toBe('hyväksytty')
    const activity = await staff.locator('#activity li').allTextContents()
    expect(activity[0]).toContain(`hyväksyi version ${shared + 1}`)
    expect(activity.some((a) => a.includes(`pyysi muutoksia versioon ${shared}`))).toBe(true)
    await step(staff, '06-staff-approved')
    await staffContext.close()
    expect(violations).toEqual({})
  }, 120_000)
})
