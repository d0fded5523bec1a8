import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__test__/**/*.test.mjs'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The native addon is shared; separate processes keep event-loop tests honest.
    pool: 'forks',
  },
})
