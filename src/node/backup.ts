import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { AuditLog } from '../audit/auditLog.js'
import { type Db, openDatabase, storedAs } from '../records/database.js'
import { OperationError, UsageError } from '../util/errors.js'
import { loadNodeSecret, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../util/privateFiles.js'
import { loadNodeConfig, NODE_FILES, type NodeConfig } from './config.js'

/**
 * Backups (`mrn backup`, `mrn restore`; docs/operations.md).
 *
 * A backup is one SQLite file: a consistent online snapshot of the node
 * database taken with `VACUUM INTO` (SQLite's snapshot copy; its backup API
 * refuses an encrypted source with SQLite3 Multiple Ciphers), so it is
 * encrypted exactly as the node is, with the same passphrase. A table of its
 * own, `mrn_backup`, adds what a lost disk takes with it: node.yaml, the node
 * key and secret, policy.yaml, federation.yaml and the latest co-signed
 * checkpoint. The snapshot is written beside the target and renamed into
 * place, so a failed backup leaves no half file under the target's name.
 *
 * A restore writes those files and the database back, and marks the
 * database "restore pending": the next `mrn start`, before it answers
 * anything, asks its witnesses where its log ended and continues from there
 * (AuditDuties.completeRestore), recording what was lost.
 */

export const BACKUP_FORMAT = 'mrn-backup/1'
const MANIFEST_TABLE = 'mrn_backup'
/** node_meta key: set by a restore, cleared when the node has reconciled its log with its witnesses. */
export const RESTORE_PENDING_KEY = 'restore_pending'

/** The node files a backup carries, by role, and where each lives in a node directory. */
const FILE_ROLES = ['config', 'key', 'secret', 'policy', 'federation'] as const
type FileRole = (typeof FILE_ROLES)[number]

function filePath(config: NodeConfig, role: FileRole): string {
  if (role === 'config') return join(config.dir, NODE_FILES.config)
  return config.paths[role]
}

export interface BackupSummary {
  country: string
  file: string
  takenAtMs: number
  records: number
  auditSize: number
  /** The size of the latest checkpoint a witness co-signed (0: none). */
  cosignedSize: number
  encrypted: boolean
}

/** What `mrn start` needs to finish a restore. */
export interface PendingRestore {
  /** The log's size in the backup: entries from here on were lost, up to where the witnesses say it ended. */
  backupSize: number
  takenAtMs: number
}

/**
 * Takes a consistent snapshot of a node's database (running or not) into
 * `out`, with the node's files, and audits it in the live log (admin_action
 * backup_taken, with the snapshot's log size). Refuses to overwrite a file.
 */
export function takeBackup(dir: string, out: string, passphrase: string | undefined, nowMs: number): BackupSummary {
  const config = loadNodeConfig(resolve(dir))
  const target = resolve(out)
  if (existsSync(target))
    throw new UsageError(`--out ${out}: the file exists; choose a new name (backups are never overwritten)`)
  if (!existsSync(dirname(target)))
    throw new UsageError(`--out ${out}: the directory ${dirname(target)} does not exist`)
  const files = new Map<FileRole, Buffer>()
  for (const role of FILE_ROLES) {
    const path = filePath(config, role)
    try {
      files.set(role, readFileSync(path))
    } catch (err) {
      throw new OperationError(`${path}: cannot read it for the backup: ${(err as NodeJS.ErrnoException).code ?? err}`)
    }
  }
  const db = openDatabase(config.paths.database, { mustExist: true, passphrase })
  const partial = `${target}.partial-${process.pid}`
  try {
    // The snapshot is one read transaction: the log size and checkpoint read here are the copy's.
    vacuumInto(db, partial)
    const copy = openDatabase(partial, { mustExist: true, passphrase })
    let summary: Omit<BackupSummary, 'file' | 'encrypted'>
    try {
      const audit = new AuditLog(copy, loadNodeSecret(config.paths.secret))
      const cosignedSize = audit.cosignedSize()
      const cosignedNote = audit.checkpoints().find((c) => c.size === cosignedSize)?.note ?? ''
      summary = {
        country: config.country,
        takenAtMs: nowMs,
        records: copy.prepare('SELECT count(*) FROM records').pluck().get() as number,
        auditSize: audit.size(),
        cosignedSize,
      }
      copy.exec(`CREATE TABLE ${MANIFEST_TABLE} (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT`)
      const put = copy.prepare(`INSERT INTO ${MANIFEST_TABLE} (name, value) VALUES (?, ?)`)
      copy
        .transaction(() => {
          put.run('format', Buffer.from(BACKUP_FORMAT))
          put.run('taken_at_ms', Buffer.from(String(nowMs)))
          put.run('audit_size', Buffer.from(String(summary.auditSize)))
          put.run('cosigned_note', Buffer.from(cosignedNote))
          for (const [role, bytes] of files) put.run(`file:${role}`, bytes)
        })
        .immediate()
      copy.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      copy.close()
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true })
    renameSync(partial, target)
    new AuditLog(db, loadNodeSecret(config.paths.secret)).append(
      { kind: 'admin_action', action: 'backup_taken', size: summary.auditSize },
      nowMs,
    )
    return { ...summary, file: target, encrypted: storedAs(target) === 'encrypted' }
  } catch (err) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true })
    if (err instanceof UsageError || err instanceof OperationError) throw err
    throw new OperationError(`backup to ${out} failed: ${(err as Error).message}`)
  } finally {
    db.close()
  }
}

export interface RestoreSummary {
  country: string
  dir: string
  takenAtMs: number
  auditSize: number
  cosignedSize: number
}

/**
 * Writes a node directory back from a backup: its files, and its database
 * marked "restore pending". Refuses a directory that holds a node (move it
 * aside first: nothing is overwritten), a file that is not an mrn backup, and
 * a wrong passphrase.
 */
export function restoreBackup(from: string, dir: string, passphrase: string | undefined): RestoreSummary {
  const source = resolve(from)
  const target = resolve(dir)
  if (!existsSync(source)) throw new UsageError(`--from ${from}: no such file`)
  if (existsSync(join(target, NODE_FILES.config)) || existsSync(join(target, NODE_FILES.database))) {
    throw new UsageError(
      `--dir ${dir}: already holds a node (node.yaml or node.db): move it aside, or restore into an empty directory; nothing was changed`,
    )
  }
  let backup: Db
  try {
    backup = openDatabase(source, { mustExist: true, readonly: true, passphrase })
  } catch (err) {
    throw new OperationError(`--from ${from}: ${(err as Error).message.replace(`${source}: `, '')}`)
  }
  const manifest = new Map<string, Buffer>()
  try {
    const rows = backup.prepare(`SELECT name, value FROM ${MANIFEST_TABLE}`).all() as { name: string; value: Buffer }[]
    for (const r of rows) manifest.set(r.name, r.value)
  } catch {
    backup.close()
    throw new OperationError(`--from ${from}: not an mrn backup (no ${MANIFEST_TABLE} table)`)
  }
  const format = manifest.get('format')?.toString()
  if (format !== BACKUP_FORMAT) {
    backup.close()
    throw new OperationError(`--from ${from}: backup format "${format ?? 'none'}" is not ${BACKUP_FORMAT}`)
  }
  const missing = FILE_ROLES.filter((r) => !manifest.has(`file:${r}`))
  if (missing.length > 0) {
    backup.close()
    throw new OperationError(`--from ${from}: the backup lacks ${missing.join(', ')}`)
  }
  mkdirSync(target, { recursive: true, mode: PRIVATE_DIR_MODE })
  chmodSync(target, PRIVATE_DIR_MODE)
  const written: string[] = []
  try {
    const write = (path: string, bytes: Buffer): void => {
      mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR_MODE })
      writeFileSync(path, bytes, { mode: PRIVATE_FILE_MODE, flag: 'wx' })
      written.push(path)
    }
    write(join(target, NODE_FILES.config), manifest.get('file:config') as Buffer)
    const config = loadNodeConfig(target)
    if (existsSync(config.paths.database)) {
      throw new UsageError(`${config.paths.database}: a database is already there; move it aside first`)
    }
    for (const role of FILE_ROLES)
      if (role !== 'config') write(filePath(config, role), manifest.get(`file:${role}`) as Buffer)
    const cosigned = manifest.get('cosigned_note') as Buffer
    if (cosigned.length > 0) write(config.paths.cosigned, cosigned)
    const partial = `${config.paths.database}.partial-${process.pid}`
    written.push(partial)
    vacuumInto(backup, partial)
    const takenAtMs = Number(manifest.get('taken_at_ms')?.toString())
    const auditSize = Number(manifest.get('audit_size')?.toString())
    const db = openDatabase(partial, { mustExist: true, passphrase })
    let cosignedSize: number
    try {
      cosignedSize = new AuditLog(db, loadNodeSecret(config.paths.secret)).cosignedSize()
      const pending: PendingRestore = { backupSize: auditSize, takenAtMs }
      db.transaction(() => {
        db.exec(`DROP TABLE ${MANIFEST_TABLE}`)
        db.prepare('INSERT OR REPLACE INTO node_meta (key, value) VALUES (?, ?)').run(
          RESTORE_PENDING_KEY,
          JSON.stringify(pending),
        )
      }).immediate()
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      db.close()
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true })
    renameSync(partial, config.paths.database)
    return { country: config.country, dir: target, takenAtMs, auditSize, cosignedSize }
  } catch (err) {
    for (const path of written) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
    if (err instanceof UsageError || err instanceof OperationError) throw err
    throw new OperationError(`restore from ${from} failed: ${(err as Error).message}`)
  } finally {
    backup.close()
  }
}

/** `VACUUM INTO path`, the file created owner-only from its first byte (records, in clear without a passphrase). */
function vacuumInto(db: Db, path: string): void {
  const umask = process.umask(0o077)
  try {
    db.prepare('VACUUM INTO ?').run(path)
  } finally {
    process.umask(umask)
  }
  chmodSync(path, PRIVATE_FILE_MODE)
}

/** The restore a database still has to finish with its witnesses, if any. */
export function pendingRestore(db: Db): PendingRestore | undefined {
  const value = db.prepare('SELECT value FROM node_meta WHERE key = ?').pluck().get(RESTORE_PENDING_KEY) as
    | string
    | undefined
  return value === undefined ? undefined : (JSON.parse(value) as PendingRestore)
}

/** Clears the mark, in the caller's transaction (the one that records the restore in the log). */
export function clearPendingRestore(db: Db): void {
  db.prepare('DELETE FROM node_meta WHERE key = ?').run(RESTORE_PENDING_KEY)
}
