const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

/** What a browser would post from the editor form as rendered: inputs, chosen options, ticked boxes, textareas. */
export function formOf(html: string): Record<string, string | string[]> {
  const form = /<form[^>]*id="audience-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? ''
  const out: Record<string, string | string[]> = {}
  const add = (name: string, value: string) => {
    const before = out[name]
    out[name] = before === undefined ? value : ([] as string[]).concat(before, value)
  }
  for (const [tag] of form.matchAll(/<input\s[^>]*>/g)) {
    const type = attr(tag, 'type') ?? 'text'
    const name = attr(tag, 'name')
    if (!name || name === '_csrf' || ((type === 'checkbox' || type === 'radio') && !/\schecked/.test(tag))) continue
    add(name, unescape(attr(tag, 'value') ?? ''))
  }
  for (const [, open = '', body = ''] of form.matchAll(/<select(\s[^>]*)>([\s\S]*?)<\/select>/g)) {
    const chosen = /<option value="([^"]*)" selected>/.exec(body) ?? /<option value="([^"]*)"/.exec(body)
    add(attr(open, 'name') ?? '', unescape(chosen?.[1] ?? ''))
  }
  for (const [, open = '', body = ''] of form.matchAll(/<textarea(\s[^>]*)>([\s\S]*?)<\/textarea>/g))
    add(attr(open, 'name') ?? '', unescape(body))
  return out
}
