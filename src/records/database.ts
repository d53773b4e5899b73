import { chmodSync, closeSync, existsSync, openSync, readSync, statSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3-multiple-ciphers'
import { OperationError } from '../util/errors.js'
import { PRIVATE_FILE_MODE } from '../util/privateFiles.js'
import { guardView, type MigrantRecord } from './schema.js'

export type Db = Database.Database

/**
 * Schema migrations, applied in order; PRAGMA user_version counts the applied
 * ones. Append only: never edit a migration that has shipped.
 */
const MIGRATIONS: readonly (string | ((db: Db) => void))[] = [
  `
  CREATE TABLE records (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,            -- the validated record as JSON
    imported_at_ms INTEGER NOT NULL
  ) STRICT;
  -- Blocking keys: a query looks these up instead of scanning records.
  CREATE TABLE record_keys (
    key TEXT NOT NULL,
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    PRIMARY KEY (key, record_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX record_keys_by_record ON record_keys(record_id);

  -- Request ids seen, kept until the request expires, so a replay is refused even after a restart.
  CREATE TABLE seen_requests (
    request_id BLOB PRIMARY KEY,
    requester TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX seen_requests_by_expiry ON seen_requests(expires_at_ms);

  -- Handles from identify hits, bound to requester, purpose and expiry.
  CREATE TABLE handles (
    handle BLOB PRIMARY KEY,
    record_id TEXT NOT NULL,
    requester TEXT NOT NULL,
    purpose TEXT NOT NULL,
    expires_at_ms INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX handles_by_expiry ON handles(expires_at_ms);

  -- Append-only audit log (no personal data in clear: see audit/auditLog.ts).
  CREATE TABLE audit_log (
    idx INTEGER PRIMARY KEY,       -- leaf index, from 0
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    entry TEXT NOT NULL            -- JSON
  ) STRICT;
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

  -- Local API bearer tokens, stored as SHA-256 of the token.
  CREATE TABLE api_tokens (
    token_hash BLOB PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    pseudonym TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL
  ) STRICT;
  `,
  // 2: prepared match keys stored with each record; name token counts for frequency weights.
  `
  ALTER TABLE records ADD COLUMN prepared TEXT NOT NULL DEFAULT '{"names":[],"nationalities":[],"documents":[]}';
  CREATE TABLE name_tokens (
    token TEXT PRIMARY KEY,        -- coarse skeleton of a name token (matching/nameKeys.ts)
    count INTEGER NOT NULL         -- records carrying it
  ) STRICT, WITHOUT ROWID;
  `,
  // 3: persisted counters for policy limits (per peer per day, per caseworker per hour, per purpose per day).
  `
  CREATE TABLE policy_counters (
    key TEXT NOT NULL,             -- e.g. "peer-day:ITA:dublin-art34"
    window_start_ms INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (key, window_start_ms)
  ) STRICT, WITHOUT ROWID;
  `,
  // 4: the audit log becomes a Merkle log (RFC 6962): canonical protobuf leaves,
  // stored subtree hashes, signed checkpoints and co-signatures. Entries written
  // before (development databases only) stay readable in audit_log_v1.
  `
  ALTER TABLE audit_log RENAME TO audit_log_v1;
  CREATE TABLE audit_entries (
    idx INTEGER PRIMARY KEY,       -- leaf index, from 0, no gaps
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    data BLOB NOT NULL             -- mrn.v1.AuditEntry, the leaf data
  ) STRICT;
  CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TABLE audit_hashes (
    level INTEGER NOT NULL,        -- subtree height
    idx INTEGER NOT NULL,          -- covers leaves [idx * 2^level, (idx + 1) * 2^level)
    hash BLOB NOT NULL,
    PRIMARY KEY (level, idx)
  ) STRICT, WITHOUT ROWID;
  CREATE TRIGGER audit_hashes_no_update BEFORE UPDATE ON audit_hashes
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_hashes_no_delete BEFORE DELETE ON audit_hashes
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TABLE audit_checkpoints (
    size INTEGER PRIMARY KEY,
    root BLOB NOT NULL,
    note TEXT NOT NULL,            -- C2SP signed note
    at_ms INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE audit_cosignatures (
    size INTEGER NOT NULL,
    witness TEXT NOT NULL,         -- witness key name
    line TEXT NOT NULL,            -- cosignature/v1 note signature line
    at_ms INTEGER NOT NULL,
    PRIMARY KEY (size, witness)
  ) STRICT;
  `,
  // 5: what this node, as a witness, last co-signed for each peer's log.
  `
  CREATE TABLE witnessed_logs (
    origin TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    root BLOB NOT NULL,
    note TEXT NOT NULL,
    at_ms INTEGER NOT NULL
  ) STRICT;
  `,
  // 6: openings of the audit leaves' commitments to local decisions (audit.proto, version 2
  // leaves): outside the Merkle log, which a requester can see, but as append-only as it.
  `
  CREATE TABLE audit_openings (
    idx INTEGER PRIMARY KEY,       -- the leaf whose local_commitment this opens
    salt BLOB NOT NULL,
    decisions BLOB NOT NULL        -- mrn.v1.LocalDecisions
  ) STRICT;
  CREATE TRIGGER audit_openings_no_update BEFORE UPDATE ON audit_openings
    BEGIN SELECT RAISE(ABORT, 'audit openings are append-only'); END;
  CREATE TRIGGER audit_openings_no_delete BEFORE DELETE ON audit_openings
    BEGIN SELECT RAISE(ABORT, 'audit openings are append-only'); END;
  `,
  // 7: each record's guard view (what the hard guards read) beside its match keys, so an
  // identify query evaluates the guards of every candidate it scores from the same row,
  // and a guarded match costs what an unmatched candidate costs.
  (db) => {
    db.exec(`ALTER TABLE records ADD COLUMN guard_view TEXT NOT NULL DEFAULT '{}'`)
    const update = db.prepare('UPDATE records SET guard_view = ? WHERE id = ?')
    for (const r of db.prepare('SELECT id, body FROM records').all() as { id: string; body: string }[]) {
      update.run(JSON.stringify(guardView(JSON.parse(r.body) as MigrantRecord)), r.id)
    }
  },
  // 8: handles this node received from peers, with what the outgoing guard needs to decide
  // again when a caseworker asks for details (the question's match keys, the protection
  // the caseworker declared). Kept until the handle expires.
  `
  CREATE TABLE sent_handles (
    handle BLOB PRIMARY KEY,
    country TEXT NOT NULL,         -- the peer that issued it
    subject TEXT NOT NULL,         -- the identify question's prepared match keys (JSON)
    declared TEXT NOT NULL,        -- protection the caseworker declared, JSON ProtectionFacts or null
    expires_at_ms INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX sent_handles_by_expiry ON sent_handles(expires_at_ms);
  `,
  // 9: who the database belongs to (node/storageCheck.ts): a node refuses another node's database.
  `
  CREATE TABLE node_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,
  // 10: the largest size each witness co-signed, looked up every few seconds.
  `
  CREATE INDEX audit_cosignatures_by_witness ON audit_cosignatures(witness, size);
  `,
  // 11: blocking keys without the by-record index and the foreign key, which were half of
  // an import's writes: each record lists its own keys (JSON array), so an update or a
  // delete removes exactly those, whatever the matcher of the day would compute.
  `
  ALTER TABLE records ADD COLUMN keys TEXT NOT NULL DEFAULT '[]';
  UPDATE records SET keys = (SELECT json_group_array(key) FROM record_keys WHERE record_id = records.id);
  CREATE TABLE record_keys_v11 (
    key TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (key, record_id)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO record_keys_v11 (key, record_id) SELECT key, record_id FROM record_keys ORDER BY key, record_id;
  DROP TABLE record_keys;
  ALTER TABLE record_keys_v11 RENAME TO record_keys;
  `,
  // 12: a handle from a \`possible\` hit releases details only with an identifier that agrees
  // with the record (policy confirmPossibleHits) and that the match had not already agreed on:
  // bit 1 a document, bit 2 a full date of birth; 0 for a strong hit. A wrong one spends the handle.
  `
  ALTER TABLE handles ADD COLUMN confirm_with INTEGER NOT NULL DEFAULT 0;
  `,
  // 13: restore from a backup (node/backup.ts, docs/operations.md). audit_gaps: entries a restore
  // lost, [from_idx, to_idx); the log continues at to_idx from the frontier of the checkpoint its
  // witnesses co-signed (stored in audit_hashes). witnessed_logs.frontier: the frontier of each
  // peer's last co-signed checkpoint (32-byte hashes, left to right), for that peer's restore.
  `
  CREATE TABLE audit_gaps (
    from_idx INTEGER PRIMARY KEY,
    to_idx INTEGER NOT NULL,
    at_ms INTEGER NOT NULL
  ) STRICT;
  CREATE TRIGGER audit_gaps_no_update BEFORE UPDATE ON audit_gaps
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_gaps_no_delete BEFORE DELETE ON audit_gaps
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  ALTER TABLE witnessed_logs ADD COLUMN frontier BLOB NOT NULL DEFAULT x'';
  `,
]

export interface OpenDatabaseOptions {
  readonly?: boolean
  mustExist?: boolean
  /**
   * Encrypts the whole file (SQLCipher 4 format: AES-256, PBKDF2-HMAC-SHA512
   * with a per-file salt, every page and the WAL): records, keys, handles and
   * the audit log. A new database is created encrypted; an existing one must
   * match (encrypted with this passphrase, or in clear without one).
   */
  passphrase?: string | undefined
}

/** Opens (creating if needed) the node database in WAL mode and applies pending migrations. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  const inMemory = path === ':memory:'
  if (!options.readonly && !inMemory) makePrivate(path, options.mustExist ?? false)
  if (options.mustExist && !inMemory) {
    if (!existsSync(path)) throw new OperationError(`${path}: the database is missing`)
    if (statSync(path).size === 0) throw new OperationError(`${path}: the database is empty (0 bytes)`)
  }
  const stored = inMemory ? 'new' : storedAs(path)
  const { passphrase } = options
  if (stored === 'clear' && passphrase !== undefined) {
    throw new OperationError(
      `${path}: the database is stored in clear but a passphrase is set; encrypt it with \`mrn passphrase change\`, or unset ${PASSPHRASE_NAMES}`,
    )
  }
  if (stored === 'encrypted' && passphrase === undefined) {
    throw new OperationError(`${path}: the database is encrypted; set ${PASSPHRASE_NAMES}`)
  }
  let db: Db
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.mustExist ?? false })
  } catch (err) {
    throw new OperationError(`${path}: cannot open database: ${(err as Error).message}`)
  }
  if (passphrase !== undefined) {
    db.pragma(`cipher = 'sqlcipher'`)
    db.pragma('legacy = 4')
    db.key(Buffer.from(passphrase, 'utf8'))
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get()
    } catch {
      db.close()
      throw new OperationError(`${path}: cannot decrypt the database: wrong passphrase (${PASSPHRASE_NAMES})?`)
    }
  }
  try {
    db.pragma('journal_mode = WAL')
    // FULL: a committed transaction (an audit entry above all) survives power loss, not just a crash.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // Writers wait their turn: every write transaction begins IMMEDIATE, and a writer waits up to
    // this long for another (an import holds the lock for its SQL, ~3.5 s per 100,000 records here).
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    // Up to 1 GiB of page cache (SQLite's default is 2 MiB), filled only as pages are read: a
    // million records' candidate rows and blocking keys stay in memory, which keeps lookups off
    // the disk (at 1M records, reading an identify question's 150 candidates took p50 2.2 ms
    // with 128 MiB, 1.1 ms with 1 GiB; BENCHMARKS.md) and spares an encrypted page's decryption.
    db.pragma('cache_size = -1048576')
    // Pages read through a memory map of the file (up to SQLite's 2 GiB bound), not a read() call and
    // a copy each: the first read of a page costs less, which is the tail of identify at 1M records
    // (BENCHMARKS.md). The map shares the operating system's file cache, so it is not memory of
    // its own. SQLite still writes through write(), and an encrypted database still reads and writes
    // only encrypted pages (the at-rest tests run with this). The price: a disk that fails under a
    // mapped read stops the process (SIGBUS) where a read() would have returned an error.
    db.pragma(`mmap_size = ${MMAP_BYTES}`)
    // Temporary tables and sorts in memory, never in a temporary file: they hold blocking keys (name
    // skeletons, dates of birth), and temporary files are not encrypted.
    db.pragma('temp_store = MEMORY')
    if (!options.readonly) migrate(db)
  } catch (err) {
    db.close()
    if (err instanceof OperationError) throw err
    throw new OperationError(`${path}: cannot use the database: ${(err as Error).message}`)
  }
  return db
}

export const BUSY_TIMEOUT_MS = 30_000

/**
 * SQLite's "database is locked" (SQLITE_BUSY, after waiting BUSY_TIMEOUT_MS
 * for another connection's write) as an error an operator can act on, or
 * undefined for any other error.
 */
export function busyDatabaseError(err: unknown): OperationError | undefined {
  const code = (err as { code?: unknown } | undefined)?.code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY')) return undefined
  return new OperationError(
    `node.db is busy: another process has held its write lock for more than ${BUSY_TIMEOUT_MS / 1000} s (an \`mrn import\` of a large file, or a node preparing its records' match keys again at start); try again when it has finished`,
  )
}
/** The most of a database file SQLite maps into memory (its compiled-in bound, 2 GiB less 64 KiB). */
const MMAP_BYTES = 0x7fff0000
const PASSPHRASE_NAMES = 'MRN_KEY_PASSPHRASE or MRN_KEY_PASSPHRASE_FILE'
const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1')

/** How a database file is stored, from its first bytes: a clear SQLite file starts with its magic string. */
export function storedAs(path: string): 'new' | 'clear' | 'encrypted' {
  if (!existsSync(path)) return 'new'
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length)
    const n = readSync(fd, head, 0, head.length, 0)
    if (n === 0) return 'new'
    return n === head.length && head.equals(SQLITE_HEADER) ? 'clear' : 'encrypted'
  } finally {
    closeSync(fd)
  }
}

/**
 * Changes the passphrase of a database, or encrypts one stored in clear
 * (`from` undefined), or decrypts one (`to` undefined). Outside WAL mode,
 * which SQLite3 Multiple Ciphers needs for re-keying; the database must not
 * be in use.
 */
export function rekeyDatabase(path: string, from: string | undefined, to: string | undefined): void {
  const db = openDatabase(path, { mustExist: true, passphrase: from })
  try {
    db.pragma('journal_mode = DELETE')
    if (from === undefined) {
      db.pragma(`cipher = 'sqlcipher'`)
      db.pragma('legacy = 4')
    }
    db.rekey(Buffer.from(to ?? '', 'utf8'))
    db.pragma('journal_mode = WAL')
  } finally {
    db.close()
  }
}

/**
 * The database holds the records: owner-only, whatever the umask. SQLite
 * creates its -wal and -shm files with the database file's mode, so a new
 * database is created empty at 0600 before SQLite opens it; an existing one
 * (and its -wal, -shm) is brought to 0600.
 */
function makePrivate(path: string, mustExist: boolean): void {
  if (!existsSync(path)) {
    if (mustExist) return // openDatabase reports it
    writeFileSync(path, '', { mode: PRIVATE_FILE_MODE, flag: 'wx' })
  }
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, PRIVATE_FILE_MODE)
  }
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new OperationError(
      `database schema version ${current} is newer than this program (${MIGRATIONS.length}); upgrade mrn`,
    )
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    const migration = MIGRATIONS[v] as string | ((db: Db) => void)
    db.transaction(() => {
      if (typeof migration === 'string') db.exec(migration)
      else migration(db)
      db.pragma(`user_version = ${v + 1}`)
    }).immediate()
  }
}
