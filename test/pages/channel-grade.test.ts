import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, TEMPLATES, type FidelityItem, type PolicyFinding } from '../../audiences/index.js'
import { translatorOf } from '../../server/i18n/translate.js'
import { channelOutlook, gradesOf } from '../../server/pages/channel-outlook.js'
import { gradeBadge, gradeChannel, type GradeInput } from '../../server/presenters/channel-grade.js'

const item = (status: FidelityItem['status']): FidelityItem => ({
  path: ['include', 0, 0],
  criterion: 'interest.cats',
  status,
  code: status === 'exact' ? 'exact' : 'term_urn_unknown',
  message: '',
})
const input = (over: Partial<GradeInput>): GradeInput => ({
  channel: 'google',
  items: [item('exact')],
  policy: [],
  targeted: 10_000,
  ideal: 10_000,
  ...over,
})
const error: PolicyFinding = { code: 'x', severity: 'error', message: '' }
const warning: PolicyFinding = { code: 'x', severity: 'warning', message: '' }
const gradeOf = (over: Partial<GradeInput>) => {
  const { grade, why } = gradeChannel(input(over))
  return [grade, why]
}

describe('gradeChannel', () => {
  it('when every criterion is exact, then exact whatever the warnings', () => {
    expect(gradeOf({ policy: [warning] })).toEqual(['exact', 'asDescribed'])
  })

  it('when a criterion is approximated and the channel targets 1.5 times the people, then a small loss', () => {
    expect(gradeOf({ items: [item('exact'), item('approximated')], targeted: 15_000 })).toEqual([
      'smallLoss',
      'criteria',
    ])
  })

  it('when the channel targets exactly twice the people, then still a small loss (the threshold is "more than twice")', () => {
    expect(gradeOf({ items: [item('unresolved')], targeted: 20_000 })).toEqual(['smallLoss', 'criteria'])
  })

  it('when it targets 2.5 times the people, then a large loss, wider', () => {
    expect(gradeOf({ items: [item('unresolved')], targeted: 25_000 })).toEqual(['largeLoss', 'wider'])
  })

  it('when it targets 4,000 of the 10,000 described (under half), then a large loss, narrower', () => {
    expect(gradeOf({ items: [item('approximated')], targeted: 4_000 })).toEqual(['largeLoss', 'narrower'])
  })

  it('when it reaches nobody, has a policy error or does not compile, then not deliverable', () => {
    expect(gradeOf({ targeted: 0 })).toEqual(['notDeliverable', 'nobody'])
    expect(gradeOf({ policy: [error] })).toEqual(['notDeliverable', 'policyError'])
    expect(gradeOf({ items: null, targeted: null, ideal: null })).toEqual(['notDeliverable', 'notCompiled'])
  })

  it('when LinkedIn targets 299 people, then not deliverable (its minimum is 300, audienceCounts doc); at 300 it is not', () => {
    expect(gradeOf({ channel: 'linkedin', targeted: 299, ideal: 299 })).toEqual(['notDeliverable', 'belowMinimum'])
    expect(gradeOf({ channel: 'linkedin', targeted: 300, ideal: 300 })).toEqual(['exact', 'asDescribed'])
    expect(gradeOf({ channel: 'google', targeted: 299, ideal: 299 })).toEqual(['exact', 'asDescribed'])
  })

  it('when the places cannot be sized, then criteria lost are a small loss that says the size is unknown', () => {
    expect(gradeOf({ items: [item('unsupported')], targeted: null, ideal: null })).toEqual([
      'smallLoss',
      'criteriaUnsized',
    ])
  })
})

describe('gradeBadge', () => {
  it('when a large loss is shown in Finnish, then the reason names both sizes at two significant figures', () => {
    const grade = gradeChannel(input({ items: [item('unresolved')], targeted: 1_472_136, ideal: 9_577 }))
    const badge = gradeBadge(grade, 'fi', translatorOf('fi'))

    expect([badge.label, badge.badgeClass]).toEqual(['suuri poikkeama', 'grade-large'])
    // 1 472 136 → 1 500 000 and 9 577 → 9 600; Finnish groups digits with a no-break space.
    expect(badge.reason).toBe(
      'Google kohdentaa noin 1\u00a0500\u00a0000 henkilöön, yli kaksi kertaa kuvatun noin 9\u00a0600: yksi ehto ei toteudu kuten kirjoitettiin.',
    )
  })
})

describe('gradesOf the seed audiences', () => {
  it('when the seeds are graded, then the badges tell channels apart instead of all reading "partly lost"', () => {
    const grades = (id: string) => {
      const audience = TEMPLATES.find((t) => t.id === id)!.audience
      const g = gradesOf(channelOutlook(audience, DEFAULT_TAXONOMY))
      return [g.google.grade, g.facebook.grade, g.instagram.grade, g.linkedin.grade]
    }
    // Pet owners: Google only widens presence and turns horses into a custom segment, which size nothing away;
    // Meta and LinkedIn drop the pet interests (unresolved / unavailable), so they target the whole country.
    expect(grades('pet-owners')).toEqual(['smallLoss', 'largeLoss', 'largeLoss', 'largeLoss'])
    // Luxury villas: every channel drops or ORs the professions and the income tier, each far wider than described.
    expect(grades('luxury-villa-buyers')).toEqual(['largeLoss', 'largeLoss', 'largeLoss', 'largeLoss'])
  })
})
