import { describe, expect, it } from 'vitest'
import {
  AudienceSchema,
  DEFAULT_TAXONOMY,
  flattenAudience,
  validateAudience,
  type Audience,
  type Term,
} from '../../audiences/index.js'
import { TemplateSchema } from '../../audiences/templates/template-schema.js'
import { TEMPLATES } from '../../audiences/templates/templates.js'

const byId = (id: string) => {
  const template = TEMPLATES.find((t) => t.id === id)
  if (!template) throw new Error(`no template ${id}`)
  return AudienceSchema.parse(template.audience)
}
const values = (terms: readonly Term[]) => terms.map((t) => t.value)
const groups = (audience: Audience) => audience.include.map(values)

describe('TEMPLATES', () => {
  it('when listed, then they are seed 003’s three segments, the ERP buyers and the pet owners, each id once', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'luxury-villa-buyers',
      'small-cottage-buyers',
      'storage-garage-buyers',
      'erp-buyers',
      'pet-owners',
      'pet-owners-win-back',
    ])
  })

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    'when the %s template is parsed and validated against the shipped taxonomy, then it has no issues',
    (_id, template) => {
      const audience = AudienceSchema.parse(template.audience)

      expect(TemplateSchema.safeParse(template).error).toBeUndefined()
      expect(validateAudience(audience, DEFAULT_TAXONOMY)).toEqual([])
    },
  )

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    'when the %s template is read, then its label and description are written in Finnish, Swedish and English',
    (_id, template) => {
      const texts = [...Object.values(template.labels), ...Object.values(template.description)]

      expect(texts.every((text) => text.trim().length > 0)).toBe(true)
      expect(new Set(Object.values(template.description)).size).toBe(3)
    },
  )

  it('when the luxury villa buyers are read, then they are seed 003’s housing segment: 30–60, executives, top income, media and design', () => {
    const audience = byId('luxury-villa-buyers')

    expect([audience.specialAdCategory, audience.age, audience.geo.include]).toEqual([
      'housing',
      { min: 30, max: 60 },
      [{ country: 'FI' }],
    ])
    expect(groups(audience)).toEqual([
      ['title.ceo', 'title.physician', 'title.lawyer', 'seniority.cxo'],
      ['income.top-20'],
      ['interest.business-finance-media', 'interest.luxury-goods', 'interest.design', 'interest.interior-design'],
    ])
  })

  it('when the small cottage buyers are read, then they are employed couples of 30–70 on a middle income who like cottages or house factories', () => {
    const audience = byId('small-cottage-buyers')

    expect(audience.age).toEqual({ min: 30, max: 70 })
    expect(groups(audience).slice(0, 3)).toEqual([
      ['employment.employed'],
      ['relationship.in-relationship'],
      ['income.middle-60'],
    ])
    expect(audience.include[3]?.map((t) => t.facet)).toEqual([
      'interest',
      'interest',
      'website',
      'website',
      'website',
      'website',
    ])
  })

  it('when the storage and garage buyers are read, then they are employed detached-house dwellers of 20+ interested in building', () => {
    const audience = byId('storage-garage-buyers')

    expect(audience.age).toEqual({ min: 20 })
    expect(groups(audience).slice(0, 2)).toEqual([['employment.employed'], ['homeType.detached-house']])
    expect(audience.include[2]?.[0]).toEqual({ facet: 'interest', value: 'interest.construction' })
  })

  it('when the ERP buyers are read, then they combine firmographics with finance and IT decision makers and leave out current customers', () => {
    const audience = byId('erp-buyers')

    expect(groups(audience)).toEqual([
      ['industry.manufacturing', 'industry.construction'],
      ['companySize.51-200', 'companySize.201-500'],
      ['companyRevenue.10m-50m', 'companyRevenue.50m-plus'],
      ['companyProfit.positive'],
      ['companyTrade.exporter'],
      ['title.cfo', 'title.it-manager', 'seniority.cxo', 'seniority.director'],
    ])
    expect(values(audience.exclude)).toEqual(['list.current-customers'])
  })

  it('when the pet-owner win-back sub-segment is flattened, then it is cat, dog or horse people AND former or occasional customers, minus current ones', () => {
    const flat = flattenAudience(byId('pet-owners-win-back'), DEFAULT_TAXONOMY)

    expect(flat.include.map((g) => g.terms.map((t) => t.value.value))).toEqual(
      expect.arrayContaining([
        ['interest.cats', 'interest.dogs', 'interest.horses'],
        ['list.former-customers', 'list.occasional-customers'],
      ]),
    )
    expect(flat.include).toHaveLength(2)
    expect(flat.exclude.map((t) => t.value.value)).toEqual(['list.current-customers'])
  })
})
