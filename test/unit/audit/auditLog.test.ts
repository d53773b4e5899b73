import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  type AuditEntry,
  AuditLog,
  commitLocal,
  decodeAuditEntry,
  encodeAuditEntry,
} from '../../../src/audit/auditLog.js'
import { leafHash, verifyInclusion } from '../../../src/audit/merkle.js'
import { type NoteSigner, parseCheckpoint } from '../../../src/audit/note.js'
import { subjectReport } from '../../../src/audit/subjectReport.js'
import { verifyAuditLog } from '../../../src/audit/verify.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { mrn } from '../../../src/wire/gen/mrn.js'
import { dropLogTriggers } from '../../helpers/auditEntries.js'

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
  local: { ruleIds: ['dublin-art34'], recordIds: [i % 2 === 0 ? 'REC-A' : 'REC-B'], guards: [] },
  released: [{ field: 'names', form: 'exact', ruleId: 'dublin-art34' }],
  withheld: [{ field: 'sex', ruleId: 'default-deny' }],
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
    const { local: _local, ...leafPart } = received(1) as Extract<AuditEntry, { kind: 'query_received' }>
    const entries: AuditEntry[] = [
      { ...leafPart, localCommitment: Buffer.alloc(32, 7).toString('base64') },
      {
        kind: 'query_refused',
        purpose: 'P',
        legalBasis: 'L',
        caseReferenceHash: 'c',
        caseworker: 'w',
        role: 'caseworker',
        step: 'identify',
        queryHash: 'q',
        notAsked: [{ country: 'SYR', guard: 'guard:non-refoulement' }],
      },
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
        notAsked: [{ country: 'SYR', guard: 'guard:non-refoulement' }],
        askedUnderException: [{ country: 'IRN', guard: 'guard:non-refoulement' }],
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

  it("keeps an answer's local decisions out of its leaf and opens them on site", () => {
    const e = received(0) as Extract<AuditEntry, { kind: 'query_received' }>
    const guarded = { ...e, local: { ruleIds: ['r'], recordIds: [], guards: [{ recordId: 'REC-A', guard: 'g' }] } }
    const index = log.append(guarded, 1)
    const leaf = log.leafData(index)
    expect(Buffer.from(leaf).includes(Buffer.from('REC-A'))).toBe(false)
    const { local, ...publicPart } = guarded
    const seen = decodeAuditEntry(leaf).entry
    expect(seen).toEqual({ ...publicPart, localCommitment: expect.any(String) })
    expect(log.entry(index).entry).toEqual({ ...seen, local })
    expect(subjectReport(log, 'REC-A').rows).toMatchObject([{ index, guard: 'g', released: [] }])
  })

  it('still reads and verifies version 1 leaves, which carried the local decisions in clear', () => {
    const v1 = mrn.v1.AuditEntry.encode({
      version: 1,
      atMs: 7,
      kind: mrn.v1.AuditEntry.Kind.QUERY_RECEIVED,
      requestId: 'old',
      requester: 'ITA',
      status: 'NO_HIT',
      ruleIds: ['dublin-art34'],
      guards: [{ recordId: 'REC-A', guard: 'guard:non-refoulement' }],
    }).finish()
    db.prepare('INSERT INTO audit_entries (idx, at_ms, kind, data) VALUES (0, 7, ?, ?)').run('query_received', v1)
    db.prepare('INSERT INTO audit_hashes (level, idx, hash) VALUES (0, 0, ?)').run(leafHash(v1))
    fill(3)
    expect(log.entry(0).entry).toMatchObject({
      local: { ruleIds: ['dublin-art34'], recordIds: [], guards: [{ recordId: 'REC-A' }] },
    })
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: true, entries: 4 })
    expect(subjectReport(log, 'REC-A').rows.map((r) => r.index)).toEqual([0, 1, 3])
  })

  it('detects an opening that was changed or removed, at its index', () => {
    fill(6)
    db.exec('DROP TRIGGER audit_openings_no_update')
    db.exec('DROP TRIGGER audit_openings_no_delete')
    const other = commitLocal({ ruleIds: ['x'], recordIds: ['REC-B'], guards: [] }).opening
    db.prepare('UPDATE audit_openings SET salt = ?, decisions = ? WHERE idx = 4').run(other.salt, other.decisions)
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: false, firstBadIndex: 4 })
    db.prepare('DELETE FROM audit_openings WHERE idx = 2').run()
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: false, firstBadIndex: 2 })
    expect(subjectReport(log, 'REC-A').unopened).toEqual([2, 4])
  })

  it('verifies, signs checkpoints, and proves inclusion against a checkpoint', () => {
    fill(37)
    const cp = log.checkpoint(signer.name, signer, 1)
    fill(5)
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: true, entries: 42, checkpoints: 1 })
    const root = parseCheckpoint(cp.note)!.root
    expect(verifyInclusion(log.leafHash(20), 20, 37, log.inclusionProof(20, 37), root)).toBe(true)
  })

  const dropTriggers = (): void => dropLogTriggers(db)

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
    db.exec('DROP TRIGGER audit_openings_no_delete')
    db.exec('DELETE FROM audit_hashes')
    db.exec('DELETE FROM audit_entries')
    db.exec('DELETE FROM audit_openings')
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
    const { rows } = subjectReport(log, 'REC-A')
    expect(rows.map((r) => r.index)).toEqual([0, 2, 4])
    expect(rows[0]).toMatchObject({
      requester: 'ITA',
      purpose: 'ASYLUM_RESPONSIBILITY',
      released: [{ field: 'names', form: 'exact' }],
      withheld: [{ field: 'sex', ruleId: 'default-deny' }],
    })
  })

  it('reports an answer given without a legal basis with an empty one', () => {
    const index = log.append({ ...received(0), legalBasis: '' } as AuditEntry, 1)
    expect(subjectReport(log, 'REC-A').rows).toMatchObject([{ index, legalBasis: '' }])
  })
})
