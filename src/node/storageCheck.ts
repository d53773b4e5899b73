import { existsSync, readFileSync } from 'node:fs'
import type { AuditLog } from '../audit/auditLog.js'
import { parseCheckpoint } from '../audit/note.js'
import type { Db } from '../records/database.js'
import { OperationError } from '../util/errors.js'
import { writeFileAtomic } from '../util/privateFiles.js'

/** Who a node database belongs to, stored in it (node_meta). */
export interface NodeIdentity {
  country: string
  peerId: string
}

/** What to do when the database is not the one this node wrote last. */
export const RECOVERY_STEPS =
  'Do not start on it: stop, keep a copy of the directory as it is, move it aside, restore the node from your latest ' +
  'backup (`mrn restore --from FILE --dir D`; docs/operations.md), and run `mrn doctor --dir D` and ' +
  '`mrn audit verify --dir D` before starting again.'

/**
 * Binds a database to its node: records the node's identity in a database
 * that has none yet (a new node, or one from before this check), and refuses
 * one that belongs to another node.
 */
export function checkIdentity(db: Db, path: string, self: NodeIdentity): void {
  const get = db.prepare('SELECT value FROM node_meta WHERE key = ?').pluck()
  const country = get.get('country') as string | undefined
  const peerId = get.get('peerId') as string | undefined
  if (country === undefined || peerId === undefined) {
    const put = db.prepare('INSERT OR REPLACE INTO node_meta (key, value) VALUES (?, ?)')
    db.transaction(() => {
      put.run('country', self.country)
      put.run('peerId', self.peerId)
    }).immediate()
    return
  }
  if (country !== self.country || peerId !== self.peerId) {
    throw new OperationError(
      `${path}: belongs to node ${country} ${peerId}, not to this node (${self.country} ${self.peerId}). ${RECOVERY_STEPS}`,
    )
  }
}

/** SQLite's integrity check: quick (at every start) or full (`mrn doctor`). Returns the problems found. */
export function integrityProblems(db: Db, full = false): string[] {
  const rows = db.pragma(full ? 'integrity_check' : 'quick_check') as Record<string, string>[]
  const lines = rows.map((r) => Object.values(r)[0] as string)
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines
}

/**
 * The latest checkpoint a witness co-signed, kept beside the database (and
 * outside it, so that a database replaced by an older copy, truncated or
 * rewritten cannot also take this with it).
 */
export function writeCosignedCheckpoint(path: string, note: string): void {
  writeFileAtomic(path, note)
}

/**
 * Refuses a log that is shorter than, or a different tree from, the latest
 * checkpoint its witnesses co-signed: the node would otherwise forget
 * exchanges silently and fork its own history.
 */
export function checkAgainstCosigned(log: AuditLog, checkpointPath: string): void {
  if (!existsSync(checkpointPath)) return
  checkNoteAgainstLog(log, readFileSync(checkpointPath, 'utf8'), checkpointPath)
}

/** Refuses a log that is shorter than, or a different tree from, a co-signed checkpoint note (from `source`). */
export function checkNoteAgainstLog(log: AuditLog, note: string, source: string): void {
  const cp = parseCheckpoint(note)
  if (cp === undefined) throw new OperationError(`${source}: not a checkpoint note. ${RECOVERY_STEPS}`)
  const size = log.size()
  if (size < cp.size) {
    throw new OperationError(
      `the audit log has ${size} entries, but its witnesses co-signed a checkpoint of ${cp.size} (${source}): the database was truncated or replaced by an older copy. ${RECOVERY_STEPS}`,
    )
  }
  if (!Buffer.from(log.rootHash(cp.size)).equals(Buffer.from(cp.root))) {
    throw new OperationError(
      `the audit log's first ${cp.size} entries are not the tree its witnesses co-signed (${source}): the log was rewritten. ${RECOVERY_STEPS}`,
    )
  }
}
