import { z } from 'zod'
import type { Audience } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import type { EditorFields } from '../presenters/audience-form-fields.js'
import { readEditorForm } from '../presenters/audience-form-parse.js'
import { toLiveSize, type LiveSizeModel } from '../presenters/live-size-presenter.js'
import type { AppDeps } from '../routes/route-table.js'
import { callerOf, IdSchema } from '../routes/stored-objects.js'
import { issuesFromZod } from '../http/zod-issues.js'
import { editorView, type EditorTarget } from './audience-editor-render.js'
import { liveSizeState } from './live-size-state.js'
import { definePage, type PageInput, type PageResult } from './page-table.js'

const EDITORS = ['admin', 'staff'] as const

// The editor form's own fields as text of bounded length (lists and rows are read by readEditorForm): a field sent as
// a list or an object, or longer than the editor could send, is a 400 with its path, not a silently blank field.
const Short = z.string().max(200).optional()
const Long = z.string().max(20_000).optional()
export const LiveSizeFormSchema = z.looseObject({
  clientId: Short,
  name: Short,
  description: Long,
  tags: Long,
  locale: Short,
  specialAdCategory: Short,
  presence: Short,
  ageMin: z.string().max(10).optional(),
  ageMax: z.string().max(10).optional(),
  languages: Long,
  parentId: Short,
  inlineParent: Long,
  version: Short,
  brief: Long,
  action: Short,
})

/** The stored parent the form names, with its own parents inlined; null when it names none, `unknown` when the
 * agency has no such audience (an id that is not one is the form's own 400). */
async function parentOf(input: PageInput, deps: AppDeps, fields: EditorFields): Promise<Audience | 'unknown' | null> {
  const id = fields.parentId.trim()
  if (id === '' || !IdSchema.safeParse(id).success) return null
  return (await deps.store.audiences.resolved(callerOf(input).scope, id)) ?? 'unknown'
}

async function liveSizeOf(input: PageInput, deps: AppDeps, fields: EditorFields) {
  const parent = await parentOf(input, deps, fields)
  const { state, status } = liveSizeState(fields, deps.taxonomy, input.locale, parent)
  return { model: toLiveSize(state, input.locale), status }
}

/** The "update size" button without JavaScript: the editor page again, its gauge sized with the stored parent. */
export async function liveSizeEditorView(input: PageInput, deps: AppDeps, target: EditorTarget, fields: EditorFields) {
  const { model } = await liveSizeOf(input, deps, fields)
  return editorView(input, deps.taxonomy, target, fields, { liveSize: model })
}

export const AUDIENCE_LIVE_SIZE_PAGE = definePage({
  method: 'post',
  path: '/audiences/live-size',
  auth: EDITORS,
  // The editor's script posts its form here as the audience changes: the gauge alone, as an HTML fragment.
  async handle(input, deps): Promise<PageResult> {
    const parsed = LiveSizeFormSchema.safeParse(input.form)
    if (!parsed.success)
      throw new HttpError(
        'request_invalid',
        'the live size takes the audience editor form',
        issuesFromZod(parsed.error.issues, { schema: LiveSizeFormSchema, input: input.form }),
      )
    const { fields } = readEditorForm(input.form)
    const { model, status } = await liveSizeOf(input, deps, fields)
    return { fragment: 'editor-live-size', model: model satisfies LiveSizeModel, status }
  },
})
