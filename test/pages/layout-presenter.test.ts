import { describe, expect, it } from 'vitest'
import { safeNext } from '../../server/pages/page-guard.js'
import { toLayout } from '../../server/presenters/layout-presenter.js'
import { snapshotPrincipal } from './support/page-world.js'

describe('toLayout', () => {
  it('when a planner is on a plan page, then the menu has the planner entries and marks Plans as current', () => {
    const layout = toLayout(snapshotPrincipal('planner'), 'fi', '/plans/123')

    expect(layout.nav.map((n) => n.href)).toEqual(['/', '/audiences', '/plans', '/exports'])
    expect(layout.nav.filter((n) => n.current).map((n) => n.href)).toEqual(['/plans'])
    expect(layout.user).toEqual({ email: 'planner@agency.test', roleKey: 'role.planner' })
    expect(layout.csrfToken).toBe('csrf-token-for-snapshots')
  })

  it('when a client user is signed in, then the menu offers only the dashboard and plans', () => {
    expect(toLayout(snapshotPrincipal('client'), 'sv', '/').nav.map((n) => [n.href, n.current])).toEqual([
      ['/', true],
      ['/plans', false],
    ])
  })

  it('when nobody is signed in, then there is no menu and the current language is selected', () => {
    const layout = toLayout(null, 'sv', '/login')
    expect(layout.nav).toEqual([])
    expect(layout.user).toBeNull()
    expect(layout.languages.filter((l) => l.selected).map((l) => l.code)).toEqual(['sv'])
  })
})

describe('safeNext', () => {
  it('when the next address is a path on this site, then keeps it; otherwise falls back to the dashboard', () => {
    expect(safeNext('/plans/1?tab=google')).toBe('/plans/1?tab=google')
    expect(safeNext('//evil.example/x')).toBe('/')
    expect(safeNext('/\\evil.example')).toBe('/')
    expect(safeNext('https://evil.example')).toBe('/')
    expect(safeNext('/a b')).toBe('/')
    expect(safeNext(['/x'])).toBe('/')
  })
})
