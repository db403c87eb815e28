import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../audiences/index.js'
import { GEO_GROUPINGS } from '../../audiences/briefs/brief-data.js'

const names = (key: string) =>
  GEO_GROUPINGS.find((g) => g.key === key)?.municipalities.map(
    (code) => DEFAULT_TAXONOMY.geoByCode('municipality', 'FI', code)?.labels.fi,
  )

describe('geo groupings', () => {
  it('when the capital region is looked up, then it is Helsinki, Espoo, Vantaa and Kauniainen', () => {
    expect(names('fi-capital-region')).toEqual(['Helsinki', 'Espoo', 'Vantaa', 'Kauniainen'])
  })

  it("when the Turku and Tampere sub-regions are looked up, then their members are the classification's municipalities", () => {
    expect(names('fi-turku-sub-region')).toEqual([
      'Turku',
      'Aura',
      'Kaarina',
      'Lieto',
      'Marttila',
      'Masku',
      'Mynämäki',
      'Naantali',
      'Nousiainen',
      'Paimio',
      'Pöytyä',
      'Raisio',
      'Rusko',
      'Sauvo',
    ])
    expect(names('fi-tampere-sub-region')).toEqual([
      'Tampere',
      'Kangasala',
      'Lempäälä',
      'Nokia',
      'Orivesi',
      'Pirkkala',
      'Vesilahti',
      'Ylöjärvi',
    ])
  })

  it('when any grouping is checked, then each of its codes is a municipality of the shipped taxonomy', () => {
    for (const group of GEO_GROUPINGS)
      for (const code of group.municipalities)
        expect(DEFAULT_TAXONOMY.geoByCode('municipality', group.country, code), `${group.key} ${code}`).toBeDefined()
  })
})
