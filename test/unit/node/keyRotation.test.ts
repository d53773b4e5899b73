import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditLog } from '../../../src/audit/auditLog.js'
import { logKeyOf, signedByLogKey } from '../../../src/audit/logIdentity.js'
import { checkpointBody, parseCheckpoint, signCheckpoint } from '../../../src/audit/note.js'
import {
  acceptedKeysOf,
  Federation,
  loadFederation,
  logPeerIdOf,
  type Member,
  memberLogKey,
  memberWitnessKeys,
  updateMember,
  witnessKeysOf,
} from '../../../src/network/federation.js'
import { installMembership, signMembership, verifyMembership } from '../../../src/network/membership.js'
import { addToDraft, draftMembers, initAuthority, rotateInDraft } from '../../../src/node/authority.js'
import { loadNodeConfig } from '../../../src/node/config.js'
import { keyFileText, loadKeyFile } from '../../../src/node/identity.js'
import { initNode } from '../../../src/node/init.js'
import {
  activateRotation,
  type KeyRotation,
  pendingRotation,
  prepareRotation,
  ROTATION_FILES,
  rotateMember,
  signRotation,
  verifyRotation,
} from '../../../src/node/keyRotation.js'
import { openDatabase } from '../../../src/records/database.js'
import { loadNodeSecret } from '../../../src/util/privateFiles.js'
import { mrn } from '../../../src/wire/gen/mrn.js'

const idOf = (k: PrivateKey) => peerIdFromPrivateKey(k).toString()
const DAY = 86_400_000

describe('key rotation statements', () => {
  let oldKey: PrivateKey
  let newKey: PrivateKey
  let other: PrivateKey
  let member: Member
  let r: KeyRotation
  let dir: string

  beforeAll(async () => {
    oldKey = await generateKeyPair('Ed25519')
    newKey = await generateKeyPair('Ed25519')
    other = await generateKeyPair('Ed25519')
    member = { country: 'ITA', peerId: idOf(oldKey), addresses: ['/ip4/127.0.0.1/tcp/4001'], groups: ['dublin'] }
    r = {
      country: 'ITA',
      logPeerId: idOf(oldKey),
      oldPeerId: idOf(oldKey),
      newPeerId: idOf(newKey),
      issuedAtMs: 1_800_000_000_000,
      acceptedUntilMs: 1_800_000_000_000 + 14 * DAY,
      addresses: ['/ip4/127.0.0.1/tcp/4002'],
    }
    dir = mkdtempSync(join(tmpdir(), 'mrn-rotation-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('verifies a statement signed by both keys, and refuses one missing either signature or tampered with', async () => {
    const bytes = await signRotation(r, oldKey, newKey)
    expect(verifyRotation(bytes, 'f')).toEqual(r)
    // signed by another key in place of the old one: anyone could claim a member's identity
    await expect(async () => verifyRotation(await signRotation(r, other, newKey), 'f')).rejects.toThrow(
      `f: not signed by the key it replaces (${r.oldPeerId})`,
    )
    // a new key the signer does not hold
    await expect(async () => verifyRotation(await signRotation(r, oldKey, other), 'f')).rejects.toThrow(
      `f: not signed by the new key it announces (${r.newPeerId})`,
    )
    // any changed byte of the statement
    const signed = mrn.v1.SignedKeyRotation.decode(bytes)
    const changed = mrn.v1.KeyRotation.encode({ ...mrn.v1.KeyRotation.decode(signed.statement), acceptedUntilMs: 1 })
    const tampered = mrn.v1.SignedKeyRotation.encode({ ...signed, statement: changed.finish() }).finish()
    expect(() => verifyRotation(tampered, 'f')).toThrow('not signed by the key it replaces')
    expect(() => verifyRotation(new Uint8Array([1, 2, 3]), 'f')).toThrow('f: not a key rotation statement')
    expect(() => verifyRotation(new Uint8Array(70_000), 'f')).toThrow('too large')
    await expect(async () =>
      verifyRotation(await signRotation({ ...r, newPeerId: r.oldPeerId }, oldKey, oldKey), 'f'),
    ).rejects.toThrow('the old and the new key are the same')
    await expect(async () =>
      verifyRotation(await signRotation({ ...r, country: '' }, oldKey, newKey), 'f'),
    ).rejects.toThrow('names no country')
  })

  it('refuses a statement naming something that is not an Ed25519 PeerId, or signed without its context', async () => {
    // signatures over the statement alone, not "mrn-key-rotation/v1\n" + statement: another protocol's bytes
    const bare = mrn.v1.KeyRotation.encode(r).finish()
    const withoutContext = mrn.v1.SignedKeyRotation.encode({
      statement: bare,
      oldKeySignature: await oldKey.sign(bare),
      newKeySignature: await newKey.sign(bare),
    }).finish()
    expect(() => verifyRotation(withoutContext, 'f')).toThrow('not signed by the key it replaces')
    // an old key that is not a PeerId at all, or a secp256k1 one
    const secp = peerIdFromPrivateKey(await generateKeyPair('secp256k1')).toString()
    for (const oldPeerId of ['not-a-peer-id', secp])
      await expect(async () =>
        verifyRotation(await signRotation({ ...r, oldPeerId }, oldKey, newKey), 'f'),
      ).rejects.toThrow(`not signed by the key it replaces (${oldPeerId})`)
    // exactly the size cap is not "too large" (it is then simply not a statement)
    expect(() => verifyRotation(new Uint8Array(64 * 1024).fill(0xff), 'f')).toThrow('f: not a key rotation statement')
  })

  it('rotates a member: new key current, old key accepted until the overlap ends, the log keeps its name', () => {
    const m = rotateMember(member, r, 'f')
    expect(m).toMatchObject({
      peerId: r.newPeerId,
      logPeerId: r.oldPeerId,
      addresses: r.addresses,
      groups: ['dublin'],
      previousKeys: [
        {
          peerId: r.oldPeerId,
          replacedAt: new Date(r.issuedAtMs).toISOString(),
          acceptedUntil: new Date(r.acceptedUntilMs).toISOString(),
        },
      ],
    })
    expect(acceptedKeysOf(m, r.acceptedUntilMs - 1)).toEqual([r.newPeerId, r.oldPeerId])
    expect(acceptedKeysOf(m, r.acceptedUntilMs)).toEqual([r.newPeerId])
    expect(logPeerIdOf(m)).toBe(r.oldPeerId)
    // refusals: applied twice, another country, a stale old key, another log
    expect(() => rotateMember(m, r, 'f')).toThrow('f: already applied')
    expect(() => rotateMember({ ...member, country: 'GRC' }, r, 'f')).toThrow('f: the statement is for ITA, not GRC')
    expect(() => rotateMember({ ...member, peerId: idOf(other) }, r, 'f')).toThrow(
      `replaces ${r.oldPeerId}, but ITA's current key is ${idOf(other)}`,
    )
    expect(() => rotateMember({ ...member, logPeerId: idOf(other) }, r, 'f')).toThrow('names log key')
    // a second rotation keeps the first key as the log's name
    const r2 = { ...r, oldPeerId: r.newPeerId, newPeerId: idOf(other), addresses: [] }
    const m2 = rotateMember(m, r2, 'g')
    expect(m2.logPeerId).toBe(r.oldPeerId)
    expect(m2.addresses).toEqual(r.addresses)
    expect(m2.previousKeys?.map((k) => k.peerId)).toEqual([r.oldPeerId, r.newPeerId])
  })

  it('admits a previous key for connections only during its overlap', () => {
    const m = rotateMember(member, { ...r, acceptedUntilMs: Date.now() + 60_000 }, 'f')
    const fed = new Federation([m])
    expect(fed.byPeerId(r.newPeerId)?.country).toBe('ITA')
    expect(fed.byPeerId(r.oldPeerId)?.country).toBe('ITA')
    const over = new Federation([rotateMember(member, { ...r, acceptedUntilMs: Date.now() - 1 }, 'f')])
    expect(over.isMember(r.oldPeerId)).toBe(false)
    expect(over.isMember(r.newPeerId)).toBe(true)
    // a re-key (no overlap) is never accepted for a connection
    const rekeyed = new Federation([
      { ...member, peerId: r.newPeerId, previousKeys: [{ peerId: r.oldPeerId, replacedAt: new Date().toISOString() }] },
    ])
    expect(rekeyed.isMember(r.oldPeerId)).toBe(false)
  })

  it("verifies the log's checkpoints by every key it had, under its first key's name, and its co-signatures likewise", () => {
    const m = rotateMember(member, { ...r, acceptedUntilMs: Date.now() + DAY }, 'f')
    const key = memberLogKey(m)
    expect(key.name).toBe(`mrn-audit/ITA/${r.oldPeerId}`)
    const body = checkpointBody(key.name, 1, new Uint8Array(32))
    const signed = (k: PrivateKey) =>
      parseCheckpoint(
        signCheckpoint(body, { name: key.name, seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw }),
      )!
    expect(signedByLogKey(signed(oldKey), key)).toBe(true)
    expect(signedByLogKey(signed(newKey), key)).toBe(true)
    expect(signedByLogKey(signed(other), key)).toBe(false)
    // the name matters: the new key's own name is not this log's
    expect(signedByLogKey(signed(newKey), logKeyOf('ITA', r.newPeerId, r.newPeerId))).toBe(false)
    // new checkpoints: the old key only during the overlap
    expect(signedByLogKey(signed(oldKey), memberLogKey(m, Date.now()))).toBe(true)
    expect(signedByLogKey(signed(oldKey), memberLogKey(m, Date.now() + 2 * DAY))).toBe(false)
    // witness keys: one name, each accepted key
    const w = memberWitnessKeys(m, Date.now())
    expect(w.map((x) => x.name)).toEqual([`mrn-witness/ITA/${r.oldPeerId}`, `mrn-witness/ITA/${r.oldPeerId}`])
    expect(memberWitnessKeys(m, Date.now() + 2 * DAY)).toHaveLength(1)
    // stored co-signatures: the old key vouches for what it co-signed until its overlap ended
    const all = witnessKeysOf([m], 'someone-else')
    const old = all.filter((x) => Buffer.from(x.publicKey).equals(Buffer.from(oldKey.publicKey.raw)))
    expect(old.map((x) => x.name)).toContain(`mrn-witness/ITA/${r.oldPeerId}`)
    expect(old.every((x) => (x.validUntilMs ?? 0) > Date.now())).toBe(true)
  })

  it('carries the log name and the overlap through a signed membership, and the authority applies statements', async () => {
    const m = rotateMember(member, r, 'f')
    const authority = await generateKeyPair('Ed25519')
    const bytes = await signMembership(
      { federation: 't', version: 1, issuedAtMs: r.issuedAtMs, members: [m] },
      authority,
    )
    const pinned = Buffer.from(authority.publicKey.raw).toString('base64')
    expect(verifyMembership(bytes, pinned, 'v1').members[0]).toEqual(m)

    const authDir = join(dir, 'authority')
    await initAuthority(authDir, 't', undefined)
    addToDraft(authDir, member, ['dublin'])
    const file = join(dir, 'statement')
    writeFileSync(file, await signRotation(r, oldKey, newKey))
    const rotated = rotateInDraft(authDir, await signRotation(r, oldKey, newKey), file)
    expect(rotated).toMatchObject({ peerId: r.newPeerId, logPeerId: r.oldPeerId, groups: ['dublin'] })
    expect(draftMembers(authDir)[0]).toMatchObject({ peerId: r.newPeerId, logPeerId: r.oldPeerId })
    // re-adding the member's entry (new addresses) keeps its log name
    addToDraft(authDir, { ...member, peerId: r.newPeerId, addresses: ['/ip4/10.0.0.1/tcp/1'] }, ['dublin'])
    expect(draftMembers(authDir)[0]?.logPeerId).toBe(r.oldPeerId)
    expect(() => rotateInDraft(authDir, new Uint8Array([1]), 'x')).toThrow('x: not a key rotation statement')
  })
})

describe('rotating a node directory', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mrn-rotate-dir-'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const node = async (name: string, authority?: string) => {
    const dir = join(root, name)
    const self = await initNode({
      dir,
      country: 'ITA',
      listen: ['/ip4/127.0.0.1/tcp/0'],
      ...(authority === undefined ? {} : { authority }),
    })
    return { dir, self, config: loadNodeConfig(dir) }
  }
  const keyId = (path: string) => idOf(loadKeyFile(path, undefined))

  it('makes the new key and the statement, then switches a stopped node to it, audited, once', async () => {
    const { dir, self, config } = await node('hand')
    const { rotation, statementPath } = await prepareRotation(config, self, undefined, {
      nowMs: 1_800_000_000_000,
      overlapDays: 3,
    })
    expect(rotation).toMatchObject({
      country: 'ITA',
      oldPeerId: self.peerId,
      logPeerId: self.peerId,
      issuedAtMs: 1_800_000_000_000,
      acceptedUntilMs: 1_800_000_000_000 + 3 * DAY,
      addresses: self.addresses,
    })
    expect(keyId(join(dir, ROTATION_FILES.nextKey))).toBe(rotation.newPeerId)
    expect(statSync(join(dir, ROTATION_FILES.nextKey)).mode & 0o777).toBe(0o600)
    expect(pendingRotation(dir)).toEqual(rotation)
    expect(statementPath).toBe(join(dir, ROTATION_FILES.statement))
    // the node keeps its key until activation, and one rotation at a time
    expect(keyId(config.paths.key)).toBe(self.peerId)
    await expect(prepareRotation(config, self, undefined, { nowMs: 1, overlapDays: 3 })).rejects.toThrow(
      'a key rotation is already in progress',
    )

    const r = activateRotation(config, undefined, 1_800_000_001_000)
    expect(r).toEqual(rotation)
    expect(keyId(config.paths.key)).toBe(rotation.newPeerId)
    expect(existsSync(join(dir, ROTATION_FILES.nextKey))).toBe(false)
    expect(pendingRotation(dir)).toBeUndefined()
    // its own entry names the new key, the old one in its history, and the log's name
    const entry = loadFederation(config.paths.federation).byCountry('ITA')
    expect(entry).toMatchObject({ peerId: rotation.newPeerId, logPeerId: self.peerId })
    expect(entry?.previousKeys?.map((k) => k.peerId)).toEqual([self.peerId])
    const db = openDatabase(config.paths.database)
    const last = new AuditLog(db, loadNodeSecret(config.paths.secret)).list(0, 100).at(-1)
    db.close()
    expect(last).toMatchObject({
      atMs: 1_800_000_001_000,
      entry: { kind: 'admin_action', action: 'key_rotated', peerId: rotation.newPeerId },
    })
    expect(() => activateRotation(config, undefined, Date.now())).toThrow('no key rotation in progress')
  })

  it("refuses an overlap out of range and a key that is not the entry's, writing nothing", async () => {
    const { dir, self, config } = await node('refusals')
    for (const overlapDays of [0, 366, 1.5])
      await expect(prepareRotation(config, self, undefined, { nowMs: 1, overlapDays })).rejects.toThrow(
        `--overlap-days ${overlapDays}: must be a whole number of days from 1 to 365`,
      )
    const stranger = await generateKeyPair('Ed25519')
    await expect(
      prepareRotation(config, { ...self, peerId: idOf(stranger) }, undefined, { nowMs: 1, overlapDays: 3 }),
    ).rejects.toThrow(`this key is ${self.peerId}, but the node's entry says ${idOf(stranger)}`)
    expect(existsSync(join(dir, ROTATION_FILES.nextKey))).toBe(false)
    expect(existsSync(join(dir, ROTATION_FILES.statement))).toBe(false)
  })

  it('takes an overlap of 1 and of 365 days, and refuses a half-made rotation or a database that is not there', async () => {
    for (const overlapDays of [1, 365]) {
      const { dir, self, config } = await node(`overlap-${overlapDays}`)
      const { rotation } = await prepareRotation(config, self, undefined, { nowMs: 0, overlapDays })
      expect(rotation.acceptedUntilMs).toBe(overlapDays * DAY)
      // a statement without its key (the key file removed by hand) is still a rotation in progress
      rmSync(join(dir, ROTATION_FILES.nextKey))
      await expect(prepareRotation(config, self, undefined, { nowMs: 0, overlapDays })).rejects.toThrow(
        'already in progress',
      )
      expect(() => activateRotation(config, undefined, Date.now())).toThrow(
        `${join(dir, ROTATION_FILES.nextKey)}: missing; \`mrn key rotate\` makes it`,
      )
    }
    const { self, config } = await node('no-db')
    await prepareRotation(config, self, undefined, { nowMs: Date.now(), overlapDays: 3 })
    rmSync(config.paths.database)
    expect(() => activateRotation(config, undefined, Date.now())).toThrow()
    expect(existsSync(config.paths.database)).toBe(false)
    expect(keyId(config.paths.key)).toBe(self.peerId)
    // its entry unchanged: the node still starts on its old key
    expect(loadFederation(config.paths.federation).byCountry('ITA')?.peerId).toBe(self.peerId)
  })

  it('completes an activation a crash cut short, and refuses a next key that is not the announced one', async () => {
    const { self, config } = await node('crash')
    const { rotation } = await prepareRotation(config, self, undefined, { nowMs: Date.now(), overlapDays: 3 })
    // the entry was rotated before the crash: activation goes on from there
    updateMember(config.paths.federation, 'ITA', (m) => rotateMember(m, rotation, 'before the crash'))
    activateRotation(config, undefined, Date.now())
    expect(keyId(config.paths.key)).toBe(rotation.newPeerId)
    expect(loadFederation(config.paths.federation).byCountry('ITA')?.previousKeys).toHaveLength(1)

    const other = await node('swapped')
    const prepared = await prepareRotation(other.config, other.self, undefined, { nowMs: Date.now(), overlapDays: 3 })
    writeFileSync(join(other.dir, ROTATION_FILES.nextKey), keyFileText(await generateKeyPair('Ed25519'), undefined), {
      mode: 0o600,
    })
    expect(() => activateRotation(other.config, undefined, Date.now())).toThrow(
      `is not the key ${prepared.rotation.newPeerId} the statement announces`,
    )
    expect(keyId(other.config.paths.key)).toBe(other.self.peerId)
  })

  it('in authority mode, activates only once the held membership lists the new key', async () => {
    const authority = await generateKeyPair('Ed25519')
    const pinned = Buffer.from(authority.publicKey.raw).toString('base64')
    const { self, config } = await node('authority', pinned)
    const { rotation, statementPath } = await prepareRotation(config, self, undefined, {
      nowMs: Date.now(),
      overlapDays: 3,
    })
    const sign = async (version: number, m: Member) =>
      signMembership({ federation: 't', version, issuedAtMs: Date.now(), members: [m] }, authority)
    // no version held at all
    expect(() => activateRotation(config, undefined, Date.now())).toThrow(`lists ITA with key (none), not the new key`)
    installMembership(config.paths.membership, pinned, await sign(1, self), 'v1')
    expect(() => activateRotation(config, undefined, Date.now())).toThrow(
      `lists ITA with key ${self.peerId}, not the new key ${rotation.newPeerId}: have the authority apply ${statementPath}`,
    )
    expect(keyId(config.paths.key)).toBe(self.peerId)
    installMembership(config.paths.membership, pinned, await sign(2, rotateMember(self, rotation, 's')), 'v2')
    activateRotation(config, undefined, Date.now())
    expect(keyId(config.paths.key)).toBe(rotation.newPeerId)
    // federation.yaml is not the source of members here: left as it was
    expect(loadFederation(config.paths.federation).byCountry('ITA')?.peerId).toBe(self.peerId)
  })
})
