import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, estimateSizedPlan, guideEstimate, reachCurve } from '../../audiences/index.js'
import { translate, translatorOf } from '../../server/i18n/translate.js'
import { bodyOf, emptyRow, numberOf, readPlanForm, rowsAfter } from '../../server/pages/plan-form-input.js'
import { toPlanForm } from '../../server/presenters/plan-form-presenter.js'
import { toPlanList } from '../../server/presenters/plan-list-presenter.js'
import { toPlanTools } from '../../server/presenters/plan-tools-presenter.js'
import { toPlanView } from '../../server/presenters/plan-view-presenter.js'
import { toPlanCalendar } from '../../server/presenters/plan-calendar-presenter.js'
import { toPlanGuidance } from '../../server/presenters/plan-guidance-presenter.js'
import { toPlanReview } from '../../server/presenters/plan-review-presenter.js'
import type { StoredPlan } from '../../server/store/plan-records.js'
import { renderForSnapshot } from './support/page-world.js'

const at = '2026-11-20T10:00:00.000Z'
const A1 = '00000000-0000-7000-8000-0000000000a1'
const AUD = '00000000-0000-7000-8000-0000000000d1'
const PLAN = '00000000-0000-7000-8000-0000000000f1'
const client = { id: A1, name: 'Talotehdas Oy', createdAt: at, updatedAt: at }

describe('reading the builder form', () => {
  it('when numbers are typed the Finnish way, then 1 234,50 is 1234.5 and words are not numbers', () => {
    expect(numberOf('1 234,50')).toBe(1234.5)
    expect(numberOf('')).toBeNull()
    expect(numberOf('12x')).toBeNaN()
  })

  it('when lines come as an object with indices past 20, then they become rows in index order', () => {
    const form = readPlanForm({ lines: { '21': { budget: '2' }, '3': { budget: '1', channel: ['x'] } } })

    expect(form.rows.map((r) => [r.budget, r.channel])).toEqual([
      ['1', ''],
      ['2', ''],
    ])
  })

  it('when "add line" or "remove line 0" is pressed, then a row is added after the last (same audience) or removed', () => {
    const rows = [{ ...emptyRow('a'), budget: '5' }]

    expect(rowsAfter('add-line', rows).map((r) => [r.audienceId, r.budget])).toEqual([
      ['a', '5'],
      ['a', ''],
    ])
    expect(rowsAfter('remove-line-0', rows)).toHaveLength(1)
    expect(rowsAfter('remove-line-0', [...rows, emptyRow('b')]).map((r) => r.audienceId)).toEqual(['b'])
  })

  it('when the CTR is typed in percent with a CPM price, then the body has the fraction and no CPC', () => {
    const form = readPlanForm({
      lines: [{ audienceId: AUD, channel: 'facebook', budget: '100', pricing: 'cpm', cpm: '9', cpc: '2', ctr: '1,5' }],
    })
    const { body, problems } = bodyOf(form)

    expect(problems).toEqual([])
    expect(body['lines']).toEqual([
      { audienceId: AUD, channel: 'facebook', budget: 100, pricing: 'cpm', cpm: 9, ctr: 0.015 },
    ])
  })
})

const formSource = (problems: { field: string; key: string; row: number | null }[]) => ({
  mode: 'new' as const,
  planId: null,
  client: { id: A1, name: 'Talotehdas Oy' },
  audiences: [{ id: AUD, name: 'Huvilan ostajat' }],
  form: {
    ...readPlanForm({ name: 'Syksy' }),
    rows: [{ ...emptyRow(AUD), budget: '12x', pricing: 'cpm', cpm: '10', cpc: '1.1111', ctr: '0.9' }],
  },
  problems,
  status: null,
  conflictVersion: null,
  errorCode: problems.length ? 'request_invalid' : null,
})

describe('toPlanForm', () => {
  it('when a line has a bad budget, then the summary names the line and links the field, and only that field has an error', () => {
    const model = toPlanForm(
      translatorOf('en'),
      formSource([{ field: 'lines-0-budget', key: 'plan.error.budget', row: 0 }]),
    )

    expect(model.summary).toEqual([
      { href: '#lines-0-budget', message: `Line 1: ${translate('en', 'plan.error.budget')}` },
    ])
    expect(model.rows[0]!.errors).toMatchObject({
      budget: translate('en', 'plan.error.budget'),
      cpm: null,
      audienceId: null,
    })
    expect(model.rows[0]!.audienceOptions).toEqual([{ value: AUD, label: 'Huvilan ostajat', selected: true }])
    expect(model.rows[0]!.removable).toBe(false)
  })

  it('when rendered in Finnish with an error, then matches the snapshot', async () => {
    const model = toPlanForm(
      translatorOf('fi'),
      formSource([{ field: 'lines-0-budget', key: 'plan.error.budget', row: 0 }]),
    )
    const html = renderForSnapshot('plan-form', 'Uusi mediasuunnitelma', model, {
      locale: 'fi',
      here: '/plans/new',
      errorCode: 'request_invalid',
    })
    await expect(html).toMatchFileSnapshot('__snapshots__/plan-form.html')
  })
})

const storedPlan = (over: Partial<StoredPlan>): StoredPlan => ({
  id: PLAN,
  clientId: A1,
  name: 'Syyskampanja',
  version: 3,
  latestVersion: 3,
  status: 'approved',
  content: {},
  estimate: {},
  createdAt: at,
  createdBy: 'u',
  updatedAt: at,
  updatedBy: 'u',
  sharedAt: at,
  approvedAt: at,
  approvedBy: 'c',
  approverName: null,
  approverEmail: 'client@talotehdas.test',
  sharedVersion: 3,
  sharedStatus: 'approved',
  ...over,
})

describe('toPlanList', () => {
  it('when a client user lists with a status filter and a next page, then rows open the client view and the next link keeps the filter', () => {
    const model = toPlanList(translatorOf('en'), {
      plans: [storedPlan({})],
      clients: [client],
      filter: { clientId: null, status: 'approved' },
      nextCursor: 'abc',
      isFirstPage: true,
      isClient: true,
      canCreate: false,
    })

    expect(model.plans[0]).toMatchObject({
      href: `/plans/${PLAN}/client`,
      clientName: 'Talotehdas Oy',
      statusKey: 'plan.status.approved',
    })
    expect(model.nextHref).toBe('/plans?status=approved&cursor=abc')
    expect(model.firstHref).toBeNull()
  })

  it('when rendered in Swedish for staff, then matches the snapshot', async () => {
    const model = toPlanList(translatorOf('sv'), {
      plans: [
        storedPlan({}),
        storedPlan({ id: '00000000-0000-7000-8000-0000000000f2', name: 'Vår', status: 'draft', version: 1 }),
      ],
      clients: [client],
      filter: { clientId: A1, status: null },
      nextCursor: null,
      isFirstPage: false,
      isClient: false,
      canCreate: true,
    })
    const html = renderForSnapshot('plan-list', 'Medieplaner', model, { locale: 'sv', here: '/plans' })
    await expect(html).toMatchFileSnapshot('__snapshots__/plan-list.html')
  })
})

describe('toPlanView', () => {
  const lines = [
    { audienceId: AUD, channel: 'facebook' as const, budget: 750, startDate: '2026-09-07', endDate: '2026-09-20' },
    { audienceId: AUD, channel: 'linkedin' as const, budget: 250, frequencyCap: 3 },
  ]
  const request = { universe: 60000, lines: lines.map((l) => ({ ...l, audienceId: undefined, audienceSize: 50000 })) }
  // As a stored plan reads: the sized estimate with its guidance.
  const estimate = guideEstimate(estimateSizedPlan(request, DEFAULT_TAXONOMY), {
    lines: lines.map((l) => ({ segment: l.audienceId, startDate: l.startDate, endDate: l.endDate })),
  })
  const curves = reachCurve(request, DEFAULT_TAXONOMY, { points: 11 })
  const plan = storedPlan({ content: { lines, scenarios: [] }, estimate: { plan: estimate, scenarios: [] } })
  const source = (role: 'staff' | 'planner') => {
    const t = translatorOf('fi')
    return toPlanView(t, 'fi', {
      plan,
      lines,
      clientName: 'Talotehdas Oy',
      audienceNames: new Map([[AUD, 'Huvilan ostajat']]),
      estimate,
      ranges: estimate.lines.map((l) => ({ low: Math.floor(l.reach * 0.8), high: Math.ceil(l.reach * 1.2) })),
      curves,
      curveMark: 5,
      audiences: new Map(),
      taxonomy: DEFAULT_TAXONOMY,
      role,
      notice: null,
      share: { url: 'https://kohde.example/share/tokentokentokentokentokentokentokentokento', expiresAt: at },
      guidance: toPlanGuidance(t, 'fi', {
        ...{ planId: PLAN, version: 3, canWrite: role === 'staff', labels: ['Facebook', 'LinkedIn'], estimate },
      }),
      calendar: toPlanCalendar(t, 'fi', { lines, estimate, labels: ['Facebook', 'LinkedIn'], reachModel: null }),
      tools: toPlanTools(t, {
        planId: PLAN,
        version: 3,
        canWrite: role === 'staff',
        labels: ['Facebook', 'LinkedIn'],
        current: estimate,
        scenarios: [],
        plannable: true,
        segmentCount: 1,
        objective: 'reach',
        effectiveFrequency: 1,
        optimize: null,
        targetReach: '',
        targetError: null,
        budgetForReach: null,
        strategies: null,
      }),
    })
  }

  it('when the version is approved, then staff get "edit as a new version" with the next version number; planners cannot write', () => {
    const staff = source('staff')

    expect([staff.approved, staff.canWrite, staff.editLabelKey, staff.nextVersion]).toEqual([
      true,
      true,
      'plan.view.editAsNewVersion',
      4,
    ])
    expect(source('planner').canWrite).toBe(false)
  })

  it('when the plan has a capped LinkedIn line, then the line carries its cap and the charts one series per line plus the total', () => {
    const model = source('staff')

    expect(model.lines.map((l) => [l.label, l.budget, l.frequencyCap])).toEqual([
      ['Facebook', 750, null],
      ['LinkedIn', 250, 3],
    ])
    expect(model.reachChart!.columns).toEqual(['Facebook', 'LinkedIn', 'Yhteensä'])
    expect(model.reachChart!.rows).toHaveLength(11)
    expect(model.reachChart!.rows[5]!.current).toBe(true)
    expect(model.reachChart!.rows[5]!.cells[2]).toEqual({ budget: 1000, reach: estimate.total.reach })
    expect(model.splitChart!.rows.map((r) => r.share)).toEqual([0.75, 0.25])
  })

  it('when rendered in Finnish, then matches the snapshot', async () => {
    const html = renderForSnapshot(
      'plan-view',
      'Syyskampanja',
      {
        ...source('staff'),
        errorCode: null,
        review: toPlanReview(translatorOf('fi'), { plan: storedPlan({}), events: [], diff: null, labels: [] }),
      },
      {
        locale: 'fi',
        here: `/plans/${PLAN}`,
      },
    )
    await expect(html).toMatchFileSnapshot('__snapshots__/plan-view.html')
  })
})
