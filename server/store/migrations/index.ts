import type { Migration } from 'kysely'
import * as initial from './0001-initial.js'

// Versioned migrations, applied in name order at start; never edit one that has shipped, add the next.
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
}
