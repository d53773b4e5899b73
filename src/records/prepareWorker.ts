import { parentPort } from 'node:worker_threads'
import { createMatcher } from '../matching/matcher.js'
import { serveJobs } from '../util/workerPool.js'
import { parseRecordLine } from './importer.js'
import type { PrepareJob, PrepareResult } from './preparePool.js'
import { prepareRow } from './store.js'

/**
 * A worker thread of PreparePool (preparePool.ts): checks JSON Lines and
 * prepares records for the store with the default matcher. No I/O, no state
 * between jobs.
 */
const matcher = createMatcher()

if (parentPort) {
  serveJobs<PrepareJob, PrepareResult>(parentPort, (job) => {
    if (job.kind === 'records') return { rows: job.records.map((r) => prepareRow(matcher, r)), errors: [] }
    const result: PrepareResult = { rows: [], errors: [] }
    for (const { lineNo, text } of job.lines) {
      const parsed = parseRecordLine(text, lineNo)
      if (typeof parsed === 'string') result.errors.push({ lineNo, message: parsed })
      else result.rows.push({ ...prepareRow(matcher, parsed), lineNo })
    }
    return result
  })
}
