import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEMPLATES } from '../../audiences/index.js'
import { toDashboard } from '../../server/presenters/dashboard-presenter.js'
import type { StoredAudience } from '../../server/store/audience-records.js'
import type { StoredPlan } from '../../server/store/plan-records.js'
import { createPageWorld, mainOf, renderForSnapshot, type PageWorld } from './support/page-world.js'

const at = '2026-11-20T10:00:00.000Z'
const client = (id: string, name: string) => ({ id, name, createdAt: at, updatedAt: at })
const audience = (id: string, clientId: string): StoredAudience => ({
  id,
  clientId,
  parentId: null,
  version: 2,
  audience: TEMPLATES[0]!.audience,
  createdAt: at,
  createdBy: 'u',
  updatedAt: at,
  updatedBy: 'u',
})
const plan = (id: string, clientId: string, status: StoredPlan['status']) =>
  ({ id, clientId, name: `Plan ${id}`, version: 1, status, updatedAt: at }) as StoredPlan

const all = { draft: true, plan: true, seeAudiences: true, linkClients: true }

describe('toDashboard', () => {
  it('when work exists for some clients, then groups it per client and leaves idle clients out', () => {
    const model = toDashboard(
      [client('c1', 'Talotehdas Oy'), client('c2', 'Idle Oy')],
      [audience('a1', 'c1')],
      [plan('p1', 'c1', 'shared')],
      all,
    )

    expect(model.isEmpty).toBe(false)
    expect(model.clients).toEqual([
      {
        name: 'Talotehdas Oy',
        href: '/clients/c1',
        audiences: [{ href: '/audiences/a1', name: TEMPLATES[0]!.audience.name, version: 2, updatedAt: at }],
        plans: [{ href: '/plans/p1', name: 'Plan p1', version: 1, statusKey: 'plan.status.shared', updatedAt: at }],
      },
    ])
  })

  it('when there is no work at all, then the page says so', () => {
    expect(toDashboard([client('c1', 'X')], [], [], all).isEmpty).toBe(true)
  })

  it('when rendered in Finnish, then matches the snapshot', async () => {
    const model = toDashboard(
      [client('c1', 'Talotehdas Oy')],
      [audience('a1', 'c1')],
      [plan('p1', 'c1', 'approved')],
      all,
    )
    await expect(renderForSnapshot('dashboard', 'Etusivu', model, { locale: 'fi' })).toMatchFileSnapshot(
      '__snapshots__/dashboard.html',
    )
  })
})

describe('GET /', () => {
  let world: PageWorld
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())

  it("when a client user opens it, then sees only their own client's shared plans and no audiences", async () => {
    const own = await world.make.plan('own', 'shared')
    const draft = await world.make.plan('own', 'draft')
    const other = await world.make.plan('otherClient', 'shared')
    const page = mainOf((await (await world.browse('client')).get('/')).text)

    expect(page).toContain(`/plans/${own.plan.id}`)
    expect(page).not.toContain(`/plans/${draft.plan.id}`)
    expect(page).not.toContain(`/plans/${other.plan.id}`)
    expect(page).not.toContain('/audiences/')
  })

  it('when staff open it, then sees the agency\u2019s recent audiences and a link to draft a new one', async () => {
    const stored = await world.make.audience('otherClient')
    const page = mainOf((await (await world.browse('staff')).get('/')).text)

    expect(page).toContain(`/audiences/${stored.id}`)
    expect(page).toContain('href="/audiences/new"')
  })
})
