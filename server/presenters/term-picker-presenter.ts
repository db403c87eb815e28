import type { Taxonomy } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import type { Translate } from '../i18n/translate.js'
import {
  categoryItemOf,
  categoryTerms,
  childCategories,
  taxonomyItemOf,
  type TaxonomyItem,
  type TaxonomyRef,
} from '../taxonomy-search.js'

const PLATFORMS = [
  ['google', 'audience.channel.google'],
  ['meta', 'editor.platform.meta'],
  ['linkedin', 'audience.channel.linkedin'],
] as const

/** One term as the picker lists it, in the page's language: where it sits, what each platform makes of it. */
export type PickerHit = {
  key: string
  facet: string
  label: string
  facetLabel: string
  path: string
  untranslated: boolean
  statuses: { platform: string; status: string; text: string }[]
  // The no-JS form's button value; the script adds the row itself.
  action: string
  useLabel: string
}

export type PickerContext = { t: Translate; locale: Locale; taxonomy: Taxonomy }

export function toPickerHit(item: TaxonomyItem, { t, locale }: PickerContext): PickerHit {
  const label = item.labels[locale]
  return {
    key: item.key,
    facet: item.type === 'term' ? item.facet : item.type,
    label,
    facetLabel: item.type === 'term' ? t(`editor.facet.${item.facet}`) : '',
    path: item.path.map((step) => step.labels[locale]).join(' › '),
    untranslated: item.type === 'term' && item.labelsReviewed === false && locale !== 'en',
    statuses: PLATFORMS.map(([platform, name]) => ({
      platform,
      status: item.status[platform].status,
      text: t('editor.platformStatus', { platform: t(name), status: t(`fidelity.${item.status[platform].status}`) }),
    })),
    action: `pick:${item.key}`,
    useLabel: t('editor.use', { label }),
  }
}

export const toPickerHits = (refs: readonly TaxonomyRef[], context: PickerContext) =>
  refs.map((ref) => toPickerHit(taxonomyItemOf(context.taxonomy, ref), context))

export type BrowseCategory = { id: string; label: string; terms: number; action: string }
export type BrowseView = {
  id: string | null
  crumbs: BrowseCategory[]
  categories: BrowseCategory[]
  hits: PickerHit[]
  more: number
}

const MAX_BROWSE_TERMS = 50

/** A browse category (or the top of the tree, for null): the way up, the categories under it and its first terms. */
export function toBrowseView(id: string | null, context: PickerContext): BrowseView | null {
  const { taxonomy, locale } = context
  const current = id === null ? null : categoryItemOf(taxonomy, id)
  if (id !== null && !current) return null
  const category = (c: { id: string; labels: Record<Locale, string> }, terms: number): BrowseCategory => ({
    id: c.id,
    label: c.labels[locale],
    terms,
    action: `browse:${c.id}`,
  })
  const terms = id === null ? [] : categoryTerms(taxonomy, id)
  return {
    id,
    crumbs: current ? [...current.path.map((step) => category(step, 0)), category(current, current.terms)] : [],
    categories: childCategories(taxonomy, id).map((c) => category(c, c.terms)),
    hits: toPickerHits(terms.slice(0, MAX_BROWSE_TERMS), context),
    more: Math.max(0, terms.length - MAX_BROWSE_TERMS),
  }
}
