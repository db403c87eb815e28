import { z } from 'zod'
import { CHANNEL_IDS } from '../../audiences/index.js'
import type { Locale } from '../i18n/locale.js'
import { parseNumberInput } from '../i18n/number-input.js'
import { readFee } from './fee-form.js'
import { guidanceBodyOf, guidanceFieldOf, readGuidanceForm, type GuidanceInput } from './plan-form-guidance.js'

const MAX_ROWS = 50
export const ROW_KEYS = [
  'audienceId',
  'channel',
  'budget',
  'pricing',
  'cpm',
  'cpc',
  'ctr',
  'startDate',
  'endDate',
  'frequencyCap',
] as const
export type RowKey = (typeof ROW_KEYS)[number]
/** One line of the builder exactly as typed: every field a string (the form shows back what was sent). */
export type PlanRow = Record<RowKey, string>
export type ReachInput = { kind: string; shape: string; impressions: string; reach: string }
export type PlanFormInput = {
  clientId: string
  name: string
  version: string
  rows: PlanRow[]
  reach: ReachInput
  guidance: GuidanceInput
  // The plan's own fee (ADR 0010): kind none|percent|fixed and the number typed; none = the rate card's fees.
  fee: { kind: string; value: string }
  action: string
}

// Form values are hostile: anything that is not a short string counts as empty.
const text = (value: unknown, max = 300) => (typeof value === 'string' ? value.trim().slice(0, max) : '')

export const emptyRow = (audienceId = ''): PlanRow => ({
  ...(Object.fromEntries(ROW_KEYS.map((k) => [k, ''])) as PlanRow),
  audienceId,
  channel: 'facebook',
})

// qs turns lines[0]…lines[20] into an array and larger indices into an object: both become rows in index order.
function rowsOf(value: unknown): PlanRow[] {
  if (typeof value !== 'object' || value === null) return []
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value)
        .filter(([k]) => /^\d{1,3}$/.test(k))
        .map(([k, v]) => [Number(k), v] as const)
        .sort((a, b) => a[0] - b[0])
  return entries.slice(0, MAX_ROWS).map(([, raw]) => {
    const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
    return Object.fromEntries(ROW_KEYS.map((k) => [k, text(record[k])])) as PlanRow
  })
}

const feeInputOf = (value: unknown) => {
  const fee = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  return { kind: text(fee['kind'], 10) || 'none', value: text(fee['value'], 30) }
}

/** The builder form as posted, every value a bounded string. */
export function readPlanForm(form: Record<string, unknown>): PlanFormInput {
  const reach =
    typeof form['reach'] === 'object' && form['reach'] !== null ? (form['reach'] as Record<string, unknown>) : {}
  return {
    clientId: text(form['clientId'], 100),
    name: text(form['name'], 400),
    version: text(form['version'], 20),
    rows: rowsOf(form['lines']),
    reach: {
      kind: text(reach['kind'], 20) || 'poisson',
      shape: text(reach['shape']),
      impressions: text(reach['impressions']),
      reach: text(reach['reach']),
    },
    guidance: readGuidanceForm(form['guidance']),
    fee: feeInputOf(form['fee']),
    action: text(form['action'], 40),
  }
}

/** What a non-saving button does to the rows: one more line, one line fewer, or nothing (rates refilled later). */
export function rowsAfter(action: string, rows: readonly PlanRow[]): PlanRow[] {
  if (action === 'add-line' && rows.length < MAX_ROWS) return [...rows, emptyRow(rows.at(-1)?.audienceId ?? '')]
  const remove = /^remove-line-(\d{1,2})$/.exec(action)
  if (remove && rows.length > 1) return rows.filter((_, i) => i !== Number(remove[1]))
  if (action === 'rates') return rows.map((r) => ({ ...r, pricing: '', cpm: '', cpc: '', ctr: '' }))
  return [...rows]
}

/** A typed number in the page's language (parseNumberInput): null when empty, NaN when it is not a number. */
export const numberOf = (value: string, locale: Locale = 'fi'): number | null => parseNumberInput(value, locale)

export type FieldProblem = { field: string; key: string; row: number | null }

const channelSchema = z.enum(CHANNEL_IDS)

/**
 * The plan body the API takes (lines, reach model), built from the typed rows; what cannot be read as a number
 * or a choice is a problem on its field. The body is then checked with the API's own schema by the caller.
 */
export function bodyOf(
  input: PlanFormInput,
  locale: Locale = 'fi',
): { body: Record<string, unknown>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const num = (value: string, field: string, key: string, row: number | null) => {
    const parsed = numberOf(value, locale)
    if (parsed !== null && Number.isNaN(parsed)) problems.push({ field, key, row })
    return parsed === null || Number.isNaN(parsed) ? undefined : parsed
  }
  const lines = input.rows.map((r, i) => {
    const id = (k: RowKey) => `lines-${i}-${k}`
    const pricing = r.pricing === 'cpm' || r.pricing === 'cpc' ? r.pricing : undefined
    const ctr = num(r.ctr, id('ctr'), 'plan.error.ctr', i)
    const line = {
      audienceId: r.audienceId,
      channel: channelSchema.safeParse(r.channel).success ? r.channel : '',
      budget: num(r.budget, id('budget'), 'plan.error.budget', i),
      pricing,
      cpm: pricing === 'cpc' ? undefined : num(r.cpm, id('cpm'), 'plan.error.cpm', i),
      cpc: pricing === 'cpm' ? undefined : num(r.cpc, id('cpc'), 'plan.error.cpc', i),
      // The form asks for a percentage; the API takes a fraction.
      ctr: ctr === undefined ? undefined : ctr / 100,
      frequencyCap: num(r.frequencyCap, id('frequencyCap'), 'plan.error.frequencyCap', i),
      startDate: r.startDate || undefined,
      endDate: r.endDate || undefined,
    }
    return Object.fromEntries(Object.entries(line).filter(([, v]) => v !== undefined))
  })
  const reachModel =
    input.reach.kind === 'nbd'
      ? { kind: 'nbd', shape: num(input.reach.shape, 'reach-shape', 'plan.error.reachShape', null) }
      : input.reach.kind === 'calibrated'
        ? {
            kind: 'calibrated',
            impressions: num(input.reach.impressions, 'reach-impressions', 'plan.error.reachCalibration', null),
            reach: num(input.reach.reach, 'reach-reach', 'plan.error.reachCalibration', null),
          }
        : undefined
  const guidance = guidanceBodyOf(input.guidance, (value) => numberOf(value, locale))
  problems.push(...guidance.problems)
  const fee = readFee(input.fee.kind, input.fee.value, locale)
  if (fee === null) problems.push({ field: 'plan-fee-value', key: 'fee.error.value', row: null })
  return {
    body: {
      ...{ clientId: input.clientId, name: input.name, lines, reachModel, guidance: guidance.guidance },
      ...(fee ? { fee } : {}),
    },
    problems,
  }
}

const ROW_FIELD = new Set<string>(ROW_KEYS)
const REACH_FIELD: Record<string, string> = {
  shape: 'reach-shape',
  impressions: 'reach-impressions',
  reach: 'reach-reach',
}

/** The form field a schema or domain issue path points at (lines.2.budget → lines-2-budget). */
export function fieldOf(path: readonly PropertyKey[]): { field: string; row: number | null; key: string } {
  const [head, index, key] = path
  if (head === 'lines' && typeof index === 'number') {
    const k = typeof key === 'string' && ROW_FIELD.has(key) ? key : 'audienceId'
    return { field: `lines-${index}-${k}`, row: index, key: `plan.error.${k}` }
  }
  if (head === 'lines') return { field: 'lines-0-audienceId', row: null, key: 'plan.error.lines' }
  if (head === 'reachModel') {
    const field = typeof index === 'string' ? (REACH_FIELD[index] ?? 'reach-kind') : 'reach-kind'
    return { field, row: null, key: field === 'reach-shape' ? 'plan.error.reachShape' : 'plan.error.reachCalibration' }
  }
  if (head === 'guidance') return guidanceFieldOf(path)
  if (head === 'fee') return { field: 'plan-fee-value', row: null, key: 'fee.error.value' }
  if (head === 'name') return { field: 'name', row: null, key: 'plan.error.name' }
  if (head === 'clientId') return { field: 'clientId', row: null, key: 'plan.error.clientId' }
  return { field: 'name', row: null, key: 'plan.error.other' }
}
