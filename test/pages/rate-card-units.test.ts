import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locale } from '../../server/i18n/locale.js'
import { createPageWorld, errorCodeOf, mainOf, type PageWorld } from './support/page-world.js'

// Issue 18: a rate card's country is chosen by name, its CTR is a percentage like the plan form's, and its rates
// are written in the page's language.
let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

const cards = () => world.store.rateCards.all(world.where('own').agencyId)
const lang = (locale: Locale) => ({ 'Accept-Language': locale })

describe('a new rate card’s country', () => {
  it('when the admin types "Suomi", then the card is for FI (not "SU") and is listed by name', async () => {
    const admin = await world.browse('admin')
    const created = await admin.post('/admin/rate-cards', { country: 'Suomi' })
    const list = mainOf((await admin.get('/admin/rate-cards', lang('sv'))).text)

    expect(created.status).toBe(303)
    expect((await cards()).map((c) => c.country)).toContain('FI')
    expect((await cards()).map((c) => c.country)).not.toContain('SU')
    expect(list).toMatch(/>Finland<\/a> <span class="meta">FI<\/span>/)
  })

  it('when the admin types the Swedish name "sverige" or the code "de", then the cards are for SE and DE', async () => {
    const admin = await world.browse('admin')
    await admin.post('/admin/rate-cards', { country: 'sverige' })
    await admin.post('/admin/rate-cards', { country: 'de' })

    expect((await cards()).map((c) => c.country)).toEqual(expect.arrayContaining(['SE', 'DE']))
  })

  for (const [locale, message, option] of [
    ['fi', 'Tätä maata ei löydy. Valitse maa luettelosta.', '<option value="Ruotsi"></option>'],
    ['sv', 'Landet hittades inte. Välj ett land i listan.', '<option value="Sverige"></option>'],
    ['en', 'No such country. Choose a country from the list.', '<option value="Sweden"></option>'],
  ] as const)
    it(`when the admin types "Su" on a ${locale} page, then 400 with the field error in ${locale} and no card; the list names countries in ${locale}`, async () => {
      const admin = await world.browse('admin')
      const before = (await cards()).length
      const response = await admin.post('/admin/rate-cards', { country: 'Su' }).set('Accept-Language', locale)
      const page = mainOf(response.text)

      expect([response.status, errorCodeOf(response.text)]).toEqual([400, 'request_invalid'])
      expect(page).toContain(`<p class="field-error" id="card-country-error">${message}</p>`)
      expect(page).toContain('value="Su"')
      expect(page).toContain(option)
      expect((await cards()).length).toBe(before)
    })

  it('when the country already has a card, then 400 saying so', async () => {
    const admin = await world.browse('admin')
    await admin.post('/admin/rate-cards', { country: 'Norja' })
    const again = await admin.post('/admin/rate-cards', { country: 'NO' })

    expect(again.status).toBe(400)
    expect(mainOf(again.text)).toContain('Tällä maalla on jo hinnasto: muokkaa sitä luettelosta.')
  })
})

describe('editing a rate card', () => {
  const editFields = (html: string) =>
    Object.fromEntries([...html.matchAll(/name="([a-z]+\.[a-zA-Z]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]))
  const pricing = {
    'google.pricing': 'cpc',
    'facebook.pricing': 'cpm',
    'instagram.pricing': 'cpm',
    'linkedin.pricing': 'cpm',
  }

  it('when opened in Swedish, then CTR shows as a percentage with the decimal comma (0.009 → 0,9) and CPC to the cent (10 ÷ 9 → 1,11)', async () => {
    const admin = await world.browse('admin')
    const created = await admin.post('/admin/rate-cards', { country: 'Viro' })
    const fields = editFields((await admin.get(created.headers.location!, lang('sv'))).text)

    expect(fields['facebook.ctrCpm']).toBe('0,9')
    expect(fields['facebook.cpc']).toBe('1,11')
    expect(fields['google.ctrCpc']).toBe('5')
  })

  for (const [locale, country, derived, benchmark] of [
    ['fi', 'Islanti', 'laskettu: CPM ÷ (1 000 × CTR)', 'Google Displayn CTR noin 0,35–0,46 % (alan vertailuluvut)'],
    [
      'sv',
      'Irland',
      'beräknat: CPM ÷ (1 000 × CTR)',
      'Google Displays CTR cirka 0,35–0,46 % (branschens jämförelsetal)',
    ],
    ['en', 'Italy', 'derived: CPM ÷ (1,000 × CTR)', 'Google Display CTR about 0.35–0.46 % (industry benchmarks)'],
  ] as const)
    it(`when the default card's sources are shown in ${locale}, then they are in ${locale}, without file names`, async () => {
      const admin = await world.browse('admin')
      const created = await admin.post('/admin/rate-cards', { country })
      const page = mainOf((await admin.get(created.headers.location!, lang(locale))).text)

      expect(page).toContain(`<span class="meta">${derived}</span>`)
      expect(page).toContain(`<span class="meta">${benchmark}</span>`)
      expect(page).not.toContain('planning-science.md')
    })

  it('when saved untouched, then no rate changes its value or source; when Facebook’s CTR is typed "1,2", then it is stored as 0.012', async () => {
    const admin = await world.browse('admin')
    const created = await admin.post('/admin/rate-cards', { country: 'Latvia' })
    const fields = editFields((await admin.get(created.headers.location!)).text)
    const before = (await cards()).find((c) => c.country === 'LV')!
    await admin.post(created.headers.location!, { ...fields, ...pricing, version: '1' })
    const untouched = (await cards()).find((c) => c.country === 'LV')!
    await admin.post(created.headers.location!, { ...fields, ...pricing, 'facebook.ctrCpm': '1,2', version: '2' })
    const edited = (await cards()).find((c) => c.country === 'LV')!

    expect(untouched.rates).toEqual(before.rates)
    expect(edited.rates.facebook!.ctr.cpm.value).toBeCloseTo(0.012, 12)
    expect(edited.rates.facebook!.cpc).toEqual(before.rates.facebook!.cpc)
  })

  for (const [locale, country, ctrError, numberError] of [
    ['fi', 'Liettua', 'Anna prosentti, joka on yli 0 ja alle 100 (esim. 0,9).', 'Anna positiivinen luku, esim. 2,5.'],
    ['sv', 'Polen', 'Ange en procentsats över 0 och under 100 (t.ex. 0,9).', 'Ange ett positivt tal, t.ex. 2,5.'],
    ['en', 'Portugal', 'Give a percentage above 0 and below 100 (e.g. 0.9).', 'Give a positive number, e.g. 2.5.'],
  ] as const)
    it(`when a CTR is 100 % and a CPM is "kaksi" on a ${locale} page, then 400 with each field's error in ${locale}`, async () => {
      const admin = await world.browse('admin')
      const created = await admin.post('/admin/rate-cards', { country })
      const href = created.headers.location!
      const fields = editFields((await admin.get(href)).text)
      const response = await admin
        .post(href, { ...fields, ...pricing, 'linkedin.ctrCpc': '100', 'linkedin.cpm': 'kaksi', version: '1' })
        .set('Accept-Language', locale)
      const page = mainOf(response.text)

      expect(response.status).toBe(400)
      expect(page).toContain(`<p class="field-error" id="rate-linkedin-ctrCpc-error">${ctrError}</p>`)
      expect(page).toContain(`<p class="field-error" id="rate-linkedin-cpm-error">${numberError}</p>`)
      expect(page).toContain('value="kaksi"')
    })
})
