import { MATCH_KEYS_VERSION, WEIGHTS } from '../matching/matcher.js'
import { skeleton } from '../matching/nameKeys.js'
import type { Matcher, NameStatistics, PreparedSubject, QueryKey } from '../matching/types.js'
import type { PolicyRecord } from '../policy/decide.js'
import type { Db } from './database.js'
import { CHUNKS_AHEAD_PER_THREAD, PREPARE_CHUNK, type PreparePool, preparedInOrder } from './preparePool.js'
import { guardView, type MigrantRecord } from './schema.js'

/** Records between two progress reports of putMany. */
const PROGRESS_EVERY = 5_000
/** Records prepared again per transaction by refreshMatchKeys. */
const REFRESH_BATCH = 5_000

/** Most candidates an identify query scores; blocking keys keep most queries below this. */
export const MAX_CANDIDATES = 150
/**
 * Most rows read for one blocking key. A key that many records share (a
 * common name with a birth year, in a large registry) says little about who
 * is meant, weighs least in the ranking, and costs no more than this to read.
 */
export const MAX_ROWS_PER_KEY = 1000

/**
 * The most holders of one blocking key the matcher's name counts read (the
 * `p:` key of a name pair): 8,192 of a million records still say a name is
 * common, and a count stops there.
 */
const MAX_KEY_COUNT = 8192
/** Key counts kept between records changes; the cache starts again when it holds this many. */
const MAX_CACHED_KEY_COUNTS = 100_000

export interface Candidate {
  id: string
  prepared: PreparedSubject
}

/** What an update or a delete reads of the stored row: its match keys and its blocking keys (JSON). */
interface StoredKeys {
  prepared: string
  keys: string
}

/** A candidate with what the hard guards read, from the same row. */
export interface GuardedCandidate extends Candidate {
  guardView: PolicyRecord
}

/**
 * Records, their prepared match keys, blocking keys and name-token counts.
 * The only module with SQL for those tables, so that another backend can
 * implement the same methods.
 */
export class RecordStore {
  private readonly db: Db
  private readonly matcher: Matcher
  private readonly stmts
  private tokenCounts: Map<string, number> | undefined
  /** Records holding a blocking key, read as the matcher asks, kept as long as the token counts are. */
  private keyCounts = new Map<string, number>()
  /** The records version (node_meta) the cached token counts were read at. */
  private tokenCountsVersion: string | undefined
  /** PRAGMA data_version when the records version was last read: unchanged, nothing was committed since. */
  private seenDataVersion = -1
  private recordTotal = 0

  constructor(db: Db, matcher: Matcher) {
    this.db = db
    this.matcher = matcher
    this.stmts = {
      upsert: db.prepare(
        `INSERT INTO records (id, body, prepared, guard_view, keys, imported_at_ms) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET body = excluded.body, prepared = excluded.prepared,
           guard_view = excluded.guard_view, keys = excluded.keys, imported_at_ms = excluded.imported_at_ms`,
      ),
      deleteKey: db.prepare('DELETE FROM record_keys WHERE key = ? AND record_id = ?'),
      insertKey: db.prepare('INSERT OR IGNORE INTO record_keys (key, record_id) VALUES (?, ?)'),
      get: db.prepare('SELECT body FROM records WHERE id = ?').pluck(),
      getStored: db.prepare('SELECT prepared, keys FROM records WHERE id = ?'),
      count: db.prepare('SELECT count(*) FROM records').pluck(),
      delete: db.prepare('DELETE FROM records WHERE id = ?'),
      addToken: db.prepare(
        'INSERT INTO name_tokens (token, count) VALUES (?, ?) ON CONFLICT(token) DO UPDATE SET count = count + excluded.count',
      ),
      allTokens: db.prepare('SELECT token, count FROM name_tokens'),
      clearTokens: db.prepare('DELETE FROM name_tokens'),
      dataVersion: db.prepare('PRAGMA data_version').pluck(),
      recordsVersion: db.prepare("SELECT value FROM node_meta WHERE key = 'recordsVersion'").pluck(),
      bumpRecordsVersion: db.prepare(
        `INSERT INTO node_meta (key, value) VALUES ('recordsVersion', '1')
         ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
      ),
      keysVersion: db.prepare("SELECT value FROM node_meta WHERE key = 'matchKeysVersion'").pluck(),
      setKeysVersion: db.prepare("INSERT OR REPLACE INTO node_meta (key, value) VALUES ('matchKeysVersion', ?)"),
      batchAfter: db.prepare('SELECT id, body, prepared, keys FROM records WHERE id > ? ORDER BY id LIMIT ?'),
      setPrepared: db.prepare('UPDATE records SET prepared = ?, keys = ? WHERE id = ?'),
      keyRows: db.prepare('SELECT record_id FROM record_keys WHERE key = ? LIMIT ?').pluck(),
      keyHolders: db.prepare('SELECT count(*) FROM (SELECT 1 FROM record_keys WHERE key = ? LIMIT ?)').pluck(),
      candidateRows: db.prepare(
        'SELECT id, prepared, guard_view FROM records WHERE id IN (SELECT value FROM json_each(?))',
      ),
      scan: db.prepare('SELECT id, prepared FROM records'),
    }
  }

  /**
   * Inserts or replaces records with their keys and token counts in one
   * transaction: all or nothing. The match keys, guard views and JSON are
   * computed before the transaction, so the write lock is held only for the
   * SQL (a node answering queries meanwhile waits less). Blocking keys go
   * through a temporary table and into the key index in SQLite's own sort
   * order, batch by batch, which keeps a bulk import's index writes local;
   * token counts are summed first and written once per token.
   */
  putMany(
    records: readonly MigrantRecord[],
    nowMs: number,
    onProgress?: (progress: { phase: 'preparing' | 'writing'; done: number; total: number }) => void,
  ): { inserted: number; updated: number } {
    const total = records.length
    const report = (phase: 'preparing' | 'writing', done: number): void => {
      if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) onProgress({ phase, done, total })
    }
    const rows = records.map((record, i) => {
      report('preparing', i + 1)
      return prepareRow(this.matcher, record)
    })
    return this.writeRows(rows, nowMs, (done) => report('writing', done))
  }

  /**
   * putMany, with the preparation on `pool`'s worker threads when this
   * store's matcher keys records as theirs do (the default matcher's
   * version), else on this thread. The write is the same one transaction,
   * opened at once: each chunk of PREPARE_CHUNK records is written as soon
   * as it is prepared, while the threads prepare the next ones. The write
   * lock is therefore held while records are prepared too: for a store no
   * node answers from meanwhile (a simulation's nodes before they start, a
   * benchmark; `mrn import` decides for itself, importer.ts).
   */
  async putManyAsync(
    records: readonly MigrantRecord[],
    nowMs: number,
    pool: PreparePool | undefined,
  ): Promise<{ inserted: number; updated: number }> {
    if (pool === undefined || !this.preparesLikeWorkers()) return this.putMany(records, nowMs)
    const chunks: MigrantRecord[][] = []
    for (let i = 0; i < records.length; i += PREPARE_CHUNK) chunks.push(records.slice(i, i + PREPARE_CHUNK))
    const writer = this.beginWrite(nowMs)
    try {
      await preparedInOrder(
        chunks,
        (chunk) => pool.prepareRecords(chunk),
        () => CHUNKS_AHEAD_PER_THREAD * pool.threads,
        (rows) => writer.write(rows),
      )
    } catch (err) {
      writer.rollback()
      throw err
    }
    return writer.commit()
  }

  /** Whether rows prepared by worker threads (the default matcher) are what this store's matcher would write. */
  preparesLikeWorkers(): boolean {
    return this.matcher.keysVersion === MATCH_KEYS_VERSION
  }

  /** A record as this store's matcher prepares it for writeRows. */
  prepareRow(record: MigrantRecord): PreparedRow {
    return prepareRow(this.matcher, record)
  }

  /** putMany's transaction, for rows prepared by prepareRow (here or in a worker thread). */
  writeRows(
    rows: readonly PreparedRow[],
    nowMs: number,
    onWritten?: (done: number) => void,
  ): { inserted: number; updated: number } {
    const writer = this.beginWrite(nowMs)
    try {
      writer.write(rows, onWritten)
    } catch (err) {
      writer.rollback()
      throw err
    }
    return writer.commit()
  }

  /**
   * Opens putMany's transaction (BEGIN IMMEDIATE: the write lock is held from
   * here) for rows written as they come, batch after batch, until commit or
   * rollback: an import can write one chunk while the next is prepared, and
   * still be all or nothing. Nothing else may use this connection meanwhile.
   * A write that throws leaves the transaction open for the caller's
   * rollback.
   */
  beginWrite(nowMs: number): RowWriter {
    this.db.exec('BEGIN IMMEDIATE')
    let finished = false
    let updated = 0
    let written = 0
    const finish = (sql: string): void => {
      if (finished) throw new Error('this write is already committed or rolled back')
      finished = true
      this.tokenCounts = undefined
      try {
        this.db.exec(sql)
      } catch (err) {
        // A COMMIT that failed and left the transaction open (SQLite undoes most failures itself).
        if (this.db.inTransaction) this.db.exec('ROLLBACK')
        throw err
      }
    }
    try {
      // Into an empty store, the keys are all of this matcher's version: nothing to prepare again at start.
      const empty = this.count() === 0
      if (this.stmts.keysVersion.get() === undefined && empty) {
        this.stmts.setKeysVersion.run(String(this.matcher.keysVersion))
      }
      const { addTokens, writeTokens } = this.tokenDeltas()
      this.db.exec(IMPORT_KEYS_TABLE)
      const stageKeys = this.db.prepare(
        `INSERT INTO temp.import_keys (key, record_id) VALUES ${Array(KEY_ROWS_PER_INSERT).fill('(?, ?)').join(', ')}`,
      )
      const stageKey = this.db.prepare('INSERT INTO temp.import_keys (key, record_id) VALUES (?, ?)')
      let staged: string[] = []
      const flush = (): void => {
        for (let i = 0; i < staged.length; i += 2) stageKey.run(staged[i], staged[i + 1])
        staged = []
        this.db.exec(
          'INSERT OR IGNORE INTO record_keys (key, record_id) SELECT key, record_id FROM temp.import_keys ORDER BY key, record_id; DELETE FROM temp.import_keys',
        )
      }
      // An id listed twice in these rows: its first keys must be in the index before they are replaced.
      // Into an empty store, no other record can have been stored before.
      const listed = new Set<string>()
      return {
        write: (rows, onWritten) => {
          if (finished) throw new Error('this write is already committed or rolled back')
          let done = 0
          for (const row of rows) {
            written++
            onWritten?.(++done)
            const again = listed.has(row.id)
            if (again) flush()
            listed.add(row.id)
            const old = empty && !again ? undefined : (this.stmts.getStored.get(row.id) as StoredKeys | undefined)
            if (old !== undefined) {
              updated++
              addTokens(skeletonsOf(JSON.parse(old.prepared) as PreparedSubject), -1)
              this.deleteKeys(row.id, old)
            }
            this.stmts.upsert.run(row.id, row.body, row.prepared, row.guardView, JSON.stringify(row.keys), nowMs)
            addTokens(row.tokens, 1)
            for (const key of row.keys) staged.push(key, row.id)
            if (staged.length >= KEY_ROWS_PER_INSERT * 2) stageKeys.run(staged.splice(0, KEY_ROWS_PER_INSERT * 2))
            if (written % WRITE_BATCH === 0) flush()
          }
        },
        commit: () => {
          if (finished) throw new Error('this write is already committed or rolled back')
          try {
            flush()
            writeTokens()
            this.stmts.bumpRecordsVersion.run()
          } catch (err) {
            finish('ROLLBACK')
            throw err
          }
          finish('COMMIT')
          return { inserted: written - updated, updated }
        },
        rollback: () => {
          if (!finished) finish('ROLLBACK')
        },
      }
    } catch (err) {
      finish('ROLLBACK')
      throw err
    }
  }

  /**
   * Prepares every record again when the stored match keys are of another
   * matcher version than this one (or of none recorded): new match keys and
   * blocking keys, batch by batch, each batch its own transaction (queries and
   * imports get the lock between them). Only what changed is written: a
   * record whose keys are the same is left as it is, and of another's
   * blocking keys only those gone or new. The name-token counts are then
   * counted again from every record, in the transaction that records the
   * version: they are keyed by token skeleton, and a new version may skeleton
   * an unchanged token otherwise, which no record-by-record update could undo.
   * An interrupted refresh starts again. Returns the number of records
   * prepared again.
   */
  refreshMatchKeys(onProgress?: (progress: { done: number; total: number }) => void): number {
    const version = String(this.matcher.keysVersion)
    if (this.stmts.keysVersion.get() === version) return 0
    const total = this.count()
    let done = 0
    let after = ''
    while (true) {
      // Read inside the batch's transaction: another process refreshing too sees what this one wrote.
      const batch = this.db
        .transaction(() => {
          const rows = this.stmts.batchAfter.all(after, REFRESH_BATCH) as (StoredKeys & { id: string; body: string })[]
          const gone: [string, string][] = []
          const added: [string, string][] = []
          for (const row of rows) {
            const prepared = this.matcher.prepare(JSON.parse(row.body) as MigrantRecord)
            const preparedJson = JSON.stringify(prepared)
            const keys = this.matcher.recordKeys(prepared)
            const keysJson = JSON.stringify(keys)
            if (preparedJson === row.prepared && keysJson === row.keys) continue
            const before = new Set(JSON.parse(row.keys) as string[])
            const now = new Set(keys)
            for (const key of before) if (!now.has(key)) gone.push([key, row.id])
            for (const key of now) if (!before.has(key)) added.push([key, row.id])
            this.stmts.setPrepared.run(preparedJson, keysJson, row.id)
          }
          // In key order: neighbouring rows of the key table, page after page.
          for (const [key, id] of gone.sort(byKeyThenId)) this.stmts.deleteKey.run(key, id)
          for (const [key, id] of added.sort(byKeyThenId)) this.stmts.insertKey.run(key, id)
          this.stmts.bumpRecordsVersion.run()
          return rows
        })
        .immediate()
      if (batch.length === 0) break
      done += batch.length
      after = (batch[batch.length - 1] as { id: string }).id
      onProgress?.({ done, total })
    }
    this.db
      .transaction(() => {
        const counts = new Map<string, number>()
        for (const { prepared } of this.scan()) {
          for (const t of skeletonsOf(prepared)) counts.set(t, (counts.get(t) ?? 0) + 1)
        }
        this.stmts.clearTokens.run()
        for (const [token, count] of counts) this.stmts.addToken.run(token, count)
        this.stmts.setKeysVersion.run(version)
        this.stmts.bumpRecordsVersion.run()
      })
      .immediate()
    this.tokenCounts = undefined
    return done
  }

  get(id: string): MigrantRecord | undefined {
    const body = this.stmts.get.get(id) as string | undefined
    return body === undefined ? undefined : (JSON.parse(body) as MigrantRecord)
  }

  /** Deletes a record with its keys and token counts. */
  delete(id: string): boolean {
    return this.db
      .transaction(() => {
        const old = this.stmts.getStored.get(id) as StoredKeys | undefined
        if (old === undefined) return false
        this.countTokens(JSON.parse(old.prepared) as PreparedSubject, -1)
        this.deleteKeys(id, old)
        this.stmts.delete.run(id)
        this.stmts.bumpRecordsVersion.run()
        this.tokenCounts = undefined
        return true
      })
      .immediate()
  }

  count(): number {
    return this.stmts.count.get() as number
  }

  /**
   * Records sharing blocking keys with a query, at most MAX_CANDIDATES, best
   * first, each with its guard view: one read per candidate, whatever the
   * guards will decide. A record ranks by the keys it shares, each weighing
   * w / log2(2 + records holding it), so one rare key (a name with a full
   * date of birth) outranks several a thousand namesakes share; w is the
   * key's own weight (QueryKey: less for a neighbouring birth year), 1 for a
   * key given as a string. Ties go by record id. At most MAX_ROWS_PER_KEY
   * rows are read for each key; a key given twice counts at its heaviest.
   */
  candidates(keys: readonly (string | QueryKey)[]): GuardedCandidate[] {
    const weights = new Map<string, number>()
    for (const k of keys) {
      const [key, weight] = typeof k === 'string' ? [k, 1] : [k.key, k.weight]
      weights.set(key, Math.max(weight, weights.get(key) ?? 0))
    }
    const rank = new Map<string, number>()
    for (const [key, keyWeight] of weights) {
      const ids = this.stmts.keyRows.all(key, MAX_ROWS_PER_KEY) as string[]
      const weight = keyWeight / Math.log2(2 + ids.length)
      for (const id of ids) rank.set(id, (rank.get(id) ?? 0) + weight)
    }
    if (rank.size === 0) return []
    const best = topRanked(rank, MAX_CANDIDATES)
    const rows = new Map(
      (
        this.stmts.candidateRows.all(JSON.stringify(best)) as { id: string; prepared: string; guard_view: string }[]
      ).map((r) => [r.id, r]),
    )
    return best.flatMap((id) => {
      const r = rows.get(id)
      if (r === undefined) return []
      return [
        {
          id,
          prepared: JSON.parse(r.prepared) as PreparedSubject,
          guardView: JSON.parse(r.guard_view) as PolicyRecord,
        },
      ]
    })
  }

  /** Every record's prepared keys (the naive baseline in benchmarks; never on the query path). */
  *scan(): Generator<Candidate> {
    for (const r of this.stmts.scan.iterate() as Iterable<{ id: string; prepared: string }>) {
      yield { id: r.id, prepared: JSON.parse(r.prepared) as PreparedSubject }
    }
  }

  /**
   * How common each name token is. Cached in memory and reloaded when another
   * connection (an `mrn import` while the node runs) has changed the records:
   * every write of records bumps a records version, read again only when
   * another connection has committed anything (a scoring thread sees the
   * node's every answer committed, and those leave the records alone).
   */
  nameStatistics(): NameStatistics {
    const dataVersion = this.stmts.dataVersion.get() as number
    if (this.tokenCounts === undefined || dataVersion !== this.seenDataVersion) {
      this.seenDataVersion = dataVersion
      const version = (this.stmts.recordsVersion.get() as string | undefined) ?? '0'
      if (this.tokenCounts === undefined || version !== this.tokenCountsVersion) {
        const counts = new Map<string, number>()
        for (const row of this.stmts.allTokens.iterate() as Iterable<{ token: string; count: number }>) {
          counts.set(row.token, row.count)
        }
        this.tokenCounts = counts
        this.keyCounts = new Map()
        this.tokenCountsVersion = version
        this.recordTotal = Math.max(1, this.count())
      }
    }
    const counts = this.tokenCounts
    const total = this.recordTotal
    const { defaultTokenFrequency: f0, priorRecords: k } = WEIGHTS
    const keyCounts = this.keyCounts
    return {
      frequency: (token) => ((counts.get(skeleton(token)) ?? 0) + k * f0) / (total + k),
      records: total,
      keyCount: (key) => {
        let n = keyCounts.get(key)
        if (n === undefined) {
          if (keyCounts.size >= MAX_CACHED_KEY_COUNTS) keyCounts.clear()
          n = this.stmts.keyHolders.get(key, MAX_KEY_COUNT) as number
          keyCounts.set(key, n)
        }
        return n
      },
    }
  }

  /** Name-token count changes summed over a batch, then written once per token (inside the caller's transaction). */
  private tokenDeltas(): { addTokens: (skeletons: Iterable<string>, delta: number) => void; writeTokens: () => void } {
    const deltas = new Map<string, number>()
    return {
      addTokens: (skeletons, delta) => {
        for (const t of skeletons) deltas.set(t, (deltas.get(t) ?? 0) + delta)
      },
      writeTokens: () => {
        for (const [token, delta] of deltas) if (delta !== 0) this.stmts.addToken.run(token, delta)
      },
    }
  }

  /** Removes the blocking keys a record was stored with (its own list: no index by record needed). */
  private deleteKeys(id: string, stored: StoredKeys): void {
    for (const key of JSON.parse(stored.keys) as string[]) this.stmts.deleteKey.run(key, id)
  }

  private countTokens(prepared: PreparedSubject, delta: number): void {
    for (const t of skeletonsOf(prepared)) this.stmts.addToken.run(t, delta)
  }
}

/** An open putMany transaction (RecordStore.beginWrite). */
export interface RowWriter {
  /** Writes rows (inside the transaction); `onWritten` counts this call's rows. */
  write(rows: readonly PreparedRow[], onWritten?: (done: number) => void): void
  /** Sorts the last keys in, writes the token counts and commits: records inserted and updated. */
  commit(): { inserted: number; updated: number }
  /** Undoes every row written (nothing of the import stays); does nothing once committed or rolled back. */
  rollback(): void
}

/** A record as the store writes it: its JSON, match keys, guard view, blocking keys and name-token skeletons. */
export interface PreparedRow {
  id: string
  body: string
  /** The prepared match keys (JSON). */
  prepared: string
  /** What the hard guards read (JSON). */
  guardView: string
  keys: string[]
  tokens: string[]
}

/** What putMany computes of a record before its transaction: no I/O, so a worker thread can do it too. */
export function prepareRow(matcher: Matcher, record: MigrantRecord): PreparedRow {
  const prepared = matcher.prepare(record)
  return {
    id: record.id,
    body: JSON.stringify(record),
    prepared: JSON.stringify(prepared),
    guardView: JSON.stringify(guardView(record)),
    keys: matcher.recordKeys(prepared),
    tokens: [...skeletonsOf(prepared)],
  }
}

/** Records written per batch of putMany (their blocking keys sorted into the index together). */
const WRITE_BATCH = 50_000
/** Blocking keys staged per INSERT statement. */
const KEY_ROWS_PER_INSERT = 64
/**
 * Where a batch's blocking keys wait to be sorted into the index. Temporary
 * tables live in memory (database.ts sets temp_store), so no key reaches a
 * temporary file in clear.
 */
const IMPORT_KEYS_TABLE =
  'CREATE TEMP TABLE IF NOT EXISTS import_keys (key TEXT NOT NULL, record_id TEXT NOT NULL); DELETE FROM temp.import_keys'

/**
 * The `limit` best-ranked ids, highest rank first, ties by id: what sorting
 * every entry would give, without sorting thousands of them (a common name
 * in a million records) through a comparator. The limit-th highest rank is
 * found in a native numeric sort; the ids above it are sorted by rank, and
 * those at it (often a thousand namesakes alike) by id alone.
 */
export function topRanked(rank: ReadonlyMap<string, number>, limit: number): string[] {
  const byRank = (a: [string, number], b: [string, number]): number => b[1] - a[1] || codeUnitOrder(a[0], b[0])
  if (rank.size <= limit) return [...rank].sort(byRank).map(([id]) => id)
  const threshold = Float64Array.from(rank.values()).sort()[rank.size - limit] as number
  const above: [string, number][] = []
  const at: string[] = []
  for (const entry of rank) {
    if (entry[1] > threshold) above.push(entry)
    else if (entry[1] === threshold) at.push(entry[0])
  }
  // Default sort orders strings by UTF-16 code units, as the comparator's < does.
  return [...above.sort(byRank).map(([id]) => id), ...at.sort().slice(0, limit - above.length)]
}

/** Two strings by UTF-16 code units, the order a default sort gives. */
function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Blocking-key rows (key, record id) in the key table's order. */
function byKeyThenId(a: [string, string], b: [string, string]): number {
  return codeUnitOrder(a[0], b[0]) || codeUnitOrder(a[1], b[1])
}

/** The distinct token skeletons of a record: counted per skeleton, so every spelling and script of a name adds to one count. */
function skeletonsOf(prepared: PreparedSubject): Set<string> {
  return new Set(prepared.names.flatMap((n) => n.tokens.map((t) => skeleton(t))))
}
