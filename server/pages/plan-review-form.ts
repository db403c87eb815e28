import { z } from 'zod'
import type { ReviewForm, ReviewField } from '../presenters/plan-client-presenter.js'
import { assertStorableText } from '../routes/stored-objects.js'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const EmailSchema = z.email().max(254)

type Problems = ReviewForm['problems']
const problem = (problems: Problems, field: ReviewField, messageKey: string) => problems.push({ field, messageKey })

/** The approval form as posted: the confirmation, and the approver's name and email on a share link. */
export function parseApproveForm(form: Record<string, unknown>, askWho: boolean): ReviewForm {
  const review = { name: text(form['name']), email: text(form['email']), comment: '', line: '', problems: [] }
  assertStorableText(review)
  const problems: Problems = review.problems
  if (form['confirm'] !== 'yes') problem(problems, 'approve-confirm', 'review.error.confirm')
  if (askWho && (review.name.length === 0 || review.name.length > 100))
    problem(problems, 'approve-name', 'review.error.name')
  if (askWho && !EmailSchema.safeParse(review.email).success) problem(problems, 'approve-email', 'review.error.email')
  return { ...review, name: review.name.slice(0, 120), email: review.email.slice(0, 260) }
}

/** The request-changes form: the comment, the line it points at (empty: the whole plan), the visitor's name. */
export function parseChangesForm(form: Record<string, unknown>, lineCount: number, askWho: boolean) {
  const review = { name: text(form['name']), email: '', comment: text(form['comment']), line: text(form['line']) }
  assertStorableText(review)
  const problems: Problems = []
  if (review.comment.length === 0 || review.comment.length > 5000)
    problem(problems, 'changes-comment', 'review.error.comment')
  const line = review.line === '' ? null : Number(review.line)
  if (line !== null && !(Number.isInteger(line) && line >= 0 && line < lineCount))
    problem(problems, 'changes-line', 'review.error.line')
  if (askWho && (review.name.length === 0 || review.name.length > 100))
    problem(problems, 'changes-name', 'review.error.name')
  const shown = { ...review, comment: review.comment.slice(0, 5100), name: review.name.slice(0, 120), problems }
  return { form: shown satisfies ReviewForm, line }
}
