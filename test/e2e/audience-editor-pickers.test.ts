import { describe, expect, it } from 'vitest'
import { DEMO, demoInChromium } from './support/demo-server.js'
import { newContext, screenshot, seriousViolations, signIn, submit } from './support/e2e-browser.js'

const world = demoInChromium()

type Stored = {
  audience: {
    geo: { include: unknown[] }
    include: { facet: string; value: string }[][]
    exclude: { facet: string; value: string }[]
    languages: string[]
  }
}

describe('the audience editor’s pickers in Chromium', () => {
  it('when staff type a Finnish word, pick a hit, add and remove rows and pick a place by name, then nothing reloads until Save and the saved audience holds the picks', async () => {
    const context = await newContext(world.browser)
    const page = await context.newPage()
    page.setDefaultTimeout(8_000)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await signIn(page, world.demo.url, DEMO.staff.email, DEMO.staff.password)
    await page.goto(`${world.demo.url}/audiences/new?template=`)
    await page.locator('#client-id').selectOption({ label: 'Talotehdas Oy' })
    await page.locator('#name').fill('Toimitusjohtajat Espoossa')
    // A reload would drop this mark: it must survive every step until Save.
    await page.evaluate('window.kohdeMark = 1')
    const marked = () => page.evaluate('window.kohdeMark === 1')
    // What a live estimate on the form would hear: a change event from the rows for each pick and row added or
    // removed (the search box's own change, on leaving it, is not counted).
    await page.evaluate(`window.kohdeChanges = 0; document.getElementById('audience-form').addEventListener('change',
      (e) => { if (e.target.closest('#criteria, #geography, #exclusions')) window.kohdeChanges++ })`)

    // Search as you type, in Finnish: "toimitusjohtaja" is the label of title.ceo (terms-professions.json).
    await page.locator('#suggest-query').pressSequentially('toimitusjohtaja', { delay: 20 })
    const ceo = page.locator('[data-picker-results] button[data-pick="title.ceo"]')
    await ceo.waitFor()
    expect(await ceo.textContent()).toBe('Lisää: Toimitusjohtaja')
    const hit = page.locator('[data-picker-results] li', { has: page.locator('button[data-pick="title.ceo"]') })
    expect(await hit.locator('.picker-path').textContent()).toBe('Ammatit ja asema › Ammattinimikkeet')
    expect(await hit.locator('.picker-status').textContent()).toContain('Google Ads: ')
    await page.evaluate('window.kohdeChanges = 0')
    await ceo.click()
    expect(await page.evaluate('window.kohdeChanges')).toBe(1)
    expect(await page.locator('#include-0-0-facet').inputValue()).toBe('title')
    expect(await page.locator('#include-0-0-value').inputValue()).toBe('title.ceo')
    expect(await page.locator('[data-picker-announce]').textContent()).toBe('Lisätty: Toimitusjohtaja')
    // Shown as the server shows a picked term: by name, the key's fields hidden.
    const chip = page.locator('#group-0 [data-term-chip]').first()
    expect([await chip.isVisible(), await chip.textContent()]).toEqual([true, 'Ammattinimike Toimitusjohtaja'])
    expect(await page.locator('#include-0-0-value').isVisible()).toBe(false)

    // Browse: the top categories, then one of them.
    await page.locator('[data-term-picker] button[data-browse=""]').first().click()
    const sports = page.locator('[data-picker-results] button[data-browse="sports"]')
    await sports.waitFor()
    expect(await sports.textContent()).toBe('Urheilu ja liikunta')

    // A row added to group 1 and removed again, a second group added and removed: in place, renumbered.
    await page.locator('button[value="add-term:0"]').click()
    expect(await page.locator('#include-0-1-value').count()).toBe(1)
    expect(await page.evaluate('document.activeElement.id')).toBe('include-0-1-facet')
    expect(await page.locator('#include-0-1-value').getAttribute('name')).toBe('include[0][terms][1][value]')
    await page.locator('button[value="add-group"]').click()
    expect(await page.locator('#group-1 legend').textContent()).toBe('Ryhmä 2: jokin näistä')
    expect(await page.locator('#suggest-target option[value="1"]').textContent()).toBe('Ryhmä 2')
    await page.locator('button[value="remove-term:0:0"]').click()
    // The picked row went; the blank row that was second is now the first, under the first row's names.
    expect(await page.locator('#include-0-0-value').inputValue()).toBe('')
    expect(await page.locator('#include-0-1-value').count()).toBe(0)
    expect(await page.locator('button[value="remove-term:0:0"]').textContent()).toBe('Poista ehto 1')
    await page.locator('button[value="remove-term:1:0"]').click()
    expect(await page.locator('#group-1').count()).toBe(0)
    // Pick the CEO again into the remaining blank row.
    await page.locator('#suggest-query').fill('')
    await page.locator('#suggest-query').pressSequentially('toimitusjohtaja', { delay: 20 })
    await ceo.waitFor()
    await ceo.click()
    expect(await page.locator('#include-0-0-value').inputValue()).toBe('title.ceo')

    // Free text, as the results offer it, into the exclusions: an editable row of the search's facet (all: interest).
    await page.locator('#suggest-target').selectOption('exclude')
    await page.locator('#suggest-query').fill('')
    await page.locator('#suggest-query').pressSequentially('kilpailijat', { delay: 20 })
    const free = page.locator('[data-picker-results] button[data-pick-free="kilpailijat"]')
    await free.waitFor()
    expect(await free.textContent()).toBe('Lisää vapaana tekstinä: ”kilpailijat”')
    await free.click()
    expect(await page.locator('#exclude-0-facet').inputValue()).toBe('interest')
    expect(await page.locator('#exclude-0-value').inputValue()).toBe('kilpailijat')

    // A place by name: a new place row, "Espo" typed, Espoo (municipality 049, geo-fi.json) picked.
    await page.locator('button[value="add-geo-include"]').click()
    const place = page.locator('#geo-include-1-value')
    await place.pressSequentially('Espo', { delay: 20 })
    const espoo = page.locator('#geo-include-1-value-options button', { hasText: 'Espoo' })
    await espoo.waitFor()
    await espoo.click()
    expect(await page.locator('#geo-include-1-kind').inputValue()).toBe('municipality')
    expect(await place.inputValue()).toBe('Espoo')
    expect(await page.locator('#geo-include-1-country').inputValue()).toBe('Suomi')
    // The first row (Finland) is no longer needed: removed in place.
    await page.evaluate('window.kohdeChanges = 0')
    await page.locator('button[value="remove-geo-include:0"]').click()
    expect(await page.evaluate('window.kohdeChanges')).toBe(1)
    expect(await page.locator('#geo-include-0-value').inputValue()).toBe('Espoo')

    // Languages by name: the list completes the name after the comma (languages.json: suomi fi, ruotsi sv).
    await page.locator('#languages').pressSequentially('suomi, ru', { delay: 20 })
    expect(await page.locator('#language-names option[value="suomi, ruotsi"]').count()).toBe(1)
    await page.locator('#languages').fill('suomi, ruotsi')

    expect(await marked()).toBe(true)
    await screenshot(page, 'editor-pickers-fi')
    expect(await seriousViolations(page)).toEqual([])

    expect(await submit(page, page.locator('#audience-form button.primary[value="save"]'))).toBe(200)
    const id = /\/audiences\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1]
    expect(id).toBeDefined()
    const stored = (await (await page.request.get(`${world.demo.url}/api/v1/audiences/${id}`)).json()) as Stored
    expect(stored.audience.include).toEqual([[{ facet: 'title', value: 'title.ceo' }]])
    expect(stored.audience.geo.include).toEqual([{ municipality: '049', country: 'FI' }])
    expect(stored.audience.languages).toEqual(['fi', 'sv'])
    expect(stored.audience.exclude).toEqual([{ facet: 'interest', value: 'kilpailijat' }])
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)

  it('when a Swedish page 375 px wide searches "läkare" and a place "Esbo", then the hits and the picks read in Swedish and axe finds nothing serious', async () => {
    const context = await newContext(world.browser, 'sv-FI')
    const page = await context.newPage()
    page.setDefaultTimeout(8_000)
    await page.setViewportSize({ width: 375, height: 800 })
    await signIn(page, world.demo.url, DEMO.staff.email, DEMO.staff.password)
    await page.goto(`${world.demo.url}/audiences/new?template=`)

    // terms-professions.json: title.physician is Läkare in Swedish; its category path Yrken och befattningar › Titlar.
    await page.locator('#suggest-query').pressSequentially('läkare', { delay: 20 })
    const physician = page.locator('[data-picker-results] button[data-pick="title.physician"]')
    await physician.waitFor()
    expect(await physician.textContent()).toBe('Lägg till: Läkare')
    await physician.click()
    expect(await page.locator('#group-0 [data-term-chip]').first().textContent()).toBe('Yrkestitel Läkare')

    await page.locator('button[value="add-radius-include"]').click()
    await page.locator('#geo-include-1-label').pressSequentially('Esbo', { delay: 20 })
    const esbo = page.locator('#geo-include-1-label-options button', { hasText: 'Esbo' }).first()
    await esbo.waitFor()
    await esbo.click()
    // geo-fi.json: Espoo's centre 60.2023, 24.7247 and a covering radius of 18 km.
    expect([
      await page.locator('#geo-include-1-lat').inputValue(),
      await page.locator('#geo-include-1-lng').inputValue(),
      await page.locator('#geo-include-1-km').inputValue(),
    ]).toEqual(['60.2023', '24.7247', '18'])

    await screenshot(page, 'editor-pickers-sv-375')
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  }, 60_000)
})
