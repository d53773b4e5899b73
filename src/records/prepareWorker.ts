import { parentPort } from 'node:worker_threads'
import { createMatcher } from '../matching/matcher.js'
import { parseRecordLine } from './importer.js'
import type { MigrantRecord } from './schema.js'
import { prepareRow } from './store.js'

/**
 * A worker thread of PreparePool (preparePool.ts): checks JSON Lines and
 * prepares records for the store with the default matcher, so that an import
 * uses every core for what comes before its transaction. No I/O, no state
 * between jobs.
 */

export type PrepareJob =
  | { id: number; kind: 'records'; records: MigrantRecord[] }
  | { id: number; kind: 'lines'; lines: { lineNo: number; text: string }[] }

const matcher = createMatcher()

parentPort?.on('message', (job: PrepareJob) => {
  try {
    if (job.kind === 'records') {
      parentPort?.postMessage({ id: job.id, rows: job.records.map((r) => prepareRow(matcher, r)), errors: [] })
      return
    }
    const rows = []
    const errors = []
    for (const { lineNo, text } of job.lines) {
      const parsed = parseRecordLine(text, lineNo)
      if (typeof parsed === 'string') errors.push({ lineNo, message: parsed })
      else rows.push({ ...prepareRow(matcher, parsed), lineNo })
    }
    parentPort?.postMessage({ id: job.id, rows, errors })
  } catch (err) {
    parentPort?.postMessage({ id: job.id, failure: (err as Error).message })
  }
})
