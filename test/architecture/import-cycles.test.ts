import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const FOLDERS = ['audiences', 'server', 'browser']

// Value imports only: `import type` is erased by the compiler and cannot make modules load each other.
const IMPORT = /^(?:import|export)(?!\s+type\b)[^'"]*?\bfrom\s+'(\.[^']+)'/gm

function moduleGraph(): Map<string, string[]> {
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(folder, f)),
  )
  const known = new Set(files)
  return new Map(
    files.map((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8')
      const targets = [...text.matchAll(IMPORT)].map((m) =>
        relative(ROOT, resolve(ROOT, dirname(file), m[1]!)).replace(/\.js$/, '.ts'),
      )
      return [file, targets.filter((t) => known.has(t))]
    }),
  )
}

/** Tarjan's strongly connected components with more than one module: each is an import circle. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1) found.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

describe('the module graph', () => {
  it('when every value import of audiences/, server/ and browser/ is followed, then no module reaches itself', () => {
    expect(circles(moduleGraph())).toEqual([])
  })

  it('when a circle is made on purpose, then it is found (the check can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])

    expect(circles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })
})
