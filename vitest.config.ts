import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // CI counts tests from this line; one reporter keeps the closing summary readable.
    reporters: ['default'],
  },
})
