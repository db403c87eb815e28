import type { Translate } from '../i18n/translate.js'

/** One problem of a submitted form: the field's id (for the summary's link) and the sentence to show. */
export type FieldProblem = { field: string; messageKey: string }

export type FormFeedback = {
  // The error summary at the top of the form: each entry links to its field.
  summary: { href: string; message: string }[]
  // Per field id: the message shown next to it (null: the field is fine). Keys are the form's field ids.
  fields: Record<string, string | null>
  hasErrors: boolean
}

/** The feedback model for a form's fields (every field present, null when fine) in the user's language. */
export function toFormFeedback(
  t: Translate,
  fieldIds: readonly string[],
  problems: readonly FieldProblem[],
): FormFeedback {
  const fields: Record<string, string | null> = Object.fromEntries(fieldIds.map((id) => [id, null]))
  const summary: FormFeedback['summary'] = []
  for (const problem of problems) {
    const message = t(problem.messageKey)
    if (fields[problem.field] === null) fields[problem.field] = message
    summary.push({ href: `#${problem.field}`, message })
  }
  return { summary, fields, hasErrors: problems.length > 0 }
}
