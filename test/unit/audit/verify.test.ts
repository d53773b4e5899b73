import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { beforeEach, describe, expect, it } from 'vitest'
import { type AuditEntry, AuditLog, encodeAuditEntry } from '../../../src/audit/auditLog.js'
import {
  auditOrigin,
  memberAuditKey,
  memberVerifierKey,
  memberWitnessKey,
  noteSigner,
  witnessName,
} from '../../../src/audit/logIdentity.js'
import { hashesForAppend, leafHash } from '../../../src/audit/merkle.js'
import { cosign, type NoteSigner, parseVerifierKey } from '../../../src/audit/note.js'
import { verifyAuditLog } from '../../../src/audit/verify.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { answerEntry, dropLogTriggers } from '../../helpers/auditEntries.js'

const started = (i: number): AuditEntry => ({ kind: 'node_started', peerId: `p${i}` })

/** verifyAuditLog's every verdict, with the words an auditor reads, and the co-signatures it checks. */
describe('verifyAuditLog', () => {
  let db: Db
  let log: AuditLog
  let signer: NoteSigner
  let witness: NoteSigner
  const key = () => ({ name: signer.name, publicKey: signer.publicKey })
  const witnessKey = () => ({ name: witness.name, publicKey: witness.publicKey })
  const fill = (n: number): void => {
    for (let i = 0; i < n; i++) log.append(started(i), 1_700_000_000_000 + i)
  }
  const dropTriggers = (): void => dropLogTriggers(db)
  const body = (note: string): string => note.slice(0, note.indexOf('\n\n') + 1)

  beforeEach(async () => {
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mrn-verify-')), 'node.db'))
    log = new AuditLog(db, new Uint8Array(32))
    const a = await generateKeyPair('Ed25519')
    const w = await generateKeyPair('Ed25519')
    signer = { name: 'mrn-audit/GRC/x', seed: a.raw.subarray(0, 32), publicKey: a.publicKey.raw }
    witness = { name: 'mrn-witness/ITA/y', seed: w.raw.subarray(0, 32), publicKey: w.publicKey.raw }
  })

  it('counts entries, checkpoints and co-signatures of a sound log', () => {
    fill(5)
    const cp = log.checkpoint(signer.name, signer, 1)
    log.addCosignature(cp.size, witness.name, cosign(body(cp.note), witness, 1_700_000_000), 2)
    fill(2)
    log.checkpoint(signer.name, signer, 3)
    expect(verifyAuditLog(log, key(), [witnessKey()])).toEqual({
      ok: true,
      entries: 7,
      checkpoints: 2,
      cosignatures: 1,
      lost: [],
    })
  })

  it('an empty log verifies', () => {
    expect(verifyAuditLog(log, key())).toEqual({ ok: true, entries: 0, checkpoints: 0, cosignatures: 0, lost: [] })
  })

  it.each<[string, (cp: { size: number; note: string }) => void, RegExp]>([
    [
      'a co-signature by a witness it was not told of',
      (cp) => log.addCosignature(cp.size, witness.name, cosign(body(cp.note), witness, 1), 2),
      /^co-signature by mrn-witness\/ITA\/y at size 4 does not verify$/,
    ],
    [
      'a co-signature over another checkpoint body',
      (cp) => log.addCosignature(cp.size, witness.name, cosign(body(cp.note).replace('4', '5'), witness, 1), 2),
      /^co-signature by mrn-witness\/ITA\/y at size 4 does not verify$/,
    ],
    [
      'a co-signature for a size with no checkpoint',
      (cp) => log.addCosignature(cp.size - 1, witness.name, cosign(body(cp.note), witness, 1), 2),
      /^co-signature by mrn-witness\/ITA\/y at size 3 does not verify$/,
    ],
  ])('refuses %s, naming the witness and the size', (what, plant, problem) => {
    fill(4)
    const cp = log.checkpoint(signer.name, signer, 1)
    plant(cp)
    const known = what.startsWith('a co-signature by a witness it was not told of') ? [] : [witnessKey()]
    const r = verifyAuditLog(log, key(), known)
    expect(r.ok).toBe(false)
    expect(r.problem).toMatch(problem)
    expect(r).toMatchObject({ entries: 4, checkpoints: 1, cosignatures: 1 })
  })

  it('refuses a checkpoint signed by another key, and names the key expected', () => {
    fill(3)
    log.checkpoint(signer.name, signer, 1)
    const other = { name: signer.name, publicKey: witness.publicKey }
    expect(verifyAuditLog(log, other)).toMatchObject({
      ok: false,
      firstBadIndex: 3,
      problem: 'checkpoint at size 3 is not validly signed by mrn-audit/GRC/x',
    })
    expect(verifyAuditLog(log, { ...key(), name: 'mrn-audit/GRC/other' }).problem).toBe(
      'checkpoint at size 3 is not validly signed by mrn-audit/GRC/other',
    )
  })

  it.each<[string, () => void, number, string]>([
    [
      'a changed entry',
      () => db.prepare('UPDATE audit_entries SET data = ? WHERE idx = 2').run(Buffer.from('x')),
      2,
      'entry 2 does not match its leaf hash',
    ],
    [
      'a deleted entry',
      () => db.prepare('DELETE FROM audit_entries WHERE idx = 1').run(),
      1,
      'entry 1 is missing (next stored index is 2)',
    ],
    [
      'a changed subtree hash',
      () => db.prepare('UPDATE audit_hashes SET hash = ? WHERE level = 1 AND idx = 0').run(Buffer.alloc(32)),
      1,
      'subtree hash 1/0 does not match entries up to 1',
    ],
    [
      'a truncated log under its checkpoint',
      () => db.prepare('DELETE FROM audit_entries WHERE idx >= 4').run(),
      4,
      'log truncated: checkpoint at size 6 but only 4 entries',
    ],
  ])('names the first bad index of %s and what is wrong there', (_what, plant, index, problem) => {
    fill(6)
    log.checkpoint(signer.name, signer, 1)
    dropTriggers()
    plant()
    expect(verifyAuditLog(log, key())).toMatchObject({ ok: false, firstBadIndex: index, problem })
  })

  it('names an answer whose opening is missing, or does not open its commitment', () => {
    const answer = answerEntry({ local: { ruleIds: ['x'], recordIds: [], guards: [] } })
    fill(2)
    log.append(answer, 1)
    log.append(answer, 1)
    db.exec('DROP TRIGGER audit_openings_no_update')
    db.exec('DROP TRIGGER audit_openings_no_delete')
    db.prepare('UPDATE audit_openings SET decisions = ? WHERE idx = 3').run(Buffer.alloc(256))
    expect(verifyAuditLog(log, key())).toMatchObject({
      ok: false,
      firstBadIndex: 3,
      problem: 'entry 3: the stored opening does not match its commitment',
    })
    db.prepare('DELETE FROM audit_openings WHERE idx = 2').run()
    expect(verifyAuditLog(log, key())).toMatchObject({
      ok: false,
      firstBadIndex: 2,
      problem: 'entry 2: the opening of its commitment is missing',
    })
  })

  it('names a missing subtree hash as a mismatch, without failing itself', () => {
    fill(4)
    dropTriggers()
    db.prepare('DELETE FROM audit_hashes WHERE level = 1 AND idx = 1').run()
    expect(verifyAuditLog(log, key())).toMatchObject({
      ok: false,
      firstBadIndex: 3,
      problem: 'subtree hash 1/1 does not match entries up to 3',
    })
  })

  it('verifies a checkpoint of the empty log', () => {
    log.checkpoint(signer.name, signer, 1)
    fill(2)
    expect(verifyAuditLog(log, key())).toEqual({ ok: true, entries: 2, checkpoints: 1, cosignatures: 0, lost: [] })
  })

  it.each<[string, (size: number, note: string) => [number, string]]>([
    ['a stored note that is not a checkpoint', (size) => [size, 'not a note']],
    ['a stored note of another size than its row', (size, note) => [size + 1, note]],
  ])('refuses %s at the index where it stands', (_what, plant) => {
    fill(3)
    const cp = log.checkpoint(signer.name, signer, 1)
    fill(3)
    db.prepare('DELETE FROM audit_checkpoints').run()
    const [size, note] = plant(cp.size, cp.note)
    db.prepare('INSERT INTO audit_checkpoints (size, root, note, at_ms) VALUES (?, ?, ?, 1)').run(
      size,
      Buffer.alloc(32),
      note,
    )
    expect(verifyAuditLog(log, key())).toMatchObject({
      ok: false,
      firstBadIndex: size,
      problem: `checkpoint at size ${size} is not validly signed by mrn-audit/GRC/x`,
    })
  })

  it('refuses a checkpoint signed by another key at its own size, not at the end of the log', () => {
    fill(3)
    log.checkpoint(signer.name, signer, 1)
    fill(4)
    expect(verifyAuditLog(log, { name: signer.name, publicKey: witness.publicKey })).toMatchObject({
      ok: false,
      firstBadIndex: 3,
    })
  })

  /** Replaces entry 1 with `data` and recomputes every stored hash, as a forger would. */
  const rewriteEntry1 = (data: Uint8Array): void => {
    dropTriggers()
    db.prepare('UPDATE audit_entries SET data = ? WHERE idx = 1').run(data)
    db.prepare('DELETE FROM audit_hashes').run()
    const hashes = new Map<string, Uint8Array>()
    const read = (level: number, index: number): Uint8Array => hashes.get(`${level}/${index}`) as Uint8Array
    const rows = db.prepare('SELECT idx, data FROM audit_entries ORDER BY idx').all() as { idx: number; data: Buffer }[]
    for (const r of rows) {
      for (const [level, idx, hash] of hashesForAppend(r.idx, leafHash(r.data), read)) {
        hashes.set(`${level}/${idx}`, hash)
        db.prepare('INSERT INTO audit_hashes (level, idx, hash) VALUES (?, ?, ?)').run(level, idx, hash)
      }
    }
  }

  it('says which checkpoint the entries no longer match, when every stored hash was recomputed', () => {
    fill(5)
    log.checkpoint(signer.name, signer, 1)
    rewriteEntry1(encodeAuditEntry(started(99), 1))
    expect(verifyAuditLog(log, key())).toMatchObject({
      ok: false,
      firstBadIndex: 4,
      problem: 'entries before 5 no longer match the checkpoint at size 5',
    })
  })

  it('names an entry whose bytes are not an audit entry, even with its hashes recomputed', () => {
    fill(5)
    rewriteEntry1(Buffer.from('x'))
    expect(verifyAuditLog(log, key())).toMatchObject({
      ok: false,
      firstBadIndex: 1,
      problem: 'entry 1 is not a valid audit entry',
    })
  })

  it('checks each co-signature against the witness of its name, among several', async () => {
    const w2 = await generateKeyPair('Ed25519')
    const second: NoteSigner = { name: 'mrn-witness/DEU/z', seed: w2.raw.subarray(0, 32), publicKey: w2.publicKey.raw }
    fill(4)
    const cp = log.checkpoint(signer.name, signer, 1)
    log.addCosignature(cp.size, second.name, cosign(body(cp.note), second, 1_700_000_000), 2)
    const both = [witnessKey(), { name: second.name, publicKey: second.publicKey }]
    expect(verifyAuditLog(log, key(), both)).toMatchObject({ ok: true, cosignatures: 1 })
  })

  it('refuses a bad co-signature at its own size, not at the end of the log', () => {
    fill(4)
    const cp = log.checkpoint(signer.name, signer, 1)
    fill(2)
    log.addCosignature(cp.size, witness.name, cosign(`${body(cp.note)}x`, witness, 1), 2)
    expect(verifyAuditLog(log, key(), [witnessKey()])).toMatchObject({ ok: false, firstBadIndex: 4 })
  })
})

describe('log identity', () => {
  it("names a member's log and witness key from its country and PeerId, with its Ed25519 key", async () => {
    const k = await generateKeyPair('Ed25519')
    const peerId = peerIdFromPrivateKey(k).toString()
    expect(auditOrigin('GRC', peerId)).toBe(`mrn-audit/GRC/${peerId}`)
    expect(witnessName('GRC', peerId)).toBe(`mrn-witness/GRC/${peerId}`)
    expect(memberAuditKey('GRC', peerId)).toEqual({ name: `mrn-audit/GRC/${peerId}`, publicKey: k.publicKey.raw })
    expect(memberWitnessKey('GRC', peerId)).toEqual({ name: `mrn-witness/GRC/${peerId}`, publicKey: k.publicKey.raw })
    expect(parseVerifierKey(memberVerifierKey('GRC', peerId))).toEqual({
      name: `mrn-audit/GRC/${peerId}`,
      publicKey: k.publicKey.raw,
    })
    const s = noteSigner(k, 'origin')
    expect(s).toEqual({ name: 'origin', seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw })
  })

  it('refuses keys that are not Ed25519, for signing and for verifying', async () => {
    const k = await generateKeyPair('secp256k1')
    expect(() => noteSigner(k, 'origin')).toThrow('audit checkpoints need an Ed25519 node key: got secp256k1')
    const peerId = peerIdFromPrivateKey(k).toString()
    expect(() => memberAuditKey('GRC', peerId)).toThrow(`peer ${peerId} has no inline Ed25519 key`)
  })
})
