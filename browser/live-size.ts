// The editor's live size gauge (views/partials/editor-live-size.hbs): as the audience changes, post the whole form to
// the gauge's URL and swap the fragment's body in. Without this script the "update size" button does the same with
// a page load.

// Long enough that typing an age sends one request, short enough that the gauge follows a click at once.
const DEBOUNCE_MS = 200

function enhance(gauge: HTMLElement): void {
  const form = gauge.closest('form')
  const url = gauge.dataset['liveSize']
  if (!form || !url) return
  const status = gauge.querySelector<HTMLElement>('[data-live-size-status]')
  gauge.querySelector<HTMLElement>('[data-live-size-button]')?.setAttribute('hidden', '')
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: AbortController | undefined

  async function refresh(): Promise<void> {
    // Only the newest form counts: an answer to an older one would put back a size the audience no longer has.
    inFlight?.abort()
    const controller = new AbortController()
    inFlight = controller
    const body = new URLSearchParams()
    for (const [name, value] of new FormData(form!)) if (typeof value === 'string') body.append(name, value)
    const current = gauge.querySelector<HTMLElement>('[data-live-size-body]')
    current?.setAttribute('aria-busy', 'true')
    try {
      const response = await fetch(url!, {
        method: 'POST',
        body,
        headers: { Accept: 'text/html' },
        credentials: 'same-origin',
        signal: controller.signal,
      })
      const html = await response.text()
      const next = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-live-size-body]')
      // Anything else (a sign-in page after the session expired, an error page) leaves the gauge as it was.
      if (!next || !current) return
      current.replaceWith(document.importNode(next, true))
      const announce = next.getAttribute('data-announce')
      if (status && announce) status.textContent = announce
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return
      current?.removeAttribute('aria-busy')
    } finally {
      if (inFlight === controller) inFlight = undefined
    }
  }

  const schedule = (event: Event) => {
    // The term search box finds terms to add; typing in it changes no audience.
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') return
    clearTimeout(timer)
    timer = setTimeout(() => void refresh(), DEBOUNCE_MS)
  }
  form.addEventListener('input', schedule)
  form.addEventListener('change', schedule)
  // Rows added or removed in place (the editor's pickers) change the audience without an input event.
  form.addEventListener('kohde:audience-changed', schedule)
  // A sub-audience is sized with its stored parent, which only the server can read: ask once the page is here.
  if (gauge.querySelector('[data-live-size-body]')?.getAttribute('data-state') === 'pending') void refresh()
}

for (const gauge of document.querySelectorAll<HTMLElement>('[data-live-size]')) enhance(gauge)
