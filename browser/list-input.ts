// A comma-separated field with a <datalist> (the audience's languages): the browser suggests whole values only, so
// once "suomi, " is typed its list would match nothing. This keeps each suggestion prefixed with what is already
// typed, so the list completes the last name. Without the script the list still helps with the first name.

const names = new WeakMap<HTMLDataListElement, string[]>()

function complete(input: HTMLInputElement): void {
  const list = input.list
  if (!list) return
  const own = names.get(list) ?? [...list.options].map((option) => option.value)
  names.set(list, own)
  const cut = input.value.lastIndexOf(',')
  const before = cut < 0 ? '' : `${input.value.slice(0, cut + 1).trimEnd()} `
  const options = own.map((name) => {
    const option = document.createElement('option')
    option.value = before + name
    return option
  })
  list.replaceChildren(...options)
}

document.addEventListener('input', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.hasAttribute('data-list-of')) complete(event.target)
})
