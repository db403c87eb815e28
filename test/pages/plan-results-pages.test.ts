import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locale } from '../../server/i18n/locale.js'
import { createPageWorld, errorCodeOf, mainOf, unescapeHtml, type PageWorld } from './support/page-world.js'

// Issue 18, "Plans: results where the eye is": tool results at addresses that reload, one unit per quantity,
// numbers in the page's language, the plan's downloads.
let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

const scope = () => ({ agencyId: world.where('own').agencyId, clientId: null })
const lang = (locale: Locale) => ({ 'Accept-Language': locale })
const section = (html: string, id: string) => new RegExp(`<div id="${id}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? ''

describe('tool results: post/redirect/get', () => {
  it('when staff run the optimiser, then the post answers 303 to an address with the inputs and the result’s fragment, and that address shows the same result on every load', async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('own', 'draft')
    const posted = await staff.post(`/plans/${plan.id}/optimize`, { objective: 'clicks', effectiveFrequency: '2' })
    const address = `/plans/${plan.id}/optimize?objective=clicks&effectiveFrequency=2`
    const first = await staff.get(address)
    const reload = await staff.get(address)

    expect([posted.status, posted.headers['location']]).toEqual([303, `${address}#optimize-result`])
    expect(first.status).toBe(200)
    expect(section(first.text, 'optimize-result')).not.toBe('')
    expect(section(reload.text, 'optimize-result')).toBe(section(first.text, 'optimize-result'))
    expect(mainOf(first.text)).toContain('<option value="clicks" selected>')
  })

  it('when the strategies form is posted, then 303 to /strategies#strategy-table, which renders the comparison', async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('own', 'draft')
    const posted = await staff.post(`/plans/${plan.id}/strategies`, {})
    const page = await staff.get(`/plans/${plan.id}/strategies`)

    expect([posted.status, posted.headers['location']]).toEqual([303, `/plans/${plan.id}/strategies#strategy-table`])
    expect(page.status).toBe(200)
  })

  for (const [locale, error] of [
    ['fi', 'Anna tavoiteltavien henkilöiden määrä (yli 0).'],
    ['sv', 'Ange antalet personer att nå (över 0).'],
    ['en', 'Give the number of people to reach (above 0).'],
  ] as const)
    it(`when a target reach is not a number on a ${locale} page, then its address answers 422 with the error on the field in ${locale}`, async () => {
      const staff = await world.browse('staff')
      const { plan } = await world.make.plan('own', 'draft')
      const posted = await staff.post(`/plans/${plan.id}/budget-for-reach`, { targetReach: 'paljon' })
      const page = await staff.get(posted.headers['location']!.split('#')[0]!, lang(locale))

      expect(posted.headers['location']).toBe(
        `/plans/${plan.id}/budget-for-reach?targetReach=paljon&effectiveFrequency=1#targetReach`,
      )
      expect([page.status, errorCodeOf(page.text)]).toEqual([422, 'request_invalid'])
      expect(mainOf(page.text)).toContain(`<p class="field-error" id="targetReach-error">${error}</p>`)
    })

  it('when the budget-for-reach address has no target yet, then it is the plan page with the empty form (200, no error)', async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('own', 'draft')
    const page = await staff.get(`/plans/${plan.id}/budget-for-reach`)

    expect(page.status).toBe(200)
    expect(mainOf(page.text)).not.toContain('targetReach-error')
  })

  it('when the target is typed "10 000" (a space groups thousands), then the result is for 10,000 people', async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('own', 'draft')
    const posted = await staff.post(`/plans/${plan.id}/budget-for-reach`, { targetReach: '10 000' })
    const page = await staff.get(posted.headers['location']!.split('#')[0]!)

    expect(posted.headers['location']).toBe(
      `/plans/${plan.id}/budget-for-reach?targetReach=10+000&effectiveFrequency=1#bfr-result`,
    )
    expect(page.status).toBe(200)
    // At least the target: the planner finds the budget whose reach first meets 10 000.
    const reach = /Tavoittavuus ([0-9\u00a0]+), frekvenssi/.exec(mainOf(page.text))?.[1]?.replace(/\u00a0/g, '')
    expect(Number(reach)).toBeGreaterThanOrEqual(10_000)
    expect(Number(reach)).toBeLessThan(10_100)
  })

  for (const [locale, heading] of [
    ['fi', 'Lataa suunnitelma'],
    ['sv', 'Ladda ner planen'],
    ['en', 'Download the plan'],
  ] as const)
    it(`when a post-only plan address is opened by GET in ${locale}, then it goes to the plan page (303), never a raw JSON error`, async () => {
      const staff = await world.browse('staff')
      const { plan } = await world.make.plan('own', 'draft')

      for (const path of ['share', 'share/revoke', 'optimize/apply', 'guidance/apply']) {
        const opened = await staff.get(`/plans/${plan.id}/${path}`, { ...lang(locale), Accept: 'text/html' })
        expect([opened.status, opened.headers['location']], path).toEqual([303, `/plans/${plan.id}`])
      }
      const page = await staff.get(`/plans/${plan.id}`, lang(locale))
      expect(page.headers['content-type']).toMatch(/^text\/html/)
      expect(mainOf(page.text)).toContain(`<h2 id="plan-downloads-heading">${heading}</h2>`)
    })
})

describe('one unit per quantity, numbers in the page’s language', () => {
  const googleForm = (audienceId: string, overrides: Record<string, string> = {}) => ({
    clientId: world.clients.a1.id,
    name: 'Haku',
    'lines[0][audienceId]': audienceId,
    'lines[0][channel]': 'google',
    'lines[0][budget]': '1000',
    action: 'save',
    ...overrides,
  })

  // The default card buys Google by CPC 1 € with CTR 5 %: its impressions cost CPC × CTR × 1000 = 1 × 0.05 × 1000 =
  // 50 € per thousand. The form showed the card's display CPM (2.5 €), which the estimate never used.
  it('when a Google CPC line is saved with the card’s rates, then the form and the plan page both show CPM 50 €, marked derived', async () => {
    const staff = await world.browse('staff')
    const audience = await world.make.audience('own')
    const saved = await staff.post('/plans/new', googleForm(audience.id))
    const id = /\/plans\/([0-9a-f-]{36})/.exec(saved.headers['location'] ?? '')![1]!
    const form = mainOf((await staff.get(`/plans/${id}/edit`)).text)
    const page = mainOf((await staff.get(`/plans/${id}`)).text)

    expect(form).toContain('name="lines[0][pricing]"')
    expect(form).toContain('<option value="cpc" selected>')
    expect(form).toContain('name="lines[0][cpm]" type="text" inputmode="decimal" value="50"')
    expect(form).toContain('name="lines[0][cpc]" type="text" inputmode="decimal" value="1"')
    expect(form).toContain('name="lines[0][ctr]" type="text" inputmode="decimal" value="5"')
    expect(form).toContain('Ostotapa on CPC, joten CPM lasketaan: CPC × CTR × 1 000.')
    expect(page).toContain('<td class="num">50,00\u00a0€<br><span class="meta">laskettu</span></td>')
    expect(page).toContain('<th scope="col" class="num">CTR (%)</th>')
  })

  for (const [locale, cpc, ctr] of [
    ['fi', '1,11', '0,9'],
    ['sv', '1,11', '0,9'],
    ['en', '1.11', '0.9'],
  ] as const)
    it(`when the builder prefills Facebook’s card rates in ${locale}, then CPC 10 ÷ (1000 × 0.9 %) = ${cpc} € and CTR ${ctr} % use the ${locale} decimal mark`, async () => {
      const staff = await world.browse('staff')
      const audience = await world.make.audience('own')
      const page = mainOf((await staff.get(`/plans/new?audienceId=${audience.id}`, lang(locale))).text)

      expect(page).toContain(`name="lines[0][cpm]" type="text" inputmode="decimal" value="10"`)
      expect(page).toContain(`name="lines[0][cpc]" type="text" inputmode="decimal" value="${cpc}"`)
      expect(page).toContain(`name="lines[0][ctr]" type="text" inputmode="decimal" value="${ctr}"`)
    })

  it('when rates are typed "1,5" and "1.5" and the budget "10 000", then the stored line has CPC 1.5, CTR 0.015 and budget 10000', async () => {
    const staff = await world.browse('staff')
    const audience = await world.make.audience('own')
    const saved = await staff.post(
      '/plans/new',
      googleForm(audience.id, {
        'lines[0][budget]': '10 000',
        'lines[0][pricing]': 'cpc',
        'lines[0][cpc]': '1,5',
        'lines[0][ctr]': '1.5',
      }),
    )
    const id = /\/plans\/([0-9a-f-]{36})/.exec(saved.headers['location'] ?? '')![1]!
    const stored = (await world.store.plans.get(scope(), id))!.content as {
      lines: { budget: number; cpc: number; ctr: number }[]
    }

    expect(saved.status).toBe(303)
    expect(stored.lines[0]).toMatchObject({ budget: 10000, cpc: 1.5, ctr: 0.015 })
  })

  for (const [locale, message] of [
    ['fi', 'CPC on hinta euroina klikkausta kohden (yli 0).'],
    ['sv', 'CPC är priset i euro per klick (över 0).'],
    ['en', 'CPC is euros per click (above 0).'],
  ] as const)
    it(`when a CPC cannot be read ("1,5,0") on a ${locale} page, then 422 with the field error in ${locale}`, async () => {
      const staff = await world.browse('staff')
      const audience = await world.make.audience('own')
      const response = await staff
        .post('/plans/new', googleForm(audience.id, { 'lines[0][pricing]': 'cpc', 'lines[0][cpc]': '1,5,0' }))
        .set('Accept-Language', locale)

      expect(response.status).toBe(422)
      expect(mainOf(response.text)).toContain(`<p class="field-error" id="lines-0-cpc-error">${message}</p>`)
    })
})

describe('the plan page: charts, frequency, downloads', () => {
  it('when a plan is shown, then the lines and the total are two reach charts, the numbers sit in a details table, and nothing prints −0', async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('own', 'draft')
    const page = mainOf((await staff.get(`/plans/${plan.id}`, lang('en'))).text)

    expect(page).toContain('<title id="reach-chart-title">Reach against each line’s budget</title>')
    expect(page).toContain('<title id="reach-total-chart-title">Total reach against the total budget</title>')
    expect(page).toMatch(/<details class="chart-table">\s*<summary>Show the numbers as a table<\/summary>/)
    // A printed minus zero stands after a space or a tag, never inside a word: the plan's id in a link ("…-0eb9…")
    // is not one.
    expect(page.replace(/<[^>]*>/g, ' ')).not.toMatch(/(?<![\p{L}\p{N}])[−-]0(?![0-9])/u)
    // The one 500 € Facebook line: its point at zero budget and the plan's own point (multiplier 1 = 500 €).
    expect(page).toContain(
      '<circle class="chart-point" cx="76" cy="256" r="3" fill="#0b4fb3" tabindex="0" role="img" aria-label="Facebook: budget €0, reach 0 people">',
    )
    expect(page).toMatch(/aria-label="Facebook: budget €500, reach [0-9,]+ people"><title>Facebook: budget €500/)
  })

  it('when a plan is shown, then every frequency has one decimal: 500 € at CPM 10 € is 50 000 impressions over the reach', async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('own', 'draft')
    const page = unescapeHtml(mainOf((await staff.get(`/plans/${plan.id}`, lang('en'))).text))
    const table = /<table class="data" id="plan-lines">[\s\S]*?<\/table>/.exec(page)![0]
    const cells = [...table.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]!)
    const reach = Number(/<td class="num" id="total-reach">([0-9,]+)<\/td>/.exec(table)![1]!.replace(/,/g, ''))

    expect(cells).toContain('50,000')
    // frequency = impressions ÷ reach, to one decimal
    expect(cells).toContain((50_000 / reach).toFixed(1))
  })

  it('when staff open a plan in Swedish, then its downloads link to the export routes in Swedish and the first one downloads', async () => {
    const staff = await world.browse('staff')
    const { plan } = await world.make.plan('own', 'draft')
    const page = unescapeHtml(mainOf((await staff.get(`/plans/${plan.id}`, { 'Accept-Language': 'sv' })).text))
    const links = [...page.matchAll(/<a class="button" href="([^"]+)" download>/g)].map((m) => m[1]!)
    const file = await staff.get(links[0]!)

    // The downloader's language travels with the link (issue 18: a file from a Swedish page is Swedish).
    expect(links).toContain(`/api/v1/plans/${plan.id}/export?format=xlsx&lang=sv`)
    expect(links).toContain(`/api/v1/plans/${plan.id}/export?format=csv&lang=sv`)
    expect(file.status).toBe(200)
    expect(file.headers['content-disposition']).toMatch(/^attachment/)
  })

  it('when staff open any page, then the menu links the exports page', async () => {
    const page = (await (await world.browse('staff')).get('/plans')).text

    expect(page).toContain('<li><a href="/exports">Viennit</a></li>')
  })
})
