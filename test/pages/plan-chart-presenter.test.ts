import { describe, expect, it } from 'vitest'
import type { PlanEstimate } from '../../audiences/index.js'
import { translatorOf } from '../../server/i18n/translate.js'
import { toBarChart } from '../../server/presenters/chart-bar-presenter.js'
import { linearScale, niceAxis, pathOf } from '../../server/presenters/chart-geometry.js'
import { toLineChart } from '../../server/presenters/chart-line-presenter.js'
import { toFrequencyChart, toSplitChart } from '../../server/presenters/plan-charts-presenter.js'

describe('niceAxis', () => {
  it('when the data reach 1234, then the axis ends at 1500 in steps of 500', () => {
    expect(niceAxis(1234)).toEqual({ max: 1500, step: 500, ticks: [0, 500, 1000, 1500] })
  })

  it('when the data reach 0.3, then steps of 0.1 print without float noise', () => {
    expect(niceAxis(0.3)).toEqual({ max: 0.3, step: 0.1, ticks: [0, 0.1, 0.2, 0.3] })
  })

  it('when there is nothing to show, then the axis is 0…1', () => {
    expect(niceAxis(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] })
  })
})

describe('linearScale and pathOf', () => {
  it('when a y axis runs from 300 down to 100, then a quarter of the domain sits at 250', () => {
    expect(linearScale(100, 300, 100)(25)).toBe(250)
  })

  it('when given points, then moves to the first and draws lines to the rest', () => {
    expect(
      pathOf([
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ]),
    ).toBe('M1 2 L3 4')
  })
})

describe('toLineChart', () => {
  it('when one series rises to (1000, 200), then its path spans the plot area 76…624 × 256…16', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 500, y: 100 },
      { x: 1000, y: 200 },
    ]
    const chart = toLineChart([{ label: 'Facebook', points, total: false, mark: 1 }], {
      x: (v) => `${v} €`,
      y: (v) => String(v),
    })

    expect(chart.plot).toEqual({ x1: 76, x2: 624, y1: 16, y2: 256 })
    expect(chart.series.map(({ points: _, mark, ...rest }) => ({ ...rest, mark: mark && [mark.x, mark.y] }))).toEqual([
      { label: 'Facebook', d: 'M76 256 L350 136 L624 16', stroke: '#0b4fb3', strokeWidth: 2, mark: [350, 136] },
    ])
    expect(chart.xTicks.map((t) => [t.x, t.label])).toEqual([
      [76, '0 €'],
      [185.6, '200 €'],
      [295.2, '400 €'],
      [404.8, '600 €'],
      [514.4, '800 €'],
      [624, '1000 €'],
    ])
    expect(chart.yTicks.map((t) => t.y)).toEqual([256, 196, 136, 76, 16])
  })

  // The last label sat centred on the plot's right edge (624 of 640 px): half of "1000 €" fell outside the SVG.
  it('when the x axis ends at the plot edge, then the first label starts there, the last ends there, the rest centre', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 1000, y: 200 },
    ]
    const chart = toLineChart([{ label: 'Facebook', points, total: false, mark: null }], {
      x: (v) => `${v} €`,
      y: (v) => String(v),
    })

    expect(chart.xTicks.map((t) => t.anchor)).toEqual(['start', 'middle', 'middle', 'middle', 'middle', 'end'])
  })

  it('when the first point is (−0, 0), then its title reads "Facebook: 0 € → 0" (no minus zero); every point has a title', () => {
    const chart = toLineChart(
      [
        {
          label: 'Facebook',
          points: [
            { x: -0, y: 0 },
            { x: 500, y: 500 },
          ],
          total: false,
          mark: 1,
        },
      ],
      { x: (v) => `${Object.is(v, -0) ? '-0' : v} €`, y: (v) => (Object.is(v, -0) ? '-0' : String(v)) },
    )

    expect(chart.series[0]!.points.map((p) => p.title)).toEqual(['Facebook: 0 € → 0', 'Facebook: 500 € → 500'])
  })
})

describe('toBarChart', () => {
  it('when the bars are 300 and 100, then the longer fills 482 px and the shorter a third of it', () => {
    const chart = toBarChart([
      { label: 'A', value: 300, valueText: '300' },
      { label: 'B', value: 100, valueText: '100' },
    ])

    expect(chart.height).toBe(96)
    expect(chart.bars.map((b) => [b.labelY, b.barY, b.width, b.valueX])).toEqual([
      [21, 26, 482, 496],
      [61, 66, 160.7, 174.7],
    ])
  })
})

const total = (over: Partial<PlanEstimate['total']>): PlanEstimate['total'] => ({
  budget: 1000,
  spend: 1000,
  impressions: 0,
  clicks: 0,
  reach: 1000,
  frequency: 1,
  grp: 0,
  reachAtLeast: [1000, 600, 300, 100, 50, 20, 10, 5, 2, 1],
  universe: 5000,
  ...over,
})

describe('toFrequencyChart', () => {
  it('when 1000 are reached at least once and 600 twice…, then exactly-k counts are the differences and 10+ the last', () => {
    const cost = { net: 0, fee: 0, gross: 0, lines: [] }
    const estimate = { lines: [], total: total({}), cost, warnings: [], recommendedBudget: null, assumptions: [] }
    const { rows } = toFrequencyChart(translatorOf('en'), 'en', estimate)

    expect(rows.map((r) => r.exactly)).toEqual([400, 300, 200, 50, 30, 10, 5, 3, 1, 1])
    expect(rows.map((r) => r.label).slice(-2)).toEqual(['exactly 9', '10 or more'])
  })
})

describe('toSplitChart', () => {
  it('when the lines have 750 € and 250 €, then their shares are 75 % and 25 %, printed in Finnish', () => {
    const line = (budget: number) => ({ budget }) as PlanEstimate['lines'][number]
    const estimate = {
      lines: [line(750), line(250)],
      total: total({}),
      cost: { net: 1000, fee: 0, gross: 1000, lines: [] },
      warnings: [],
      recommendedBudget: null,
      assumptions: [],
    }
    const split = toSplitChart('fi', estimate, ['Facebook', 'LinkedIn'])

    expect(split.rows.map((r) => r.share)).toEqual([0.75, 0.25])
    expect(split.chart.bars[0]!.valueText).toBe('750\u00a0€ (75\u00a0%)')
  })
})
