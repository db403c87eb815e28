// JSON from the editor's picker routes (server/pages/audience-picker-pages.ts), sent with the page's session cookie.
// A newer request aborts the one before it, so results never arrive out of order.

const pending = new Map<string, AbortController>()

/** The JSON at a path, or null when it failed or a newer request for the same channel replaced it. */
export async function fetchJson<T>(channel: string, path: string): Promise<T | null> {
  pending.get(channel)?.abort()
  const controller = new AbortController()
  pending.set(channel, controller)
  try {
    const response = await fetch(path, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal: controller.signal,
    })
    if (!response.ok) return null
    return (await response.json()) as T
  } catch {
    return null
  } finally {
    if (pending.get(channel) === controller) pending.delete(channel)
  }
}

/** Calls `run` once typing has paused for `ms`. */
export function debounce<A extends unknown[]>(ms: number, run: (...args: A) => void): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  return (...args) => {
    clearTimeout(timer)
    timer = setTimeout(() => run(...args), ms)
  }
}

/** An element with a class and text, the way every picker list item is built (no HTML strings: no injection). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value)
  if (text !== '') made.textContent = text
  return made
}
