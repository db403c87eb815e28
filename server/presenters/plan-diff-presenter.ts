import type { Locale } from '../i18n/locale.js'
import { formatDate, formatMoney } from '../i18n/formats.js'
import type { Translate } from '../i18n/translate.js'
import type { StoredPlanLine } from '../routes/plan-schemas.js'
import { fromTo, setChanges } from './audience-diff-presenter.js'

/** A version of a plan as the diff reads it: its name and lines. */
export type PlanDefinition = { name: string; lines: readonly StoredPlanLine[] }

// A line is the same line in both versions when it buys the same channel for the same audience (the nth such pair).
function keysOf(lines: readonly StoredPlanLine[]): string[] {
  const seen = new Map<string, number>()
  return lines.map((l) => {
    const base = `${l.audienceId}:${l.channel}`
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return `${base}:${n}`
  })
}

/**
 * What changed from the version the client saw to the current one, in plain words ("Facebook · Villa buyers: budget
 * 1 000,00 € → 1 200,00 €"), the audience diff's way applied to plans; `label` names a line as the plan page does.
 */
export function toPlanDiff(
  t: Translate,
  locale: Locale,
  before: PlanDefinition,
  after: PlanDefinition,
  label: (line: StoredPlanLine) => string,
): string[] {
  const money = (euros: number) => formatMoney(locale, euros)
  const flight = (l: StoredPlanLine) =>
    `${l.startDate ? formatDate(locale, l.startDate) : t('review.diff.open')}–${l.endDate ? formatDate(locale, l.endDate) : t('review.diff.open')}`
  const cap = (l: StoredPlanLine) => (l.frequencyCap === undefined ? t('review.diff.none') : String(l.frequencyCap))
  const rates = (l: StoredPlanLine) =>
    [
      l.pricing ?? '',
      l.cpm === undefined ? '' : `CPM ${money(l.cpm)}`,
      l.cpc === undefined ? '' : `CPC ${money(l.cpc)}`,
    ]
      .filter((x) => x !== '')
      .join(', ') || t('review.diff.none')
  const total = (lines: readonly StoredPlanLine[]) => lines.reduce((sum, l) => sum + l.budget, 0)

  const changes = [...fromTo(t, 'review.diff.name', before.name, after.name)]
  const beforeKeys = keysOf(before.lines)
  const afterKeys = keysOf(after.lines)
  const pairs = (lines: readonly StoredPlanLine[], keys: string[]) => lines.map((line, i) => ({ line, key: keys[i]! }))
  const { added, removed } = setChanges(pairs(before.lines, beforeKeys), pairs(after.lines, afterKeys), (p) => p.key)
  for (const { line } of removed)
    changes.push(t('review.diff.lineRemoved', { line: label(line), budget: money(line.budget) }))
  for (const { line } of added)
    changes.push(t('review.diff.lineAdded', { line: label(line), budget: money(line.budget) }))
  after.lines.forEach((now, i) => {
    const at = beforeKeys.indexOf(afterKeys[i]!)
    if (at < 0) return
    const was = before.lines[at]!
    const line = label(now)
    changes.push(
      ...(was.budget === now.budget
        ? []
        : [t('review.diff.budget', { line, from: money(was.budget), to: money(now.budget) })]),
      ...(flight(was) === flight(now) ? [] : [t('review.diff.flight', { line, from: flight(was), to: flight(now) })]),
      ...(cap(was) === cap(now) ? [] : [t('review.diff.cap', { line, from: cap(was), to: cap(now) })]),
      ...(rates(was) === rates(now) ? [] : [t('review.diff.rates', { line, from: rates(was), to: rates(now) })]),
    )
  })
  changes.push(...fromTo(t, 'review.diff.total', money(total(before.lines)), money(total(after.lines))))
  return changes
}
