import { HttpError } from '../http-errors.js'
import type { RateLimit } from '../store/rate-limit-repository.js'
import type { Store } from '../store/store.js'
import { normalizeEmail, toUser, type StoredUser } from '../store/user-repository.js'
import { decoyHash, verifyPassword } from './password-hash.js'

// Counted in the database, so the limits hold however many server processes share it.
export const LOGIN_LIMITS: { perEmail: RateLimit; perIp: RateLimit } = {
  perEmail: { limit: 10, windowMs: 15 * 60_000 },
  perIp: { limit: 100, windowMs: 15 * 60_000 },
}

/** The user whose email and password these are; 429 past the attempt limits, 401 for anything wrong. */
export async function checkLogin(store: Store, email: string, password: string, ip: string): Promise<StoredUser> {
  const byEmail = await store.rateLimits.hit(`login:email:${normalizeEmail(email)}`, LOGIN_LIMITS.perEmail)
  const byIp = await store.rateLimits.hit(`login:ip:${ip}`, LOGIN_LIMITS.perIp)
  if (!byEmail.allowed || !byIp.allowed) {
    const wait = Math.max(byEmail.allowed ? 0 : byEmail.retryAfterSeconds, byIp.allowed ? 0 : byIp.retryAfterSeconds)
    throw new HttpError('rate_limited', `too many sign-in attempts: try again in ${Math.ceil(wait / 60)} min`)
  }
  const row = await store.users.findForLogin(email)
  const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash()))
  if (!row || !matches) throw new HttpError('unauthorized', 'wrong email or password')
  return toUser(row)
}
