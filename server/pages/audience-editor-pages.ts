import { z } from 'zod'
import { BRIEF_MAX_CHARS, parseBrief, TEMPLATES } from '../../audiences/index.js'
import { HttpError } from '../http/http-errors.js'
import { translate } from '../i18n/translate.js'
import { applyEditorAction } from '../presenters/audience-form-actions.js'
import { audienceToFields, blankFields, type EditorFields } from '../presenters/audience-form-fields.js'
import { readEditorForm } from '../presenters/audience-form-parse.js'
import { toEditorStart } from '../presenters/audience-form-start.js'
import type { AppDeps } from '../routes/route-table.js'
import { callerOf, found, idOf, IdSchema } from '../routes/stored-objects.js'
import { saveEditorFields } from './audience-editor-save.js'
import { liveSizeEditorView } from './audience-live-size.js'
import { editorView, type EditorTarget } from './audience-editor-render.js'
import { definePage, type PageInput, type PageResult } from './page-table.js'

const EDITORS = ['admin', 'staff'] as const

const StartQuerySchema = z.object({
  clientId: z.string().max(100).catch(''),
  template: z.string().max(100).optional().catch(undefined),
})
const BriefFormSchema = z.object({ clientId: z.string().max(100).catch(''), brief: z.string().catch('') })

async function clientsOf(input: PageInput, deps: AppDeps) {
  const page = await deps.store.clients.list(callerOf(input).scope, { limit: 200 })
  return page.items.map((c) => ({ id: c.id, name: c.name }))
}

async function editTarget(input: PageInput, deps: AppDeps): Promise<EditorTarget & { mode: 'edit' }> {
  const { scope } = callerOf(input)
  const stored = found(await deps.store.audiences.get(scope, idOf(input.params)), 'audience')
  const client = await deps.store.clients.get(scope, stored.clientId)
  return { mode: 'edit', stored, clientName: client?.name ?? '' }
}

async function startPage(input: PageInput, deps: AppDeps, brief = '', briefError: string | null = null) {
  const clientId = StartQuerySchema.parse(input.form['clientId'] ? input.form : input.query).clientId
  return {
    view: 'audience-editor-start',
    title: translate(input.locale, 'editor.newTitle'),
    status: briefError === null ? 200 : 400,
    model: toEditorStart({
      locale: input.locale,
      clients: await clientsOf(input, deps),
      templates: TEMPLATES,
      clientId,
      brief,
      briefError,
      errorCode: briefError === null ? null : 'request_invalid',
    }),
  }
}

// Every button of the editor posts the whole form: Save checks and stores it, the others change the form.
async function editorPost(input: PageInput, deps: AppDeps, target: EditorTarget): Promise<PageResult> {
  const { fields, action } = readEditorForm(input.form)
  if (action === null) throw new HttpError('request_invalid', 'the form was sent with an unknown button')
  if (action === 'size') return liveSizeEditorView(input, deps, target, fields)
  if (action !== 'save') {
    const changed: EditorFields = applyEditorAction(fields, action, deps.taxonomy)
    const browse =
      action === 'browse' ? null : action.startsWith('browse:') ? action.slice('browse:'.length) : undefined
    return editorView(input, deps.taxonomy, target, changed, { suggest: action === 'suggest', browse })
  }
  return saveEditorFields(input, deps, target, fields)
}

export const AUDIENCE_EDITOR_PAGES = [
  definePage({
    method: 'get',
    path: '/audiences/new',
    auth: EDITORS,
    async handle(input, deps) {
      const query = StartQuerySchema.parse(input.query)
      if (query.template === undefined) return startPage(input, deps)
      const template = query.template === '' ? null : TEMPLATES.find((t) => t.id === query.template)
      if (template === undefined) throw new HttpError('not_found', 'no such template')
      const clientId = IdSchema.safeParse(query.clientId).success ? query.clientId : ''
      const fields = template ? audienceToFields(template.audience, { clientId }) : blankFields(clientId)
      return editorView(input, deps.taxonomy, { mode: 'new', clients: await clientsOf(input, deps) }, fields)
    },
  }),
  definePage({
    method: 'post',
    path: '/audiences/new/brief',
    auth: EDITORS,
    async handle(input, deps) {
      const form = BriefFormSchema.parse(input.form)
      const t = (key: string) => translate(input.locale, key)
      if (form.brief.trim() === '') return startPage(input, deps, form.brief, t('brief.empty'))
      if (form.brief.length > BRIEF_MAX_CHARS) return startPage(input, deps, '', t('brief.tooLong'))
      const clientId = IdSchema.safeParse(form.clientId).success ? form.clientId : ''
      const draft = parseBrief(form.brief, deps.taxonomy).audience
      const fields = audienceToFields(draft, { clientId, brief: form.brief })
      return editorView(input, deps.taxonomy, { mode: 'new', clients: await clientsOf(input, deps) }, fields)
    },
  }),
  definePage({
    method: 'post',
    path: '/audiences/new',
    auth: EDITORS,
    handle: async (input, deps) => editorPost(input, deps, { mode: 'new', clients: await clientsOf(input, deps) }),
  }),
  definePage({
    method: 'get',
    path: '/audiences/:id/edit',
    auth: EDITORS,
    async handle(input, deps) {
      const target = await editTarget(input, deps)
      const { stored } = target
      const fields = audienceToFields(stored.audience, {
        clientId: stored.clientId,
        parentId: stored.parentId,
        version: stored.version,
      })
      return editorView(input, deps.taxonomy, target, fields)
    },
  }),
  definePage({
    method: 'post',
    path: '/audiences/:id/edit',
    auth: EDITORS,
    handle: async (input, deps) => editorPost(input, deps, await editTarget(input, deps)),
  }),
]
