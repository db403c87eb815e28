import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { translatorOf } from '../../server/i18n/translate.js'
import { toClientPage, toClientsPage } from '../../server/presenters/clients-presenter.js'
import { createPageWorld, errorCodeOf, mainOf, renderForSnapshot, type PageWorld } from './support/page-world.js'

let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

const at = '2026-11-20T10:00:00.000Z'
const talotehdas = { id: 'c1', name: 'Talotehdas Oy', createdAt: at, updatedAt: at }

describe('toClientsPage', () => {
  it('when the name was missing, then the field and the summary carry the message in the chosen language', () => {
    const model = toClientsPage(translatorOf('sv'), [talotehdas], 'next-cursor', {
      name: '',
      problems: [{ field: 'client-name', messageKey: 'clients.nameError' }],
    })

    expect(model.feedback.fields['client-name']).toBe('Ange ett namn (1–200 tecken).')
    expect(model.feedback.summary).toEqual([{ href: '#client-name', message: 'Ange ett namn (1–200 tecken).' }])
    expect(model.nextHref).toBe('/clients?cursor=next-cursor')
    expect(model.errorCode).toBe('request_invalid')
  })

  it('when rendered, then matches the snapshots of the list and the client page', async () => {
    const t = translatorOf('en')
    const list = toClientsPage(t, [talotehdas], null, { name: '', problems: [] })
    const one = toClientPage(t, talotehdas, [], [], { name: 'Talotehdas Oy', problems: [], saved: true })
    await expect(renderForSnapshot('clients', 'Clients', list, { here: '/clients' })).toMatchFileSnapshot(
      '__snapshots__/clients.html',
    )
    await expect(renderForSnapshot('client', 'Talotehdas Oy', one, { here: '/clients/c1' })).toMatchFileSnapshot(
      '__snapshots__/client.html',
    )
  })
})

describe('the clients pages', () => {
  it('when staff add a client, then it is stored and its page opens; a blank name is refused with 400', async () => {
    const staff = await world.browse('staff')
    const blank = await staff.post('/clients', { name: '   ' })
    const nul = await staff.post('/clients', { name: 'Nolla\u0000 Oy' })
    expect(nul.status).toBe(400)
    const added = await staff.post('/clients', { name: 'Huvilamestarit Oy' })
    const page = await staff.get(added.headers.location!)

    expect(blank.status).toBe(400)
    expect(errorCodeOf(blank.text)).toBe('request_invalid')
    expect(mainOf(blank.text)).toContain('aria-invalid="true"')
    expect(added.status).toBe(303)
    expect(mainOf(page.text)).toContain('<h1>Huvilamestarit Oy</h1>')
  })

  it('when staff rename a client, then the new name is stored; another agency\u2019s client is a 404', async () => {
    const staff = await world.browse('staff')
    const client = await world.make.client('own')
    const renamed = await staff.post(`/clients/${client.id}`, { name: 'Uusi nimi Oy' })
    const foreign = await staff.post(`/clients/${world.clients.b1.id}`, { name: 'Hijack' })
    const stored = await world.store.clients.get({ agencyId: world.where('own').agencyId, clientId: null }, client.id)

    expect(renamed.status).toBe(303)
    expect(stored?.name).toBe('Uusi nimi Oy')
    expect(foreign.status).toBe(404)
    expect(errorCodeOf(foreign.text)).toBe('not_found')
  })

  it('when a planner or a client user opens the clients page, then answers 403', async () => {
    for (const role of ['planner', 'client'] as const) {
      const response = await (await world.browse(role)).get('/clients')
      expect(response.status).toBe(403)
    }
  })

  it('when a form comes without the session CSRF token, then nothing is written', async () => {
    const staff = await world.browse('staff')
    const response = await staff.post('/clients', { name: 'Forged Oy', _csrf: 'forged' })
    const list = await world.store.clients.list(
      { agencyId: world.where('own').agencyId, clientId: null },
      { limit: 200 },
    )

    expect(response.status).toBe(403)
    expect(list.items.map((c) => c.name)).not.toContain('Forged Oy')
  })
})
