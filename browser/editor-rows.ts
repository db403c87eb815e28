// The audience editor's rows added and removed in place. Without this script every add/remove button posts the
// form and the server renders it again (views/pages/audience-editor.hbs); with it the same buttons copy a
// server-rendered <template data-row-template> or remove their row, then every row of the list is renumbered
// so the names (include[0][terms][2][value]), ids and visible numbers read as the server would have written them.

type Family = 'term' | 'exclude' | 'group' | 'geo-include' | 'geo-exclude'

// Index placeholders of the templates (server/presenters/audience-form-templates.ts) or a number already given.
const N = String.raw`(?:\d+|__R__)`
const G = String.raw`(?:\d+|__G__)`

function rewrite(family: Family, text: string, i: number, g: number): string {
  switch (family) {
    case 'term':
      return text
        .replace(new RegExp(String.raw`include\[${G}\]\[terms\]\[${N}\]`, 'g'), `include[${g}][terms][${i}]`)
        .replace(new RegExp(String.raw`(?<![\w-])include-${G}-${N}-`, 'g'), `include-${g}-${i}-`)
        .replace(new RegExp(String.raw`remove-term:${G}:${N}`, 'g'), `remove-term:${g}:${i}`)
    case 'exclude':
      return text
        .replace(new RegExp(String.raw`(?<![\w-])exclude\[${N}\]`, 'g'), `exclude[${i}]`)
        .replace(new RegExp(String.raw`(?<![\w-])exclude-${N}-`, 'g'), `exclude-${i}-`)
        .replace(new RegExp(String.raw`remove-exclude:${N}`, 'g'), `remove-exclude:${i}`)
    case 'geo-include':
    case 'geo-exclude': {
      const side = family === 'geo-include' ? 'include' : 'exclude'
      const name = family === 'geo-include' ? 'geoInclude' : 'geoExclude'
      return text
        .replace(new RegExp(String.raw`${name}\[${N}\]`, 'g'), `${name}[${i}]`)
        .replace(new RegExp(String.raw`geo-${side}-${N}-`, 'g'), `geo-${side}-${i}-`)
        .replace(new RegExp(String.raw`remove-geo-${side}:${N}`, 'g'), `remove-geo-${side}:${i}`)
    }
    case 'group':
      return text
        .replace(new RegExp(String.raw`(?<![\w-])include\[${G}\]`, 'g'), `include[${i}]`)
        .replace(new RegExp(String.raw`(?<![\w-])include-${G}-`, 'g'), `include-${i}-`)
        .replace(new RegExp(String.raw`group-${G}\b`, 'g'), `group-${i}`)
        .replace(new RegExp(String.raw`(add|remove)-term:${G}`, 'g'), `$1-term:${i}`)
  }
}

// Attributes that carry an index; a button's value too (it names the row), never an input's (that is what was typed).
const INDEXED = ['name', 'id', 'for', 'aria-describedby', 'formaction', 'data-row-id']

function renumberRow(row: Element, family: Family, i: number, g: number): void {
  for (const element of [row, ...row.querySelectorAll('*')]) {
    for (const attribute of INDEXED) {
      const value = element.getAttribute(attribute)
      if (value !== null) element.setAttribute(attribute, rewrite(family, value, i, g))
    }
    if (element instanceof HTMLButtonElement) element.value = rewrite(family, element.value, i, g)
  }
  for (const numbered of row.querySelectorAll('[data-numbered]'))
    if (numbered.closest('[data-row]') === row)
      numbered.textContent = (numbered.getAttribute('data-numbered') ?? '').replace('{n}', String(i + 1))
}

/**
 * Tells the rest of the page the form changed where no person typed (a row added or removed, a pick): a bubbling
 * change event, as a select fires, so a listener on the form (a live estimate) sees every change the same way.
 */
export const announceChange = (target: Element) => target.dispatchEvent(new Event('change', { bubbles: true }))

const rowsOf = (list: Element) => [...list.children].filter((child) => child.hasAttribute('data-row'))

/** Renumbers one list of rows (a group's terms, the exclusions, a side's places, or the groups and their terms). */
export function renumber(list: Element): void {
  const family = list.getAttribute('data-rows') as Family | null
  if (!family) return
  if (family === 'group') {
    rowsOf(list).forEach((group, g) => {
      renumberRow(group, 'group', g, g)
      rowsOf(group).forEach((row, r) => renumberRow(row, 'term', r, g))
    })
    document.dispatchEvent(new CustomEvent('kohde:groups-changed', { detail: { count: rowsOf(list).length } }))
    return
  }
  const group = family === 'term' ? rowsOf(list.closest('[data-rows="group"]') ?? list).indexOf(list) : 0
  rowsOf(list).forEach((row, r) => renumberRow(row, family, r, group))
}

function listFor(kind: string, button: Element | null): Element | null {
  if (kind === 'term') return button?.closest('[data-rows="term"]') ?? null
  const family = kind.replace(/-(place|radius)$/, '')
  return document.querySelector(`[data-rows="${family}"]`)
}

const firstField = (row: Element) => row.querySelector<HTMLElement>('input:not([type="hidden"]), select')

/** Adds a row of a kind (term, exclude, group, geo-include-place, …) from its template; returns the new row. */
export function addRow(kind: string, list: Element | null = listFor(kind, null)): Element | null {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-row-template="${kind}"]`)
  const row = template?.content.firstElementChild?.cloneNode(true)
  if (!list || !(row instanceof Element)) return null
  const addButton = kind === 'term' ? list.querySelector(':scope > [data-add-row]') : null
  list.insertBefore(row, addButton)
  const groups = list.closest('[data-rows="group"]') ?? (kind === 'group' ? list : null)
  renumber(groups ?? list)
  announceChange(row)
  return row
}

function removeRow(button: Element): void {
  const row = button.closest('[data-row]')
  const list = row?.parentElement
  if (!row || !list) return
  const next = row.nextElementSibling
  row.remove()
  const groups = list.closest('[data-rows="group"]')
  // As the server does: a group whose last criterion goes goes with it.
  if (list.getAttribute('data-rows') === 'term' && rowsOf(list).length === 0 && groups) list.remove()
  renumber(groups ?? list)
  announceChange(groups ?? (list.isConnected ? list : document.body))
  const focus = next?.hasAttribute('data-row') ? firstField(next) : null
  ;(focus ?? document.querySelector<HTMLElement>('#audience-form [data-add-row]'))?.focus()
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null
  const add = target?.closest('[data-add-row]')
  const remove = target?.closest('[data-remove-row]')
  if (!add && !remove) return
  event.preventDefault()
  if (remove) return removeRow(remove)
  const kind = add?.getAttribute('data-add-row') ?? ''
  const row = addRow(kind, listFor(kind, add ?? null))
  if (row) firstField(row)?.focus()
})
