import type { Db } from './database.js'

export interface LimitCheck {
  /** Counter key, e.g. "peer-day:ITA:dublin-art34". */
  key: string
  windowMs: number
  limit: number
}

/**
 * Persisted fixed-window counters for policy limits: they survive restarts,
 * so a quota cannot be reset by restarting the node.
 */
export class PolicyCounters {
  private readonly db: Db
  private readonly stmts

  constructor(db: Db) {
    this.db = db
    this.stmts = {
      get: db.prepare('SELECT count FROM policy_counters WHERE key = ? AND window_start_ms = ?').pluck(),
      add: db.prepare(
        `INSERT INTO policy_counters (key, window_start_ms, count) VALUES (?, ?, 1)
         ON CONFLICT(key, window_start_ms) DO UPDATE SET count = count + 1`,
      ),
      purge: db.prepare('DELETE FROM policy_counters WHERE window_start_ms < ?'),
    }
  }

  /** The first check whose window is already full, or undefined; counts nothing. */
  exceeded(checks: readonly LimitCheck[], nowMs: number): LimitCheck | undefined {
    return checks.find(
      (c) => ((this.stmts.get.get(c.key, windowStart(nowMs, c.windowMs)) as number | undefined) ?? 0) >= c.limit,
    )
  }

  /** Counts one query against every check (call inside the query's transaction). */
  count(checks: readonly LimitCheck[], nowMs: number): void {
    this.db
      .transaction(() => {
        for (const c of checks) this.stmts.add.run(c.key, windowStart(nowMs, c.windowMs))
      })
      .immediate()
  }

  /** Drops windows older than `beforeMs`. */
  purge(beforeMs: number): number {
    return this.stmts.purge.run(beforeMs).changes
  }
}

function windowStart(nowMs: number, windowMs: number): number {
  return nowMs - (nowMs % windowMs)
}
