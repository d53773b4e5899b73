import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { projectRoot } from '../util/projectRoot.js'
import type { PrepareJob } from './prepareWorker.js'
import type { MigrantRecord } from './schema.js'
import type { PreparedRow } from './store.js'

/** Records (or lines) per job: large enough that messages cost little, small enough to share the work out evenly. */
export const PREPARE_CHUNK = 2_000
/** Most worker threads a pool starts, whatever the machine has. */
export const MAX_PREPARE_THREADS = 4

/** A line that failed its check, with the error text `mrn import` shows. */
export interface LineError {
  lineNo: number
  message: string
}

type Reply =
  | { id: number; rows: (PreparedRow & { lineNo?: number })[]; errors: LineError[] }
  | { id: number; failure: string }

interface Pending {
  resolve: (reply: Extract<Reply, { rows: unknown }>) => void
  reject: (err: Error) => void
}

/**
 * Worker threads that check and prepare records for RecordStore.writeRows
 * (match keys, guard view, blocking keys, JSON) with the default matcher
 * (createMatcher), one job per thread at a time, results in input order. An
 * import prepares a million records in about half the time on two cores; the
 * write itself stays one transaction on the caller's connection.
 */
export class PreparePool {
  readonly threads: number
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly waiting: { job: PrepareJob; pending: Pending }[] = []
  private readonly inFlight = new Map<Worker, Pending>()
  private nextId = 0
  private broken: Error | undefined

  /** `threads`: default one per core, at most MAX_PREPARE_THREADS. */
  constructor(threads = defaultPrepareThreads()) {
    if (!Number.isInteger(threads) || threads < 1)
      throw new RangeError(`threads must be a positive integer: got ${threads}`)
    this.threads = threads
    const script = workerScript()
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script)
      worker.on('message', (reply: Reply) => this.settle(worker, reply))
      worker.on('error', (err) => this.fail(err))
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a record preparation thread stopped (exit code ${code})`))
      })
      this.workers.push(worker)
      this.idle.push(worker)
    }
  }

  /** Rows for RecordStore.writeRows, in the order of `records`. */
  async prepareRecords(
    records: readonly MigrantRecord[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<PreparedRow[]> {
    const replies = await this.runChunks(records, (chunk, id) => ({ id, kind: 'records', records: chunk }), onProgress)
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
    const replies = await this.runChunks(lines, (chunk, id) => ({ id, kind: 'lines', lines: chunk }), onProgress)
    return {
      rows: replies.flatMap((r) => r.rows as (PreparedRow & { lineNo: number })[]),
      errors: replies.flatMap((r) => r.errors),
    }
  }

  /** Stops the threads (a job still running is abandoned). */
  async close(): Promise<void> {
    this.fail(new Error('the record preparation pool is closed'))
    await Promise.all(this.workers.map((w) => w.terminate()))
  }

  private async runChunks<T>(
    items: readonly T[],
    job: (chunk: T[], id: number) => PrepareJob,
    onProgress?: (done: number, total: number) => void,
  ): Promise<Extract<Reply, { rows: unknown }>[]> {
    let done = 0
    const jobs: Promise<Extract<Reply, { rows: unknown }>>[] = []
    for (let start = 0; start < items.length; start += PREPARE_CHUNK) {
      const chunk = items.slice(start, start + PREPARE_CHUNK)
      jobs.push(
        this.run(job(chunk, this.nextId++)).then((reply) => {
          done += chunk.length
          onProgress?.(done, items.length)
          return reply
        }),
      )
    }
    return Promise.all(jobs)
  }

  private run(job: PrepareJob): Promise<Extract<Reply, { rows: unknown }>> {
    return new Promise((resolve, reject) => {
      if (this.broken !== undefined) {
        reject(this.broken)
        return
      }
      this.waiting.push({ job, pending: { resolve, reject } })
      this.dispatch()
    })
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop() as Worker
      const { job, pending } = this.waiting.shift() as { job: PrepareJob; pending: Pending }
      this.inFlight.set(worker, pending)
      worker.postMessage(job)
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    const pending = this.inFlight.get(worker)
    this.inFlight.delete(worker)
    this.idle.push(worker)
    if (pending !== undefined) {
      if ('failure' in reply) pending.reject(new Error(`preparing records failed: ${reply.failure}`))
      else pending.resolve(reply)
    }
    this.dispatch()
  }

  private fail(err: Error): void {
    this.broken ??= err
    for (const pending of this.inFlight.values()) pending.reject(err)
    this.inFlight.clear()
    for (const { pending } of this.waiting.splice(0)) pending.reject(err)
  }
}

/** One thread per core, at most MAX_PREPARE_THREADS. */
export function defaultPrepareThreads(): number {
  return Math.max(1, Math.min(MAX_PREPARE_THREADS, availableParallelism()))
}

/**
 * The worker's module: the sibling prepareWorker.js of the built code, or,
 * from sources run by vitest, the build output (`npm test` builds first).
 */
function workerScript(): string {
  const sibling = fileURLToPath(new URL('./prepareWorker.js', import.meta.url))
  if (existsSync(sibling)) return sibling
  const built = join(projectRoot(), 'dist', 'src', 'records', 'prepareWorker.js')
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first`)
  return built
}
