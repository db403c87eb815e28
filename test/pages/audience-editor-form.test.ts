import { describe, expect, it } from 'vitest'
import { AudienceSchema, DEFAULT_TAXONOMY, parseBrief, TEMPLATES } from '../../audiences/index.js'
import { applyEditorAction } from '../../server/presenters/audience-form-actions.js'
import { toBriefPanel } from '../../server/presenters/audience-form-brief.js'
import { audienceToFields, blankFields, blankTermRow } from '../../server/presenters/audience-form-fields.js'
import { fieldIdOf } from '../../server/presenters/audience-form-issues.js'
import { fieldsToAudience, readEditorForm } from '../../server/presenters/audience-form-parse.js'
import { toEditorPage, type EditorContext } from '../../server/presenters/audience-form-presenter.js'
import { toEditorStart } from '../../server/presenters/audience-form-start.js'
import { translatorOf } from '../../server/i18n/translate.js'
import { findTaxonomy, taxonomyItemOf } from '../../server/taxonomy-search.js'
import { renderForSnapshot } from './support/page-world.js'
import { toLiveSize } from '../../server/presenters/live-size-presenter.js'

const taxonomy = DEFAULT_TAXONOMY
const CLIENT = '00000000-0000-7000-8000-00000000000c'
const context = (over: Partial<EditorContext> = {}): EditorContext => ({
  mode: 'new',
  formAction: '/audiences/new',
  locale: 'en',
  taxonomy,
  clients: [{ id: CLIENT, name: 'Talotehdas Oy' }],
  clientName: null,
  issues: [],
  errorCode: null,
  conflictReload: null,
  brief: null,
  suggestions: null,
  browse: null,
  ...over,
})

describe('audienceToFields and fieldsToAudience', () => {
  it.each(TEMPLATES.map((t) => [t.id, t.audience] as const))(
    'when template %s goes to the form and back, then the audience is unchanged',
    (_, audience) => {
      const { candidate, issues } = fieldsToAudience(audienceToFields(audience), taxonomy)

      expect(issues).toEqual([])
      expect(AudienceSchema.parse(candidate)).toEqual(audience)
    },
  )

  it('when rows are blank, then they are left out and the map points each item at its form row', () => {
    const fields = {
      ...blankFields(),
      include: [[blankTermRow()], [blankTermRow(), { facet: 'title', value: 'title.ceo' }]],
      exclude: [blankTermRow(), { facet: 'customerList', value: 'list.current-customers' }],
    }
    const { candidate, map } = fieldsToAudience(fields, taxonomy)

    expect(candidate.include).toEqual([[{ facet: 'title', value: 'title.ceo' }]])
    expect(map.include).toEqual([{ group: 1, rows: [1] }])
    expect(map.exclude).toEqual([1])
  })

  it('when a place is given by name, then it becomes the taxonomy code; an unknown name is an issue on its field', () => {
    const fields = {
      ...blankFields(),
      geoInclude: [
        { ...blankFields().geoInclude[0]!, kind: 'place' as const, value: 'uusimaa' },
        { ...blankFields().geoInclude[0]!, kind: 'place' as const, value: 'Espoo' },
        { ...blankFields().geoInclude[0]!, kind: 'place' as const, value: 'Atlantis' },
      ],
    }
    const { candidate, issues } = fieldsToAudience(fields, taxonomy)

    expect(candidate.geo.include).toEqual([{ region: 'FI-18' }, { municipality: '049', country: 'FI' }])
    expect(issues).toEqual([expect.objectContaining({ fieldId: 'geo-include-2-value', code: 'place_unknown' })])
  })

  it('when numbers are written the Finnish way or are not numbers, then 60,17 is read and "abc" goes on as text', () => {
    const fields = {
      ...blankFields(),
      ageMin: 'abc',
      ageMax: '',
      geoInclude: [{ ...blankFields().geoInclude[0]!, kind: 'radius' as const, lat: '60,17', lng: '24,94', km: '5' }],
    }
    const { candidate } = fieldsToAudience(fields, taxonomy)

    expect(candidate.age).toEqual({ min: 'abc' })
    expect(candidate.geo.include).toEqual([{ radius: { lat: 60.17, lng: 24.94, km: 5 } }])
  })
})

describe('readEditorForm', () => {
  it('when rows come as an object with numeric keys (qs past 20), then they are read in key order', () => {
    const { fields, action } = readEditorForm({
      exclude: { '21': { facet: 'interest', value: 'b' }, '3': { facet: 'interest', value: 'a' } },
      genders: 'female',
    })

    expect(fields.exclude.map((r) => r.value)).toEqual(['a', 'b'])
    expect(fields.genders).toEqual(['female'])
    expect(action).toBe('save')
  })

  it('when the button is unknown or a value is not text, then the action is null and the value is empty', () => {
    const { fields, action } = readEditorForm({ action: 'drop-table', name: { $gt: '' } })

    expect(action).toBeNull()
    expect(fields.name).toBe('')
  })
})

describe('fieldIdOf', () => {
  const map = {
    geoInclude: [
      { row: 0, kind: 'country' as const },
      { row: 2, kind: 'radius' as const },
      { row: 3, kind: 'municipality' as const },
    ],
    geoExclude: [],
    include: [{ group: 1, rows: [0, 2] }],
    exclude: [4],
  }

  it.each([
    [['age', 'min'], 'age-min'],
    [['age', 'max'], 'age-max'],
    [['name'], 'name'],
    [['specialAdCategory'], 'special-ad-category'],
    [['geo', 'include'], 'geo-include-0-value'],
    [['geo', 'include', 0, 'country'], 'geo-include-0-value'],
    [['geo', 'include', 1, 'radius', 'km'], 'geo-include-2-km'],
    [['geo', 'include', 2, 'country'], 'geo-include-3-country'],
    [['include', 0, 1, 'value'], 'include-1-2-value'],
    [['include', 0, 0, 'facet'], 'include-1-0-facet'],
    [['exclude', 0, 'value'], 'exclude-4-value'],
    [['genders', 0], 'genders-female'],
    [['somethingElse'], 'audience-form'],
  ])('when the issue path is %j, then the field is %s', (path, id) => {
    expect(fieldIdOf(path, map)).toBe(id)
  })
})

describe('applyEditorAction', () => {
  it('when add-group, add-term:0 and remove-term:0:0 are pressed, then the rows change and an emptied group goes', () => {
    const start = { ...blankFields(), include: [[{ facet: 'title', value: 'title.ceo' }]] }
    const grown = applyEditorAction(applyEditorAction(start, 'add-group', taxonomy), 'add-term:0', taxonomy)
    const shrunk = applyEditorAction(applyEditorAction(grown, 'remove-term:1:0', taxonomy), 'remove-term:0:1', taxonomy)

    expect(grown.include.map((g) => g.length)).toEqual([2, 1])
    expect(shrunk.include).toEqual([[{ facet: 'title', value: 'title.ceo' }]])
  })

  it('when a suggestion is picked for group 1, then it fills the first empty row there', () => {
    const fields = { ...blankFields(), include: [[blankTermRow()]], suggestTarget: '0' }
    const picked = applyEditorAction(fields, 'pick:title.physician', taxonomy)

    expect(picked.include).toEqual([[{ facet: 'title', value: 'title.physician' }]])
  })

  it('when a suggestion is picked for a new group or the exclusions, then it goes there', () => {
    const toNew = applyEditorAction({ ...blankFields(), suggestTarget: 'new' }, 'pick:income.top-20', taxonomy)
    const toExclude = applyEditorAction({ ...blankFields(), suggestTarget: 'exclude' }, 'pick:title.ceo', taxonomy)

    expect(toNew.include[1]).toEqual([{ facet: 'income', value: 'income.top-20' }])
    expect(toExclude.exclude).toEqual([{ facet: 'title', value: 'title.ceo' }])
  })
})

describe('free text and the search results', () => {
  it('when what was searched is added as free text, then it goes in as typed, with the chosen facet (any: interest)', () => {
    const fields = { ...blankFields(), suggestQuery: '  frisbeegolf ', suggestFacet: '', suggestTarget: 'new' }
    const asTitle = { ...fields, suggestFacet: 'title', suggestQuery: 'ratakatsastaja', suggestTarget: 'exclude' }

    expect(applyEditorAction(fields, 'pick-free', taxonomy).include[1]).toEqual([
      { facet: 'interest', value: 'frisbeegolf' },
    ])
    expect(applyEditorAction(asTitle, 'pick-free', taxonomy).exclude).toEqual([
      { facet: 'title', value: 'ratakatsastaja' },
    ])
    expect(readEditorForm({ action: 'pick-free' }).action).toBe('pick-free')
  })

  it('when results are shown, then each has its path, what each platform makes of it and whether it is untranslated', () => {
    const item = findTaxonomy(taxonomy, { q: 'golf equipment' }).map((ref) => taxonomyItemOf(taxonomy, ref))[0]!
    const page = toEditorPage(
      { ...blankFields(), suggestQuery: 'golf equipment' },
      context({ locale: 'fi', suggestions: [item] }),
    )
    const shown = page.suggest.results[0]!

    expect(shown.path).toBe('Googlen ostoaikeissa olevat › Sports & Fitness › Sporting Goods')
    expect(shown.untranslated).toBe(true)
    expect(shown.statuses.map((s) => s.text)).toEqual([
      'Google Ads: täsmällinen',
      'Meta (Facebook, Instagram): tunniste puuttuu',
      'LinkedIn: ei tuettu',
    ])
    expect(page.suggest.freeText).toEqual({ label: 'Lisää vapaana tekstinä: ”golf equipment”' })
  })
})

describe('toEditorPage', () => {
  it('when age min has an issue, then the field is invalid, described by its hint and error, and summarised', () => {
    const model = toEditorPage(
      { ...blankFields(CLIENT), ageMin: '70', ageMax: '60' },
      context({
        issues: [{ fieldId: 'age-min', code: 'age_range_empty', message: 'minimum age 70 is above maximum 60' }],
        errorCode: 'audience_invalid',
      }),
    )

    expect(model.ageMin).toEqual({
      id: 'age-min',
      name: 'ageMin',
      value: '70',
      error: 'minimum age 70 is above maximum 60',
      describedBy: 'age-hint age-min-error',
      invalid: true,
    })
    expect(model.ageMax.invalid).toBe(false)
    expect(model.errorSummary).toEqual([{ href: '#age-min', text: 'Minimum age: minimum age 70 is above maximum 60' }])
    expect(model.clientSelect?.options.find((o) => o.selected)).toEqual({
      value: CLIENT,
      label: 'Talotehdas Oy',
      selected: true,
    })
  })

  it('when a row holds a taxonomy key, then its label is shown in the page language', () => {
    const fields = { ...blankFields(), include: [[{ facet: 'title', value: 'title.physician' }]] }

    expect(toEditorPage(fields, context({ locale: 'fi' })).groups[0]?.terms[0]?.termLabel).toBe('Lääkäri')
    expect(toEditorPage(fields, context({ locale: 'en' })).groups[0]?.terms[0]?.termLabel).toBe('Physician')
  })
})

describe('toBriefPanel', () => {
  it('when a brief has recognised and unrecognised words, then the text is cut into marked pieces in order', () => {
    const text = 'lääkärit, jotain outoa'
    const panel = toBriefPanel(text, parseBrief(text, taxonomy), translatorOf('en'), taxonomy, 'en', {
      narrow: [],
      formAction: '/audiences/new',
    })

    expect(panel.segments.map((s) => [s.text, s.recognised, s.unrecognised])).toEqual([
      ['lääkärit', true, false],
      [', ', false, false],
      ['jotain outoa', false, true],
    ])
    expect(panel.recognised).toEqual([
      { text: 'lääkärit', meaning: 'Job title: Physician', alternatives: null, excluded: false },
    ])
    expect(panel.unrecognised).toEqual([
      {
        text: 'jotain outoa',
        offer: { value: 'outoa', action: 'add-free:0', label: 'Add as free text: "outoa" (a keyword)' },
      },
    ])
  })
})

describe('the editor views', () => {
  const brief =
    'Arvokkaan huvilan ostajat, 30–60-vuotiaat, ylimmät tuloluokat, toimitusjohtajat, lääkärit, juristit, kiinnostuneet sisustamisesta'

  it('when the editor shows a drafted brief with an age error, then matches the snapshot', async () => {
    const draft = parseBrief(brief, taxonomy)
    const fields = { ...audienceToFields(draft.audience, { clientId: CLIENT, brief }), ageMin: '70' }
    const model = toEditorPage(
      fields,
      context({
        issues: [{ fieldId: 'age-min', code: 'age_range_empty', message: 'minimum age 70 is above maximum 60' }],
        errorCode: 'audience_invalid',
        brief: toBriefPanel(brief, draft, translatorOf('fi'), taxonomy, 'fi', {
          narrow: [],
          formAction: '/audiences/new',
        }),
        locale: 'fi',
      }),
    )
    // The age error keeps the gauge from sizing (editorView adds it beside the editor's own model).
    const liveSize = toLiveSize({ kind: 'invalid', errorCode: 'audience_invalid' }, 'fi')
    const html = renderForSnapshot(
      'audience-editor',
      'Uusi kohderyhmä',
      { ...model, liveSize },
      {
        locale: 'fi',
        here: '/audiences/new',
        errorCode: 'audience_invalid',
      },
    )
    await expect(html).toMatchFileSnapshot('__snapshots__/audience-editor.html')
  })

  it('when the start page is shown in Swedish, then matches the snapshot', async () => {
    const model = toEditorStart({
      locale: 'sv',
      clients: [{ id: CLIENT, name: 'Talotehdas Oy' }],
      templates: TEMPLATES,
      clientId: CLIENT,
      brief: '',
      briefError: null,
      errorCode: null,
    })
    const html = renderForSnapshot('audience-editor-start', 'Ny målgrupp', model, {
      locale: 'sv',
      here: '/audiences/new',
    })
    await expect(html).toMatchFileSnapshot('__snapshots__/audience-editor-start.html')
  })
})
