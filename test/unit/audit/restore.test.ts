import { generateKeyPair } from '@libp2p/crypto/keys'
import { beforeEach, describe, expect, it } from 'vitest'
import { type AuditEntry, AuditLog, encodeAuditEntry } from '../../../src/audit/auditLog.js'
import {
  consistencyProof,
  frontierPositions,
  frontierRoot,
  type HashReader,
  leafHash,
  nodeHash,
  rootHash,
  verifyConsistency,
} from '../../../src/audit/merkle.js'
import { type NoteSigner, parseCheckpoint } from '../../../src/audit/note.js'
import { verifyAuditLog } from '../../../src/audit/verify.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { dropLogTriggers } from '../../helpers/auditEntries.js'

const started = (i: number, tag = 'p'): AuditEntry => ({ kind: 'node_started', peerId: `${tag}${i}` })

describe('a Merkle tree frontier', () => {
  it.each([1, 2, 3, 5, 7, 8, 13, 64, 100, 1023])('of size %i folds to the root, one subtree per set bit', (size) => {
    const log = new AuditLog(openDatabase(':memory:'), new Uint8Array(32))
    for (let i = 0; i < size; i++) log.append(started(i), 1)
    const positions = frontierPositions(size)
    expect(positions).toHaveLength(size.toString(2).replaceAll('0', '').length)
    // left to right, each starting where the one before ended, covering [0, size)
    let start = 0
    for (const [level, index] of positions) {
      expect(index * 2 ** level).toBe(start)
      start += 2 ** level
    }
    expect(start).toBe(size)
    expect(Buffer.from(frontierRoot(log.frontier(size))).equals(Buffer.from(log.rootHash(size)))).toBe(true)
  })

  it('of size 0 is empty and folds to the empty root', () => {
    expect(frontierPositions(0)).toEqual([])
    expect(Buffer.from(frontierRoot([])).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
  })

  it('is all a log needs to prove consistency and inclusion from its size onwards', () => {
    const full = new AuditLog(openDatabase(':memory:'), new Uint8Array(32))
    for (let i = 0; i < 40; i++) full.append(started(i), 1)
    const at = 13
    const kept = new Map<string, Uint8Array>()
    for (const [k, [l, i]] of frontierPositions(at).entries()) kept.set(`${l}/${i}`, full.frontier(at)[k] as Uint8Array)
    // the frontier, and subtrees reaching past `at` (a restored log computes them as it grows):
    // no hash of a subtree that ends at or below `at` other than the frontier's
    const read: HashReader = (level, index) => {
      const h = kept.get(`${level}/${index}`)
      if (h !== undefined) return h
      if ((index + 1) * 2 ** level > at) return full.read(level, index)
      throw new Error(`read ${level}/${index} below the frontier`)
    }
    for (const n of [at, 14, 16, 21, 32, 40]) {
      expect(Buffer.from(rootHash(n, read)).equals(Buffer.from(full.rootHash(n)))).toBe(true)
      const proof = consistencyProof(at, n, read)
      expect(verifyConsistency(at, n, proof, full.rootHash(at), full.rootHash(n))).toBe(true)
    }
  })
})

/**
 * A node's log, restored from a backup taken at `backupSize`, continues at
 * `size` from the frontier its witnesses hold; verify steps over the gap
 * but checks everything around it.
 */
describe('a log that continues after a restore', () => {
  let signer: NoteSigner
  let original: AuditLog
  let db: Db
  let restored: AuditLog
  const key = () => ({ name: signer.name, publicKey: signer.publicKey })

  /** The original log grows to `size`; the backup holds its first `backupSize` entries. */
  const setUp = (backupSize: number, size: number, tag = 'p'): void => {
    original = new AuditLog(openDatabase(':memory:'), new Uint8Array(32))
    for (let i = 0; i < size; i++) original.append(started(i), 1_000 + i)
    db = openDatabase(':memory:')
    restored = new AuditLog(db, new Uint8Array(32))
    for (let i = 0; i < backupSize; i++) restored.append(started(i, i < 8 ? tag : 'p'), 1_000 + i)
    // the backup's own checkpoint, as a node makes them
    restored.checkpoint(signer.name, signer, 2_000)
  }
  /** What completeRestore does with the witnesses' answer of size `size`. */
  const continueAt = (size: number): void => {
    const cp = original.checkpoint(signer.name, signer, 3_000)
    expect(cp.size).toBe(size)
    db.transaction(() => {
      restored.continueFrom(size, original.frontier(size), 4_000)
      restored.putCheckpoint({ ...cp, atMs: 4_000 })
      restored.append({ kind: 'log_restored', lostFrom: 9, lostTo: size, backupTakenAtMs: 500 }, 4_000)
    })()
  }

  beforeEach(async () => {
    const k = await generateKeyPair('Ed25519')
    signer = { name: 'mrn-audit/ITA/peer', seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw }
  })

  it('has the size, root and proofs of the log its witnesses co-signed, and verifies, naming the loss', () => {
    setUp(9, 13)
    continueAt(13)
    expect(restored.size()).toBe(14)
    expect(restored.lostRanges()).toEqual([{ from: 9, to: 13, atMs: 4_000 }])
    expect(Buffer.from(restored.rootHash(13)).equals(Buffer.from(original.rootHash(13)))).toBe(true)
    // the original log, grown by the same entry, has the same root: the witnesses see no fork
    original.append({ kind: 'log_restored', lostFrom: 9, lostTo: 13, backupTakenAtMs: 500 }, 4_000)
    expect(Buffer.from(restored.rootHash(14)).equals(Buffer.from(original.rootHash(14)))).toBe(true)
    expect(verifyConsistency(13, 14, restored.consistencyProof(13, 14), original.rootHash(13), original.rootHash(14)))
    for (let i = 0; i < 20; i++) restored.append(started(100 + i), 5_000)
    restored.checkpoint(signer.name, signer, 6_000)
    expect(verifyAuditLog(restored, key())).toStrictEqual({
      ok: true,
      entries: 34,
      checkpoints: 3,
      cosignatures: 0,
      lost: [{ from: 9, to: 13, atMs: 4_000 }],
    })
  })

  it('says an entry in the gap was lost, and serves no proof that needs one', () => {
    setUp(9, 13)
    continueAt(13)
    expect(() => restored.leafData(10)).toThrow('audit entry 10 was lost in a restore (entries 9 to 12)')
    expect(() => restored.leafData(99)).toThrow('audit log has no entry 99')
    expect(restored.isLost(9)).toBe(true)
    expect(restored.isLost(12)).toBe(true)
    expect(restored.isLost(13)).toBe(false)
    expect(restored.isLost(8)).toBe(false)
    expect(() => restored.consistencyProof(10, 14)).toThrow(/missing/)
  })

  it('refuses a backup that is not the prefix of the log the witnesses co-signed', () => {
    setUp(9, 13, 'forged') // entries 0..7 differ: frontier hash 3/0 of size 13 covers them
    expect(() => continueAt(13)).toThrow('frontier hash 3/0 differs from the one stored')
    expect(restored.size()).toBe(9) // nothing written
    expect(restored.lostRanges()).toEqual([])
  })

  it('refuses a frontier of the wrong length, and a continuation that is not past the end', () => {
    setUp(9, 13)
    expect(() => restored.continueFrom(13, original.frontier(12), 1)).toThrow(
      'a frontier of size 13 has 3 hashes, got 2',
    )
    expect(() => restored.continueFrom(9, [], 1)).toThrow("a restore continues past the log's end: 9 <= 9")
  })

  describe('verify catches what a gap could hide', () => {
    beforeEach(() => {
      setUp(9, 13)
      continueAt(13)
      restored.checkpoint(signer.name, signer, 6_000)
      dropLogTriggers(db)
    })

    it('a changed frontier hash (the log would continue from another tree)', () => {
      db.prepare('UPDATE audit_hashes SET hash = zeroblob(32) WHERE level = 2 AND idx = 2').run()
      expect(verifyAuditLog(restored, key())).toMatchObject({
        ok: false,
        firstBadIndex: 12,
        problem: 'entries before 13 no longer match the checkpoint at size 13',
      })
    })

    it('a frontier hash the entries before the gap contradict (rewritten with their own hashes)', () => {
      const data = encodeAuditEntry(started(99), 1_003)
      const h03 = leafHash(data)
      const h11 = nodeHash(restored.read(0, 2), h03)
      const h20 = nodeHash(restored.read(1, 0), h11)
      const set = db.prepare('UPDATE audit_hashes SET hash = ? WHERE level = ? AND idx = ?')
      db.prepare('UPDATE audit_entries SET data = ? WHERE idx = 3').run(data)
      set.run(h03, 0, 3)
      set.run(h11, 1, 1)
      set.run(h20, 2, 0)
      expect(verifyAuditLog(restored, key())).toMatchObject({
        ok: false,
        firstBadIndex: 7,
        problem: 'subtree hash 3/0 does not match entries up to 7',
      })
    })

    it('a gap without the checkpoint that vouches for its end', () => {
      db.prepare('DELETE FROM audit_checkpoints WHERE size = 13').run()
      expect(verifyAuditLog(restored, key())).toMatchObject({
        ok: false,
        firstBadIndex: 9,
        problem: 'entries 9 to 12 are marked lost, but no checkpoint at size 13 vouches for where the log continues',
      })
    })

    it('a missing frontier hash', () => {
      db.prepare('DELETE FROM audit_hashes WHERE level = 0 AND idx = 12').run()
      expect(verifyAuditLog(restored, key())).toMatchObject({
        ok: false,
        firstBadIndex: 9,
        problem: 'the frontier hash 0/12 the log continues from after a restore is missing',
      })
    })

    it('a gap widened to swallow entries that were there', () => {
      db.exec('DROP TRIGGER audit_gaps_no_update')
      db.prepare('UPDATE audit_gaps SET from_idx = 7').run()
      expect(verifyAuditLog(restored, key())).toMatchObject({ ok: false })
    })

    it('an entry slipped into the gap', () => {
      db.prepare('INSERT INTO audit_entries (idx, at_ms, kind, data) VALUES (10, 1, ?, ?)').run(
        'node_started',
        db.prepare('SELECT data FROM audit_entries WHERE idx = 4').pluck().get(),
      )
      expect(verifyAuditLog(restored, key())).toMatchObject({ ok: false, firstBadIndex: 9 })
    })

    it('a checkpoint inside the gap', () => {
      const note = original.checkpoints()[0]?.note as string
      const cp = parseCheckpoint(note)
      db.prepare('INSERT INTO audit_checkpoints (size, root, note, at_ms) VALUES (11, ?, ?, 1)').run(cp?.root, note)
      expect(verifyAuditLog(restored, key())).toMatchObject({
        ok: false,
        problem: 'a checkpoint at size 11 lies inside entries a restore lost',
      })
    })
  })
})
