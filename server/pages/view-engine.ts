import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, sep } from 'node:path'
import type Handlebars from 'handlebars'
import { VIEW_HELPERS } from './view-helpers.js'

// Handlebars (its compiler and source-map: ~0.9 MB of JavaScript) loads with the first page, not with the server:
// an API-only process never loads it, and start-up does not wait for it. Required: its objects stay synchronous.
const loadHandlebars = () => createRequire(import.meta.url)('handlebars') as typeof Handlebars

export const VIEWS_DIR = join(import.meta.dirname, '..', '..', 'views')
// The bundled browser script (scripts/build.js): the same two levels up from server/pages and from dist/server.
export const BROWSER_BUNDLE_DIR = join(import.meta.dirname, '..', '..', 'dist', 'static')

type Template = Handlebars.TemplateDelegate

/** Renders a page inside the layout; the layout gets the page's model plus `body`, the page's HTML. */
export type ViewEngine = {
  render(page: string, model: object): string
  // A partial alone, without the layout: the HTML fragment a page's script swaps in.
  fragment(partial: string, model: object): string
  has(page: string): boolean
}

function templatesIn(dir: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.hbs')) continue
    const path = join(entry.parentPath, entry.name)
    found.set(relative(dir, path).slice(0, -'.hbs'.length).split(sep).join('/'), readFileSync(path, 'utf8'))
  }
  return found
}

/**
 * Reads and compiles every template once, at the first page. Strict mode: a key missing from a view-model throws
 * instead of rendering nothing, so presenters must give every key (null, not undefined).
 */
export function createViewEngine(dir = VIEWS_DIR): ViewEngine {
  let engine: ViewEngine | undefined
  const ready = () => (engine ??= compileViews(dir))
  return {
    has: (page) => ready().has(page),
    render: (page, model) => ready().render(page, model),
    fragment: (partial, model) => ready().fragment(partial, model),
  }
}

function compileViews(dir: string): ViewEngine {
  const hbs = loadHandlebars().create()
  hbs.registerHelper(VIEW_HELPERS)
  for (const [name, source] of templatesIn(join(dir, 'partials')))
    hbs.registerPartial(name, hbs.compile(source, { strict: true }))
  const compile = (source: string): Template => hbs.compile(source, { strict: true })
  const pages = new Map([...templatesIn(join(dir, 'pages'))].map(([name, source]) => [name, compile(source)]))
  const layout = compile(readFileSync(join(dir, 'layouts', 'main.hbs'), 'utf8'))
  const partials = new Map([...templatesIn(join(dir, 'partials'))].map(([name, source]) => [name, compile(source)]))

  return {
    has: (page) => pages.has(page),
    render(page, model) {
      const template = pages.get(page)
      if (!template) throw new Error(`no view pages/${page}.hbs`)
      return layout({ ...model, body: template(model) })
    },
    fragment(partial, model) {
      const template = partials.get(partial)
      if (!template) throw new Error(`no view partials/${partial}.hbs`)
      return template(model)
    },
  }
}

let shared: ViewEngine | undefined
/** The engine over the shipped views, compiled once per process (every test app shares it). */
export const sharedViewEngine = (): ViewEngine => (shared ??= createViewEngine())
