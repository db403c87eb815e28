import { openShareLink } from '../routes/share-link-access.js'
import { callerOf, found, idOf, settled } from '../routes/stored-objects.js'
import type { AppDeps } from '../routes/route-table.js'
import { CLIENT_ANSWERABLE } from '../store/plan-review-repository.js'
import type { StoredPlan } from '../store/plan-records.js'
import type { Actor, Scope } from '../store/store-types.js'
import type { Locale } from '../i18n/locale.js'
import { approvedVersionOf } from './plan-client-form.js'
import { clientPath, clientPlanPage } from './plan-client-pages.js'
import { parseApproveForm, parseChangesForm } from './plan-review-form.js'
import { definePage, type PageInput, type PageResult } from './page-table.js'
import { sharePath } from './share-pages.js'

// Who answers through a page: a signed-in client user, or a share link's visitor (who names themselves).
type Answerer = { viewer: 'client' | 'share'; actor: Actor; scope: Scope; plan: StoredPlan; action: string }

async function answererOf(input: PageInput, deps: AppDeps, viaLink: boolean): Promise<Answerer> {
  if (viaLink) {
    const token = input.params['token'] ?? ''
    const name = typeof input.form['name'] === 'string' ? input.form['name'].trim().slice(0, 100) : ''
    const access = await openShareLink(deps.store, token, input.ip, name || 'share link')
    return { viewer: 'share', actor: access.actor, scope: access.scope, plan: access.plan, action: sharePath(token) }
  }
  const { actor, scope } = callerOf(input)
  const id = idOf(input.params)
  const plan = found(await deps.store.plans.get(scope, id), 'plan')
  return { viewer: 'client', actor, scope, plan, action: clientPath(id) }
}

/** Approves the version the page showed, after the confirmation (and on a link, the approver's name and email). */
async function approve(input: PageInput, deps: AppDeps, viaLink: boolean, locale: Locale): Promise<PageResult> {
  const who = await answererOf(input, deps, viaLink)
  const version = approvedVersionOf(input.form)
  const review = parseApproveForm(input.form, viaLink)
  if (review.problems.length > 0) return clientPlanPage(deps, locale, { ...who, review })
  const approver = viaLink ? { name: review.name, email: review.email } : { name: null, email: who.actor.email }
  // The same use case as POST /api/v1/plans/:id/approve for a client: a shared version (or one they asked changes to).
  const outcome = await deps.store.planReviews.approve(
    who.actor,
    who.scope,
    who.plan.id,
    version,
    CLIENT_ANSWERABLE,
    approver,
  )
  settled(outcome, 'plan', (p) => p)
  return { redirect: `${who.action}?done=approved` }
}

/** Asks for changes to the version the client sees, with a comment that may point at a line. */
async function requestChanges(input: PageInput, deps: AppDeps, viaLink: boolean, locale: Locale): Promise<PageResult> {
  const who = await answererOf(input, deps, viaLink)
  const lineCount = (who.plan.content as { lines: unknown[] }).lines.length
  const { form, line } = parseChangesForm(input.form, lineCount, viaLink)
  if (form.problems.length > 0) return clientPlanPage(deps, locale, { ...who, review: form })
  const request = { comment: form.comment, line, who: { name: viaLink ? form.name : null, email: who.actor.email } }
  const outcome = await deps.store.planReviews.requestChanges(who.actor, who.scope, who.plan.id, request)
  settled(outcome, 'plan', (p) => p)
  return { redirect: `${who.action}?done=requested` }
}

// Share-link forms are public POSTs with `csrf: 'none'`: the secret token in the path is the credential, and
// mount-pages refuses a cross-site Origin on every POST (as share-pages.ts explains).
export const PLAN_REVIEW_PAGES = [
  definePage({
    method: 'post',
    path: '/plans/:id/client/approve',
    auth: ['client'],
    handle: (input, deps) => approve(input, deps, false, input.locale),
  }),
  definePage({
    method: 'post',
    path: '/plans/:id/client/request-changes',
    auth: ['client'],
    handle: (input, deps) => requestChanges(input, deps, false, input.locale),
  }),
  definePage({
    method: 'post',
    path: '/share/:token/approve',
    auth: 'public',
    csrf: 'none',
    handle: (input, deps) => approve(input, deps, true, input.locale),
  }),
  definePage({
    method: 'post',
    path: '/share/:token/request-changes',
    auth: 'public',
    csrf: 'none',
    handle: (input, deps) => requestChanges(input, deps, true, input.locale),
  }),
]
