import { describe, expect, it } from 'vitest'
import { AssumptionLog } from '../../audiences/estimate/assumption-log.js'
import { estimatePopulation } from '../../audiences/estimate/audience-population.js'
import { channelAudience, channelReach } from '../../audiences/estimate/channel-reach.js'
import { countFiArea } from '../../audiences/estimate/population-count.js'
import { POPULATION_INDEX } from '../../audiences/estimate/population-index.js'
import { anAudience, aTaxonomy, aTerm } from './estimate-fixtures.js'

const taxonomy = aTaxonomy([
  aTerm('interest.sailing', 'interest', 0.1),
  aTerm('interest.golf', 'interest', 0.2),
  aTerm('title.ceo', 'title', 0.5),
  aTerm('list.current-customers', 'customerList', 0.1),
  aTerm('interest.unmeasured', 'interest'),
  aTerm('income.top-20', 'income', 0.2),
  aTerm('income.top-10', 'income', 0.1),
  aTerm('income.bottom-20', 'income', 0.2),
])
const term = (facet: string, value: string) => ({ facet, value }) as { facet: 'interest'; value: string }
const helsinki = { geo: { include: [{ municipality: '091', country: 'FI' }] } }
const population = (input: Parameters<typeof anAudience>[0]) => {
  const log = new AssumptionLog()
  return { ...estimatePopulation(anAudience(input), taxonomy, log), log }
}

describe('criteria shares', () => {
  it('when groups are AND-ed and terms OR-ed, then share = (1 − 0.9·0.8)·0.5·(1 − 0.1) = 0.126 of the people', () => {
    const { breakdown } = population({
      ...helsinki,
      include: [
        [term('interest', 'interest.sailing'), term('interest', 'interest.golf')],
        [term('title', 'title.ceo')],
      ],
      exclude: [term('customerList', 'list.current-customers')],
    })
    expect(breakdown.matching.value / breakdown.people).toBeCloseTo(0.28 * 0.5 * 0.9, 12)
  })

  it('when a term has no share, then the facet default is used and listed as an assumption', () => {
    const { breakdown, log } = population({ ...helsinki, include: [[term('interest', 'interest.unmeasured')]] })
    expect(breakdown.matching.value / breakdown.people).toBeCloseTo(0.1, 12)
    expect(log.list()).toContainEqual(
      expect.objectContaining({
        factor: 'share.interest:interest.unmeasured',
        value: 0.1,
        source: expect.stringContaining('assumption'),
      }),
    )
  })

  it("when income.top-20 is asked in Helsinki, then Paavo's share is used: 144,730 / 535,923 = 0.2701", () => {
    const { breakdown } = population({ ...helsinki, include: [[term('income', 'income.top-20')]] })
    expect(breakdown.matching.value / breakdown.people).toBeCloseTo(144_730 / 535_923, 9)
  })

  it('when income.top-10 is asked, then it is half the top-fifth share', () => {
    const { breakdown } = population({ ...helsinki, include: [[term('income', 'income.top-10')]] })
    expect(breakdown.matching.value / breakdown.people).toBeCloseTo(144_730 / 535_923 / 2, 9)
  })

  it('when two income tiers share a group, then they add (disjoint tiers): top-20 + bottom-20 in Helsinki', () => {
    const { breakdown } = population({
      ...helsinki,
      include: [[term('income', 'income.top-20'), term('income', 'income.bottom-20')]],
    })
    expect(breakdown.matching.value / breakdown.people).toBeCloseTo((144_730 + 103_519) / 535_923, 9)
  })

  it('when income is asked over two municipalities, then each uses its own share, weighted by its adults', () => {
    const both = {
      geo: {
        include: [
          { municipality: '091', country: 'FI' },
          { municipality: '049', country: 'FI' },
        ],
      },
    }
    const { breakdown } = population({ ...both, include: [[term('income', 'income.top-20')]] })
    const adults = (code: string) =>
      countFiArea(POPULATION_INDEX.fi.municipalities[code]!, { min: 18, max: 200 }, { male: true, female: true })
    const topShare = (code: string) =>
      POPULATION_INDEX.fi.municipalities[code]!.income![3] / POPULATION_INDEX.fi.municipalities[code]!.income![0]
    expect(breakdown.people).toBe(adults('091') + adults('049'))
    expect(breakdown.matching.value).toBeCloseTo(adults('091') * topShare('091') + adults('049') * topShare('049'), 6)
  })
})

describe('channelAudience', () => {
  it('when Helsinki 18–74 is asked on LinkedIn, then size = 495,896 × 1.34 M / 4,069,201 (survey share of 16–74)', () => {
    const { breakdown, log } = population({ ...helsinki, age: { min: 18, max: 74 } })
    const size = channelAudience('linkedin', breakdown.countries, log)
    expect(size.value).toBeCloseTo((495_896 * 1_340_000) / 4_069_201, 6)
    expect(size.low).toBeLessThan(size.value)
    expect(size.high).toBeGreaterThan(size.value)
  })

  it('when the audience includes people of 75+, then social channels count them at half the rate (assumption)', () => {
    const { breakdown, log } = population({ ...helsinki, age: { min: 75 } })
    const size = channelAudience('facebook', breakdown.countries, log)
    expect(size.value).toBeCloseTo(48_189 * channelReach('facebook', 'FI').share.value * 0.5, 6)
    expect(log.list().map((a) => a.factor)).toContain('reach.facebook.agesOutside16to74')
  })

  it('when a country has no figures of its own, then Finland stands in and the source says so', () => {
    expect(channelReach('linkedin', 'DE').source).toMatch(/no DE figure/)
    expect(channelReach('instagram', 'SE').share.value).toBeCloseTo(8.0 / 10.64, 12)
  })
})
