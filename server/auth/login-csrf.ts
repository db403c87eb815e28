import { createHmac } from 'node:crypto'
import type { Store } from '../store/store.js'
import { sameSecret } from './authenticate.js'
import { newSecret } from './secret-token.js'

export const LOGIN_FORM_TTL_MS = 3_600_000
const KEY_NAME = 'login-csrf'

const macOf = (key: Buffer, expires: string, nonce: string) =>
  createHmac('sha256', key).update(`login-csrf|${expires}|${nonce}`).digest('base64url')

/**
 * The sign-in form's CSRF token: `<expires ms>.<nonce>.<HMAC>` under a server key, sent as a cookie and as a hidden
 * field. Only the server can make one, so a value a client planted in the cookie (and repeated in the field) is
 * refused; it also stops working an hour after the form was served.
 */
export async function issueLoginCsrf(store: Store, now = Date.now()): Promise<string> {
  const expires = String(now + LOGIN_FORM_TTL_MS)
  const nonce = newSecret()
  return `${expires}.${nonce}.${macOf(await store.serverState.key(KEY_NAME), expires, nonce)}`
}

/** The field equals the cookie, and the cookie is a token this server signed that has not expired. */
export async function loginCsrfValid(
  store: Store,
  field: string,
  cookie: string | undefined,
  now = Date.now(),
): Promise<boolean> {
  if (!cookie || !sameSecret(field, cookie)) return false
  const [expires = '', nonce = '', mac = '', ...rest] = cookie.split('.')
  if (rest.length > 0 || !/^\d{1,15}$/.test(expires) || Number(expires) <= now) return false
  return sameSecret(mac, macOf(await store.serverState.key(KEY_NAME), expires, nonce))
}
