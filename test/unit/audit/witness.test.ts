import { generateKeyPair } from '@libp2p/crypto/keys'
import { beforeEach, describe, expect, it } from 'vitest'
import { AuditLog } from '../../../src/audit/auditLog.js'
import { checkpointBody, type NoteSigner, signCheckpoint, verifyCosignature } from '../../../src/audit/note.js'
import { Witness } from '../../../src/audit/witness.js'
import { openDatabase } from '../../../src/records/database.js'

const signerFor = async (name: string): Promise<NoteSigner> => {
  const k = await generateKeyPair('Ed25519')
  return { name, seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw }
}

/** A log of `n` entries that ITA signs checkpoints of, and a witness (GRC) with its own database. */
describe('Witness.witness() refuses every checkpoint it must not co-sign', () => {
  const ORIGIN = 'mrn-audit/ITA/peer'
  let log: AuditLog
  let ita: NoteSigner
  let witness: Witness
  let other: NoteSigner
  const logKey = () => ({ origin: ORIGIN, publicKey: ita.publicKey })
  const grow = (n: number): void => {
    for (let i = 0; i < n; i++) log.append({ kind: 'node_started', peerId: `p${log.size()}` }, 1)
  }
  const note = (size = log.size(), signer = ita, origin = ORIGIN): string =>
    signCheckpoint(checkpointBody(origin, size, log.rootHash(size)), { ...signer, name: origin })

  beforeEach(async () => {
    log = new AuditLog(openDatabase(':memory:'), new Uint8Array(32))
    ita = await signerFor(ORIGIN)
    other = await signerFor(ORIGIN)
    witness = new Witness(openDatabase(':memory:'), await signerFor('mrn-witness/GRC/peer'))
    grow(5)
    expect(witness.witness(note(), 0, [], logKey(), 1_000).status).toBe('COSIGNED')
  })

  it('co-signs a grown log with a consistency proof from the size it co-signed', () => {
    grow(3)
    expect(witness.witness(note(), 5, log.consistencyProof(5, 8), logKey(), 2_000)).toMatchObject({
      status: 'COSIGNED',
      size: 8,
    })
    expect(witness.lastWitnessed(ORIGIN, 2_000)?.note).toBe(note(8))
  })

  const BAD = { status: 'BAD_CHECKPOINT', lastSize: 5, detail: 'not a checkpoint of this member, or a bad signature' }
  it.each<[string, () => [string, number, Uint8Array[]], object]>([
    ['a checkpoint signed by another key', () => [note(5, other), 0, []], BAD],
    ['a note that is not a checkpoint', () => ['not a note\n\n', 0, []], BAD],
    ['a checkpoint of another log (origin)', () => [note(5, ita, 'mrn-audit/DEU/peer'), 0, []], BAD],
    [
      'a rollback to a smaller size',
      () => [note(4), 5, []],
      { status: 'CONFLICT', lastSize: 5, detail: 'rollback from size 5 to 4' },
    ],
    [
      'a grown log claiming another old size',
      () => {
        grow(2)
        return [note(), 3, log.consistencyProof(3, 7)]
      },
      { status: 'OLD_SIZE_MISMATCH', lastSize: 5 },
    ],
    [
      'a grown log with a wrong consistency proof',
      () => {
        grow(2)
        return [note(), 5, log.consistencyProof(4, 7)]
      },
      { status: 'CONFLICT', lastSize: 5, detail: 'size 7 is not consistent with co-signed size 5' },
    ],
  ])('refuses %s, saying what it co-signed last and why', (_, make, outcome) => {
    const [n, oldSize, proof] = make()
    expect(witness.witness(n, oldSize, proof, logKey(), 3_000)).toStrictEqual(outcome)
    expect(witness.lastWitnessed(ORIGIN, 3_000)?.note).toBe(note(5)) // nothing co-signed is forgotten or replaced
  })

  it('refuses a first checkpoint that claims an old size, having co-signed nothing of that log', async () => {
    const fresh = new Witness(openDatabase(':memory:'), await signerFor('mrn-witness/DEU/peer'))
    expect(fresh.witness(note(), 3, log.consistencyProof(3, 5), logKey(), 1_000)).toStrictEqual({
      status: 'OLD_SIZE_MISMATCH',
      lastSize: 0,
    })
    expect(fresh.lastWitnessed(ORIGIN, 1_000)).toBeUndefined()
  })

  it('co-signs again the checkpoint it co-signed last, whatever old size the repeat names', () => {
    expect(witness.witness(note(), 0, [], logKey(), 2_000)).toMatchObject({ status: 'COSIGNED', size: 5 })
  })

  it('dates its co-signature in whole seconds of its clock', async () => {
    const signer = await signerFor('mrn-witness/SWE/peer')
    const own = new Witness(openDatabase(':memory:'), signer)
    const outcome = own.witness(note(), 0, [], logKey(), 1_700_000_123_999)
    expect(outcome.status).toBe('COSIGNED')
    const line = (outcome as { cosignature: string }).cosignature
    const body = note().slice(0, note().indexOf('\n\n') + 1)
    expect(verifyCosignature(body, line, signer.name, signer.publicKey)).toBe(1_700_000_123)
  })

  it('refuses a fork: another root at the size it co-signed', async () => {
    const forked = new AuditLog(openDatabase(':memory:'), new Uint8Array(32))
    for (let i = 0; i < 5; i++) forked.append({ kind: 'node_started', peerId: `fork${i}` }, 1)
    const fork = signCheckpoint(checkpointBody(ORIGIN, 5, forked.rootHash(5)), ita)
    expect(witness.witness(fork, 5, [], logKey(), 3_000)).toMatchObject({
      status: 'CONFLICT',
      detail: expect.stringMatching(/fork at size 5/),
    })
  })

  it('keeps the frontier a log sends with its checkpoint, and returns it with a fresh cosignature', async () => {
    const signer = await signerFor('mrn-witness/SWE/peer')
    const own = new Witness(openDatabase(':memory:'), signer)
    grow(2) // 7 leaves: a frontier of three subtrees
    expect(own.witness(note(), 0, [], logKey(), 1_000, log.frontier(7)).status).toBe('COSIGNED')
    const last = own.lastWitnessed(ORIGIN, 9_000_000)
    expect(last?.note).toBe(note(7))
    expect(last?.frontier.map((h) => Buffer.from(h).toString('hex'))).toStrictEqual(
      log.frontier(7).map((h) => Buffer.from(h).toString('hex')),
    )
    const body = note().slice(0, note().indexOf('\n\n') + 1)
    expect(verifyCosignature(body, last?.cosignature ?? '', signer.name, signer.publicKey)).toBe(9_000)
  })

  it.each<[string, () => Uint8Array[]]>([
    ['a frontier of another size', () => log.frontier(6)],
    ['a frontier with one hash changed', () => log.frontier(7).map((h, i) => (i === 1 ? new Uint8Array(32) : h))],
    ['a frontier with a hash too short', () => log.frontier(7).map((h, i) => (i === 2 ? h.subarray(1) : h))],
  ])('refuses a checkpoint sent with %s, and forgets nothing', (_, make) => {
    grow(2)
    const proof = log.consistencyProof(5, 7)
    expect(witness.witness(note(), 5, proof, logKey(), 3_000, make())).toMatchObject({
      status: 'BAD_PROOF',
      lastSize: 5,
    })
    expect(witness.lastWitnessed(ORIGIN, 3_000)?.note).toBe(note(5))
  })
})
