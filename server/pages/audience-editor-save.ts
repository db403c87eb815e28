import type { ParentProblem } from '../store/audience-records.js'
import type { EditorFields } from '../presenters/audience-form-fields.js'
import type { FormIssue } from '../presenters/audience-form-parse.js'
import type { AppDeps } from '../routes/route-table.js'
import { callerOf, IdSchema } from '../routes/stored-objects.js'
import { checkEditorFields } from './audience-editor-check.js'
import { editorView, type EditorTarget } from './audience-editor-render.js'
import type { PageInput, PageResult } from './page-table.js'

// The API answers these with 404 (client, parent unknown) or 422 (impossible parent); the form shows them in place.
const PARENT_PROBLEMS: Record<ParentProblem, { status: number; code: string; issue: FormIssue }> = {
  client_unknown: {
    status: 404,
    code: 'not_found',
    issue: { fieldId: 'client-id', code: 'client_unknown', message: 'no such client' },
  },
  parent_unknown: {
    status: 404,
    code: 'not_found',
    issue: { fieldId: 'parent', code: 'parent_unknown', message: 'no such parent audience' },
  },
  parent_other_client: {
    status: 422,
    code: 'audience_invalid',
    issue: { fieldId: 'parent', code: 'parent_other_client', message: 'the parent audience belongs to another client' },
  },
  parent_cycle: {
    status: 422,
    code: 'audience_invalid',
    issue: { fieldId: 'parent', code: 'parent_cycle', message: 'the parent chain leads back to this audience' },
  },
}

const VERSION_PATTERN = /^[1-9]\d{0,8}$/

/**
 * Save: the checks of POST/PUT /api/v1/audiences, then the same store writes; 303 to the audience on success,
 * otherwise the form again with each problem next to its field (409 when someone else saved first).
 */
export async function saveEditorFields(
  input: PageInput,
  deps: AppDeps,
  target: EditorTarget,
  fields: EditorFields,
): Promise<PageResult> {
  const render = (status: number, errorCode: string, issues: readonly FormIssue[], conflict = false) =>
    editorView(input, deps.taxonomy, target, fields, { status, errorCode, issues, conflict })
  const checked = checkEditorFields(fields, deps.taxonomy, input.locale)
  const shape: FormIssue[] = []
  if (target.mode === 'new' && !IdSchema.safeParse(fields.clientId).success)
    shape.push({ fieldId: 'client-id', code: 'client_missing', message: 'choose the client' })
  if (target.mode === 'edit' && !VERSION_PATTERN.test(fields.version))
    shape.push({ fieldId: 'audience-form', code: 'version_missing', message: 'the form has no version: reload it' })
  if (!checked.ok && checked.status === 400) return render(400, checked.errorCode, [...shape, ...checked.issues])
  if (shape.length > 0) return render(400, 'request_invalid', [...shape, ...(checked.ok ? [] : checked.issues)])
  if (!checked.ok) return render(checked.status, checked.errorCode, checked.issues)

  const { actor, scope } = callerOf(input)
  const write = { parentId: checked.parentId, audience: checked.audience }
  if (target.mode === 'new') {
    const created = await deps.store.audiences.create(actor, scope, { clientId: fields.clientId, ...write })
    if (typeof created !== 'string') return { redirect: `/audiences/${created.id}` }
    const problem = PARENT_PROBLEMS[created]
    return render(problem.status, problem.code, [problem.issue])
  }
  const id = target.stored.id
  const outcome = await deps.store.audiences.update(actor, scope, id, Number(fields.version), write)
  if (outcome.kind === 'ok') return { redirect: `/audiences/${id}` }
  if (outcome.kind === 'conflict') return render(409, 'conflict', [], true)
  if (outcome.kind === 'not_found')
    return render(404, 'not_found', [{ fieldId: 'audience-form', code: 'not_found', message: 'no such audience' }])
  const problem = PARENT_PROBLEMS[outcome.kind]
  return render(problem.status, problem.code, [problem.issue])
}
