import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..')
// The team's shared data (../shared beside the project): each file there has its source in a SOURCES.md.
const SHARED_ROOT = join(PROJECT_ROOT, '..', 'shared')

/**
 * Copies a shared data file into the project, where the build reads it and the project ships it; without ../shared
 * (a clone elsewhere) the copy already in the project is used as it is. An unchanged file is not written again: the
 * tests read the data through here, and a fresh modification time on a source makes bin/ensure-build.js rebuild
 * dist/ under the tests that run it.
 */
export function copyShared(sharedPath: string, projectPath: string): string {
  const from = join(SHARED_ROOT, sharedPath)
  const to = join(PROJECT_ROOT, projectPath)
  if (existsSync(from) && !(existsSync(to) && readFileSync(from).equals(readFileSync(to)))) {
    mkdirSync(dirname(to), { recursive: true })
    copyFileSync(from, to)
  } else if (!existsSync(to)) throw new Error(`neither ${from} nor ${to} exists`)
  return to
}
