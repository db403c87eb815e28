import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEMPLATES } from '../../audiences/index.js'
import { toExportsPage } from '../../server/presenters/exports-presenter.js'
import type { StoredPlan } from '../../server/store/plan-records.js'
import { createPageWorld, mainOf, renderForSnapshot, unescapeHtml, type PageWorld } from './support/page-world.js'

const at = '2026-11-20T10:00:00.000Z'

describe('toExportsPage', () => {
  it('when a plan and an audience are listed, then each format links to the API export route', () => {
    const plan = {
      id: 'p1',
      clientId: 'c1',
      name: 'Kevät',
      version: 2,
      status: 'approved',
      updatedAt: at,
    } as StoredPlan
    const audience = {
      id: 'a1',
      clientId: 'c1',
      parentId: null,
      version: 1,
      audience: TEMPLATES[0]!.audience,
      createdAt: at,
      createdBy: 'u',
      updatedAt: at,
      updatedBy: 'u',
    }
    const model = toExportsPage(
      [{ id: 'c1', name: 'Talotehdas Oy', createdAt: at, updatedAt: at }],
      [plan],
      [audience],
      null,
    )

    expect(model.plans[0]!.downloads.map((d) => d.href)).toEqual([
      '/api/v1/plans/p1/export?format=xlsx',
      '/api/v1/plans/p1/export?format=xlsx&audience=internal',
      '/api/v1/plans/p1/export?format=csv',
      '/api/v1/plans/p1/export?format=google-ads-editor',
      '/api/v1/plans/p1/export?format=pdf',
      '/api/v1/plans/p1/export?format=pdf&audience=internal',
      '/api/v1/plans/p1/export?format=json',
    ])
    expect(model.audiences[0]!.downloads.map((d) => d.href)).toEqual([
      '/api/v1/audiences/a1/export?format=json',
      '/api/v1/audiences/a1/export?format=google-ads-editor',
    ])
    expect(model.plans[0]!.clientName).toBe('Talotehdas Oy')
  })

  it('when rendered, then matches the snapshot', async () => {
    const plan = { id: 'p1', clientId: 'c1', name: 'Kevät', version: 2, status: 'shared', updatedAt: at } as StoredPlan
    const model = toExportsPage([{ id: 'c1', name: 'Talotehdas Oy', createdAt: at, updatedAt: at }], [plan], [], null)
    await expect(
      renderForSnapshot('exports', 'Exports', model, { role: 'planner', here: '/exports' }),
    ).toMatchFileSnapshot('__snapshots__/exports.html')
  })
})

describe('GET /exports', () => {
  let world: PageWorld
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())

  it('when a planner follows the XLSX link with the session cookie, then the workbook downloads', async () => {
    const { plan } = await world.make.plan('own', 'shared')
    const planner = await world.browse('planner')
    const page = unescapeHtml(mainOf((await planner.get('/exports')).text))
    // The page is Finnish (no saved language, no cookie, no Accept-Language): the files follow it (issue 18).
    const href = `/api/v1/plans/${plan.id}/export?format=xlsx&lang=fi`
    const download = await planner.get(href)

    expect(page).toContain(`href="${href}"`)
    expect(download.status).toBe(200)
    expect(download.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  })

  it('when a client user opens the exports page, then answers 403', async () => {
    expect((await (await world.browse('client')).get('/exports')).status).toBe(403)
  })
})
