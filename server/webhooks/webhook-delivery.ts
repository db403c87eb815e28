import { createHmac } from 'node:crypto'
import type { Logger } from 'pino'
import type { Store } from '../store/store.js'
import type { OutboxItem } from '../store/webhook-repository.js'

export const MAX_ATTEMPTS = 8
const TIMEOUT_MS = 10_000
// A claimed delivery is not offered to another process until the attempt has surely ended.
const LEASE_MS = 60_000
const BATCH = 20

/** The signature header's value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the secret>`. */
export function signatureOf(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')
  return `t=${unixSeconds},v1=${mac}`
}

/** Seconds until the next attempt after `attempts` failed ones: 30 s doubling, at most an hour. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000)

async function deliver(item: OutboxItem, now: number, send: typeof fetch): Promise<string | null> {
  try {
    const response = await send(item.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'kohde-webhook/1',
        'x-kohde-event': (JSON.parse(item.payload) as { type: string }).type,
        'x-kohde-delivery': item.id,
        'x-kohde-signature': signatureOf(item.secret, item.payload, Math.floor(now / 1000)),
      },
      body: item.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await response.body?.cancel()
    return response.ok ? null : `HTTP ${response.status}`
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

export type DeliveryOptions = { clock?: () => number; send?: typeof fetch; logger?: Logger }

/** Sends every due delivery once; answers how many were delivered and how many failed. */
export async function deliverDue(store: Store, options: DeliveryOptions = {}) {
  const clock = options.clock ?? Date.now
  const send = options.send ?? fetch
  const claimed = await store.webhooks.claimDue(clock(), BATCH, LEASE_MS)
  let delivered = 0
  for (const item of claimed) {
    const problem = await deliver(item, clock(), send)
    if (problem === null) {
      await store.webhooks.delivered(item.id, clock())
      delivered++
      continue
    }
    const retryAt = item.attempts >= MAX_ATTEMPTS ? null : clock() + retryDelayMs(item.attempts)
    await store.webhooks.failed(item.id, problem, retryAt)
    options.logger?.warn({ delivery: item.id, attempts: item.attempts, problem }, 'webhook delivery failed')
  }
  return { delivered, failed: claimed.length - delivered }
}

/**
 * Delivers the outbox in the background every `intervalMs` (never inside a request); stop() ends it. One round at a
 * time: a slow receiver delays the next round, never a request.
 */
export function startWebhookWorker(store: Store, logger: Logger, intervalMs = 5_000) {
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    deliverDue(store, { logger })
      .catch((error: unknown) => logger.error({ err: error }, 'webhook round failed'))
      .finally(() => (running = false))
  }, intervalMs)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
