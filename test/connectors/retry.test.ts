import { describe, expect, it } from 'vitest'
import { PlatformError } from '../../server/connectors/platform-error.js'
import { backoffDelay, withRetry, type RetryPolicy } from '../../server/connectors/retry.js'

const POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, timeoutMs: 1000 }
const classify = (e: unknown) => e as PlatformError
const limited = new PlatformError({ platform: 'meta', code: 'rate_limited', platformCode: '17' })
const expired = new PlatformError({ platform: 'meta', code: 'token_expired', platformCode: '190/463' })

describe('backoffDelay', () => {
  it('when the random source is at its top, then delays double from the base and stop at the cap', () => {
    const top = () => 0.999999

    expect([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, POLICY, top))).toEqual([99, 199, 399, 799, 999, 999])
  })

  it('when the platform asks for a longer wait, then that wins, still within the cap', () => {
    expect(backoffDelay(0, POLICY, () => 0, 400)).toBe(400)
    expect(backoffDelay(0, POLICY, () => 0, 60_000)).toBe(1000)
  })
})

describe('withRetry', () => {
  it('when a call keeps failing transiently, then it is tried exactly `attempts` times', async () => {
    let calls = 0
    const slept: number[] = []

    const error = await withRetry(
      () => {
        calls += 1
        return Promise.reject(limited)
      },
      classify,
      POLICY,
      { random: () => 0.5, sleep: async (ms) => void slept.push(ms) },
    ).catch((e: unknown) => e)

    expect(error).toBe(limited)
    expect(calls).toBe(4)
    expect(slept).toEqual([50, 100, 200])
  })

  it('when the failure is user-fixable, then it is thrown at once', async () => {
    let calls = 0

    await expect(
      withRetry(
        () => {
          calls += 1
          return Promise.reject(expired)
        },
        classify,
        POLICY,
        { random: () => 0.5, sleep: async () => undefined },
      ),
    ).rejects.toBe(expired)
    expect(calls).toBe(1)
  })
})
