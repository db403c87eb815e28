import type { Template } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { translatorOf } from '../i18n/translate.js'
import { fieldMaker } from './audience-form-rows.js'

export type EditorStartInput = {
  locale: Locale
  clients: readonly { id: string; name: string }[]
  templates: readonly Template[]
  clientId: string
  brief: string
  briefError: string | null
  errorCode: string | null
}

/** The first step of a new audience: the client, then blank, a template or a pasted brief. */
export function toEditorStart(input: EditorStartInput) {
  const t = translatorOf(input.locale)
  const make = fieldMaker(input.briefError === null ? new Map() : new Map([['brief', input.briefError]]))
  const clientOptions = [
    { value: '', label: t('editor.chooseClient') },
    ...input.clients.map((c) => ({ value: c.id, label: c.name })),
  ]
  return {
    errorCode: input.errorCode,
    errorSummary:
      input.briefError === null ? [] : [{ href: '#brief', text: `${t('brief.text')}: ${input.briefError}` }],
    hasErrors: input.briefError !== null,
    startClient: make.select('start-client-id', 'clientId', input.clientId, clientOptions),
    briefClient: make.select('brief-client-id', 'clientId', input.clientId, clientOptions),
    templates: [
      { id: 'template-blank', value: '', label: t('editor.blank'), description: t('editor.blankHint'), checked: true },
      ...input.templates.map((template) => ({
        id: `template-${template.id}`,
        value: template.id,
        label: template.labels[input.locale],
        description: template.description[input.locale],
        checked: false,
      })),
    ],
    brief: make.field('brief', 'brief', input.brief, 'brief-hint'),
  }
}
