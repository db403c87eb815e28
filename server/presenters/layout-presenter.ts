import type { Principal } from '../auth/principal.js'
import { LOCALES, type Locale } from '../i18n/locale.js'
import type { Role } from '../store/store-types.js'

// A language is offered under its own name, so a reader who cannot read the current page still finds theirs.
const NATIVE_NAMES: Record<Locale, string> = { fi: 'suomi', sv: 'svenska', en: 'English' }

type NavEntry = { href: string; labelKey: string; roles: readonly Role[] }

// What each role works with; the admin sees everything.
const NAV: readonly NavEntry[] = [
  { href: '/', labelKey: 'nav.dashboard', roles: ['admin', 'staff', 'planner', 'client'] },
  { href: '/clients', labelKey: 'nav.clients', roles: ['admin', 'staff'] },
  { href: '/audiences', labelKey: 'nav.audiences', roles: ['admin', 'staff', 'planner'] },
  { href: '/plans', labelKey: 'nav.plans', roles: ['admin', 'staff', 'planner', 'client'] },
  { href: '/exports', labelKey: 'nav.exports', roles: ['admin', 'staff', 'planner'] },
  { href: '/admin', labelKey: 'nav.admin', roles: ['admin'] },
]

export type LayoutModel = {
  user: { email: string; roleKey: string } | null
  nav: { href: string; labelKey: string; current: boolean }[]
  csrfToken: string | null
  here: string
  languages: { code: Locale; nativeName: string; selected: boolean }[]
  errorCode: string | null
}

const isCurrent = (href: string, here: string) =>
  href === '/' ? here === '/' : here === href || here.startsWith(`${href}/`) || here.startsWith(`${href}?`)

/** The frame around every page: who is signed in, the menu for their role, the language switch. */
export function toLayout(
  principal: Principal | null,
  locale: Locale,
  here: string,
  errorCode: string | null = null,
): LayoutModel {
  const role = principal?.user.role
  return {
    user: principal ? { email: principal.user.email, roleKey: `role.${principal.user.role}` } : null,
    nav: role
      ? NAV.filter((n) => n.roles.includes(role)).map((n) => ({
          href: n.href,
          labelKey: n.labelKey,
          current: isCurrent(n.href, here),
        }))
      : [],
    csrfToken: principal?.csrfToken ?? null,
    here,
    languages: LOCALES.map((code) => ({ code, nativeName: NATIVE_NAMES[code], selected: code === locale })),
    errorCode,
  }
}
