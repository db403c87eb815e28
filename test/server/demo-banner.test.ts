import { describe, expect, it } from 'vitest'
import { isLoopbackHost, shareBanner } from '../../server/demo/loopback.js'

const TOKEN_PATH = '/share/tok_live_secret'
const banner = (host: string, publicUrl: string | null = null, trustProxy: false | number | string[] = false) =>
  shareBanner({ host, publicUrl, trustProxy }, publicUrl ?? `http://${host}:3000`, TOKEN_PATH)

describe('the demo start banner (issue 16)', () => {
  it('when the server listens on loopback with nothing in front, then it prints the live share link', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.53'])
      expect(banner(host)).toBe(
        `Shared plan link: ${host === '::1' ? 'http://::1:3000' : `http://${host}:3000`}${TOKEN_PATH}`,
      )
    expect(banner('127.0.0.1', 'http://localhost:3000')).toContain(TOKEN_PATH)
  })

  it('when others can reach it (a proxy is trusted, or the public URL is not loopback), then the token is never printed', () => {
    const reachable = [
      banner('127.0.0.1', 'https://kohde.example.fi'),
      banner('127.0.0.1', null, 1),
      banner('localhost', null, ['loopback']),
      banner('127.0.0.1', 'http://localhost:3000', 1),
    ]

    for (const line of reachable) {
      expect(line).not.toContain('tok_live_secret')
      expect(line).toMatch(/not printed/)
    }
  })

  it('when a host only looks like loopback (a DNS name starting 127., 0.0.0.0, a LAN address), then it is not loopback', () => {
    expect(['127.evil.example', '0.0.0.0', '::', '10.0.0.5', '127.0.0.1.nip.io'].map(isLoopbackHost)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
    expect(['127.0.0.1', '::1', '[::1]', '::ffff:127.0.0.1', 'LOCALHOST'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
  })
})
