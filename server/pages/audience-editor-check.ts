import { AudienceSchema, validateAudience, type Audience, type Taxonomy } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import type { Locale } from '../i18n/locale.js'
import { zodErrorsIn } from '../presenters/issue-text.js'
import type { EditorFields } from '../presenters/audience-form-fields.js'
import { formIssuesOf } from '../presenters/audience-form-issues.js'
import { fieldsToAudience, type FormIssue } from '../presenters/audience-form-parse.js'
import { issuesFromZod } from '../http/zod-issues.js'
import { assertStorableText, IdSchema } from '../routes/stored-objects.js'

export type EditorCheck =
  | { ok: true; audience: Audience; parentId: string | null }
  | { ok: false; status: 400 | 422; errorCode: 'request_invalid' | 'audience_invalid'; issues: FormIssue[] }

const shapeError = (issues: FormIssue[]): EditorCheck => ({
  ok: false,
  status: 400,
  errorCode: 'request_invalid',
  issues,
})

/**
 * The same checks as POST and PUT /api/v1/audiences: a shape error (AudienceSchema, unstorable text, two parents)
 * is 400, an audience that cannot be targeted (validateAudience) 422, each issue on the form field it is about.
 */
export function checkEditorFields(fields: EditorFields, taxonomy: Taxonomy, locale: Locale): EditorCheck {
  const { candidate, map, issues: own } = fieldsToAudience(fields, taxonomy)
  const parentId = fields.parentId.trim() === '' ? null : fields.parentId.trim()
  const shape: FormIssue[] = []
  if (parentId !== null && !IdSchema.safeParse(parentId).success)
    shape.push({ fieldId: 'parent', code: 'parent_not_id', message: 'the parent is not an audience id' })
  if (own.some((issue) => issue.code === 'parent_invalid')) shape.push(...own)
  const parsed = AudienceSchema.safeParse(candidate, zodErrorsIn(locale))
  if (!parsed.success)
    return shapeError([
      ...shape,
      ...formIssuesOf(issuesFromZod(parsed.error.issues, { schema: AudienceSchema, input: candidate }), map),
      ...own.filter((i) => !shape.includes(i)),
    ])
  if (shape.length > 0) return shapeError(shape)
  try {
    assertStorableText(parsed.data)
  } catch (error) {
    if (!(error instanceof HttpError)) throw error
    return shapeError(formIssuesOf(error.issues ?? [], map))
  }
  if (parentId !== null && parsed.data.parent)
    return shapeError([{ fieldId: 'parent', code: 'parent_twice', message: 'give parentId or an inline parent' }])
  const domain = [...own, ...formIssuesOf(validateAudience(parsed.data, taxonomy), map)]
  if (domain.length > 0) return { ok: false, status: 422, errorCode: 'audience_invalid', issues: domain }
  return { ok: true, audience: parsed.data, parentId }
}
