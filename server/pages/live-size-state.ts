import type { Audience, Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import type { EditorFields } from '../presenters/audience-form-fields.js'
import type { LiveSizeState } from '../presenters/live-size-presenter.js'
import { checkEditorFields } from './audience-editor-check.js'
import { channelOutlook } from './channel-outlook.js'

/**
 * The gauge's state for the editor form as it stands, with the status the live size answers with: the form's own
 * 400 or 422 (the checks Save runs) when it is not an audience yet. `parent` is the stored parent resolved; null when
 * the form names none or it was not looked up (the gauge then waits for the button or the script), `unknown` when
 * the agency has no such audience.
 */
export function liveSizeState(
  fields: EditorFields,
  taxonomy: Taxonomy,
  locale: Locale,
  parent: Audience | 'unknown' | null,
): { state: LiveSizeState; status: number } {
  const checked = checkEditorFields(fields, taxonomy, locale)
  if (!checked.ok) return { state: { kind: 'invalid', errorCode: checked.errorCode }, status: checked.status }
  // As Save answers a parent the agency does not have (audience-editor-save.ts).
  if (checked.parentId !== null && parent === 'unknown')
    return { state: { kind: 'invalid', errorCode: 'not_found' }, status: 404 }
  if (checked.parentId !== null && parent === null) return { state: { kind: 'pending' }, status: 200 }
  const audience = parent === null || parent === 'unknown' ? checked.audience : { ...checked.audience, parent }
  const outlook = channelOutlook(audience, taxonomy)
  if (outlook.lines === null) return { state: { kind: 'unknown' }, status: 200 }
  return { state: { kind: 'sized', outlook: { ...outlook, lines: outlook.lines } }, status: 200 }
}
