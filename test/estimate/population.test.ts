import { describe, expect, it } from 'vitest'
import { AssumptionLog } from '../../audiences/estimate/assumption-log.js'
import { estimatePopulation } from '../../audiences/estimate/audience-population.js'
import { criteriaOf } from '../../audiences/estimate/criteria-share.js'
import { breakDownPopulation } from '../../audiences/estimate/population-breakdown.js'
import { selectPopulation } from '../../audiences/estimate/population-selection.js'
import { flattenAudience } from '../../audiences/model/flat-audience.js'
import { countBands, countFiArea } from '../../audiences/estimate/population-count.js'
import { POPULATION_INDEX } from '../../audiences/estimate/population-index.js'
import { DomainError } from '../../audiences/errors.js'
import { DEFAULT_TAXONOMY } from '../../audiences/taxonomy/taxonomy-data.js'
import { anAudience, aTaxonomy } from './estimate-fixtures.js'

const everyone = { male: true, female: true }
const allAges = { min: 0, max: 200 }
// Everyone of every age in the places: below the use case, which refuses ages under 13 (nobody targets them).
const peopleIn = (input: Parameters<typeof anAudience>[0], taxonomy = aTaxonomy()) => {
  const log = new AssumptionLog()
  const flat = flattenAudience(anAudience(input), taxonomy, ['audience'])
  const selection = selectPopulation(flat.geoInclude, flat.geoExclude, taxonomy, 'fi', log)
  const breakdown = breakDownPopulation(
    selection.units,
    allAges,
    everyone,
    criteriaOf(
      flat.include.map((g) => g.terms.map((t) => ({ term: t.value }))),
      [],
      taxonomy,
      log,
    ),
  )
  return { people: breakdown.people, log: log.list() }
}

describe('population index', () => {
  it('when summing all ages of the whole country, then matches Statistics Finland 11re: 5,525,292 (M 2,728,262, F 2,797,030)', () => {
    const fi = POPULATION_INDEX.fi.total
    expect(countFiArea(fi, allAges, everyone)).toBe(5_525_292)
    expect(countFiArea(fi, allAges, { male: true, female: false })).toBe(2_728_262)
    expect(countFiArea(fi, allAges, { male: false, female: true })).toBe(2_797_030)
  })

  it('when summing the municipalities, then they add up to the country and Helsinki (091) is 653,835', () => {
    const municipalities = Object.values(POPULATION_INDEX.fi.municipalities)
    expect(municipalities).toHaveLength(310)
    expect(municipalities.reduce((t, a) => t + countFiArea(a, allAges, everyone), 0)).toBe(5_525_292)
    expect(countFiArea(POPULATION_INDEX.fi.municipalities['091']!, allAges, everyone)).toBe(653_835)
  })

  it('when an age range is asked, then it is two lookups per sex: Finland 30–60 = Σ of the CSV rows 30…60 = 2,169,070', () => {
    expect(countFiArea(POPULATION_INDEX.fi.total, { min: 30, max: 60 }, everyone)).toBe(2_169_070)
    expect(
      countFiArea(POPULATION_INDEX.fi.municipalities['091']!, { min: 30, max: 60 }, { male: false, female: true }),
    ).toBe(143_190)
  })

  it('when a range cuts 10-year bands, then each band is spread evenly: SE 25–34 = ½·1,338,915 + ½·1,330,260 = 1,334,587.5', () => {
    expect(countBands(POPULATION_INDEX.nuts['SE']!, { min: 25, max: 34 })).toBeCloseTo(1_334_587.5, 6)
  })

  it('when the open band 80+ is cut, then it is spread over 80–99: SE 90+ = 522,133 × 10/20', () => {
    expect(countBands(POPULATION_INDEX.nuts['SE']!, { min: 90, max: 200 })).toBeCloseTo(522_133 / 2, 6)
  })
})

describe('estimatePopulation', () => {
  it('when the audience is a region, then it is the sum of its 26 municipalities: Uusimaa 1,689,725', () => {
    expect(peopleIn({ geo: { include: [{ region: 'FI-18' }] } }).people).toBe(1_689_725)
  })

  it('when the country and one of its municipalities are both included, then nobody is counted twice', () => {
    expect(peopleIn({ geo: { include: [{ country: 'FI' }, { municipality: '091', country: 'FI' }] } }).people).toBe(
      5_525_292,
    )
  })

  it('when a municipality is excluded, then its people are subtracted: 5,525,292 − 653,835 = 4,871,457', () => {
    const { people } = peopleIn({
      geo: { include: [{ country: 'FI' }], exclude: [{ municipality: '091', country: 'FI' }] },
    })
    expect(people).toBe(4_871_457)
  })

  it('when a postal code is given, then it gets its municipality divided evenly by its postal areas: 653,835 / 84', () => {
    const { people, log } = peopleIn({ geo: { include: [{ postalCode: '00100', country: 'FI' }] } })
    expect(POPULATION_INDEX.fi.municipalities['091']!.postalAreas).toBe(84)
    expect(people).toBeCloseTo(653_835 / 84, 6)
    expect(log.map((a) => a.factor)).toContain('population.postalArea')
  })

  it('when a radius is given, then the postal areas whose centre lies inside count: a 0.1 km circle on 00100 holds only 00100', () => {
    const { people } = peopleIn({ geo: { include: [{ radius: { lat: 60.1714, lng: 24.9316, km: 0.1 } }] } })
    expect(people).toBeCloseTo(653_835 / 84, 6)
  })

  it('when Sweden is asked for women 25–34, then SCB counts them by single year and sex: 708,421', () => {
    // awk -F, 'NR>1 && $3>=25 && $3<=34 {s+=$5} END {print s}' audiences/data/population/se-municipality-age-sex-2019.csv
    const log = new AssumptionLog()
    const audience = anAudience({
      geo: { include: [{ country: 'SE' }] },
      age: { min: 25, max: 34 },
      genders: ['female'],
    })
    const { breakdown } = estimatePopulation(audience, aTaxonomy(), log)
    expect(breakdown.people).toBe(708_421)
    expect(log.list().map((a) => a.factor)).not.toContain('population.SE.maleShare')
  })

  it("when Swedish municipalities and counties are asked, then SCB's 31 Dec 2019 counts: Stockholms län 2,377,081, Stockholm 974,073", () => {
    // SOURCES.md check figures; the county is the sum of its 26 municipalities.
    const { people, log } = peopleIn({ geo: { include: [{ region: 'SE-AB' }] } }, DEFAULT_TAXONOMY)
    const city = peopleIn({ geo: { include: [{ municipality: '0180', country: 'SE' }] } }, DEFAULT_TAXONOMY)
    const both = peopleIn(
      { geo: { include: [{ region: 'SE-AB' }, { municipality: '0180', country: 'SE' }] } },
      DEFAULT_TAXONOMY,
    )
    expect([people, city.people, both.people]).toEqual([2_377_081, 974_073, 2_377_081])
    expect(log.map((a) => a.factor)).toContain('population.SE')
  })

  // Centres: audiences/data/places/se-locality-centres.csv (Umeå 63.825656, 20.263074; Vännäs 63.940872, 19.702571,
  // 30.28 km apart by haversine); people: SCB 31 Dec 2019 (Umeå 2480: 128,901; Vännäs 2460: 8,872).
  it('when a circle is drawn in Sweden, then the municipalities whose town centre lies inside count whole: Umeå +30 km 128,901, +31 km adds Vännäs', () => {
    const umea = { lat: 63.825656, lng: 20.263074 }
    const thirty = peopleIn({ geo: { include: [{ radius: { ...umea, km: 30 } }] } }, DEFAULT_TAXONOMY)
    const thirtyOne = peopleIn({ geo: { include: [{ radius: { ...umea, km: 31 } }] } }, DEFAULT_TAXONOMY)
    expect([thirty.people, thirtyOne.people]).toEqual([128_901, 128_901 + 8_872])
    expect(thirty.log.map((a) => a.factor)).toEqual(expect.arrayContaining(['population.radius.SE', 'population.SE']))
    expect(thirty.log.map((a) => a.factor)).not.toContain('population.radius')
  })

  it('when a small Swedish circle holds no town centre, then the nearest municipality within 25 km counts whole, and farther out nobody is counted', () => {
    // 0.1° of latitude north of Umeå's centre is 11.1 km: Umeå's is the nearest centre.
    const near = peopleIn(
      { geo: { include: [{ radius: { lat: 63.925656, lng: 20.263074, km: 2 } }] } },
      DEFAULT_TAXONOMY,
    )
    expect(near.people).toBe(128_901)
    // The Gulf of Bothnia, 60 km off Umeå: no Swedish centre within reach and no Finnish postal area near.
    const log = new AssumptionLog()
    const sea = anAudience({ geo: { include: [{ radius: { lat: 63.6, lng: 21.3, km: 2 } }] } })
    expect(estimatePopulation(sea, DEFAULT_TAXONOMY, log).known).toBe(false)
  })

  it('when a town Google lists has no population of its own, then the estimate says so and counts nobody there', () => {
    const log = new AssumptionLog()
    const audience = anAudience({ geo: { include: [{ city: 'Åkersberga', country: 'SE' }] } })
    const { breakdown, known } = estimatePopulation(audience, DEFAULT_TAXONOMY, log)
    expect([breakdown.people, known]).toEqual([0, false])
    expect(log.list()).toContainEqual(
      expect.objectContaining({
        factor: 'population.unknown.audience.geo.include.0',
        source: 'no population data for Åkersberga: counted as 0 people',
      }),
    )
  })

  it('when a Swedish county is asked, then its NUTS 3 row is used: Stockholm (SE110) all ages = Σ of its bands', () => {
    const bands = POPULATION_INDEX.nuts['SE110']!
    expect(peopleIn({ geo: { include: [{ region: 'SE-AB' }] } }).people).toBeCloseTo(
      bands.reduce((a, b) => a + b, 0),
      6,
    )
  })

  it('when a country has no Eurostat row, then WorldPop is used (US)', () => {
    const { people } = peopleIn({ geo: { include: [{ country: 'US' }] } })
    expect(people).toBeCloseTo(
      POPULATION_INDEX.worldpop['US']!.bands.reduce((a, b) => a + b, 0),
      6,
    )
  })

  it('when the age range is empty, then it throws audience_invalid with the path of age.min', () => {
    const run = () => estimatePopulation(anAudience({ age: { min: 50, max: 40 } }), aTaxonomy(), new AssumptionLog())
    expect(run).toThrow(DomainError)
    expect(run).toThrow(
      expect.objectContaining({
        code: 'audience_invalid',
        issues: [expect.objectContaining({ path: ['audience', 'age', 'min'] })],
      }),
    )
  })

  it('when a place does not resolve, then it throws audience_invalid with the place path', () => {
    const run = () =>
      estimatePopulation(anAudience({ geo: { include: [{ region: 'FI-99' }] } }), aTaxonomy(), new AssumptionLog())
    expect(run).toThrow(
      expect.objectContaining({
        code: 'audience_invalid',
        issues: [expect.objectContaining({ path: ['audience', 'geo', 'include', 0] })],
      }),
    )
  })
})

describe('estimatePopulation with the shipped taxonomy', () => {
  it('when Helsinki is named as a city, then it resolves to 091 and counts 653,835', () => {
    expect(peopleIn({ geo: { include: [{ city: 'Helsinki', country: 'FI' }] } }, DEFAULT_TAXONOMY).people).toBe(653_835)
  })

  it('when Finland and Uusimaa are asked, then the shipped geography gives 5,525,292 and 1,689,725', () => {
    expect(peopleIn({ geo: { include: [{ country: 'FI' }] } }, DEFAULT_TAXONOMY).people).toBe(5_525_292)
    expect(peopleIn({ geo: { include: [{ region: 'FI-18' }] } }, DEFAULT_TAXONOMY).people).toBe(1_689_725)
  })

  it('when a postal code is asked, then the shipped postal table resolves it', () => {
    expect(
      peopleIn({ geo: { include: [{ postalCode: '00100', country: 'FI' }] } }, DEFAULT_TAXONOMY).people,
    ).toBeCloseTo(653_835 / 84, 6)
  })
})
