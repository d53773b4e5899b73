import { availableParallelism } from 'node:os'
import { builtModule } from '../util/projectRoot.js'
import { WorkerPool } from '../util/workerPool.js'
import type { MigrantRecord } from './schema.js'
import type { PreparedRow } from './store.js'

/** Records (or lines) per job: large enough that messages cost little, small enough to share the work out evenly. */
export const PREPARE_CHUNK = 2_000
/**
 * Chunks being prepared at once, per thread, while earlier ones are written
 * (an import that writes as it prepares): enough that a thread never waits
 * for the writer, few enough that memory holds only these.
 */
export const CHUNKS_AHEAD_PER_THREAD = 3
/** Most worker threads a pool starts, whatever the machine has. */
export const MAX_PREPARE_THREADS = 4

/** A line that failed its check, with the error text `mrn import` shows. */
export interface LineError {
  lineNo: number
  message: string
}

export type PrepareJob =
  | { kind: 'records'; records: MigrantRecord[] }
  | { kind: 'lines'; lines: { lineNo: number; text: string }[] }

export interface PrepareResult {
  rows: (PreparedRow & { lineNo?: number })[]
  errors: LineError[]
}

/**
 * Worker threads that check and prepare records for RecordStore.writeRows
 * (match keys, guard view, blocking keys, JSON) with the default matcher
 * (createMatcher), results in input order. The write itself stays one
 * transaction on the caller's connection.
 */
export class PreparePool {
  private readonly pool: WorkerPool<PrepareJob, PrepareResult>

  /** `threads`: default one per core, at most MAX_PREPARE_THREADS. */
  constructor(threads = defaultPrepareThreads()) {
    this.pool = new WorkerPool(
      builtModule(import.meta.url, './prepareWorker.js', 'records/prepareWorker.js'),
      threads,
      'preparing records',
    )
  }

  get threads(): number {
    return this.pool.threads
  }

  /** Rows for RecordStore.writeRows, in the order of `records`. */
  async prepareRecords(
    records: readonly MigrantRecord[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<PreparedRow[]> {
    const replies = await this.runChunks(records, (chunk) => ({ kind: 'records', records: chunk }), onProgress)
    return replies.flatMap((r) => r.rows)
  }

  /**
   * Checks JSON Lines (importer.parseRecordLine) and prepares the good ones:
   * rows in line order, each with its line number, and the bad lines' errors.
   */
  async prepareLines(
    lines: readonly { lineNo: number; text: string }[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ rows: (PreparedRow & { lineNo: number })[]; errors: LineError[] }> {
    const replies = await this.runChunks(lines, (chunk) => ({ kind: 'lines', lines: chunk }), onProgress)
    return {
      rows: replies.flatMap((r) => r.rows as (PreparedRow & { lineNo: number })[]),
      errors: replies.flatMap((r) => r.errors),
    }
  }

  /** Stops the threads (a job still running is rejected). */
  close(): Promise<void> {
    return this.pool.close()
  }

  private runChunks<T>(
    items: readonly T[],
    job: (chunk: T[]) => PrepareJob,
    onProgress?: (done: number, total: number) => void,
  ): Promise<PrepareResult[]> {
    let done = 0
    const jobs: Promise<PrepareResult>[] = []
    for (let start = 0; start < items.length; start += PREPARE_CHUNK) {
      const chunk = items.slice(start, start + PREPARE_CHUNK)
      jobs.push(
        this.pool.run(job(chunk)).then((result) => {
          done += chunk.length
          onProgress?.(done, items.length)
          return result
        }),
      )
    }
    return Promise.all(jobs)
  }
}

/**
 * Prepares chunks, up to `ahead()` at once, and hands each result to `take`
 * in chunk order as soon as it and every earlier one are ready, so that
 * preparing overlaps what `take` does (an import writing the rows). A chunk
 * that fails rejects the whole, after the earlier ones were taken; chunks
 * still being prepared then are not waited for.
 */
export async function preparedInOrder<C, R>(
  chunks: AsyncIterable<C> | Iterable<C>,
  prepare: (chunk: C) => Promise<R>,
  ahead: () => number,
  take: (result: R) => void,
): Promise<void> {
  const pending: Promise<R>[] = []
  for await (const chunk of chunks) {
    const result = prepare(chunk)
    // Handled now, so that a chunk failing while an earlier one is awaited is no unhandled rejection;
    // awaiting it later still throws.
    result.catch(() => undefined)
    pending.push(result)
    if (pending.length >= ahead()) take(await (pending.shift() as Promise<R>))
  }
  while (pending.length > 0) take(await (pending.shift() as Promise<R>))
}

/** One thread per core, at most MAX_PREPARE_THREADS. */
export function defaultPrepareThreads(): number {
  return Math.max(1, Math.min(MAX_PREPARE_THREADS, availableParallelism()))
}
