import { defineConfig } from 'vitest/config'

// Mutation testing (`npm run test:mutation`) runs the unit tests only: they drive the security
// core in process (protocol units over in-memory streams, the query service on a real SQLite
// file, the audit log, policy and wire). The end-to-end tests spawn processes from the build,
// which Stryker's sandbox copies do not have, and would take hours over every mutant.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
})
