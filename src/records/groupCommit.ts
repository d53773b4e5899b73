import type { Db } from './database.js'

interface Pending {
  work: () => unknown
  resolve: (value: unknown) => void
  reject: (err: unknown) => void
}

/** Largest batch one commit takes; more wait for the next. */
export const DEFAULT_MAX_BATCH = 128

/**
 * Group commit: work queued in the same turn of the event loop runs in one
 * SQLite transaction, so one fsync makes a whole batch durable, and each
 * caller's promise settles only after that commit. Each piece of work runs in
 * its own savepoint: one that throws rolls back alone and rejects alone.
 */
export class GroupCommit {
  private readonly db: Db
  private readonly maxBatch: number
  private queue: Pending[] = []
  private scheduled = false

  constructor(db: Db, maxBatch = DEFAULT_MAX_BATCH) {
    this.db = db
    this.maxBatch = maxBatch
  }

  /** Runs `work` inside the next batch's transaction; resolves once that transaction is committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
      if (!this.scheduled) {
        this.scheduled = true
        setImmediate(() => this.flush())
      }
    })
  }

  private flush(): void {
    const batch = this.queue.splice(0, this.maxBatch)
    this.scheduled = false
    if (this.queue.length > 0) {
      this.scheduled = true
      setImmediate(() => this.flush())
    }
    const results: { ok: boolean; value: unknown }[] = []
    try {
      this.db
        .transaction(() => {
          for (const p of batch) {
            try {
              results.push({ ok: true, value: this.db.transaction(p.work)() })
            } catch (err) {
              results.push({ ok: false, value: err })
            }
          }
        })
        .immediate()
    } catch (err) {
      // The commit itself failed: nothing in the batch is durable.
      for (const p of batch) p.reject(err)
      return
    }
    batch.forEach((p, i) => {
      const r = results[i] as { ok: boolean; value: unknown }
      if (r.ok) p.resolve(r.value)
      else p.reject(r.value)
    })
  }
}
