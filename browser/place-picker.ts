// Places by name in the editor: typing in a place row (or a radius row's name) lists matching municipalities,
// regions, cities, countries and postal codes with where they lie; a pick fills the row's type, place and country
// (a radius row: its centre and, when empty, a radius that covers the place). Without this script the server reads
// the typed name itself (server/presenters/audience-form-names.ts).
import { announceChange } from './editor-rows.js'
import { debounce, element, fetchJson } from './picker-fetch.js'

type Place = {
  kind: string
  kindLabel: string
  value: string
  country: string
  label: string
  path: string
  centre: { lat: number; lng: number } | null
  radiusKm: number | null
}

const LIST_CLASS = 'place-options'

function close(input: HTMLInputElement): void {
  input.parentElement?.querySelector(`.${LIST_CLASS}`)?.remove()
  input.removeAttribute('aria-controls')
}

function set(row: Element | null, selector: string, value: string): void {
  const control = row?.querySelector<HTMLInputElement | HTMLSelectElement>(selector)
  if (control) control.value = value
}

function pick(input: HTMLInputElement, place: Place): void {
  const row = input.closest('[data-row]')
  if (input.getAttribute('data-place-picker') === 'radius') {
    input.value = place.label
    if (place.centre) {
      set(row, 'input[name$="[lat]"]', String(place.centre.lat))
      set(row, 'input[name$="[lng]"]', String(place.centre.lng))
    }
    const km = row?.querySelector<HTMLInputElement>('input[name$="[km]"]')
    if (km && km.value.trim() === '' && place.radiusKm !== null) km.value = String(place.radiusKm)
  } else {
    set(row, 'select[name$="[kind]"]', place.kind)
    input.value = place.value
    set(row, 'input[name$="[country]"]', place.country)
  }
  let where = input.parentElement?.querySelector('[data-place-path]')
  if (!where) {
    where = element('span', { class: 'hint', 'data-place-path': '' })
    input.after(where)
  }
  where.textContent = [place.kindLabel, place.path].filter((part) => part !== '').join(' · ')
  announceChange(input)
  // Focus back to the box before the list goes: removing the focused button would close the list a second time.
  input.focus()
  close(input)
}

async function suggest(input: HTMLInputElement): Promise<void> {
  const q = input.value.trim()
  if (q.length < 2) return close(input)
  const found = await fetchJson<{ items: Place[] }>(
    `places:${input.id}`,
    `/audiences/picker/places?${new URLSearchParams({ q, limit: '8' })}`,
  )
  close(input)
  if (!found || found.items.length === 0 || document.activeElement !== input) return
  const list = element('ul', { class: `plain ${LIST_CLASS}`, id: `${input.id}-options` })
  for (const place of found.items) {
    const button = element('button', { type: 'button', class: 'link' }, place.label)
    button.addEventListener('click', () => pick(input, place))
    const item = element('li')
    item.append(
      button,
      ' ',
      element('span', { class: 'meta' }, [place.kindLabel, place.path].filter(Boolean).join(' · ')),
    )
    list.append(item)
  }
  input.after(list)
  // Arrow down moves from the box into the list (onKey); aria-controls names the list for assistive technology.
  input.setAttribute('aria-controls', list.id)
}

function onKey(event: KeyboardEvent): void {
  const target = event.target instanceof Element ? event.target : null
  const input = target?.closest('.field')?.querySelector<HTMLInputElement>('[data-place-picker]')
  if (!input) return
  const buttons = [...(input.parentElement?.querySelectorAll<HTMLButtonElement>(`.${LIST_CLASS} button`) ?? [])]
  if (event.key === 'Escape' && buttons.length > 0) {
    event.preventDefault()
    close(input)
    input.focus()
    return
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  if (buttons.length === 0) return
  event.preventDefault()
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
  const next = event.key === 'ArrowDown' ? Math.min(buttons.length - 1, at + 1) : at - 1
  ;(next < 0 ? input : buttons[next])?.focus()
}

const typed = debounce(150, (input: HTMLInputElement) => void suggest(input))
document.addEventListener('input', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.hasAttribute('data-place-picker')) typed(event.target)
})
document.addEventListener('keydown', onKey)
// The list closes when focus leaves the field (not when it moves from the box into the list).
document.addEventListener('focusout', (event) => {
  const field = event.target instanceof Element ? event.target.closest('.field') : null
  const input = field?.querySelector<HTMLInputElement>('[data-place-picker]')
  if (!input || (event.relatedTarget instanceof Node && field?.contains(event.relatedTarget))) return
  close(input)
})
