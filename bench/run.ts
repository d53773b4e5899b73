// npm run bench [-- NAME]: runs the named benchmark (or all) and prints a
// Markdown table for BENCHMARKS.md.
import '../src/polyfill.js'
import { benchAtRest } from './atRest.js'
import { benchAudit } from './audit.js'
import { benchFairness } from './fairness.js'
import { benchGuardTiming } from './guardTiming.js'
import { benchMatching, benchScaleOnly } from './matching.js'
import { benchPolicy } from './policy.js'
import { benchQuery } from './query.js'

const BENCHMARKS: Record<string, () => Promise<void>> = {
  query: benchQuery,
  matching: benchMatching,
  'matching-scale': benchScaleOnly,
  policy: benchPolicy,
  audit: benchAudit,
  'guard-timing': benchGuardTiming,
  fairness: benchFairness,
  'at-rest': benchAtRest,
}

const names = process.argv.slice(2)
const selected = names.length === 0 ? Object.keys(BENCHMARKS) : names
for (const name of selected) {
  const run = BENCHMARKS[name]
  if (!run) {
    process.stderr.write(`unknown benchmark "${name}"; choose from: ${Object.keys(BENCHMARKS).join(', ')}\n`)
    process.exit(2)
  }
  await run()
}
