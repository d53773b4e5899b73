import { defineConfig } from 'vitest/config'

// `npm run test:sim`: the simulation's statistical checks and the report rendered in a
// headless browser, apart from `npm test` (they take minutes and measure, not unit-check).
export default defineConfig({
  test: {
    include: ['test/sim/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
})
