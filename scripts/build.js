// The production build: `npm ci` runs it (prepare), and bin/ensure-build.js when the sources changed since. kohde
// then runs compiled JavaScript from dist/ and never transpiles TypeScript at start.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { build } from 'esbuild'
import { newestSource } from '../bin/ensure-build.js'

const ROOT = join(import.meta.dirname, '..')
export const DIST = join(ROOT, 'dist')
export const STAMP = join(DIST, 'build-stamp.json')

// The shipped data (~4 MB of JSON) stays JSON: each imported file is copied to data/ beside the bundle and read with
// JSON.parse when its module loads. Bundled, it was part of the bundle's JavaScript source, which V8 keeps for the
// life of the process (9 MiB of source and ~4 MiB of literals, the largest part of the idle heap, and the base V8
// scales the heap's growth under load from); as object literals its parse also cost more. Default imports only.
const jsonBesideBundle = {
  name: 'json-beside-bundle',
  setup(build) {
    const files = new Set()
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const name = relative(ROOT, args.path).split(sep).join('/')
      files.add(name)
      return {
        contents: [
          "import { readFileSync } from 'node:fs'",
          "import { shared } from 'kohde:shared-strings'",
          `export default shared(JSON.parse(readFileSync(new URL(${JSON.stringify(`./data/${name}`)}, import.meta.url), 'utf8')))`,
        ].join('\n'),
        loader: 'js',
      }
    })
    // JSON.parse makes a string per occurrence: the data repeats the same source notes, dates and codes (73,000
    // strings, 23,000 different), so each file's strings are swapped for one shared copy when it loads (~1 MiB of
    // live heap less).
    build.onResolve({ filter: /^kohde:shared-strings$/ }, () => ({ path: 'shared-strings', namespace: 'kohde' }))
    build.onLoad({ filter: /.*/, namespace: 'kohde' }, () => ({
      contents: [
        'const strings = new Map()',
        'export function shared(value) {',
        // The data files of one module graph load in one go: the table is let go once they have.
        '  if (strings.size === 0) queueMicrotask(() => strings.clear())',
        "  if (typeof value === 'string') {",
        '    const known = strings.get(value)',
        '    if (known !== undefined) return known',
        '    strings.set(value, value)',
        '    return value',
        '  }',
        "  if (value === null || typeof value !== 'object') return value",
        '  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = shared(value[i])',
        '  else for (const key of Object.keys(value)) value[key] = shared(value[key])',
        '  return value',
        '}',
      ].join('\n'),
      loader: 'js',
    }))
    build.onEnd(() => {
      const outdir = build.initialOptions.outdir
      for (const name of files) {
        const target = join(outdir, 'data', name)
        mkdirSync(dirname(target), { recursive: true })
        writeFileSync(target, JSON.stringify(JSON.parse(readFileSync(join(ROOT, name), 'utf8'))))
      }
    })
  },
}

/** One esbuild run each, into its own folder under dist/. */
export const TARGETS = [
  {
    // Both entry points share chunks (splitting); the CLI's heavy commands stay chunks of their own, loaded on use.
    // The folder is two levels under the root: server/pages/view-engine.ts finds views/ at ../../views from here.
    folder: 'server',
    options: {
      entryPoints: { main: 'server/main.ts', cli: 'server/cli/main.ts' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      // Dependencies load from node_modules as they are: native addons and the SDKs' own files stay where they are.
      packages: 'external',
      sourcemap: true,
      logLevel: 'warning',
      plugins: [jsonBesideBundle],
    },
  },
  {
    // The pages' script: browser/ is its one home (TypeScript, type-checked by browser/tsconfig.json). The server
    // serves dist/static/kohde.js at /static/kohde.js, beside views/static's stylesheet.
    folder: 'static',
    options: {
      entryPoints: { kohde: 'browser/main.ts' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: ['chrome111', 'firefox111', 'safari16.4'],
      minify: true,
      sourcemap: true,
      logLevel: 'warning',
    },
  },
]

/** Builds every target into a fresh folder, then swaps it in, so a running kohde never reads a half-written build. */
export async function buildAll() {
  // Read before building: a source saved during the build is newer than the stamp says, so the next run rebuilds.
  const sourcesMtimeMs = newestSource()
  for (const { folder, options } of TARGETS) {
    const next = join(DIST, `${folder}.next`)
    rmSync(next, { recursive: true, force: true })
    await build({ ...options, absWorkingDir: ROOT, outdir: next })
    rmSync(join(DIST, folder), { recursive: true, force: true })
    renameSync(next, join(DIST, folder))
  }
  mkdirSync(DIST, { recursive: true })
  writeFileSync(
    STAMP,
    `${JSON.stringify({ builtAt: new Date().toISOString(), node: process.version, sourcesMtimeMs })}\n`,
  )
}

if (process.argv[1] === import.meta.filename) {
  const started = performance.now()
  await buildAll()
  console.log(`kohde: built dist/ in ${Math.round(performance.now() - started)} ms`)
}
