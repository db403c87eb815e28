import {
  CHANNEL_IDS,
  FidelityStatusSchema,
  type Audience,
  type ChannelId,
  type CompileResult,
  type Taxonomy,
} from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { translatorOf } from '../i18n/translate.js'
import type { CompileOutcome, SizeOutcome } from '../pages/audience-page-data.js'
import type { AudienceVersion, StoredAudience } from '../store/audience-records.js'
import { toAudienceDiff } from './audience-diff-presenter.js'
import { toAudienceOutlook } from './audience-outlook-presenter.js'
import { findingText, type FindingText } from './finding-text.js'
import { criterionText } from './audience-labels.js'
import { toAudienceSummary } from './audience-summary-presenter.js'
import { sizeNoteOf } from './size-note-presenter.js'

export type AudiencePageInput = {
  stored: StoredAudience
  // The audience with its parents inlined: what the channels compile.
  resolved: Audience
  clientName: string
  parent: { id: string; name: string } | null
  channel: ChannelId
  compiled: CompileOutcome
  sizes: SizeOutcome
  // Newest first; `olderOne` is the version just before the last one shown (to diff it), null at version 1.
  versions: readonly AudienceVersion[]
  olderOne: AudienceVersion | null
  olderCursor: string | null
  isNewestPage: boolean
  authors: ReadonlyMap<string, string>
  parentNames: ReadonlyMap<string, string>
  canEdit: boolean
  taxonomy: Taxonomy
  locale: Locale
  // Admins run platform lookups (POST /admin/connectors/resolve); the page offers the button where it matters.
  canLookUp: boolean
}

// The compilers cite kohde's own docs ("platforms.md §1.13") for developers; readers get the sentence without them.
const DOC_REFERENCE = /[\w./-]+\.md(?:\s*§\s*\d+(?:\.\d+)*)?/g
export const withoutDocReferences = (text: string) =>
  text
    .replace(DOC_REFERENCE, '')
    .replace(/;\s*(?=[);])/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([),.;])/g, '$1')
    .replace(/\s{2,}/g, ' ')

// A finding the tables have no Finnish or Swedish for yet: a general sentence in the page's language, never English.
function readable(locale: Locale, text: FindingText, fallback: string) {
  if (text.textLang === 'en' && locale !== 'en') return { text: fallback, textLang: null }
  return { text: withoutDocReferences(text.text), textLang: text.textLang }
}

function panelOf(input: AudiencePageInput, result: CompileResult<unknown> | undefined) {
  const t = translatorOf(input.locale)
  const { channel, stored } = input
  return {
    labelKey: `audience.channel.${channel}`,
    specId: `spec-${channel}`,
    specJson: result ? JSON.stringify(result.spec, null, 2) : null,
    compileError: input.compiled.ok ? null : { code: input.compiled.code, message: input.compiled.message },
    items: (result?.fidelity.items ?? []).map((item) => ({
      label: criterionText(input.resolved, item.path, input.taxonomy, input.locale, t) ?? item.criterion,
      criterion: item.criterion,
      status: item.status,
      statusKey: `fidelity.${item.status}`,
      code: item.code,
      ...readable(
        input.locale,
        findingText(input.locale, 'fidelity', item.code, item.message),
        t(`fidelity.explain.${item.status}`),
      ),
    })),
    policy: (result?.policy ?? []).map((finding) => ({
      severity: finding.severity,
      severityKey: `audience.severity.${finding.severity}`,
      code: finding.code,
      ...readable(
        input.locale,
        findingText(input.locale, 'policy', finding.code, finding.message),
        t('outlook.policyUntranslated'),
      ),
    })),
    hasPolicy: (result?.policy.length ?? 0) > 0,
    downloadHref: `/api/v1/audiences/${stored.id}/export?format=json`,
  }
}

function versionsOf(input: AudiencePageInput) {
  const shown = input.versions
  return shown.map((version, index) => {
    const before = shown[index + 1] ?? input.olderOne
    return {
      heading: version.version,
      createdAt: version.createdAt,
      author: input.authors.get(version.authorId) ?? null,
      isFirst: before === null,
      changes: before ? toAudienceDiff(before, version, input.taxonomy, input.locale, input.parentNames) : [],
    }
  })
}

/** The audience page: summary, one tab per channel (spec, fidelity badges, policy), sizes, and the history. */
export function toAudiencePage(input: AudiencePageInput) {
  const { stored, compiled, sizes } = input
  const id = stored.id
  const results = compiled.ok ? compiled.channels : {}
  const tabHref = (channel: ChannelId) => `/audiences/${id}?channel=${channel}#channel-panel`
  const outlook = toAudienceOutlook({
    audience: input.resolved,
    compiled,
    sizes,
    taxonomy: input.taxonomy,
    locale: input.locale,
    canLookUp: input.canLookUp,
    tabHref,
  })
  return {
    id,
    name: stored.audience.name,
    clientName: input.clientName,
    version: stored.version,
    updatedAt: stored.updatedAt,
    tags: stored.audience.tags.join(', '),
    description: stored.audience.description ?? null,
    summary: toAudienceSummary(input.resolved, input.taxonomy, input.locale).sentences,
    parent: input.parent ? { name: input.parent.name, href: `/audiences/${input.parent.id}` } : null,
    canEdit: input.canEdit,
    editHref: `/audiences/${id}/edit`,
    newPlanHref: `/plans/new?audienceId=${id}`,
    liveHref: `/audiences/${id}/live`,
    outlook,
    lookUpAction: '/admin/connectors/resolve',
    connectionsHref: '/admin/connectors',
    tabs: CHANNEL_IDS.map((channel, i) => ({
      href: tabHref(channel),
      labelKey: `audience.channel.${channel}`,
      current: channel === input.channel,
      grade: outlook[i]!.badge,
    })),
    panel: { ...panelOf(input, results[input.channel]), grade: outlook[CHANNEL_IDS.indexOf(input.channel)]!.badge },
    legend: FidelityStatusSchema.options.map((status) => ({
      status,
      statusKey: `fidelity.${status}`,
      explainKey: `fidelity.explain.${status}`,
    })),
    sizes: sizes.ok
      ? CHANNEL_IDS.map((channel) => ({
          labelKey: `audience.channel.${channel}`,
          current: channel === input.channel,
          ...sizes.sizes[channel],
        }))
      : [],
    sizeNotes: sizes.ok
      ? (sizes.lines ?? []).flatMap((line) => {
          const note = sizeNoteOf(line, input.resolved, input.taxonomy, input.locale, translatorOf(input.locale))
          return note ? [note.text] : []
        })
      : [],
    sizeProblem: sizes.ok ? null : sizes.code,
    versions: versionsOf(input),
    olderHref:
      input.olderCursor === null
        ? null
        : `/audiences/${id}?channel=${input.channel}&history=${input.olderCursor}#history`,
    newestHref: input.isNewestPage ? null : `/audiences/${id}?channel=${input.channel}#history`,
  }
}

export type AudiencePageModel = ReturnType<typeof toAudiencePage>
