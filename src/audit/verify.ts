import { type AuditEntry, type AuditLog, decodeAuditEntry, type LostRange, openCommitment } from './auditLog.js'
import { type LogKey, signedByLogKey } from './logIdentity.js'
import { frontierPositions, type HashReader, hashesForAppend, leafHash, rootHash } from './merkle.js'
import { parseCheckpoint, verifyCosignature } from './note.js'

export interface VerifyResult {
  ok: boolean
  entries: number
  checkpoints: number
  cosignatures: number
  /** The first leaf index at which the log is not what its hashes and checkpoints say. */
  firstBadIndex?: number
  problem?: string
  /** Entries lost in restores from a backup ([from, to), docs/operations.md): verified around, reported. */
  lost: LostRange[]
}

/**
 * Recomputes the whole log from its entries: every leaf hash and stored
 * subtree hash, every answer's opening against its leaf's commitment, every
 * checkpoint's root and signature, every co-signature (against the witness
 * keys given). Reports the first bad
 * index: a changed, deleted, inserted or reordered entry, a truncated log, or a
 * checkpoint the log no longer matches.
 *
 * A range a restore lost (audit_gaps) is stepped over, not excused: the log
 * must continue from the frontier of a checkpoint stored at the gap's end and
 * signed by the log's key, and every frontier hash the entries before the gap
 * determine must equal the one they give (the backup was this log's prefix:
 * the loop compares every subtree they complete with the stored one).
 */
export function verifyAuditLog(
  log: AuditLog,
  key: LogKey,
  witnesses: readonly { name: string; publicKey: Uint8Array; validUntilMs?: number }[] = [],
): VerifyResult {
  const stored = log.storedHashes()
  const recomputed = new Map<string, Uint8Array>()
  const read: HashReader = (level, index) => {
    const h = recomputed.get(`${level}/${index}`)
    // Stryker disable next-line all: unreachable, hashesForAppend reads only hashes this loop set before
    if (h === undefined) throw new Error(`missing ${level}/${index}`)
    return h
  }
  const lost = log.lostRanges()
  const bad = (index: number, problem: string, entries: number): VerifyResult => ({
    ok: false,
    entries,
    checkpoints: log.checkpoints().length,
    cosignatures: log.cosignatures().length,
    firstBadIndex: index,
    problem,
    lost,
  })
  const checkpointSizes = new Set(log.checkpoints().map((c) => c.size))
  /** Steps over a restore's gap at `from`: seeds the frontier of its end; a problem, or undefined. */
  const stepOver = (gap: LostRange): string | undefined => {
    if (!checkpointSizes.has(gap.to))
      return `entries ${gap.from} to ${gap.to - 1} are marked lost, but no checkpoint at size ${gap.to} vouches for where the log continues`
    for (const [level, idx] of frontierPositions(gap.to)) {
      const key = `${level}/${idx}`
      const have = stored.get(key)
      if (have === undefined) return `the frontier hash ${key} the log continues from after a restore is missing`
      // One the entries before the gap determine was already compared with them in the loop.
      recomputed.set(key, have)
    }
    return undefined
  }
  let expected = 0
  for (const { index, data } of log.iterate()) {
    const gap = lost.find((g) => g.from === expected)
    if (index !== expected && gap !== undefined && index >= gap.to) {
      const problem = stepOver(gap)
      if (problem !== undefined) return bad(gap.from, problem, expected)
      expected = gap.to
    }
    if (index !== expected)
      return bad(expected, `entry ${expected} is missing (next stored index is ${index})`, expected)
    for (const [level, idx, hash] of hashesForAppend(index, leafHash(data), read)) {
      const key = `${level}/${idx}`
      const have = stored.get(key)
      if (have === undefined || !Buffer.from(have).equals(Buffer.from(hash))) {
        return bad(
          index,
          level === 0
            ? `entry ${index} does not match its leaf hash`
            : `subtree hash ${key} does not match entries up to ${index}`,
          index,
        )
      }
      recomputed.set(key, hash)
    }
    let entry: AuditEntry
    try {
      entry = decodeAuditEntry(data).entry
    } catch {
      // Hashes that match bytes which are not an entry: rewritten with the hashes recomputed.
      return bad(index, `entry ${index} is not a valid audit entry`, index)
    }
    if (entry.kind === 'query_received' && entry.localCommitment !== undefined) {
      const opening = log.opening(index)
      if (opening === undefined) return bad(index, `entry ${index}: the opening of its commitment is missing`, index)
      if (openCommitment(entry.localCommitment, opening) === undefined) {
        return bad(index, `entry ${index}: the stored opening does not match its commitment`, index)
      }
    }
    expected++
  }
  const size = expected
  for (const g of lost) {
    if (g.from >= size)
      return bad(size, `entries from ${g.from} are marked lost, but the log has no entry after them`, size)
  }
  for (const cp of log.checkpoints()) {
    if (lost.some((g) => cp.size > g.from && cp.size < g.to))
      return bad(cp.size, `a checkpoint at size ${cp.size} lies inside entries a restore lost`, size)
    const parsed = parseCheckpoint(cp.note)
    if (!parsed || parsed.size !== cp.size || !signedByLogKey(parsed, key)) {
      return bad(Math.min(cp.size, size), `checkpoint at size ${cp.size} is not validly signed by ${key.name}`, size)
    }
    if (cp.size > size) return bad(size, `log truncated: checkpoint at size ${cp.size} but only ${size} entries`, size)
    const root = cp.size === 0 ? undefined : rootHash(cp.size, read)
    if (root !== undefined && !Buffer.from(root).equals(Buffer.from(parsed.root))) {
      return bad(cp.size - 1, `entries before ${cp.size} no longer match the checkpoint at size ${cp.size}`, size)
    }
  }
  // Every stored co-signature must be a valid cosignature/v1 by a known witness over a stored checkpoint.
  const checkpoints = new Map(log.checkpoints().map((c) => [c.size, c]))
  for (const c of log.cosignatures()) {
    const cp = checkpoints.get(c.size)
    // A replaced key (validUntilMs) vouches only for what it co-signed before it was replaced; a witness
    // that rotated its key signs under one name with each of its keys in turn.
    const keys = witnesses.filter(
      (w) => w.name === c.witness && (w.validUntilMs === undefined || c.atMs <= w.validUntilMs),
    )
    const body = cp?.note.slice(0, cp.note.indexOf('\n\n') + 1)
    if (
      body === undefined || // no checkpoint stored at that size
      !keys.some((w) => verifyCosignature(body, c.line, w.name, w.publicKey) !== undefined)
    ) {
      return bad(Math.min(c.size, size), `co-signature by ${c.witness} at size ${c.size} does not verify`, size)
    }
  }
  return {
    ok: true,
    entries: size,
    checkpoints: log.checkpoints().length,
    cosignatures: log.cosignatures().length,
    lost,
  }
}
