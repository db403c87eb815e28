import { describe, expect, it } from 'vitest'
import { translatorOf } from '../../server/i18n/translate.js'
import { toPlanDiff } from '../../server/presenters/plan-diff-presenter.js'
import { toDashboardReview, toPlanReview } from '../../server/presenters/plan-review-presenter.js'
import type { StoredPlanLine } from '../../server/routes/plan-schemas.js'
import type { PlanEvent } from '../../server/store/plan-event-repository.js'
import type { StoredPlan } from '../../server/store/plan-records.js'

const t = translatorOf('en')
const A = '00000000-0000-7000-8000-00000000000a'
const B = '00000000-0000-7000-8000-00000000000b'
const label = (l: StoredPlanLine) => `${l.channel}/${l.audienceId === A ? 'villa' : 'garage'}`
const line = (over: Partial<StoredPlanLine>): StoredPlanLine => ({
  audienceId: A,
  channel: 'facebook',
  budget: 1000,
  ...over,
})

describe('toPlanDiff', () => {
  it('when budgets, flights and caps change and lines come and go, then says each change in plain words', () => {
    const before = {
      name: 'Spring',
      lines: [line({}), line({ channel: 'linkedin', budget: 500 }), line({ audienceId: B, channel: 'google' })],
    }
    const after = {
      name: 'Spring v2',
      lines: [
        line({ budget: 1200, startDate: '2027-03-01', endDate: '2027-03-31', frequencyCap: 3 }),
        line({ audienceId: B, channel: 'google' }),
        line({ channel: 'instagram', budget: 300 }),
      ],
    }

    expect(toPlanDiff(t, 'en', before, after, label)).toEqual([
      'Name: Spring → Spring v2',
      'Line removed: linkedin/villa, €500.00',
      'Line added: instagram/villa, €300.00',
      'facebook/villa: budget €1,000.00 → €1,200.00',
      'facebook/villa: flight open–open → 1 Mar 2027–31 Mar 2027',
      'facebook/villa: frequency cap none → 3',
      // No total line: 1,000 + 500 + 1,000 before and 1,200 + 1,000 + 300 after are both 2,500.
    ])
  })

  it('when nothing changed, then says nothing; when only a budget changed, then the line and the total', () => {
    const plan = { name: 'Spring', lines: [line({})] }
    const raised = { name: 'Spring', lines: [line({ budget: 1500 })] }
    expect(toPlanDiff(t, 'en', plan, plan, label)).toEqual([])
    expect(toPlanDiff(t, 'en', plan, raised, label)).toEqual([
      'facebook/villa: budget €1,000.00 → €1,500.00',
      'Total budget: €1,000.00 → €1,500.00',
    ])
  })
})

const event = (over: Partial<PlanEvent>): PlanEvent => ({
  id: 'e1',
  planId: 'p1',
  planName: 'Spring',
  version: 1,
  kind: 'changes_requested',
  actorName: 'Maija',
  actorEmail: 'maija@a1.test',
  fromClient: true,
  comment: 'Less LinkedIn',
  line: 1,
  at: '2026-12-07T10:00:00.000Z',
  ...over,
})

describe('toPlanReview and toDashboardReview', () => {
  it('when the client asked for changes to line 2, then staff read who asked, what, and about which line', () => {
    const plan = { sharedStatus: 'changes_requested', sharedVersion: 1 } as StoredPlan
    const model = toPlanReview(t, { plan, events: [event({})], diff: null, labels: ['Facebook', 'LinkedIn'] })

    expect(model.changesRequested).toEqual({
      text: 'The client asked for changes to version 1: “Less LinkedIn”',
      who: 'Maija, maija@a1.test (share link)',
      at: '2026-12-07T10:00:00.000Z',
      lineRef: 'line 2: LinkedIn',
    })
    expect(model.activity[0]!.text).toBe('Maija, maija@a1.test (share link) requested changes to version 1')
    expect(toDashboardReview(t, [event({ actorName: null })]).items[0]).toMatchObject({
      href: '/plans/p1#review',
      text: 'maija@a1.test requested changes: Spring (v1)',
      changesRequested: true,
    })
  })
})
