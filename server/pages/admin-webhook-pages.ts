import { z } from 'zod'
import { newSecret } from '../auth/secret-token.js'
import { translate, translatorOf } from '../i18n/translate.js'
import { toAdminWebhook } from '../presenters/admin-webhook-presenter.js'
import { callerOf } from '../routes/stored-objects.js'
import type { AppDeps } from '../routes/route-table.js'
import { echo } from './form-fields.js'
import { definePage, type PageInput } from './page-table.js'

const ADMIN = ['admin'] as const
// The API's rule (server/routes/webhook-routes.ts): an http or https address of at most 2,000 characters.
const WebhookFormSchema = z.object({ url: z.url({ protocol: /^https?$/ }).max(2000) })

type Shown = { typedUrl: string; secret: string | null; invalid: boolean; notice: 'saved' | 'removed' | null }

async function webhookPage(input: PageInput, { store }: AppDeps, shown: Shown) {
  const agencyId = callerOf(input).principal.user.agencyId
  const [hook, deliveries] = await Promise.all([store.webhooks.get(agencyId), store.webhooks.recent(agencyId, 20)])
  return {
    view: 'admin-webhook',
    title: translate(input.locale, 'admin.webhook'),
    status: shown.invalid ? 400 : 200,
    model: toAdminWebhook(translatorOf(input.locale), input.locale, hook, hook ? deliveries : [], shown),
  }
}

// The agency's outgoing webhook (docs/review.md): the address, a signing secret shown once when set, the newest
// deliveries with their errors, and removal. The same store calls as /api/v1/webhook.
export const ADMIN_WEBHOOK_PAGES = [
  definePage({
    method: 'get',
    path: '/admin/webhook',
    auth: ADMIN,
    handle: (input, deps) =>
      webhookPage(input, deps, {
        typedUrl: '',
        secret: null,
        invalid: false,
        notice: input.query['removed'] === '1' ? 'removed' : null,
      }),
  }),
  definePage({
    method: 'post',
    path: '/admin/webhook',
    auth: ADMIN,
    async handle(input, deps) {
      const typedUrl = echo(input.form['url'], 2000)
      const parsed = WebhookFormSchema.safeParse(input.form)
      if (!parsed.success) return webhookPage(input, deps, { typedUrl, secret: null, invalid: true, notice: null })
      const agencyId = callerOf(input).principal.user.agencyId
      const hook = await deps.store.webhooks.set(agencyId, parsed.data.url, newSecret('whsec_'))
      // Rendered, not redirected: the secret is shown this once and never stored in a URL or a later page.
      return webhookPage(input, deps, { typedUrl: '', secret: hook.secret, invalid: false, notice: 'saved' })
    },
  }),
  definePage({
    method: 'post',
    path: '/admin/webhook/remove',
    auth: ADMIN,
    async handle(input, { store }) {
      await store.webhooks.remove(callerOf(input).principal.user.agencyId)
      return { redirect: '/admin/webhook?removed=1' }
    },
  }),
]
