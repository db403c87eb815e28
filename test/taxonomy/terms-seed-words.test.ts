import { describe, expect, it } from 'vitest'
import { TAXONOMY_PARTS, normalizeName } from '../../audiences/index.js'

// Generated platform entries (English labels, labelsReviewed false) may share a word until a concept claims them.
const byWord = new Map<string, Set<string>>()
for (const entry of TAXONOMY_PARTS.terms.filter((t) => t.labelsReviewed !== false)) {
  for (const word of [...Object.values(entry.labels), ...Object.values(entry.synonyms).flat()]) {
    const key = normalizeName(word)
    byWord.set(key, (byWord.get(key) ?? new Set()).add(entry.key))
  }
}
const keysFor = (word: string) => [...(byWord.get(normalizeName(word)) ?? [])]

// Words as written in the seed articles (shared/seeds/002, 003) and as Finnish and Swedish marketers type them.
const SEED_WORDS: [string, string][] = [
  ['toimitusjohtajat', 'title.ceo'],
  ['TJ', 'title.ceo'],
  ['vd', 'title.ceo'],
  ['lääkärit', 'title.physician'],
  ['lääkäreitä', 'title.physician'],
  ['läkare', 'title.physician'],
  ['juristit', 'title.lawyer'],
  ['Talouselämä', 'interest.business-finance-media'],
  ['Taloussanomat', 'interest.business-finance-media'],
  ['Dagens industri', 'interest.business-finance-media'],
  ['arvokkaat esineet', 'interest.luxury-goods'],
  ['design', 'interest.design'],
  ['työssäkäyvä', 'employment.employed'],
  ['työssä käyvät', 'employment.employed'],
  ['förvärvsarbetande', 'employment.employed'],
  ['parisuhteessa elävä', 'relationship.in-relationship'],
  ['keskiluokkaa', 'income.middle-60'],
  ['tulotaso yläluokkaa', 'income.top-20'],
  ['hög inkomst', 'income.top-20'],
  ['talotehtaiden', 'interest.house-factories'],
  ['talopaketti', 'interest.house-factories'],
  ['kesämökki', 'interest.cottages'],
  ['fritidshus', 'interest.cottages'],
  ['omakotitalossa asuva', 'homeType.detached-house'],
  ['omakotitaloalueet', 'homeType.detached-house'],
  ['egnahemshus', 'homeType.detached-house'],
  ['rakentamisesta kiinnostuneet', 'interest.construction'],
  ['kissa', 'interest.cats'],
  ['koira', 'interest.dogs'],
  ['hevonen', 'interest.horses'],
  ['kanta-asiakkaat', 'list.current-customers'],
  ['stamkunder', 'list.current-customers'],
  ['satunnaisasiakkaat', 'list.occasional-customers'],
  ['potentiaaliset asiakkaat', 'list.potential-customers'],
  ['entiset asiakkaat', 'list.former-customers'],
  ['toiminnanohjausjärjestelmää', 'skill.erp'],
  ['vientiä', 'companyTrade.exporter'],
  ['tuontia', 'companyTrade.importer'],
  ['toimipaikkojen lukumäärä', 'companySites.multiple'],
]

describe('term synonyms', () => {
  it.each(SEED_WORDS)('when a marketer types "%s", then exactly %s matches', (word, key) => {
    expect(keysFor(word)).toEqual([key])
  })
})
