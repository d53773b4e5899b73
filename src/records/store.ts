import type { Matcher } from '../matching/types.js'
import type { Db } from './database.js'
import type { MigrantRecord } from './schema.js'

/** Most candidates an identify query scores; blocking keys keep real queries far below this. */
export const MAX_CANDIDATES = 500

/**
 * Records and their blocking keys. The only module with SQL for those tables,
 * so that another backend can implement the same methods.
 */
export class RecordStore {
  private readonly db: Db
  private readonly matcher: Matcher
  private readonly stmts

  constructor(db: Db, matcher: Matcher) {
    this.db = db
    this.matcher = matcher
    this.stmts = {
      upsert: db.prepare(
        `INSERT INTO records (id, body, imported_at_ms) VALUES (?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET body = excluded.body, imported_at_ms = excluded.imported_at_ms`,
      ),
      deleteKeys: db.prepare('DELETE FROM record_keys WHERE record_id = ?'),
      insertKey: db.prepare('INSERT OR IGNORE INTO record_keys (key, record_id) VALUES (?, ?)'),
      get: db.prepare('SELECT body FROM records WHERE id = ?').pluck(),
      count: db.prepare('SELECT count(*) FROM records').pluck(),
      delete: db.prepare('DELETE FROM records WHERE id = ?'),
      candidates: db.prepare(
        `SELECT DISTINCT r.id, r.body FROM record_keys k JOIN records r ON r.id = k.record_id
         WHERE k.key IN (SELECT value FROM json_each(?)) LIMIT ?`,
      ),
    }
  }

  /** Inserts or replaces records and their keys in one transaction: all or nothing. */
  putMany(records: readonly MigrantRecord[], nowMs: number): { inserted: number; updated: number } {
    let updated = 0
    this.db.transaction(() => {
      for (const record of records) {
        if (this.stmts.get.get(record.id) !== undefined) updated++
        this.stmts.upsert.run(record.id, JSON.stringify(record), nowMs)
        this.stmts.deleteKeys.run(record.id)
        for (const key of this.matcher.recordKeys(record)) this.stmts.insertKey.run(key, record.id)
      }
    })()
    return { inserted: records.length - updated, updated }
  }

  get(id: string): MigrantRecord | undefined {
    const body = this.stmts.get.get(id) as string | undefined
    return body === undefined ? undefined : (JSON.parse(body) as MigrantRecord)
  }

  delete(id: string): boolean {
    return this.stmts.delete.run(id).changes > 0
  }

  count(): number {
    return this.stmts.count.get() as number
  }

  /** Records sharing at least one blocking key, at most MAX_CANDIDATES. */
  candidates(keys: readonly string[]): MigrantRecord[] {
    if (keys.length === 0) return []
    const rows = this.stmts.candidates.all(JSON.stringify(keys), MAX_CANDIDATES) as { id: string; body: string }[]
    return rows.map((r) => JSON.parse(r.body) as MigrantRecord)
  }
}
