import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { lpStream, streamPair } from '@libp2p/utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { type AuditEntry, AuditLog } from '../../../src/audit/auditLog.js'
import { auditOrigin, memberAuditKey, noteSigner, witnessName } from '../../../src/audit/logIdentity.js'
import { verifyAuditLog } from '../../../src/audit/verify.js'
import { Witness } from '../../../src/audit/witness.js'
import { Federation, type Member } from '../../../src/network/federation.js'
import { AuditDuties } from '../../../src/node/auditDuties.js'
import { pendingRestore, RESTORE_PENDING_KEY } from '../../../src/node/backup.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { GroupCommit } from '../../../src/records/groupCommit.js'
import { silentLogger } from '../../../src/util/logger.js'
import { mrn } from '../../../src/wire/gen/mrn.js'

const started = (i: number, tag = 'p'): AuditEntry => ({ kind: 'node_started', peerId: `${tag}${i}` })
const NOW = 1_800_000_000_000

interface Node {
  key: PrivateKey
  member: Member
}
async function node(country: string): Promise<Node> {
  const key = await generateKeyPair('Ed25519')
  return { key, member: { country, peerId: peerIdFromPrivateKey(key).toString(), addresses: [], groups: [] } }
}

/**
 * AuditDuties.completeRestore against witnesses that answer /mrn/witnessed
 * over in-memory streams: ITA's log grew to 13 entries, all co-signed; its
 * backup holds the first 9.
 */
describe('finishing a restore with the witnesses', () => {
  let ita: Node
  let grc: Node
  let deu: Node
  let original: AuditLog
  let db: Db
  let restored: AuditLog
  /** What each witness answers, by PeerId; absent: unreachable. */
  let answers: Map<string, Uint8Array>

  const origin = () => auditOrigin('ITA', ita.member.peerId)
  /** `w` co-signs the original log at `size` (with the frontier, as a node sends it), as a real witness. */
  const cosignedBy = (w: Node, size: number, frontier = original.frontier(size)): mrn.v1.IWitnessedResponse => {
    const witness = new Witness(
      openDatabase(':memory:'),
      noteSigner(w.key, witnessName(w.member.country, w.member.peerId)),
    )
    const note = original.checkpoints().find((c) => c.size === size)?.note as string
    const publicKey = memberAuditKey('ITA', ita.member.peerId).publicKey
    expect(witness.witness(note, 0, [], { origin: origin(), publicKey }, NOW, frontier).status).toBe('COSIGNED')
    const last = witness.lastWitnessed(origin(), NOW)
    return { checkpoint: last?.note, frontier: last?.frontier, cosignature: last?.cosignature }
  }
  const answer = (w: Node, res: mrn.v1.IWitnessedResponse) =>
    answers.set(w.member.peerId, mrn.v1.WitnessedResponse.encode(res).finish())
  const duties = () =>
    new AuditDuties(
      {
        db,
        commit: new GroupCommit(db),
        audit: restored,
        federation: new Federation([ita.member, grc.member, deu.member]),
        libp2p: {
          dialProtocol: async (peer: unknown) => {
            const bytes = answers.get(String(peer))
            if (bytes === undefined) throw new Error('unreachable')
            const [outbound, inbound] = await streamPair()
            void (async () => {
              const lp = lpStream(inbound)
              await lp.read()
              await lp.write(bytes)
            })().catch(() => undefined)
            return outbound
          },
        } as never,
        privateKey: ita.key,
        clock: { nowMs: () => NOW },
        logger: silentLogger,
      },
      { country: 'ITA', peerId: ita.member.peerId, peerTimeoutMs: 1_000 },
    )
  const restore = { backupSize: 9, takenAtMs: NOW - 60_000 }
  const markPending = () =>
    db.prepare('INSERT INTO node_meta (key, value) VALUES (?, ?)').run(RESTORE_PENDING_KEY, JSON.stringify(restore))

  beforeEach(async () => {
    ita = await node('ITA')
    grc = await node('GRC')
    deu = await node('DEU')
    const signer = noteSigner(ita.key, auditOrigin('ITA', ita.member.peerId))
    original = new AuditLog(openDatabase(':memory:'), new Uint8Array(32))
    for (let i = 0; i < 13; i++) {
      original.append(started(i), 1_000 + i)
      if (i === 10) original.checkpoint(signer.name, signer, 2_000)
    }
    original.checkpoint(signer.name, signer, 3_000)
    db = openDatabase(':memory:')
    restored = new AuditLog(db, new Uint8Array(32))
    for (let i = 0; i < 9; i++) restored.append(started(i), 1_000 + i)
    markPending()
    answers = new Map()
  })

  it('continues at the largest co-signed size, storing both cosignatures, and the log verifies', async () => {
    answer(grc, cosignedBy(grc, 13))
    answer(deu, cosignedBy(deu, 13))
    const out = await duties().completeRestore(restore, { timeoutMs: 1_000 })
    expect(out).toStrictEqual({
      lostFrom: 9,
      lostTo: 13,
      asked: 2,
      answered: 2,
      cosignedBy: ['GRC', 'DEU'],
      behind: [],
      ignored: [],
    })
    expect(restored.size()).toBe(14)
    expect(restored.list(13, 1)[0]?.entry).toStrictEqual({
      kind: 'log_restored',
      lostFrom: 9,
      lostTo: 13,
      backupTakenAtMs: NOW - 60_000,
    })
    expect(restored.cosignaturesAt(13).map((c) => c.witness)).toEqual([
      witnessName('DEU', deu.member.peerId),
      witnessName('GRC', grc.member.peerId),
    ])
    expect(pendingRestore(db)).toBeUndefined()
    const key = memberAuditKey('ITA', ita.member.peerId)
    const witnesses = [grc, deu].map((w) => ({
      name: witnessName(w.member.country, w.member.peerId),
      publicKey: w.key.publicKey.raw,
    }))
    expect(verifyAuditLog(restored, key, witnesses)).toMatchObject({ ok: true, lost: [{ from: 9, to: 13 }] })
  })

  it('refuses, changing nothing, when fewer witnesses answer than it needs; proceeds with fewer when told', async () => {
    answer(grc, cosignedBy(grc, 13))
    await expect(duties().completeRestore(restore, { timeoutMs: 1_000 })).rejects.toThrow(
      'restored from a backup: 1 of 2 witnesses answered (DEU did not), and 2 must say where this log ended',
    )
    expect(restored.size()).toBe(9)
    expect(restored.lostRanges()).toEqual([])
    expect(pendingRestore(db)).toEqual(restore)
    const out = await duties().completeRestore(restore, { timeoutMs: 1_000, minWitnesses: 1 })
    expect(out).toMatchObject({ lostTo: 13, answered: 1, cosignedBy: ['GRC'] })
  })

  it('ignores an answer not signed by this node, and one without a frontier that folds to its root', async () => {
    const forger = await node('ITA')
    const forged = new AuditLog(openDatabase(':memory:'), new Uint8Array(32))
    for (let i = 0; i < 20; i++) forged.append(started(i, 'x'), 1)
    const fs = noteSigner(forger.key, origin())
    const note = forged.checkpoint(fs.name, fs, 1).note
    answer(grc, { checkpoint: note, frontier: forged.frontier(20) })
    answer(deu, { ...cosignedBy(deu, 13), frontier: original.frontier(12) })
    const out = await duties().completeRestore(restore, { timeoutMs: 1_000 })
    expect(out.ignored).toEqual([
      'GRC: not a checkpoint signed by this node',
      'DEU: no frontier for its checkpoint of size 13',
    ])
    // nothing usable: the log continues where the backup ended, and says nothing co-signed was lost
    expect(out).toMatchObject({ lostFrom: 9, lostTo: 9, cosignedBy: [] })
    expect(restored.lostRanges()).toEqual([])
    expect(restored.list(9, 1)[0]?.entry).toMatchObject({ kind: 'log_restored', lostFrom: 9, lostTo: 9 })
  })

  it('names a witness that co-signed less than the others: the lost entries cannot be proven to it', async () => {
    answer(grc, cosignedBy(grc, 13))
    answer(deu, cosignedBy(deu, 11))
    const out = await duties().completeRestore(restore, { timeoutMs: 1_000 })
    expect(out).toMatchObject({ lostTo: 13, cosignedBy: ['GRC'], behind: ['DEU'] })
  })

  it('continues where the backup ended when no witness co-signed past it', async () => {
    answer(grc, {})
    answer(deu, {})
    const out = await duties().completeRestore(restore, { timeoutMs: 1_000 })
    expect(out).toMatchObject({ lostFrom: 9, lostTo: 9, answered: 2, behind: [] })
    expect(restored.size()).toBe(10)
  })

  it('refuses a backup that is not a prefix of the log the witnesses co-signed, changing nothing', async () => {
    db = openDatabase(':memory:')
    restored = new AuditLog(db, new Uint8Array(32))
    for (let i = 0; i < 9; i++) restored.append(started(i, 'other'), 1_000 + i)
    markPending()
    answer(grc, cosignedBy(grc, 13))
    answer(deu, cosignedBy(deu, 13))
    await expect(duties().completeRestore(restore, { timeoutMs: 1_000 })).rejects.toThrow(
      /restored from a backup that is not a prefix of the log its witnesses co-signed \(frontier hash 3\/0 differs/,
    )
    expect(restored.size()).toBe(9)
    expect(restored.checkpoints()).toEqual([])
    expect(pendingRestore(db)).toEqual(restore)
  })
})
