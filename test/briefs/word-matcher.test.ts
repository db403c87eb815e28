import { describe, expect, it } from 'vitest'
import { foldText } from '../../audiences/briefs/brief-tokens.js'
import { matchesWord, wordMatcher, type Lang } from '../../audiences/briefs/word-matcher.js'

const matches = (lemma: string, form: string, lang: Lang, compound = false) =>
  matchesWord(foldText(form), form, wordMatcher(lemma, lang, compound))

describe('wordMatcher', () => {
  // Forms from a Finnish grammar (Iso suomen kielioppi §§ 41–74): case endings, plurals and consonant gradation.
  it.each([
    ['lääkäri', 'lääkärit'],
    ['lääkäri', 'lääkäreitä'],
    ['lääkäri', 'lääkäreille'],
    ['toimitusjohtaja', 'toimitusjohtajia'],
    ['juristi', 'juristeja'],
    ['Helsinki', 'Helsingissä'],
    ['Turku', 'Turussa'],
    ['Lahti', 'Lahdessa'],
    ['Tampere', 'Tampereella'],
    ['Rovaniemi', 'Rovaniemellä'],
    ['Seinäjoki', 'Seinäjoella'],
    ['Orivesi', 'Orivedellä'],
    ['Kauniainen', 'Kauniaisissa'],
    ['Varkaus', 'Varkaudessa'],
    ['Lappi', 'Lapissa'],
    ['Uusimaa', 'Uudellamaalla'],
    ['Uusimaa', 'Uudenmaan'],
    ['Uusikaupunki', 'Uudessakaupungissa'],
    ['Isokyrö', 'Isossakyrössä'],
    ['pääkaupunkiseutu', 'pääkaupunkiseudulla'],
    ['asiakas', 'asiakkaat'],
    ['asiakas', 'asiakkaita'],
    ['talotehdas', 'talotehtaiden'],
    ['talotehtaat', 'talotehdas'],
    ['päälliköt', 'päällikkö'],
    ['rakentaminen', 'rakentamisesta'],
    ['kiinnostus', 'kiinnostuksen'],
    ['parisuhde', 'parisuhteessa'],
    ['omakotitaloalue', 'omakotitaloalueilla'],
    ['yläluokka', 'yläluokkaa'],
    ['kissa', 'kissoja'],
    ['nainen', 'naisille'],
    ['Helsinki', 'helsinkiläiset'],
    ['liikevaihto|liikevaihdo', 'liikevaihdoltaan'],
    ['lääkäri', 'laakarit'],
  ])('when the Finnish lemma is %s, then %s matches', (lemma, form) => {
    expect(matches(lemma, form, 'fi')).toBe(true)
  })

  it.each([
    ['läkare', 'läkarna'],
    ['kvinna', 'kvinnor'],
    ['jurist', 'jurister'],
    ['direktör', 'direktörer'],
    ['befintlig', 'befintliga'],
    ['huvudstadsregion', 'huvudstadsregionen'],
    ['husfabriker', 'husfabrik'],
  ])('when the Swedish lemma is %s, then %s matches', (lemma, form) => {
    expect(matches(lemma, form, 'sv')).toBe(true)
  })

  it.each([
    ['doctor', 'doctors'],
    ['horses', 'horse'],
    ['company', 'companies'],
    ['CEO', 'CEOs'],
  ])('when the English lemma is %s, then %s matches', (lemma, form) => {
    expect(matches(lemma, form, 'en')).toBe(true)
  })

  it.each([
    ['tulo', 'tulos', 'fi'],
    ['talo', 'talous', 'fi'],
    ['rakennus', 'rakennusoikeuksiin', 'fi'],
    ['kissa', 'kissanruoka', 'fi'],
    ['design', 'designer', 'en'],
  ] as const)('when the lemma is %s, then %s (another word) does not match', (lemma, form, lang) => {
    expect(matches(lemma, form, lang)).toBe(false)
  })

  it('when a pet lemma allows compounds, then owner compounds match: koiranomistajat, kattägare', () => {
    expect(matches('koira', 'koiranomistajat', 'fi', true)).toBe(true)
    expect(matches('katt', 'kattägare', 'sv', true)).toBe(true)
    expect(matches('koira', 'koiranomistajat', 'fi', false)).toBe(false)
  })

  it('when a lemma is written "=x", then only that exact form matches', () => {
    expect(matches('=ei', 'ei', 'fi')).toBe(true)
    expect(matches('=ei', 'eikä', 'fi')).toBe(false)
  })

  it('when a lemma is an acronym, then the form must be written in capitals', () => {
    expect(matches('IT', 'IT', 'en')).toBe(true)
    expect(matches('IT', 'it', 'en')).toBe(false)
  })
})
