import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formOf } from './support/editor-form.js'
import { createPageWorld, errorCodeOf, mainOf, type Browser, type PageWorld } from './support/page-world.js'

const BRIEF =
  'Arvokkaan huvilan ostajat, 30–60-vuotiaat, ylimmät tuloluokat, toimitusjohtajat, lääkärit, juristit, kiinnostuneet sisustamisesta'
const UUID = /^\/audiences\/([0-9a-f-]{36})$/

let world: PageWorld
let staff: Browser
beforeAll(async () => {
  world = await createPageWorld()
  staff = await world.browse('staff')
})
afterAll(() => world.dispose())
const scope = () => ({ agencyId: world.where('own').agencyId, clientId: null })

describe('who may open the audience editor', () => {
  it.each(['planner', 'client'] as const)('when a %s opens or posts it, then 403', async (role) => {
    const browser = await world.browse(role)
    const get = await browser.get('/audiences/new')
    const post = await browser.post('/audiences/new/brief', { brief: BRIEF })

    expect([get.status, errorCodeOf(get.text)]).toEqual([403, 'forbidden'])
    expect(post.status).toBe(403)
  })

  it('when nobody is signed in, then the editor sends them to sign in and back', async () => {
    const response = await request(world.app).get('/audiences/new')

    expect([response.status, response.headers.location]).toEqual([303, '/login?next=%2Faudiences%2Fnew'])
  })
})

describe('GET /audiences/new', () => {
  it('when staff open it in English, then the clients and the templates are offered with English labels', async () => {
    const page = mainOf((await staff.get('/audiences/new', { 'Accept-Language': 'en' })).text)

    expect(page).toContain(`<option value="${world.where('own').clientId}">A1 Oy</option>`)
    expect(page).toContain('<label for="template-luxury-villa-buyers">Luxury villa buyers</label>')
    expect(page).toContain('<textarea id="brief" name="brief"')
  })

  it('when a template is chosen, then the editor opens filled with it; an unknown template is 404', async () => {
    const clientId = world.where('own').clientId
    const page = await staff.get(`/audiences/new?template=luxury-villa-buyers&clientId=${clientId}`)
    const missing = await staff.get('/audiences/new?template=nope')
    const fields = formOf(page.text)

    expect(fields['name']).toBe('Arvokkaan huvilan ostajat')
    expect(fields['clientId']).toBe(clientId)
    expect(fields['include[1][terms][0][value]']).toBe('income.top-20')
    expect(fields['specialAdCategory']).toBe('housing')
    expect(missing.status).toBe(404)
  })
})

describe('drafting from a pasted brief and saving', () => {
  it('when staff press the button beside a phrase kohde did not understand, then it becomes a keyword term', async () => {
    const drafted = await staff.post('/audiences/new/brief', { clientId: world.where('own').clientId, brief: BRIEF })

    expect(mainOf(drafted.text)).toContain(
      '<button type="submit" form="audience-form" name="action" value="add-free:1" formaction="/audiences/new#criteria" aria-label="Lisää vapaatekstinä: ”ostajat” (hakusana)">Lisää vapaatekstinä</button>',
    )
    const added = await staff.post('/audiences/new', { ...formOf(drafted.text), action: 'add-free:1' })
    const fields = formOf(added.text)

    expect(added.status).toBe(200)
    expect([fields['include[2][terms][0][facet]'], fields['include[2][terms][0][value]']]).toEqual([
      'keyword',
      'ostajat',
    ])
    expect(fields['brief']).toBe(BRIEF)
  })

  it('when staff paste the Finnish brief, fix the age after a 422 and save, then the audience is stored', async () => {
    const clientId = world.where('own').clientId
    const drafted = await staff.post('/audiences/new/brief', { clientId, brief: BRIEF })
    const page = mainOf(drafted.text)

    expect(drafted.status).toBe(200)
    expect(page).toContain('<mark class="recognised" title="Ammattinimike: Toimitusjohtaja">toimitusjohtajat</mark>')
    expect(page).toContain('<span class="unrecognised">ostajat</span>')
    const form = formOf(drafted.text)
    expect([form['ageMin'], form['ageMax'], form['include[1][terms][0][value]']]).toEqual(['30', '60', 'title.ceo'])

    const wrong = await staff.post('/audiences/new', { ...form, name: 'luxury villa buyers', ageMin: '70' })
    const wrongPage = mainOf(wrong.text)

    expect([wrong.status, errorCodeOf(wrong.text)]).toEqual([422, 'audience_invalid'])
    expect(wrongPage).toContain(
      '<a href="#age-min">Ikä vähintään: Ikäväli on tyhjä: alaraja on ylärajaa suurempi tai väli ei osu emokohderyhmän ikään.</a>',
    )
    expect(wrongPage).toContain(
      '<p class="field-error" id="age-min-error">Ikäväli on tyhjä: alaraja on ylärajaa suurempi tai väli ei osu emokohderyhmän ikään.</p>',
    )
    expect(wrongPage).toContain(
      'id="age-min" name="ageMin" value="70" aria-describedby="age-hint age-min-error" aria-invalid="true"',
    )
    expect(wrongPage).toContain('<section class="card brief"')

    const saved = await staff.post('/audiences/new', { ...formOf(wrong.text), ageMin: '30' })
    const id = UUID.exec(saved.headers.location ?? '')?.[1] ?? ''
    const stored = await world.store.audiences.get(scope(), id)

    expect(saved.status).toBe(303)
    expect(stored?.clientId).toBe(clientId)
    expect(stored?.audience.name).toBe('luxury villa buyers')
    expect(stored?.audience.age).toEqual({ min: 30, max: 60 })
    expect(stored?.audience.geo.include).toEqual([{ country: 'FI' }])
    expect(stored?.audience.include).toEqual([
      [
        { facet: 'interest', value: 'interest.cottages' },
        { facet: 'interest', value: 'interest.interior-design' },
      ],
      [
        { facet: 'title', value: 'title.ceo' },
        { facet: 'title', value: 'title.physician' },
        { facet: 'title', value: 'title.lawyer' },
      ],
    ])
  })

  it('when the brief is empty, then the start page comes back with 400 and the message next to the brief', async () => {
    const response = await staff.post('/audiences/new/brief', { brief: '   ' })

    expect([response.status, errorCodeOf(response.text)]).toEqual([400, 'request_invalid'])
    expect(mainOf(response.text)).toContain('<p class="field-error" id="brief-error">Liitä ensin brief.</p>')
  })

  it('when the name is empty and no client is chosen, then 400 with each message next to its field', async () => {
    const blank = formOf((await staff.get('/audiences/new?template=')).text)
    const response = await staff.post('/audiences/new', { ...blank, name: ' ' })
    const page = mainOf(response.text)

    expect([response.status, errorCodeOf(response.text)]).toEqual([400, 'request_invalid'])
    expect(page).toContain('id="name-error"')
    expect(page).toContain('<p class="field-error" id="client-id-error">Valitse asiakas.</p>')
    expect(page).toContain('href="#name"')
  })

  it("when the user reads Swedish, then the form's messages are in Swedish: kohde's by code, zod's from its sv locale", async () => {
    const swede = await world.browse('staff')
    expect((await swede.post('/language', { locale: 'sv', next: '/' })).status).toBe(303)
    const blank = formOf((await swede.get('/audiences/new?template=')).text)
    const response = await swede.post('/audiences/new', { ...blank, name: ' ' })
    const page = mainOf(response.text)

    expect(response.status).toBe(400)
    expect(page).toContain('<p class="field-error" id="client-id-error">Välj kund.</p>')
    expect(page).toContain(
      '<p class="field-error" id="name-error">För lite(t): förväntade string att ha &gt;&#x3D;1 tecken</p>',
    )
  })

  it('when a place name is unknown, then 422 with the message on that place', async () => {
    const form = formOf((await staff.get(`/audiences/new?template=&clientId=${world.where('own').clientId}`)).text)
    const response = await staff.post('/audiences/new', {
      ...form,
      name: 'x',
      'geoInclude[0][kind]': 'place',
      'geoInclude[0][value]': 'Atlantis',
    })

    expect(response.status).toBe(422)
    expect(mainOf(response.text)).toContain('id="geo-include-0-value-error"')
  })
})

describe('the editor buttons without JavaScript', () => {
  it('when "add a group" is pressed, then the form comes back with one more empty group and nothing is stored', async () => {
    const form = formOf((await staff.get('/audiences/new?template=luxury-villa-buyers')).text)
    const response = await staff.post('/audiences/new', { ...form, action: 'add-group' })
    const again = formOf(response.text)

    expect(response.status).toBe(200)
    expect(again['include[3][terms][0][value]']).toBe('')
    expect(again['include[0][terms][0][value]']).toBe('title.ceo')
  })

  it('when suggestions are searched and one is picked, then it fills the chosen group', async () => {
    const form = formOf((await staff.get('/audiences/new?template=')).text)
    const search = { ...form, suggestFacet: 'title', suggestQuery: 'lääkäri', suggestTarget: '0' }
    const found = await staff.post('/audiences/new', { ...search, action: 'suggest' })
    const picked = await staff.post('/audiences/new', { ...formOf(found.text), action: 'pick:title.physician' })

    expect(mainOf(found.text)).toContain('name="action" value="pick:title.physician"')
    expect(formOf(picked.text)['include[0][terms][0][value]']).toBe('title.physician')
  })

  it('when the button is not one of the editor’s, then 400', async () => {
    expect((await staff.post('/audiences/new', { action: 'format-disk' })).status).toBe(400)
  })
})

describe('GET and POST /audiences/:id/edit', () => {
  it('when staff save with the current version, then a new version is stored; a stale version is a 409 page', async () => {
    const stored = await world.make.audience('own')
    const form = formOf((await staff.get(`/audiences/${stored.id}/edit`)).text)

    expect([form['version'], form['name']]).toEqual(['1', 'Pienen mökin ostajat'])
    const saved = await staff.post(`/audiences/${stored.id}/edit`, { ...form, tags: 'mökki, syksy' })
    const stale = await staff.post(`/audiences/${stored.id}/edit`, { ...form, tags: 'toinen' })
    const now = await world.store.audiences.get(scope(), stored.id)

    expect([saved.status, saved.headers.location]).toEqual([303, `/audiences/${stored.id}`])
    expect([now?.version, now?.audience.tags]).toEqual([2, ['mökki', 'syksy']])
    expect([stale.status, errorCodeOf(stale.text)]).toEqual([409, 'conflict'])
    expect(mainOf(stale.text)).toContain(`<a href="/audiences/${stored.id}/edit">`)
  })

  it('when the audience is another agency’s or the id is not one, then 404', async () => {
    const theirs = await world.make.audience('otherAgency')

    expect((await staff.get(`/audiences/${theirs.id}/edit`)).status).toBe(404)
    expect((await staff.get('/audiences/not-an-id/edit')).status).toBe(404)
  })
})
