import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { beforeEach, describe, expect, it } from 'vitest'
import { type AuditEntry, AuditLog } from '../../../src/audit/auditLog.js'
import { verifyConsistency, verifyInclusion } from '../../../src/audit/merkle.js'
import { type NoteSigner, parseCheckpoint } from '../../../src/audit/note.js'
import { subjectReport } from '../../../src/audit/subjectReport.js'
import { openDatabase } from '../../../src/records/database.js'

const started = (i: number): AuditEntry => ({ kind: 'node_started', peerId: `p${i}` })
const stopped: AuditEntry = { kind: 'node_stopped', peerId: 'p' }

/** The AuditLog's read side, as the node, `mrn audit` and the witnesses use it. */
describe('AuditLog look-ups', () => {
  let log: AuditLog
  let signer: NoteSigner

  beforeEach(async () => {
    log = new AuditLog(
      openDatabase(join(mkdtempSync(join(tmpdir(), 'mrn-auditq-')), 'node.db')),
      new Uint8Array(32).fill(3),
    )
    const k = await generateKeyPair('Ed25519')
    signer = { name: 'mrn-audit/GRC/q', seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw }
  })

  it('lists from an index with a limit, in order, with the time of each entry', () => {
    for (let i = 0; i < 6; i++) log.append(started(i), 1_000 + i)
    expect(log.size()).toBe(6)
    expect(log.list(2, 3).map((r) => [r.index, r.atMs])).toEqual([
      [2, 1_002],
      [3, 1_003],
      [4, 1_004],
    ])
    expect(log.list().map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5])
    expect(log.list(6)).toEqual([])
  })

  it('finds the last entry of a kind, and entries of a kind in either order', () => {
    log.append(started(0), 1)
    log.append(stopped, 2)
    log.append(started(1), 3)
    expect(log.lastOfKind('node_started')).toEqual(started(1))
    expect(log.lastOfKind('policy_changed')).toBeUndefined()
    expect([...log.iterateKind('node_started')].map((e) => e.index)).toEqual([0, 2])
    expect([...log.iterateKind('node_started', { newestFirst: true })].map((e) => e.index)).toEqual([2, 0])
    expect([...log.iterate()].map((e) => e.index)).toEqual([0, 1, 2])
  })

  it('refuses a leaf that is not there, naming it', () => {
    expect(() => log.leafData(0)).toThrow('audit log has no entry 0')
  })

  it('keeps one checkpoint per size, returns the latest when the tree has not grown, and finds the one covering a leaf', () => {
    for (let i = 0; i < 3; i++) log.append(started(i), i)
    const a = log.checkpoint(signer.name, signer, 10)
    expect(log.checkpoint(signer.name, signer, 11)).toEqual(a)
    for (let i = 3; i < 7; i++) log.append(started(i), i)
    const b = log.checkpoint(signer.name, signer, 12)
    expect(log.checkpoints().map((c) => c.size)).toEqual([3, 7])
    expect(log.latestCheckpoint()).toEqual(b)
    expect(log.checkpointCovering(0)?.size).toBe(3)
    expect(log.checkpointCovering(2)?.size).toBe(3)
    expect(log.checkpointCovering(3)?.size).toBe(7)
    expect(log.checkpointCovering(7)).toBeUndefined()
    expect(Buffer.from(parseCheckpoint(b.note)?.root ?? []).equals(Buffer.from(log.rootHash(7)))).toBe(true)
    // proofs against both checkpoints
    expect(verifyInclusion(log.leafHash(5), 5, 7, log.inclusionProof(5, 7), b.root)).toBe(true)
    expect(verifyInclusion(log.leafHash(1), 1, 3, log.inclusionProof(1, 3), a.root)).toBe(true)
    expect(verifyConsistency(3, 7, log.consistencyProof(3, 7), a.root, b.root)).toBe(true)
    expect(log.consistencyProof(3)).toEqual(log.consistencyProof(3, 7))
    expect(log.inclusionProof(5)).toEqual(log.inclusionProof(5, 7))
  })

  it('keeps co-signatures per size and witness, the largest size per witness, and counts them', () => {
    log.addCosignature(3, 'w1', 'line-a', 1)
    log.addCosignature(7, 'w1', 'line-b', 2)
    log.addCosignature(3, 'w2', 'line-c', 3)
    log.addCosignature(3, 'w2', 'line-d', 4) // same size and witness: replaced
    expect(log.cosignatureCount()).toBe(3)
    expect(log.cosignatures().map((c) => [c.size, c.witness, c.line])).toEqual([
      [3, 'w1', 'line-a'],
      [3, 'w2', 'line-d'],
      [7, 'w1', 'line-b'],
    ])
    expect(log.cosignaturesAt(3).map((c) => c.witness)).toEqual(['w1', 'w2'])
    expect(log.cosignaturesAt(5)).toEqual([])
    expect(log.cosignedSize()).toBe(7)
    expect(log.cosignedSize('w2')).toBe(3)
    expect(log.cosignedSize('nobody')).toBe(0)
    expect(log.cosignedSizesByWitness()).toEqual({ w1: 7, w2: 3 })
  })

  it('keyed hashes are stable for a value and secret, and differ across values and secrets', () => {
    const other = new AuditLog(
      openDatabase(join(mkdtempSync(join(tmpdir(), 'mrn-auditq-')), 'n.db')),
      new Uint8Array(32),
    )
    expect(log.keyedHash('CASE-1')).toBe(log.keyedHash('CASE-1'))
    expect(log.keyedHash('CASE-1')).not.toBe(log.keyedHash('CASE-2'))
    expect(log.keyedHash('CASE-1')).not.toBe(other.keyedHash('CASE-1'))
    expect(log.keyedHash('CASE-1')).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('the subject report says which guard hid a record, and shows nothing released when one did', () => {
    log.append(
      {
        kind: 'query_received',
        requestId: 'r',
        requester: 'SYR',
        purpose: 'RETURN_READMISSION',
        legalBasis: 'x',
        caseReferenceHash: 'h',
        caseworker: 'cw',
        role: 'caseworker',
        step: 'identify',
        status: 'NO_HIT',
        local: { ruleIds: ['r1'], recordIds: [], guards: [{ recordId: 'REC-P', guard: 'guard:non-refoulement' }] },
        released: [],
        withheld: [],
        queryHash: 'q',
        responseDigest: 'd',
      },
      5_000,
    )
    const report = subjectReport(log, 'REC-P')
    expect(report.rows).toEqual([
      {
        index: 0,
        at: new Date(5_000).toISOString(),
        requester: 'SYR',
        purpose: 'RETURN_READMISSION',
        legalBasis: 'x',
        step: 'identify',
        status: 'NO_HIT',
        caseworker: 'cw',
        released: [],
        withheld: [],
        guard: 'guard:non-refoulement',
      },
    ])
    expect(subjectReport(log, 'REC-OTHER')).toEqual({ rows: [], unopened: [] })
  })
})
