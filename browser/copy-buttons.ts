// No control submits on change: a keyboard user arrowing through a closed select would leave the page at the first
// step (WCAG 2.2, 3.2.2 On Input).

// Copy buttons: <button type="button" data-copy="element-id">; the button is hidden until this script runs.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null
  if (!button) return
  const source = document.getElementById(button.getAttribute('data-copy') ?? '')
  if (!source) return
  try {
    await navigator.clipboard.writeText(source.textContent ?? '')
    button.setAttribute('data-copied', 'true')
  } catch {
    button.setAttribute('data-copied', 'false')
  }
})
for (const button of document.querySelectorAll('[data-copy]')) button.removeAttribute('hidden')
