import { isIP } from 'node:net'
import type { Config } from '../http/config.js'

/** A listen address only this machine reaches: localhost, 127.0.0.0/8, ::1 (a DNS name "127.x.example" is not). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (bare === 'localhost' || bare === '::1') return true
  const v4 = bare.startsWith('::ffff:') ? bare.slice(7) : bare
  return isIP(v4) === 4 && v4.startsWith('127.')
}

const isLoopbackUrl = (url: string) => {
  try {
    return isLoopbackHost(new URL(url).hostname)
  } catch {
    return false
  }
}

/**
 * Reachable from this machine only: a loopback HOST with no proxy in front (a trusted proxy or a public URL means
 * others reach it through that proxy, whatever HOST says).
 */
export const loopbackOnly = (config: Pick<Config, 'host' | 'publicUrl' | 'trustProxy'>): boolean =>
  isLoopbackHost(config.host) &&
  config.trustProxy === false &&
  (config.publicUrl === null || isLoopbackUrl(config.publicUrl))

/** The start banner's share line: the live token only where nobody else can read the console's link and use it. */
export function shareBanner(config: Pick<Config, 'host' | 'publicUrl' | 'trustProxy'>, origin: string, path: string) {
  if (loopbackOnly(config)) return `Shared plan link: ${origin}${path}`
  return 'Shared plan: sign in as the demo staff user and open the plan to share its link (not printed: this server is reachable from elsewhere).'
}
