import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FINNISH_RATE_CARD } from '../../audiences/index.js'
import { translatorOf } from '../../server/i18n/translate.js'
import { readRateCardForm, parseRate, shownRate } from '../../server/pages/rate-card-form.js'
import { toAdminUsers } from '../../server/presenters/admin-users-presenter.js'
import { toRateCardEdit, toRateCardsPage } from '../../server/presenters/rate-card-presenter.js'
import type { StoredRateCard } from '../../server/store/rate-card-repository.js'
import { createPageWorld, errorCodeOf, mainOf, renderForSnapshot, type PageWorld } from './support/page-world.js'

let world: PageWorld
beforeAll(async () => {
  world = await createPageWorld()
})
afterAll(() => world.dispose())

const at = '2026-11-20T10:00:00.000Z'
const storedCard: StoredRateCard = { ...FINNISH_RATE_CARD, id: 'r1', version: 3, createdAt: at, updatedAt: at }

describe('readRateCardForm', () => {
  const form = (overrides: Record<string, string>) => {
    const fields: Record<string, string> = {}
    for (const [channel, r] of Object.entries(FINNISH_RATE_CARD.rates)) {
      fields[`${channel}.pricing`] = r.pricing
      // As the English form shows them: euros to the cent, CTR as a percentage (0.009 → 0.9).
      fields[`${channel}.cpm`] = shownRate('en', 'cpm', r.cpm.value)
      fields[`${channel}.cpc`] = shownRate('en', 'cpc', r.cpc.value)
      fields[`${channel}.ctrCpm`] = shownRate('en', 'ctrCpm', r.ctr.cpm.value)
      fields[`${channel}.ctrCpc`] = shownRate('en', 'ctrCpc', r.ctr.cpc.value)
    }
    return { ...fields, ...overrides }
  }

  it('when one rate changes (typed with a decimal comma), then only that rate gets the edit as its source', () => {
    const read = readRateCardForm(FINNISH_RATE_CARD, form({ 'linkedin.cpm': '32,5' }), 'edited today')
    if (read.kind !== 'ok') throw new Error('expected ok')

    expect(read.card.rates.linkedin!.cpm).toEqual({ value: 32.5, source: 'edited today' })
    expect(read.card.rates.facebook!.cpm).toEqual(FINNISH_RATE_CARD.rates.facebook!.cpm)
  })

  it('when a rate is not a positive number or a CTR is 100 % or more, then reports those fields and keeps the typed text', () => {
    const read = readRateCardForm(FINNISH_RATE_CARD, form({ 'google.cpc': '-1', 'facebook.ctrCpm': '100' }), 'x')

    expect(read.kind).toBe('invalid')
    if (read.kind === 'invalid') {
      expect([...read.bad].sort()).toEqual(['facebook.ctrCpm', 'google.cpc'])
      expect(read.typed['google.cpc']).toBe('-1')
    }
  })

  // Fees (ADR 0010): a percentage is typed as people say it (15 = a 15 % markup on net).
  it('when the card takes 15 % and LinkedIn a fixed 120,50 €, then the card has rate 0.15 and LinkedIn amount 120.5', () => {
    const read = readRateCardForm(
      FINNISH_RATE_CARD,
      form({
        'fee.kind': 'percent',
        'fee.value': '15',
        'linkedin.feeKind': 'fixed',
        'linkedin.feeValue': '120,50',
        notes: ' Meta rates valid until June ',
      }),
      'x',
    )
    if (read.kind !== 'ok') throw new Error('expected ok')

    expect(read.card.fee).toEqual({ kind: 'percent', rate: 0.15 })
    expect(read.card.rates.linkedin!.fee).toEqual({ kind: 'fixed', amount: 120.5 })
    expect(read.card.rates.facebook!.fee).toBeUndefined()
    expect(read.card.notes).toBe('Meta rates valid until June')
  })

  it('when a fee is not a number, then that field is reported and the typed text kept', () => {
    const read = readRateCardForm(FINNISH_RATE_CARD, form({ 'fee.kind': 'percent', 'fee.value': 'paljon' }), 'x')

    expect(read.kind).toBe('invalid')
    if (read.kind === 'invalid') {
      expect([...read.bad]).toEqual(['fee.value'])
      expect(read.typed['fee.value']).toBe('paljon')
    }
  })

  it('when a card with fees is edited, then the form shows 15 for a 0.15 markup and the notes', () => {
    const at = '2026-11-20T10:00:00.000Z'
    const card = {
      ...FINNISH_RATE_CARD,
      fee: { kind: 'percent' as const, rate: 0.15 },
      notes: 'valid until June',
      ...{ id: 'r1', version: 1, createdAt: at, updatedAt: at },
    }
    const model = toRateCardEdit(card, null, new Set(), 'en', 'Finland')

    expect(model.fee.value).toBe('15')
    expect(model.fee.options.find((o) => o.selected)!.value).toBe('percent')
    expect(model.notes).toBe('valid until June')
  })

  it('when parsing rates, then accepts 2,5 and 2.5 and refuses everything else', () => {
    expect([parseRate('2,5'), parseRate(' 2.5 '), parseRate('10')]).toEqual([2.5, 2.5, 10])
    expect([parseRate('0'), parseRate('1e3'), parseRate('2,5,1'), parseRate(['1']), parseRate('')]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

describe('toAdminUsers', () => {
  it('when listing users, then marks the admin themself and preselects each user\u2019s role and client', () => {
    const users = [
      {
        id: 'u1',
        agencyId: 'a',
        email: 'me@a.fi',
        role: 'admin' as const,
        clientId: null,
        locale: null,
        createdAt: at,
        updatedAt: at,
      },
      {
        id: 'u2',
        agencyId: 'a',
        email: 'c@a.fi',
        role: 'client' as const,
        clientId: 'c1',
        locale: null,
        createdAt: at,
        updatedAt: at,
      },
    ]
    const clients = [{ id: 'c1', name: 'Talotehdas Oy', createdAt: at, updatedAt: at }]
    const model = toAdminUsers(
      translatorOf('fi'),
      users,
      clients,
      'u1',
      null,
      { email: '', role: 'staff', clientId: '' },
      [],
      null,
    )

    expect(model.users.map((u) => [u.email, u.isYou, u.clientName])).toEqual([
      ['me@a.fi', true, null],
      ['c@a.fi', false, 'Talotehdas Oy'],
    ])
    expect(model.users[1]!.roles.filter((o) => o.selected).map((o) => o.value)).toEqual(['client'])
    expect(model.users[1]!.clients.filter((o) => o.selected).map((o) => o.value)).toEqual(['c1'])
    expect(model.form.roles.filter((o) => o.selected).map((o) => o.value)).toEqual(['staff'])
  })

  it('when rendered with a form error, then matches the snapshot', async () => {
    const clients = [{ id: 'c1', name: 'Talotehdas Oy', createdAt: at, updatedAt: at }]
    const users = [
      {
        id: 'u1',
        agencyId: 'a',
        email: 'admin@agency.test',
        role: 'admin' as const,
        clientId: null,
        locale: null,
        createdAt: at,
        updatedAt: at,
      },
    ]
    const model = toAdminUsers(
      translatorOf('en'),
      users,
      clients,
      'u1',
      null,
      { email: 'bad', role: 'client', clientId: '' },
      [{ field: 'user-email', messageKey: 'users.error.email' }],
      'request_invalid',
    )
    await expect(
      renderForSnapshot('admin-users', 'Users', model, {
        role: 'admin',
        here: '/admin/users',
        errorCode: 'request_invalid',
      }),
    ).toMatchFileSnapshot('__snapshots__/admin-users.html')
  })
})

describe('admin page snapshots', () => {
  it('when rendering the rate cards, the card editor, share links, admin index and exports, then each matches its snapshot', async () => {
    const pages: [string, object, string][] = [
      [
        'admin-rate-cards',
        toRateCardsPage([storedCard], { country: '', errorKey: null }, [
          { code: 'SE', name: 'Ruotsi' },
          { code: 'FI', name: 'Suomi' },
        ]),
        '/admin/rate-cards',
      ],
      ['admin-rate-card', toRateCardEdit(storedCard, null, new Set(), 'fi', 'Suomi'), '/admin/rate-cards/r1'],
      [
        'admin-share-links',
        {
          revoked: false,
          links: [
            {
              planId: 'p1',
              planName: 'Kevät',
              clientName: 'Talotehdas Oy',
              createdAt: at,
              expiresAt: at,
              createdBy: 'staff@a.fi',
              planHref: '/plans/p1',
              revokeAction: '/admin/share-links/p1/revoke',
            },
          ],
        },
        '/admin/share-links',
      ],
      ['admin', { links: [{ href: '/admin/users', labelKey: 'admin.users' }] }, '/admin'],
    ]
    for (const [view, model, here] of pages)
      await expect(renderForSnapshot(view, view, model, { role: 'admin', here, locale: 'fi' })).toMatchFileSnapshot(
        `__snapshots__/${view}.html`,
      )
  })
})

describe('the admin pages', () => {
  it('when an admin adds a client user without a client, then the form says so; with one, the user can sign in as that client', async () => {
    const admin = await world.browse('admin')
    const base = { email: 'newclient@agency.test', password: 'long enough password', role: 'client' }
    const missing = await admin.post('/admin/users', { ...base, clientId: '' })
    const made = await admin.post('/admin/users', { ...base, clientId: world.clients.a1.id })
    const [stored] = await world.store.users.findForLogin('newclient@agency.test')

    expect(missing.status).toBe(400)
    expect(mainOf(missing.text)).toContain('id="user-client-error"')
    expect(made.status).toBe(303)
    expect([stored?.role, stored?.client_id]).toEqual(['client', world.clients.a1.id])
  })

  it('when the email is taken, then answers 409 with the message next to the email', async () => {
    const admin = await world.browse('admin')
    const form = { email: 'twice@agency.test', password: 'long enough password', role: 'staff', clientId: '' }
    await admin.post('/admin/users', form)
    const again = await admin.post('/admin/users', form)

    expect(again.status).toBe(409)
    expect(errorCodeOf(again.text)).toBe('conflict')
    expect(mainOf(again.text)).toContain('Tällä sähköpostilla on jo käyttäjä.')
  })

  it('when an admin edits a rate card, then the stored card has the new rate and the next version; a stale version is a 409', async () => {
    const admin = await world.browse('admin')
    const created = await admin.post('/admin/rate-cards', { country: 'se' })
    const edit = await admin.get(created.headers.location!)
    const fields = Object.fromEntries(
      [...edit.text.matchAll(/name="([a-z]+\.[a-zA-Z]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
    )
    const pricing = Object.fromEntries(
      Object.keys(FINNISH_RATE_CARD.rates).map((c) => [
        `${c}.pricing`,
        FINNISH_RATE_CARD.rates[c as 'google']!.pricing,
      ]),
    )
    const saved = await admin.post(created.headers.location!, {
      ...fields,
      ...pricing,
      'facebook.cpm': '12,5',
      version: '1',
    })
    const stale = await admin.post(created.headers.location!, { ...fields, ...pricing, version: '1' })
    const cards = await world.store.rateCards.all(world.where('own').agencyId)
    const se = cards.find((c) => c.country === 'SE')!

    expect(saved.status).toBe(303)
    expect(se.rates.facebook!.cpm.value).toBe(12.5)
    expect(se.rates.google!.cpc).toEqual(FINNISH_RATE_CARD.rates.google!.cpc)
    expect(stale.status).toBe(409)
  })

  it('when staff open an admin page, then answers 403', async () => {
    const response = await (await world.browse('staff')).get('/admin/users')
    expect(response.status).toBe(403)
    expect(errorCodeOf(response.text)).toBe('forbidden')
  })

  it('when an admin revokes a plan\u2019s share links, then they leave the list', async () => {
    const { plan } = await world.make.plan('own', 'shared')
    const admin = await world.browse('admin')
    const before = await admin.get('/admin/share-links')
    const revoked = await admin.post(`/admin/share-links/${plan.id}/revoke`, {})
    const after = await admin.get('/admin/share-links')

    expect(mainOf(before.text)).toContain(`/plans/${plan.id}`)
    expect(revoked.status).toBe(303)
    expect(mainOf(after.text)).not.toContain(`/plans/${plan.id}`)
  })
})
