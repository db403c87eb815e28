import { z } from 'zod'
import { HttpError } from '../http/http-errors.js'
import type { ClientForm } from '../presenters/plan-client-presenter.js'
import { assertStorableText } from '../routes/stored-objects.js'

const COMMENT_MAX = 5000
const NAME_MAX = 100

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The comment form as posted: the text (and the visitor's name on a share link), or the problems to show. */
export function parseCommentForm(form: Record<string, unknown>, askName: boolean): ClientForm {
  const body = text(form['body']).trim()
  const name = text(form['name']).trim()
  assertStorableText({ body, name })
  const problems: ClientForm['problems'] = []
  if (askName && (name.length === 0 || name.length > NAME_MAX))
    problems.push({ field: 'comment-name', messageKey: 'client.error.nameMissing' })
  if (body.length === 0) problems.push({ field: 'comment-body', messageKey: 'client.error.bodyMissing' })
  else if (body.length > COMMENT_MAX) problems.push({ field: 'comment-body', messageKey: 'client.error.bodyTooLong' })
  return { body: body.slice(0, COMMENT_MAX + 100), name: name.slice(0, NAME_MAX + 20), problems }
}

const ApproveFormSchema = z.object({ version: z.coerce.number().int().min(1).max(1e9) })

/** The version the client approves: the one their page showed (a newer shared version then answers 409). */
export function approvedVersionOf(form: Record<string, unknown>): number {
  const parsed = ApproveFormSchema.safeParse(form)
  if (!parsed.success) throw new HttpError('request_invalid', 'the approval form names no version')
  return parsed.data.version
}

const NOTICES = ['approved', 'commented', 'requested'] as const

/** The notice after a form's redirect (?done=approved|commented|requested); anything else shows none. */
export function noticeOf(query: Record<string, unknown>): (typeof NOTICES)[number] | null {
  return NOTICES.find((n) => n === query['done']) ?? null
}
