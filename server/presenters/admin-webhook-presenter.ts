import { formatDateTime } from '../i18n/formats.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import type { AgencyWebhook } from '../store/webhook-repository.js'
import { toFormFeedback, type FormFeedback } from './form-feedback.js'

export type WebhookDelivery = {
  id: string
  type: string
  attempts: number
  nextAttemptAt: string | null
  deliveredAt: string | null
  lastError: string | null
  createdAt: string
}

export type AdminWebhookModel = {
  url: string | null
  since: string | null
  secret: string | null
  notice: string | null
  form: { url: string }
  feedback: FormFeedback
  errorCode: string | null
  deliveries: { event: string; created: string; state: string; attempts: number; problem: string | null }[]
}

// The deliverer stores "HTTP <status>" for an answer that was not 2xx and the network's own error text otherwise
// (server/webhooks/webhook-delivery.ts): the first is said with its status, the second as unreachable, in the
// page's language rather than Node's English.
function problemOf(t: Translate, lastError: string | null): string | null {
  if (lastError === null) return null
  const status = /^HTTP (\d{3})$/.exec(lastError)?.[1]
  return status ? t('webhook.problem.status', { status }) : t('webhook.problem.unreachable')
}

function stateOf(t: Translate, locale: Locale, d: WebhookDelivery): string {
  if (d.deliveredAt) return t('webhook.state.delivered', { at: formatDateTime(locale, d.deliveredAt) })
  if (d.nextAttemptAt) return t('webhook.state.retry', { at: formatDateTime(locale, d.nextAttemptAt) })
  return t('webhook.state.waiting')
}

/** The webhook page: its address or none, a secret to show once, and the newest deliveries in plain words. */
export function toAdminWebhook(
  t: Translate,
  locale: Locale,
  hook: AgencyWebhook | null,
  deliveries: readonly WebhookDelivery[],
  shown: { typedUrl: string; secret: string | null; invalid: boolean; notice: 'saved' | 'removed' | null },
): AdminWebhookModel {
  return {
    url: hook?.url ?? null,
    since: hook ? formatDateTime(locale, hook.updatedAt) : null,
    secret: shown.secret,
    notice: shown.notice ? t(`webhook.notice.${shown.notice}`) : null,
    form: { url: shown.typedUrl },
    feedback: toFormFeedback(
      t,
      ['webhook-url'],
      shown.invalid ? [{ field: 'webhook-url', messageKey: 'webhook.error.url' }] : [],
    ),
    // The layout puts it on <main> so a client of the HTML sees the same code the API would answer.
    errorCode: shown.invalid ? 'request_invalid' : null,
    deliveries: deliveries.map((d) => ({
      // The event types are plan.<kind> (server/store/plan-event-repository.ts), named as the activity names them.
      event: t(`webhook.event.${d.type}`),
      created: formatDateTime(locale, d.createdAt),
      state: stateOf(t, locale, d),
      attempts: d.attempts,
      problem: problemOf(t, d.lastError),
    })),
  }
}
