import { FREE_TEXT_FACETS, FACETS, SPECIAL_AD_CATEGORIES, type Taxonomy } from '../../audiences/index.js'
import type { TaxonomyItem } from '../taxonomy-search.js'
import { countryOptions, editorTemplates, languageOptions } from './audience-form-templates.js'
import { languageNamesOf } from './audience-form-names.js'
import { toPickerHit, type BrowseView } from './term-picker-presenter.js'
import { LOCALES, type Locale } from '../i18n/locale.js'
import { translatorOf } from '../i18n/translate.js'
import type { BriefPanel } from './audience-form-brief.js'
import type { EditorFields } from './audience-form-fields.js'
import { issuesByField } from './audience-form-issues.js'
import type { FormIssue } from './audience-form-parse.js'
import {
  fieldLabelOf,
  fieldMaker,
  geoRowViews,
  termRowViews,
  type FieldView,
  type GeoRowView,
  type SelectView,
  type TermRowView,
} from './audience-form-rows.js'

export type EditorContext = {
  mode: 'new' | 'edit'
  formAction: string
  locale: Locale
  taxonomy: Taxonomy
  clients: readonly { id: string; name: string }[]
  clientName: string | null
  issues: readonly FormIssue[]
  errorCode: string | null
  conflictReload: string | null
  brief: BriefPanel | null
  suggestions: readonly TaxonomyItem[] | null
  browse: BrowseView | null
}

export type EditorPageModel = ReturnType<typeof toEditorPage>
export type GroupView = { index: number; number: number; terms: TermRowView[]; addAction: string }

const SUGGEST_FACETS = FACETS.filter((f) => !FREE_TEXT_FACETS.has(f))

function parentNameOf(json: string): string | null {
  try {
    const parent: unknown = JSON.parse(json)
    const name = typeof parent === 'object' && parent !== null ? (parent as { name?: unknown }).name : null
    return typeof name === 'string' ? name : '?'
  } catch {
    return '?'
  }
}

/** The audience editor: every field with its value and error wired to it, the rows, the brief and the suggestions. */
export function toEditorPage(fields: EditorFields, context: EditorContext) {
  const t = translatorOf(context.locale)
  const errors = issuesByField(context.issues)
  const make = fieldMaker(errors)
  const rowContext = { t, taxonomy: context.taxonomy, locale: context.locale }
  const groups: GroupView[] = fields.include.map((rows, g) => ({
    index: g,
    number: g + 1,
    terms: termRowViews(
      rows,
      { idPrefix: `include-${g}`, namePrefix: `include[${g}][terms]`, removePrefix: `remove-term:${g}` },
      make,
      rowContext,
    ),
    addAction: `add-term:${g}`,
  }))
  const exclude = termRowViews(
    fields.exclude,
    { idPrefix: 'exclude', namePrefix: 'exclude', removePrefix: 'remove-exclude' },
    make,
    rowContext,
  )
  const geoInclude: GeoRowView[] = geoRowViews(fields.geoInclude, 'include', make, rowContext)
  const geoExclude: GeoRowView[] = geoRowViews(fields.geoExclude, 'exclude', make, rowContext)
  const targets = [
    ...fields.include.map((_, g) => ({ value: String(g), label: t('editor.group', { n: g + 1 }) })),
    { value: 'new', label: t('editor.suggestNewGroup') },
    { value: 'exclude', label: t('editor.exclude') },
  ]
  const pickerContext = { t, locale: context.locale, taxonomy: context.taxonomy }
  const suggestions = (context.suggestions ?? []).map((item) => toPickerHit(item, pickerContext))
  const query = fields.suggestQuery.trim()
  const freeText =
    context.suggestions !== null && query !== '' ? { label: t('editor.useFreeText', { text: query }) } : null
  const genderError = errors.get('genders-female') ?? null
  return {
    isNew: context.mode === 'new',
    formAction: context.formAction,
    cancelHref: context.mode === 'new' ? '/' : context.formAction.replace(/\/edit$/, ''),
    errorCode: context.errorCode,
    hasErrors: context.issues.length > 0,
    errorSummary: [...errors].map(([id, message]) => ({ href: `#${id}`, text: `${fieldLabelOf(id, t)}: ${message}` })),
    conflictReload: context.conflictReload,
    brief: context.brief,
    clientSelect:
      context.mode === 'new'
        ? make.select('client-id', 'clientId', fields.clientId, [
            { value: '', label: t('editor.chooseClient') },
            ...context.clients.map((c) => ({ value: c.id, label: c.name })),
          ])
        : null,
    clientName: context.clientName,
    name: make.field('name', 'name', fields.name),
    description: make.field('description', 'description', fields.description),
    tags: make.field('tags', 'tags', fields.tags, 'tags-hint'),
    audienceLocale: make.select(
      'locale',
      'locale',
      fields.locale,
      LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) })),
    ),
    specialAdCategory: make.select(
      'special-ad-category',
      'specialAdCategory',
      fields.specialAdCategory,
      SPECIAL_AD_CATEGORIES.map((c) => ({ value: c, label: t(`editor.category.${c}`) })),
    ),
    geoInclude,
    geoExclude,
    presence: make.select('presence', 'presence', fields.presence, [
      { value: 'home', label: t('editor.presence.home') },
      { value: 'homeOrRecent', label: t('editor.presence.homeOrRecent') },
    ]),
    ageMin: make.field('age-min', 'ageMin', fields.ageMin, 'age-hint'),
    ageMax: make.field('age-max', 'ageMax', fields.ageMax, 'age-hint'),
    genders: (['female', 'male'] as const).map((g) => ({
      id: `genders-${g}`,
      value: g,
      label: t(`editor.gender.${g}`),
      checked: fields.genders.includes(g),
    })),
    genderError,
    gendersDescribedBy: genderError === null ? 'genders-hint' : 'genders-hint genders-female-error',
    languages: make.field(
      'languages',
      'languages',
      languageNamesOf(fields.languages, context.taxonomy, context.locale),
      'languages-hint',
    ),
    countries: countryOptions(context.taxonomy, context.locale),
    languageNames: languageOptions(context.taxonomy, context.locale),
    templates: editorTemplates(rowContext),
    groups,
    exclude,
    parent:
      fields.inlineParent !== '' || fields.parentId !== ''
        ? {
            name: fields.inlineParent !== '' ? parentNameOf(fields.inlineParent) : null,
            href: fields.parentId !== '' ? `/audiences/${encodeURIComponent(fields.parentId)}` : null,
            error: errors.get('parent') ?? null,
          }
        : null,
    hidden: {
      parentId: fields.parentId,
      inlineParent: fields.inlineParent,
      version: fields.version,
      brief: fields.brief,
    },
    suggest: {
      facet: make.select('suggest-facet', 'suggestFacet', fields.suggestFacet, [
        { value: '', label: t('editor.facetAll') },
        ...SUGGEST_FACETS.map((f) => ({ value: f, label: t(`editor.facet.${f}`) })),
      ]) satisfies SelectView,
      query: make.field('suggest-query', 'suggestQuery', fields.suggestQuery) satisfies FieldView,
      target: make.select('suggest-target', 'suggestTarget', fields.suggestTarget, targets) satisfies SelectView,
      searched: context.suggestions !== null,
      results: suggestions,
      none: context.suggestions !== null && suggestions.length === 0,
      freeText,
      browse: context.browse,
    },
  }
}
