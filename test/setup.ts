// Must come before anything imports libp2p: see src/polyfill.ts.
import '../src/polyfill.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

// Every temporary directory a test file makes (mkdtemp under os.tmpdir(), node processes it
// spawns) lands in one directory per test file, removed when the file is done: tests clean up
// what they create even when they fail half-way.
const scratch = mkdtempSync(join(tmpdir(), 'mrn-test-'))
process.env.TMPDIR = scratch
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})
