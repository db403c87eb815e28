import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CHANNEL_IDS,
  compileAudience,
  DEFAULT_TAXONOMY,
  validateAudience,
  type Audience,
} from '../../audiences/index.js'
import { parseBrief } from '../../audiences/briefs/index.js'
import { TEMPLATES } from '../../audiences/templates/templates.js'
import { findingText } from '../../server/presenters/finding-text.js'
import { loadCorpus } from '../briefs/support/brief-corpus.js'
import { loadCorpusPart } from '../briefs/support/corpus-format.js'
import { audienceArbitrary } from '../support/audience-arbitrary.js'

// The codes the compilers emit for the templates and for many random audiences (fixed seed: the same every run).
function emittedCodes(): { fidelity: Set<string>; policy: Set<string> } {
  const codes = { fidelity: new Set<string>(), policy: new Set<string>() }
  const audiences = [
    ...TEMPLATES.map((t) => t.audience),
    ...fc.sample(audienceArbitrary(DEFAULT_TAXONOMY), { numRuns: 4000, seed: 7 }),
  ] as Audience[]
  for (const audience of audiences) {
    if (validateAudience(audience, DEFAULT_TAXONOMY).length > 0) continue
    const compiled = compileAudience(audience, DEFAULT_TAXONOMY)
    for (const channel of CHANNEL_IDS) {
      for (const item of compiled[channel]!.fidelity.items) codes.fidelity.add(item.code)
      for (const finding of compiled[channel]!.policy) codes.policy.add(finding.code)
    }
  }
  return codes
}

describe('findingText', () => {
  it('when the compilers emit a fidelity or policy code, then it has a Finnish and a Swedish sentence', () => {
    const codes = emittedCodes()
    const untranslated = (kind: 'fidelity' | 'policy') =>
      [...codes[kind]].filter((code) =>
        (['fi', 'sv'] as const).some((locale) => findingText(locale, kind, code, 'x').textLang !== null),
      )

    expect(codes.fidelity.size).toBeGreaterThan(80)
    expect(codes.policy.size).toBeGreaterThan(25)
    expect({ fidelity: untranslated('fidelity'), policy: untranslated('policy') }).toEqual({ fidelity: [], policy: [] })
  })

  it("when a Meta special-ad-category code comes, then the category is filled into its kind's sentence", () => {
    expect(findingText('fi', 'fidelity', 'sac_housing_age_locked', 'orig')).toEqual({
      text: 'Meta lukitsee asuntomainosten iät 18–65+:aan, kun erityisen mainosluokan rajoitukset ovat voimassa: tavoittaa laajemmin.',
      textLang: null,
      original: 'orig',
    })
    expect(findingText('sv', 'fidelity', 'sac_employment_radius_widened', 'orig').text).toBe(
      'Radien ökades till 25 km: jobbannonser måste täcka minst 15 miles runt en plats.',
    )
  })

  it('when a concept reaches Google only through a nearer segment, then fi and sv show their sentence and en the reason', () => {
    const audience = {
      name: 'x',
      tags: [],
      locale: 'fi',
      specialAdCategory: 'none',
      geo: { include: [{ country: 'FI' }], exclude: [], presence: 'home' },
      age: { min: 18 },
      genders: [],
      languages: [],
      include: [[{ facet: 'employment', value: 'employment.pensioners' }]],
      exclude: [],
    } as Audience
    const item = compileAudience(audience, DEFAULT_TAXONOMY, ['google']).google!.fidelity.items.find(
      (i) => i.path.join('.') === 'include.0.0',
    )!
    const shown = (locale: 'fi' | 'sv' | 'en') => findingText(locale, 'fidelity', item.code, item.message)

    expect(item.code).toBe('segment_approximated')
    expect(shown('fi')).toMatchObject({
      text: expect.stringMatching(/^Googlella ei ole tälle omaa ryhmää/),
      textLang: null,
    })
    expect(shown('sv')).toMatchObject({ text: expect.stringMatching(/^Google har ingen egen grupp/), textLang: null })
    expect(shown('en').text).toContain(
      'Recently Retired (95013), which reaches only people Google sees as recently retired',
    )
  })

  it('when the page is English, then the original text is the sentence and nothing is repeated', () => {
    expect(findingText('en', 'policy', 'dsa_special_category', 'interest.politics profiles people…')).toEqual({
      text: 'interest.politics profiles people…',
      textLang: null,
      original: null,
    })
  })

  it('when a code has no translation yet, then the English original is shown, marked as English', () => {
    expect(findingText('sv', 'policy', 'a_future_code', 'Some rule.')).toEqual({
      text: 'Some rule.',
      textLang: 'en',
      original: null,
    })
  })

  it("when a pasted brief leads to notes, then each note has a Finnish and a Swedish sentence quoting the brief's words", () => {
    const briefs = [
      ...loadCorpus().map((c) => c.text),
      ...loadCorpusPart('dev').map((c) => c.text),
      '30 km säteellä, Tukholman läänissä 20 km',
      'Villat: yli 20 v, 2–3 lasta, lasten ikä 0–6 v',
      'ikä 60–30, ikä 35, 30–55, tulos yli 1 M€, liikevaihto yli 10 MSEK',
    ]
    const notes = briefs.flatMap((text) =>
      parseBrief(text, DEFAULT_TAXONOMY, 'fi').notes.map((note) => ({ text, note })),
    )
    const codes = new Set(notes.map((n) => n.note.code))
    const untranslated = [...codes].filter((code) =>
      (['fi', 'sv'] as const).some((locale) => findingText(locale, 'briefNote', code, 'x').textLang !== null),
    )

    expect(codes.size).toBeGreaterThan(15)
    expect(untranslated).toEqual([])
    const swapped = notes.find((n) => n.note.code === 'age_swapped')!
    const words = swapped.text.slice(...swapped.note.span!)
    expect(findingText('fi', 'briefNote', 'age_swapped', swapped.note.message, { text: words })).toEqual({
      text: '”60–30”: suurempi ikä oli ensin, joten väli käännettiin.',
      textLang: null,
      original: '"60–30" has the larger age first; read as 30–60.',
    })
  })
})
