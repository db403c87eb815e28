import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type BuildOptions } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const FIXTURES = join(ROOT, 'test', 'build', 'fixtures')
const tmp = mkdtempSync(join(tmpdir(), 'kohde-build-data-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

// The production build (scripts/build.js) keeps imported JSON beside the bundle and reads it at load, one copy of each
// repeated string shared across the files: the values must come out as JSON.parse gives them.
async function bundled(): Promise<{ a: unknown; b: unknown }> {
  const { TARGETS } = (await import(pathToFileURL(join(ROOT, 'scripts', 'build.js')).href)) as {
    TARGETS: { folder: string; options: BuildOptions }[]
  }
  const server = TARGETS.find((t) => t.folder === 'server')!
  const entry = join(tmp, 'entry.js')
  writeFileSync(
    entry,
    [
      `import a from ${JSON.stringify(join(FIXTURES, 'shared-a.json'))}`,
      `import b from ${JSON.stringify(join(FIXTURES, 'shared-b.json'))}`,
      'export { a, b }',
    ].join('\n'),
  )
  const outdir = join(tmp, 'out')
  await build({ ...server.options, entryPoints: { entry }, splitting: false, absWorkingDir: ROOT, outdir })
  return (await import(pathToFileURL(join(outdir, 'entry.js')).href)) as { a: unknown; b: unknown }
}

describe('JSON data beside the bundle', () => {
  it('when two data files repeat strings, then both load with the values JSON.parse gives, __proto__ key kept', async () => {
    const { a, b } = await bundled()
    const parse = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'))

    expect(a).toEqual(parse('shared-a.json'))
    expect(b).toEqual(parse('shared-b.json'))
    // The own "__proto__" key stays a key with its object, and the prototype stays Object's.
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(a, '__proto__')?.value).toEqual({ polluted: 'no' })
    expect((a as { polluted?: string }).polluted).toBeUndefined()
  })
})
