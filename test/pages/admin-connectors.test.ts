import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConnectorStatus } from '../../server/connectors/connection-schemas.js'
import { toConnectorsPage } from '../../server/presenters/connectors-presenter.js'
import { createPageWorld, errorCodeOf, mainOf, renderForSnapshot, type PageWorld } from './support/page-world.js'

const status = (
  platform: 'google' | 'meta' | 'linkedin',
  configured: ConnectorStatus['configured'],
): ConnectorStatus => ({
  platform,
  name: { google: 'Google Ads', meta: 'Meta', linkedin: 'LinkedIn' }[platform],
  configured,
  account: configured === 'off' ? null : '1234567890',
  updatedBy: configured === 'stored' ? 'admin@agency.test' : null,
  updatedAt: configured === 'stored' ? '2026-11-20T10:00:00.000Z' : null,
  problems: [],
  apiVersion: null,
  lastResolve: null,
})

describe('toConnectorsPage', () => {
  it('when a platform has stored credentials, then it can be removed; secrets are password inputs and nothing holds a value', () => {
    const model = toConnectorsPage([status('google', 'off'), status('meta', 'stored')], true)
    const meta = model.platforms[1]!

    expect(meta.canRemove).toBe(true)
    expect(model.platforms[0]!.canRemove).toBe(false)
    expect(meta.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ['accessToken', 'password', true],
      ['adAccountId', 'text', true],
    ])
    expect(JSON.stringify(model)).not.toMatch(/value/)
  })

  it('when rendered, then matches the snapshot', async () => {
    const model = toConnectorsPage(
      [status('google', 'env'), status('meta', 'stored'), status('linkedin', 'off')],
      false,
    )
    await expect(
      renderForSnapshot('admin-connectors', 'Ad platforms', model, { role: 'admin', here: '/admin/connectors' }),
    ).toMatchFileSnapshot('__snapshots__/admin-connectors.html')
  })
})

describe('the platforms admin page', () => {
  let world: PageWorld
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())

  it('when the server has no secret key, then saving credentials is refused with 409 and nothing is stored', async () => {
    const admin = await world.browse('admin')
    const response = await admin.post('/admin/connectors/meta', { accessToken: 'EAAB-secret', adAccountId: 'act_123' })

    expect(response.status).toBe(409)
    expect(errorCodeOf(response.text)).toBe('secret_key_missing')
    expect(response.text).not.toContain('EAAB-secret')
    expect(await world.store.platformCredentials.list(world.where('own').agencyId)).toEqual([])
  })

  it('when no platform is connected, then the resolve button answers 409 with the reason on the page', async () => {
    const admin = await world.browse('admin')
    const response = await admin.post('/admin/connectors/resolve', {})

    expect(response.status).toBe(409)
    expect(errorCodeOf(response.text)).toBe('conflict')
    expect(mainOf(response.text)).toContain('not connected')
  })

  it('when the platform in the address is unknown, then answers 404; staff get 403', async () => {
    const admin = await world.browse('admin')
    const staff = await world.browse('staff')

    expect((await admin.post('/admin/connectors/tiktok', {})).status).toBe(404)
    expect((await staff.get('/admin/connectors')).status).toBe(403)
  })
})
