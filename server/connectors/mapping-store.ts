import type { MappingOverride } from '../../audiences/index.js'

// Where resolved identifiers live between compiles; storage (server/store) will implement it.
export interface MappingStore {
  list(): Promise<MappingOverride[]>
  // All or nothing: either every override is stored (replacing the same key and platform) or none is.
  saveAll(overrides: readonly MappingOverride[]): Promise<void>
}

export function createMemoryMappingStore(initial: readonly MappingOverride[] = []): MappingStore & {
  saves: number
} {
  let rows = [...initial]
  const store = {
    saves: 0,
    list: async () => [...rows],
    async saveAll(overrides: readonly MappingOverride[]) {
      const replaced = new Set(overrides.map((o) => `${o.key}|${o.platform}`))
      rows = [...rows.filter((r) => !replaced.has(`${r.key}|${r.platform}`)), ...overrides]
      store.saves += 1
    },
  }
  return store
}
