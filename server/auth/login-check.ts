import { rateLimited, HttpError } from '../http/http-errors.js'
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

/**
 * The account these credentials open. An email is unique within an agency, so it may have an account in several
 * (who they belong to is not told to the agencies); the password picks one, the oldest if it opens more than one.
 * The hashes are checked together, and an unknown email costs a decoy check, so a miss takes as long as a hit.
 */
async function accountFor(store: Store, email: string, password: string): Promise<StoredUser | null> {
  const rows = await store.users.findForLogin(email)
  const hashes = rows.length > 0 ? rows.map((r) => r.password_hash) : [await decoyHash()]
  const matches = await Promise.all(hashes.map((hash) => verifyPassword(password, hash)))
  const row = rows[matches.indexOf(true)]
  return row ? toUser(row) : null
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
  clock: () => number = Date.now,
): Promise<StoredUser> {
  const keys = keysOf(email, ip)
  const wait = await store.rateLimits.waitSeconds([keys.account, keys.source], clock())
  if (wait > 0) throw rateLimited(`too many failed sign-ins from here: try again in ${wait} s`, wait)
  const user = await accountFor(store, email, password)
  if (!user) {
    const failures = [
      { key: keys.account, policy: LOGIN_LIMITS.perAccountAndSource },
      { key: keys.source, policy: LOGIN_LIMITS.perSource },
    ]
    // The wait starts when the failure is known, after the password check (which takes a while on a busy server).
    await store.rateLimits.fail(failures, clock())
    throw new HttpError('unauthorized', 'wrong email or password')
  }
  await store.rateLimits.clear(keys.account)
  return user
}
