// The editor's term picker: results as you type (labels and synonyms in fi, sv and en, in the page's language),
// browsing by category, and a picked term added to its group in place. Without this script the same buttons post
// the form and the server renders the results (the `suggest`, `browse:<id>` and `pick:<key>` actions).
import { addRow, announceChange } from './editor-rows.js'
import { debounce, element, fetchJson } from './picker-fetch.js'

type Hit = {
  key: string
  facet: string
  label: string
  facetLabel: string
  path: string
  untranslated: boolean
  statuses: { status: string; text: string }[]
  useLabel: string
}
type Category = { id: string; label: string; terms: number }
type Browse = { crumbs: Category[]; categories: Category[]; hits: Hit[]; more: number }

const picker = document.querySelector<HTMLElement>('[data-term-picker]')
// The page's own words for what the script writes, in its language (data-* on the picker: {n}, {label} filled here).
const text = (name: string, vars: Record<string, string | number> = {}) =>
  (picker?.getAttribute(`data-${name}`) ?? '').replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in vars ? String(vars[key]) : whole,
  )

function hitItem(hit: Hit): HTMLLIElement {
  const item = element('li', { class: 'picker-hit' })
  const button = element(
    'button',
    {
      type: 'button',
      'data-pick': hit.key,
      'data-facet': hit.facet,
      'data-label': hit.label,
      'data-facet-label': hit.facetLabel,
    },
    hit.useLabel,
  )
  const facet = element(
    'span',
    { class: 'meta' },
    hit.facetLabel + (hit.untranslated ? ` (${text('untranslated')})` : ''),
  )
  const statuses = element('span', { class: 'meta picker-status' })
  hit.statuses.forEach((s, i) => {
    if (i > 0) statuses.append(' · ')
    statuses.append(element('span', { class: `status-${s.status}` }, s.text))
  })
  item.append(button, ' ', facet)
  if (hit.path) item.append(' ', element('span', { class: 'meta picker-path' }, hit.path))
  item.append(' ', statuses)
  return item
}

function hitList(hits: Hit[]): HTMLUListElement {
  const list = element('ul', { class: 'plain suggestions' })
  list.append(...hits.map(hitItem))
  return list
}

function show(...nodes: Node[]): void {
  picker?.querySelector('[data-picker-results]')?.replaceChildren(...nodes)
}

const field = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null

async function search(): Promise<void> {
  const q = field<HTMLInputElement>('suggest-query')?.value.trim() ?? ''
  const facet = field<HTMLSelectElement>('suggest-facet')?.value ?? ''
  if (q === '') return show()
  const found = await fetchJson<{ items: Hit[] }>(
    'terms',
    `/audiences/picker/terms?${new URLSearchParams({ q, facet })}`,
  )
  if (!found) return show(element('p', { role: 'status' }, text('failed')))
  const status = element('div', { role: 'status' })
  if (found.items.length === 0) status.append(element('p', {}, text('none')))
  status.append(hitList(found.items))
  // As the server offers it: what was typed as free text (Google a custom segment's keyword, Meta and LinkedIn a lookup).
  const free = element('button', { type: 'button', 'data-pick-free': q }, text('free-text', { text: q }))
  status.append(element('p'))
  status.lastElementChild?.append(free)
  show(status)
}

async function browse(id: string): Promise<void> {
  const path = `/audiences/picker/browse${id ? `?${new URLSearchParams({ category: id })}` : ''}`
  const found = await fetchJson<Browse>('browse', path)
  if (!found) return show(element('p', { role: 'status' }, text('failed')))
  const link = (c: { id: string; label: string }) =>
    element('button', { type: 'button', class: 'link', 'data-browse': c.id }, c.label)
  const crumbs = element('p', { class: 'picker-crumbs' })
  crumbs.append(link({ id: '', label: text('browse-top') }))
  for (const crumb of found.crumbs) crumbs.append(' › ', link(crumb))
  const nav = element('nav', {
    class: 'picker-browse',
    'aria-label': picker?.querySelector('legend')?.textContent ?? '',
  })
  nav.append(crumbs)
  if (found.categories.length > 0) {
    const list = element('ul', { class: 'plain picker-categories' })
    for (const c of found.categories) {
      const item = element('li')
      item.append(link(c), ' ', element('span', { class: 'meta' }, text('browse-terms', { n: c.terms })))
      list.append(item)
    }
    nav.append(list)
  }
  nav.append(hitList(found.hits))
  if (found.more > 0) nav.append(element('p', { class: 'hint' }, text('browse-more', { n: found.more })))
  show(nav)
  nav.querySelector<HTMLElement>('.picker-crumbs button:last-of-type')?.focus()
}

const groupLists = () => [...document.querySelectorAll('[data-rows="group"] > [data-rows="term"]')]

// Where a picked term goes: the group chosen in "Add to", a new group, or the exclusions.
function targetList(): { list: Element | null; kind: 'term' | 'exclude' } {
  const target = field<HTMLSelectElement>('suggest-target')
  const value = target?.value ?? '0'
  if (value === 'exclude') return { list: document.querySelector('[data-rows="exclude"]'), kind: 'exclude' }
  if (value !== 'new') return { list: groupLists()[Number(value)] ?? null, kind: 'term' }
  const group = addRow('group')
  if (target && group) target.value = String(groupLists().indexOf(group))
  return { list: group, kind: 'term' }
}

// The first blank row of the target, else a new one.
function targetRow(): Element | null {
  const { list, kind } = targetList()
  if (!list) return null
  const blank = [...list.querySelectorAll<HTMLInputElement>(':scope > [data-row] input[name$="[value]"]')].find(
    (input) => input.value.trim() === '',
  )
  return blank?.closest('[data-row]') ?? addRow(kind, list)
}

function pick(key: string, facet: string, label: string, facetLabel: string): void {
  const row = targetRow()
  if (!row) return
  const facetSelect = row.querySelector<HTMLSelectElement>('select[name$="[facet]"]')
  const value = row.querySelector<HTMLInputElement>('input[name$="[value]"]')
  if (facetSelect) facetSelect.value = facet
  if (value) value.value = key
  const hint = row.querySelector('[data-term-label]')
  if (hint) hint.textContent = label
  // As the server shows a picked term: by name, its fields hidden but still posted.
  const chip = row.querySelector<HTMLElement>('[data-term-chip]')
  const fields = row.querySelector<HTMLElement>('.term-fields')
  if (chip && fields) {
    chip.replaceChildren(element('span', { class: 'meta' }, facetLabel), ` ${label}`)
    chip.hidden = false
    fields.hidden = true
  }
  announceChange(row)
  const announce = picker?.querySelector('[data-picker-announce]')
  if (announce) announce.textContent = text('added', { label })
}

// Free text goes in as the facet chosen for the search (an interest when none), in an editable row.
function pickFreeText(value: string): void {
  const facet = field<HTMLSelectElement>('suggest-facet')?.value || 'interest'
  const row = targetRow()
  const facetSelect = row?.querySelector<HTMLSelectElement>('select[name$="[facet]"]')
  const input = row?.querySelector<HTMLInputElement>('input[name$="[value]"]')
  if (!facetSelect || !input) return
  facetSelect.value = facet
  input.value = value
  announceChange(input)
  const announce = picker?.querySelector('[data-picker-announce]')
  if (announce) announce.textContent = text('added', { label: value })
}

// "Add to" lists one choice per group: kept in step with the groups as they are added and removed in place.
document.addEventListener('kohde:groups-changed', (event) => {
  const target = field<HTMLSelectElement>('suggest-target')
  const count = (event as CustomEvent<{ count: number }>).detail.count
  if (!target) return
  const chosen = target.value
  for (const option of [...target.options]) if (/^\d+$/.test(option.value)) option.remove()
  for (let g = count - 1; g >= 0; g--)
    target.prepend(element('option', { value: String(g) }, text('group-label', { n: g + 1 })))
  target.value = /^\d+$/.test(chosen) && Number(chosen) >= count ? String(Math.max(0, count - 1)) : chosen
})

if (picker) {
  const query = field<HTMLInputElement>('suggest-query')
  const typed = debounce(150, () => void search())
  query?.addEventListener('input', typed)
  // Enter in the search box searches; elsewhere in the form it still saves.
  query?.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    void search()
  })
  field<HTMLSelectElement>('suggest-facet')?.addEventListener('change', () => void search())
  picker.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null
    const button = target?.closest('[data-pick], [data-pick-free], [data-browse], [data-picker-search]')
    if (!button) return
    event.preventDefault()
    const free = button.getAttribute('data-pick-free')
    if (free !== null) return pickFreeText(free)
    if (button.hasAttribute('data-picker-search')) return void search()
    if (button.hasAttribute('data-browse')) return void browse(button.getAttribute('data-browse') ?? '')
    pick(
      button.getAttribute('data-pick') ?? '',
      button.getAttribute('data-facet') ?? '',
      button.getAttribute('data-label') ?? '',
      button.getAttribute('data-facet-label') ?? '',
    )
  })
}
