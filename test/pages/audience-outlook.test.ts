import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY, TEMPLATES } from '../../audiences/index.js'
import { compileOutcome, type SizeOutcome } from '../../server/pages/audience-page-data.js'
import { toAudienceOutlook, type OutlookInput } from '../../server/presenters/audience-outlook-presenter.js'
import { withoutDocReferences } from '../../server/presenters/audience-page-presenter.js'
import { createPageWorld, mainOf, type PageWorld } from './support/page-world.js'

const villa = TEMPLATES.find((t) => t.id === 'luxury-villa-buyers')!.audience
const band = (value: number) => ({ value, low: value / 2, high: value * 2 })
const SIZES: SizeOutcome = {
  ok: true,
  sizes: { google: band(20_000), facebook: band(20_000), instagram: band(20_000), linkedin: band(20_000) },
}
const inputOf = (over: Partial<OutlookInput> = {}): OutlookInput => ({
  audience: villa,
  compiled: compileOutcome(villa, DEFAULT_TAXONOMY),
  sizes: SIZES,
  taxonomy: DEFAULT_TAXONOMY,
  locale: 'en',
  canLookUp: true,
  tabHref: (channel) => `/a?channel=${channel}`,
  ...over,
})

describe('toAudienceOutlook', () => {
  it('when LinkedIn has no identifiers for 7 of the villa terms, then one sentence names 3, counts 4 and offers the lookup', () => {
    // The villa's LinkedIn fidelity report: title.ceo, .physician, .lawyer and four interests are unresolved (no URN).
    const linkedin = toAudienceOutlook(inputOf())[3]!

    expect(linkedin.matters[0]!.text).toMatch(
      /^LinkedIn cannot target [^,]+, [^,]+, [^,]+ and 4 more without a lookup: connect LinkedIn or accept that they narrow nothing\.$/,
    )
    expect([linkedin.matters[0]!.lookup, linkedin.askAdmin]).toEqual([true, false])
    // 10,000–40,000 at two significant figures; no described size is given apart from the targeted one.
    expect([linkedin.rangeText, linkedin.idealText]).toEqual(['10,000–40,000 people', null])
  })

  it('when the reader cannot run lookups, then no button, and a hint says an administrator can', () => {
    const facebook = toAudienceOutlook(inputOf({ canLookUp: false }))[1]!

    expect(facebook.matters.map((m) => m.lookup)).not.toContain(true)
    expect(facebook.askAdmin).toBe(true)
    expect(facebook.matters[0]!.text).toMatch(/^Facebook cannot target .* without a lookup: connect Meta /)
  })
})

describe('withoutDocReferences', () => {
  it("when a compiler's sentence cites kohde's docs, then the citation goes and the sentence stays whole", () => {
    expect(withoutDocReferences('only (US, Australia, Japan, New Zealand; platforms.md §1.13), not in FI')).toBe(
      'only (US, Australia, Japan, New Zealand), not in FI',
    )
    expect(withoutDocReferences('a rule (platforms.md §2.1) applies')).toBe('a rule applies')
  })
})

describe('GET /audiences/:id, by channel', () => {
  let world: PageWorld
  beforeAll(async () => {
    world = await createPageWorld()
  })
  afterAll(() => world.dispose())

  // Developer text the page used to show, and every English word of the strings this section adds.
  const DEVELOPER = /\((groups_or_ed|term_urn_unknown|meta_id_unconfirmed)\)|platforms\.md|<code>|lang="en"|§/
  const ENGLISH =
    /\b(people|cannot target|lookup|narrow nothing|approximately|small loss|large loss|not deliverable|By channel|technical spec)\b/

  for (const [locale, heading] of [
    ['fi', 'Kanavittain'],
    ['sv', 'Per kanal'],
    ['en', 'By channel'],
  ] as const) {
    it(`when staff read it in ${locale}, then it leads with the channels in that language and no developer text`, async () => {
      const audience = await world.make.audience('own')
      const staff = await world.browse('staff')
      const page = mainOf((await staff.get(`/audiences/${audience.id}`, { 'Accept-Language': locale })).text)

      expect(page).toContain(`<h2 id="outlook-heading">${heading}</h2>`)
      expect(page.indexOf('outlook-heading')).toBeLessThan(page.indexOf('channels-heading'))
      expect(page).not.toMatch(DEVELOPER)
      if (locale !== 'en') expect(page.replace(/<[^>]+>/g, ' ')).not.toMatch(ENGLISH)
      // The spec is collapsed, with its copy button and the JSON export.
      expect(page).toMatch(/<details class="audience-spec">\s*<summary>/)
      expect(page).toContain(`href="/api/v1/audiences/${audience.id}/export?format&#x3D;json" download`)
    })
  }

  it('when an admin reads it, then the lookup is a button where the problem is shown; staff get the hint instead', async () => {
    const audience = await world.make.audience('own')
    const admin = mainOf((await (await world.browse('admin')).get(`/audiences/${audience.id}`)).text)
    const staff = mainOf((await (await world.browse('staff')).get(`/audiences/${audience.id}`)).text)

    // The small-cottage template's interests have no Meta ids in the shipped taxonomy: a lookup on Facebook.
    expect(admin).toMatch(
      /Facebook ei voi kohdentaa ehtoja [^<]+ ilman tunnisteiden hakua[^<]*\s*<form method="post" action="\/admin\/connectors\/resolve"/,
    )
    expect(staff).not.toContain('action="/admin/connectors/resolve"')
    expect(staff).toContain('Pääkäyttäjä voi yhdistää kanavan ja hakea tunnisteet.')
  })
})
