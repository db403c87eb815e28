import type { Request } from 'express'
import { cookieOf } from '../auth/auth-cookies.js'
import type { Principal } from '../auth/principal.js'
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, type Locale } from '../i18n/locale.js'

export const LANGUAGE_COOKIE = 'kohde_lang'

/** The page language: the signed-in user's saved choice, else the visitor's cookie, else the browser's, else Finnish. */
export function pageLocale(req: Request, principal: Principal | null): Locale {
  const saved = principal?.user.locale
  if (isLocale(saved)) return saved
  const cookie = cookieOf(req, LANGUAGE_COOKIE)
  if (isLocale(cookie)) return cookie
  return localeFromAcceptLanguage(req.headers['accept-language']) ?? DEFAULT_LOCALE
}
