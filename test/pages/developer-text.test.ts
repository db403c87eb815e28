import { describe, expect, it } from 'vitest'
import { findDeveloperText, visibleText } from '../support/developer-text.js'

// The helper must be able to fail: each string below was found on a page or in a PDF (issue 18).
describe('findDeveloperText', () => {
  it('when text carries a field path, a file name, a seed label or a rule id, then each is found', () => {
    const kinds = (text: string) => findDeveloperText(text, 'en').map((f) => f.kind)

    expect(kinds('Annettu arvo (lines.0.ctr): 0,0500 — request')).toContain('field path')
    expect(kinds('Curves from planning-science.md (Poisson)')).toContain('file name')
    expect(kinds('Demo plan (seed 003)')).toContain('seed label')
    expect(kinds('LinkedIn (groups_or_ed) cannot')).toContain('rule id')
    expect(kinds('see platforms.md §1.13')).toEqual(expect.arrayContaining(['file name', 'document section']))
    expect(kinds('Hinta (rate.linkedin.cpm): 30,00')).toContain('factor id')
  })

  it('when a Finnish or Swedish text has English words from the list, then they are found; English text passes', () => {
    expect(findDeveloperText('Palkkio: the plan’s fee', 'fi').map((f) => f.kind)).toContain('English word "the"')
    expect(findDeveloperText('Arvode: the largest line audience', 'sv').length).toBeGreaterThan(0)
    expect(findDeveloperText('The plan’s fee, from the largest line audience', 'en')).toEqual([])
  })

  it('when the text is plain Finnish or Swedish with numbers, then nothing is found', () => {
    expect(
      findDeveloperText('Budjetti 10 000,00 € · Tavoittavuus 252 897 henkilöä · Facebook, Google Ads', 'fi'),
    ).toEqual([])
    expect(findDeveloperText('Så här uppskattade vi: räckvidd 1,2 gånger, period 1.3.2026–30.3.2026', 'sv')).toEqual([])
  })

  it('when HTML is read, then tags, scripts and attributes are not text and entities are decoded', () => {
    const html = '<p title="lines.0.ctr">A &amp; B<script>var x = "seed 003"</script></p>'

    expect(visibleText(html)).toBe('A & B')
  })
})
