import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { translatorOf } from '../../server/i18n/translate.js'
import { toAdminWebhook, type WebhookDelivery } from '../../server/presenters/admin-webhook-presenter.js'
import { createPageWorld, errorCodeOf, mainOf, unescapeHtml, type PageWorld } from './support/page-world.js'

let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

const hook = {
  url: 'https://hooks.agency.test/kohde',
  secret: 'whsec_x',
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
}
const delivery = (over: Partial<WebhookDelivery>): WebhookDelivery => ({
  id: 'd1',
  type: 'plan.approved',
  attempts: 1,
  nextAttemptAt: null,
  deliveredAt: null,
  lastError: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  ...over,
})
const shown = { typedUrl: '', secret: null, invalid: false, notice: null }

describe('toAdminWebhook', () => {
  it('when a delivery was answered 500 and another could not connect, then each problem is said in Finnish, not as the network said it', () => {
    const model = toAdminWebhook(
      translatorOf('fi'),
      'fi',
      hook,
      [
        delivery({ lastError: 'HTTP 500', nextAttemptAt: '2026-12-01T09:01:00.000Z', attempts: 2 }),
        delivery({ type: 'plan.commented', lastError: 'fetch failed', nextAttemptAt: '2026-12-01T09:02:00.000Z' }),
        delivery({ type: 'plan.shared', deliveredAt: '2026-12-01T09:00:05.000Z' }),
      ],
      shown,
    )

    expect(model.deliveries.map((d) => [d.event, d.problem])).toEqual([
      ['Suunnitelma hyväksytty', 'Vastaanottaja vastasi virheellä (HTTP 500)'],
      ['Kommentti', 'Vastaanottajaa ei tavoitettu'],
      ['Suunnitelma jaettu', null],
    ])
    expect(model.deliveries[0]!.state).toMatch(/^Uusi yritys /)
    expect(model.deliveries[2]!.state).toMatch(/^Toimitettu /)
  })

  it('when every event kind is named in each language, then none falls back to its key', () => {
    for (const locale of ['fi', 'sv', 'en'] as const)
      for (const type of ['shared', 'changes_requested', 'approved', 'commented', 'edited']) {
        const [row] = toAdminWebhook(
          translatorOf(locale),
          locale,
          hook,
          [delivery({ type: `plan.${type}` })],
          shown,
        ).deliveries
        expect(row!.event).not.toContain('webhook.event')
      }
  })
})

describe('/admin/webhook', () => {
  it('when the admin sets an address, then the page shows the secret once and the address; a reload shows no secret', async () => {
    const admin = await world.browse('admin')

    const set = await admin.post('/admin/webhook', { url: 'https://hooks.agency.test/kohde' })
    const secret = /<code id="webhook-secret">(whsec_[^<]+)<\/code>/.exec(set.text)?.[1]
    const reload = await admin.get('/admin/webhook')

    expect(set.status).toBe(200)
    expect(secret).toMatch(/^whsec_/)
    expect(unescapeHtml(mainOf(reload.text))).toContain('https://hooks.agency.test/kohde')
    expect(reload.text).not.toContain(secret!)
  })

  it('when the address is not http(s), then 400 request_invalid with the error beside the field, the typed text kept, in Swedish', async () => {
    const admin = await world.browse('admin')

    const response = await admin.post('/admin/webhook', { url: 'ftp://hooks.agency.test' }).set('Accept-Language', 'sv')

    expect(response.status).toBe(400)
    // api.md: every 4xx page carries its stable code on <main>, as the API's body does.
    expect(errorCodeOf(response.text)).toBe('request_invalid')
    expect(response.text).toContain('id="webhook-url-error"')
    expect(response.text).toContain('value="ftp://hooks.agency.test"')
  })

  it('when the admin removes it, then the page says so and offers to set one', async () => {
    const admin = await world.browse('admin')
    await admin.post('/admin/webhook', { url: 'https://hooks.agency.test/kohde' })

    const removed = await admin.post('/admin/webhook/remove', {})
    const page = await admin.get(removed.headers.location!)

    expect(removed.status).toBe(303)
    expect(removed.headers.location).toBe('/admin/webhook?removed=1')
    expect(page.text).toContain('id="webhook-url"')
    expect(page.text).not.toContain('/admin/webhook/remove')
  })

  it('when staff ask for it, then 403', async () => {
    const staff = await world.browse('staff')

    const response = await staff.get('/admin/webhook')

    expect(response.status).toBe(403)
    expect(errorCodeOf(response.text)).toBe('forbidden')
  })
})
