// npm run bench [-- NAME... [--option...]]: runs the named benchmarks (or all)
// and prints Markdown tables for BENCHMARKS.md. Options: bench/query.ts
// takes --records=N[,M] and --profile.
import '../src/polyfill.js'
import { benchAtRest } from './atRest.js'
import { benchAudit } from './audit.js'
import { benchFairness } from './fairness.js'
import { benchGuardTiming } from './guardTiming.js'
import { benchMatching, benchScaleOnly, benchWrongStrong } from './matching.js'
import { benchPolicy } from './policy.js'
import { benchQuery } from './query.js'

const BENCHMARKS: Record<string, (argv: readonly string[]) => Promise<void>> = {
  query: benchQuery,
  matching: benchMatching,
  'matching-scale': benchScaleOnly,
  'wrong-strong': benchWrongStrong,
  policy: benchPolicy,
  audit: benchAudit,
  'guard-timing': benchGuardTiming,
  fairness: benchFairness,
  'at-rest': benchAtRest,
}

// Names select benchmarks; options (--x or --x=value) go to each one selected.
const args = process.argv.slice(2)
const names = args.filter((a) => !a.startsWith('--'))
const options = args.filter((a) => a.startsWith('--'))
const selected = names.length === 0 ? Object.keys(BENCHMARKS) : names
for (const name of selected) {
  const run = BENCHMARKS[name]
  if (!run) {
    process.stderr.write(`unknown benchmark "${name}"; choose from: ${Object.keys(BENCHMARKS).join(', ')}\n`)
    process.exit(2)
  }
  await run(options)
}
