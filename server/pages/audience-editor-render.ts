import { parseBrief, type Taxonomy } from '../../audiences/index.js'
import { translate, translatorOf } from '../i18n/translate.js'
import { formatNumber } from '../i18n/formats.js'
import { toBriefPanel } from '../presenters/audience-form-brief.js'
import { narrowWarnings } from '../presenters/audience-form-narrow.js'
import { fieldsToAudience } from '../presenters/audience-form-parse.js'
import type { EditorFields } from '../presenters/audience-form-fields.js'
import type { FormIssue } from '../presenters/audience-form-parse.js'
import { toEditorPage } from '../presenters/audience-form-presenter.js'
import { toLiveSize, type LiveSizeModel } from '../presenters/live-size-presenter.js'
import { toBrowseView, type PickerContext } from '../presenters/term-picker-presenter.js'
import { issueText } from '../presenters/issue-text.js'
import type { StoredAudience } from '../store/audience-records.js'
import { findTaxonomy, TaxonomyFacetSchema, taxonomyItemOf } from '../taxonomy-search.js'
import { liveSizeState } from './live-size-state.js'
import type { PageInput } from './page-table.js'

export type EditorTarget =
  | { mode: 'new'; clients: readonly { id: string; name: string }[] }
  | { mode: 'edit'; stored: StoredAudience; clientName: string }

export type EditorOutcome = {
  status?: number
  errorCode?: string | null
  issues?: readonly FormIssue[]
  conflict?: boolean
  suggest?: boolean
  // The live size gauge when the page sized it with a stored parent; otherwise it is sized here without one.
  liveSize?: LiveSizeModel
  // The no-JS browse: a category's id, null for the top of the tree, undefined when not browsing.
  browse?: string | null | undefined
}

const MAX_SUGGESTIONS = 20

// The same search as GET /api/v1/taxonomy, terms only: the picked key goes into a criteria row.
function suggestionsOf(fields: EditorFields, taxonomy: Taxonomy) {
  const facet = TaxonomyFacetSchema.safeParse(fields.suggestFacet)
  return findTaxonomy(taxonomy, {
    q: fields.suggestQuery.slice(0, 100),
    facet: facet.success ? facet.data : undefined,
  })
    .filter((ref) => ref.type === 'term')
    .slice(0, MAX_SUGGESTIONS)
    .map((ref) => taxonomyItemOf(taxonomy, ref))
}

// An unknown category (an edited button value) shows the top of the tree.
const browseOf = (id: string | null, context: PickerContext) => toBrowseView(id, context) ?? toBrowseView(null, context)

/** The editor page for the form as it stands, with its errors, the pasted brief read again and any suggestions. */
export function editorView(
  input: PageInput,
  taxonomy: Taxonomy,
  target: EditorTarget,
  fields: EditorFields,
  outcome: EditorOutcome = {},
) {
  const t = translatorOf(input.locale)
  const liveSize =
    outcome.liveSize ?? toLiveSize(liveSizeState(fields, taxonomy, input.locale, null).state, input.locale)
  const brief = fields.brief.trim() === '' ? null : fields.brief
  const id = target.mode === 'edit' ? target.stored.id : null
  const formAction = id === null ? '/audiences/new' : `/audiences/${id}/edit`
  // The brief is read again for the panel, its labels in the page's language; the draft may have been edited since.
  const panel = () => {
    if (brief === null) return null
    const format = (n: number) => formatNumber(input.locale, n)
    const narrow = narrowWarnings(fieldsToAudience(fields, taxonomy).candidate, taxonomy, t, format)
    return toBriefPanel(brief, parseBrief(brief, taxonomy, input.locale), t, taxonomy, input.locale, {
      narrow,
      formAction,
    })
  }
  const page = {
    view: 'audience-editor',
    title:
      target.mode === 'new'
        ? translate(input.locale, 'editor.newTitle')
        : translate(input.locale, 'editor.editTitle', { name: target.stored.audience.name }),
    status: outcome.status ?? 200,
    model: toEditorPage(fields, {
      mode: target.mode,
      formAction,
      locale: input.locale,
      taxonomy,
      clients: target.mode === 'new' ? target.clients : [],
      clientName: target.mode === 'edit' ? target.clientName : null,
      issues: (outcome.issues ?? []).map((issue) => ({ ...issue, message: issueText(input.locale, issue) })),
      errorCode: outcome.errorCode ?? null,
      conflictReload: outcome.conflict && id !== null ? `/audiences/${id}/edit` : null,
      brief: panel(),
      suggestions: outcome.suggest ? suggestionsOf(fields, taxonomy) : null,
      browse: outcome.browse === undefined ? null : browseOf(outcome.browse, { t, locale: input.locale, taxonomy }),
    }),
  }
  return { ...page, model: { ...page.model, liveSize } }
}
