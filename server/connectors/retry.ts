import { CallTimeoutError, type PlatformError } from './platform-error.js'

export type RetryPolicy = {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  timeoutMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, timeoutMs: 20_000 }

export type RetryDeps = {
  random: () => number
  sleep: (ms: number) => Promise<void>
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function withTimeout<T>(call: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CallTimeoutError(`no answer in ${timeoutMs} ms`)), timeoutMs)
  })
  return Promise.race([call(), timeout]).finally(() => clearTimeout(timer))
}

// "Full jitter" backoff: a random delay up to the capped exponential step
// (aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter). A platform's Retry-After wins when longer.
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  const jittered = Math.floor(random() * step)
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0))
}

// Retries only transient failures (rate limits, 5xx, timeouts); everything else is thrown at once, classified.
export async function withRetry<T>(
  call: () => Promise<T>,
  classify: (error: unknown) => PlatformError,
  policy: RetryPolicy,
  deps: RetryDeps,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withTimeout(call, policy.timeoutMs)
    } catch (error) {
      const failure = classify(error)
      if (failure.kind !== 'transient' || attempt + 1 >= policy.attempts) throw failure
      await deps.sleep(backoffDelay(attempt, policy, deps.random, failure.retryAfterMs))
    }
  }
}
