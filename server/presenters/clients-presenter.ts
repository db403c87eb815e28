import type { Translate } from '../i18n/translate.js'
import type { StoredAudience } from '../store/audience-records.js'
import type { StoredClient } from '../store/client-repository.js'
import type { StoredPlan } from '../store/plan-records.js'
import { toFormFeedback, type FieldProblem, type FormFeedback } from './form-feedback.js'

export type ClientsPageModel = {
  clients: { name: string; href: string; createdAt: string }[]
  nextHref: string | null
  name: string
  feedback: FormFeedback
  errorCode: string | null
}

export function toClientsPage(
  t: Translate,
  clients: readonly StoredClient[],
  nextCursor: string | null,
  form: { name: string; problems: readonly FieldProblem[] },
): ClientsPageModel {
  return {
    clients: clients.map((c) => ({ name: c.name, href: `/clients/${c.id}`, createdAt: c.createdAt })),
    nextHref: nextCursor ? `/clients?cursor=${encodeURIComponent(nextCursor)}` : null,
    name: form.name,
    feedback: toFormFeedback(t, ['client-name'], form.problems),
    errorCode: form.problems.length > 0 ? 'request_invalid' : null,
  }
}

export type ClientPageModel = {
  client: { name: string; renameAction: string; deleteAction: string }
  audiences: { href: string; name: string; version: number; updatedAt: string }[]
  plans: { href: string; name: string; statusKey: string; version: number; updatedAt: string }[]
  name: string
  feedback: FormFeedback
  errorCode: string | null
  saved: boolean
}

/** One client: its audiences and plans (newest first), the rename form and the delete button. */
export function toClientPage(
  t: Translate,
  client: StoredClient,
  audiences: readonly StoredAudience[],
  plans: readonly StoredPlan[],
  form: { name: string; problems: readonly FieldProblem[]; saved: boolean },
): ClientPageModel {
  return {
    client: {
      name: client.name,
      renameAction: `/clients/${client.id}`,
      deleteAction: `/clients/${client.id}/delete`,
    },
    audiences: audiences.map((a) => ({
      href: `/audiences/${a.id}`,
      name: a.audience.name,
      version: a.version,
      updatedAt: a.updatedAt,
    })),
    plans: plans.map((p) => ({
      href: `/plans/${p.id}`,
      name: p.name,
      statusKey: `plan.status.${p.status}`,
      version: p.version,
      updatedAt: p.updatedAt,
    })),
    name: form.name,
    feedback: toFormFeedback(t, ['client-name'], form.problems),
    errorCode: form.problems.length > 0 ? 'request_invalid' : null,
    saved: form.saved,
  }
}
