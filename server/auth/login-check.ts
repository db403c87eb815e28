import { rateLimited, HttpError } from '../http-errors.js'
import type { FailurePolicy } from '../store/rate-limit-repository.js'
import type { Store } from '../store/store.js'
import { normalizeEmail, toUser, type StoredUser } from '../store/user-repository.js'
import { decoyHash, verifyPassword } from './password-hash.js'
import { requestSource } from './request-source.js'

/**
 * Only failed sign-ins count, and they slow down, they never lock. Per account and source: 5 free failures, then the
 * next attempt from that source waits 1 s, 2 s, 4 s … up to 15 min; the same account from elsewhere is untouched, so
 * a stranger cannot lock a user out. Per source over all accounts: 100 free failures, then the same doubling (one
 * address guessing many emails). Counted in the database, so the limits hold across server processes.
 */
export const LOGIN_LIMITS: { perAccountAndSource: FailurePolicy; perSource: FailurePolicy } = {
  perAccountAndSource: { free: 5, baseDelayMs: 1000, maxDelayMs: 15 * 60_000, forgetMs: 15 * 60_000 },
  perSource: { free: 100, baseDelayMs: 1000, maxDelayMs: 15 * 60_000, forgetMs: 15 * 60_000 },
}

const keysOf = (email: string, ip: string) => {
  const source = requestSource(ip)
  return { account: `login:${source}:${normalizeEmail(email)}`, source: `login:${source}` }
}

/** The user whose email and password these are; 429 with Retry-After while a delay runs, 401 for anything wrong. */
export async function checkLogin(
  store: Store,
  email: string,
  password: string,
  ip: string,
  now = Date.now(),
): Promise<StoredUser> {
  const keys = keysOf(email, ip)
  const wait = await store.rateLimits.waitSeconds([keys.account, keys.source], now)
  if (wait > 0) throw rateLimited(`too many failed sign-ins from here: try again in ${wait} s`, wait)
  const row = await store.users.findForLogin(email)
  const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash()))
  if (!row || !matches) {
    const failures = [
      { key: keys.account, policy: LOGIN_LIMITS.perAccountAndSource },
      { key: keys.source, policy: LOGIN_LIMITS.perSource },
    ]
    await store.rateLimits.fail(failures, now)
    throw new HttpError('unauthorized', 'wrong email or password')
  }
  await store.rateLimits.clear(keys.account)
  return toUser(row)
}
