import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { beforeEach, describe, expect, it } from 'vitest'
import { type AuditEntry, AuditLog, decodeAuditEntry, encodeAuditEntry } from '../../../src/audit/auditLog.js'
import { verifyInclusion } from '../../../src/audit/merkle.js'
import { type NoteSigner, parseCheckpoint } from '../../../src/audit/note.js'
import { subjectReport } from '../../../src/audit/subjectReport.js'
import { verifyAuditLog } from '../../../src/audit/verify.js'
import { type Db, openDatabase } from '../../../src/records/database.js'

const received = (i: number): AuditEntry => ({
  kind: 'query_received',
  requestId: `r${i}`,
  requester: 'ITA',
  purpose: 'ASYLUM_RESPONSIBILITY',
  legalBasis: 'Reg. 604/2013',
  caseReferenceHash: 'h',
  caseworker: 'cw-1',
  role: 'caseworker',
  step: 'details',
  status: 'OK',
  ruleIds: ['dublin-art34'],
  recordIds: [i % 2 === 0 ? 'REC-A' : 'REC-B'],
  released: [{ field: 'names', form: 'exact', ruleId: 'dublin-art34' }],
  withheld: [{ field: 'sex', ruleId: 'default-deny' }],
  guards: [],
  queryHash: 'q',
  responseDigest: 'd',
})

describe('AuditLog', () => {
  let db: Db
  let log: AuditLog
  let signer: NoteSigner

  beforeEach(async () => {
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mrn-audit-')), 'node.db'))
    log = new AuditLog(db, new Uint8Array(32))
    const k = await generateKeyPair('Ed25519')
    signer = { name: 'mrn-audit/GRC/test', seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw }
  })

  const fill = (n: number): void => {
    for (let i = 0; i < n; i++) log.append(received(i), 1_700_000_000_000 + i)
  }
  const key = () => ({ name: signer.name, publicKey: signer.publicKey })

  it('round-trips every entry kind through its canonical encoding', () => {
    const entries: AuditEntry[] = [
      received(1),
      {
        kind: 'query_rejected',
        peerId: 'p',
        code: 'REPLAY',
        status: 'REPLAY',
        requestDigest: 'x',
        requester: 'ITA',
        requestId: 'r',
      },
      {
        kind: 'query_sent',
        requests: [{ country: 'ITA', requestId: 'r' }],
        purpose: 'P',
        legalBasis: 'L',
        caseReferenceHash: 'c',
        caseworker: 'w',
        step: 'identify',
        queryHash: 'q',
      },
      {
        kind: 'response_received',
        requestId: 'r',
        responder: 'ITA',
        outcome: 'ok',
        peerAuditLeafIndex: 2 ** 40,
        responseDigest: 'd',
      },
      { kind: 'node_started', peerId: 'p' },
    ]
    for (const e of entries) expect(decodeAuditEntry(encodeAuditEntry(e, 5)).entry).toEqual(e)
  })

  it('verifies, signs checkpoints, and proves inclusion against a checkpoint', () => {
    fill(37)
    const cp = log.checkpoint(signer.name, signer, 1)
    fill(5)
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: true, entries: 42, checkpoints: 1 })
    const root = parseCheckpoint(cp.note)!.root
    expect(verifyInclusion(log.leafHash(20), 20, 37, log.inclusionProof(20, 37), root)).toBe(true)
  })

  const dropTriggers = (): void => {
    for (const t of [
      'audit_entries_no_update',
      'audit_entries_no_delete',
      'audit_hashes_no_update',
      'audit_hashes_no_delete',
    ])
      db.exec(`DROP TRIGGER ${t}`)
  }

  it('refuses UPDATE and DELETE on the log tables', () => {
    fill(3)
    expect(() => db.prepare('DELETE FROM audit_entries WHERE idx = 1').run()).toThrow(/append-only/)
    expect(() => db.prepare("UPDATE audit_entries SET kind = 'x' WHERE idx = 1").run()).toThrow(/append-only/)
  })

  it('detects a changed entry at its index', () => {
    fill(20)
    dropTriggers()
    db.prepare('UPDATE audit_entries SET data = ? WHERE idx = 7').run(encodeAuditEntry(received(99), 1))
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: false, firstBadIndex: 7 })
  })

  it('detects a deleted entry at its index', () => {
    fill(20)
    dropTriggers()
    db.prepare('DELETE FROM audit_entries WHERE idx = 11').run()
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: false, firstBadIndex: 11 })
  })

  it('detects reordered entries at the first moved index', () => {
    fill(20)
    dropTriggers()
    const a = db.prepare('SELECT data FROM audit_entries WHERE idx = 4').pluck().get()
    const b = db.prepare('SELECT data FROM audit_entries WHERE idx = 5').pluck().get()
    db.prepare('UPDATE audit_entries SET data = ? WHERE idx = 4').run(b)
    db.prepare('UPDATE audit_entries SET data = ? WHERE idx = 5').run(a)
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: false, firstBadIndex: 4 })
  })

  it('detects a rewrite that recomputed every hash, through the signed checkpoint', () => {
    fill(16)
    log.checkpoint(signer.name, signer, 1)
    dropTriggers()
    db.exec('DELETE FROM audit_hashes')
    db.exec('DELETE FROM audit_entries')
    const forged = new AuditLog(db, new Uint8Array(32))
    for (let i = 0; i < 16; i++) forged.append(i === 3 ? received(1000) : received(i), 1_700_000_000_000 + i)
    expect(verifyAuditLog(forged, key())).toMatchObject({ ok: false, firstBadIndex: 15 })
  })

  it('detects a truncated log', () => {
    fill(10)
    log.checkpoint(signer.name, signer, 1)
    dropTriggers()
    db.exec('DELETE FROM audit_entries WHERE idx >= 8')
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: false, firstBadIndex: 8 })
  })

  it('reports every query that touched a record, and nothing else', () => {
    fill(6)
    const rows = subjectReport(log, 'REC-A')
    expect(rows.map((r) => r.index)).toEqual([0, 2, 4])
    expect(rows[0]).toMatchObject({
      requester: 'ITA',
      purpose: 'ASYLUM_RESPONSIBILITY',
      released: [{ field: 'names', form: 'exact' }],
    })
  })
})
