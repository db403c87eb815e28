import type { ConnectorDeps } from '../../../server/connectors/live-result.js'
import type { RetryPolicy } from '../../../server/connectors/retry.js'

export const TODAY = new Date('2026-11-22T08:00:00Z')
export const TEST_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 5_000, timeoutMs: 2_000 }

// Jitter from a fixed random source and sleeps recorded instead of waited: retries are deterministic and instant.
export function testDeps(retry: Partial<RetryPolicy> = {}): ConnectorDeps & { delays: number[] } {
  const delays: number[] = []
  return {
    retry: { ...TEST_RETRY, ...retry },
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms)
    },
    clock: () => TODAY,
    delays,
  }
}
