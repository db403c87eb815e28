import { openShareLink } from '../routes/share-link-access.js'
import { found } from '../routes/stored-objects.js'
import { definePage } from './page-table.js'
import { clientPdf, clientPlanPage, PDF_FILE } from './plan-client-pages.js'
import { noticeOf, parseCommentForm } from './plan-client-form.js'

export const sharePath = (token: string) => `/share/${encodeURIComponent(token)}`

/**
 * The plan a share link opens, as a page: the client's view without an account. Its forms are public POSTs with
 * `csrf: 'none'`: the secret token in the path is the credential (another site cannot know it), and mount-pages
 * refuses a cross-site Origin on every POST. Each request counts against the share-link rate limit, and an
 * unknown, revoked or expired link answers 404, exactly as the JSON route does (openShareLink).
 */
export const SHARE_PAGES = [
  definePage({
    method: 'get',
    path: '/share/:token',
    auth: 'public',
    async handle(input, deps) {
      // A share link fetched as JSON (an API client) is answered by the JSON route on the same path.
      if (!input.prefersHtml) return { pass: true }
      const token = input.params['token'] ?? ''
      const access = await openShareLink(deps.store, token, input.ip)
      return clientPlanPage(deps, input.locale, {
        viewer: 'share',
        scope: access.scope,
        plan: access.plan,
        action: sharePath(token),
        notice: noticeOf(input.query),
      })
    },
  }),
  definePage({
    method: 'get',
    path: `/share/:token/${PDF_FILE}`,
    auth: 'public',
    async handle(input, deps) {
      // The client's PDF in the visitor's language; the link's rate limit and its 404 apply as to the page.
      const access = await openShareLink(deps.store, input.params['token'] ?? '', input.ip)
      return clientPdf(deps, access.scope, access.plan, input.locale)
    },
  }),
  definePage({
    method: 'post',
    path: '/share/:token/comments',
    auth: 'public',
    csrf: 'none', // as the approval: the token is the credential, cross-site posts are refused
    async handle(input, deps) {
      const token = input.params['token'] ?? ''
      const form = parseCommentForm(input.form, true)
      const { actor, scope, plan } = await openShareLink(deps.store, token, input.ip, form.name)
      if (form.problems.length > 0)
        return clientPlanPage(deps, input.locale, { viewer: 'share', scope, plan, action: sharePath(token), form })
      found(await deps.store.planReviews.comment(actor, scope, plan.id, form.body, false), 'plan')
      return { redirect: `${sharePath(token)}?done=commented#comments` }
    },
  }),
]
