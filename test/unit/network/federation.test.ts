import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../../../src/audit/auditLog.js'
import { noteSigner, witnessName } from '../../../src/audit/logIdentity.js'
import { cosign } from '../../../src/audit/note.js'
import { verifyAuditLog } from '../../../src/audit/verify.js'
import { addMember, loadFederation, witnessKeysOf } from '../../../src/network/federation.js'
import { openDatabase } from '../../../src/records/database.js'

const dir = mkdtempSync(join(tmpdir(), 'mrn-fed-'))
const newPeerId = async (): Promise<string> => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()

describe('federation.yaml', () => {
  it('loadFederation() names the file, the path inside it and the bad value', async () => {
    const path = join(dir, 'bad.yaml')
    writeFileSync(
      path,
      `members:\n  - country: gr\n    peerId: ${await newPeerId()}\n    addresses: [/ip4/127.0.0.1/tcp/1]\n`,
    )
    expect(() => loadFederation(path)).toThrow(
      `${path}: members[0].country: must be 3 upper-case letters (ISO 3166-1 alpha-3): got "gr"`,
    )
  })

  it('loadFederation() refuses a PeerId that is not Ed25519', () => {
    const path = join(dir, 'badpeer.yaml')
    writeFileSync(path, 'members:\n  - country: GRC\n    peerId: not-a-peer\n    addresses: [/ip4/127.0.0.1/tcp/1]\n')
    expect(() => loadFederation(path)).toThrow(/members\[0\]\.peerId: must be an Ed25519 libp2p PeerId/)
  })

  it('loadFederation() refuses a country listed twice', async () => {
    const path = join(dir, 'twice.yaml')
    const entry = (id: string) => `  - country: GRC\n    peerId: ${id}\n    addresses: [/ip4/127.0.0.1/tcp/1]\n`
    writeFileSync(path, `members:\n${entry(await newPeerId())}${entry(await newPeerId())}`)
    expect(() => loadFederation(path)).toThrow(/members\[1\]\.country: country is listed twice/)
  })

  it('addMember() adds, updates addresses, and refuses to re-key a country without replace', async () => {
    const path = join(dir, 'fed.yaml')
    const id = await newPeerId()
    addMember(path, { country: 'ITA', peerId: id, addresses: ['/ip4/127.0.0.1/tcp/1'], groups: ['dublin'] })
    addMember(path, { country: 'ITA', peerId: id, addresses: ['/ip4/127.0.0.1/tcp/2'], groups: ['dublin'] })
    expect(loadFederation(path).byCountry('ITA')?.addresses).toEqual(['/ip4/127.0.0.1/tcp/2'])
    const other = await newPeerId()
    expect(() =>
      addMember(path, { country: 'ITA', peerId: other, addresses: ['/ip4/127.0.0.1/tcp/3'], groups: [] }),
    ).toThrow(/--replace/)
    addMember(
      path,
      { country: 'ITA', peerId: other, addresses: ['/ip4/127.0.0.1/tcp/3'], groups: [] },
      { replace: true },
    )
    expect(loadFederation(path).byCountry('ITA')?.peerId).toBe(other)
    expect(loadFederation(path).isMember(id)).toBe(false)
  })
})

describe('a member that re-keys', () => {
  it("keeps the old key in the member's history: never a member again, but its co-signatures verify for the time it was valid", async () => {
    const path = join(dir, 'rekey.yaml')
    const oldKey = await generateKeyPair('Ed25519')
    const newKey = await generateKeyPair('Ed25519')
    const oldId = peerIdFromPrivateKey(oldKey).toString()
    const newId = peerIdFromPrivateKey(newKey).toString()
    const self = await newPeerId()
    addMember(path, { country: 'GRC', peerId: self, addresses: ['/ip4/127.0.0.1/tcp/1'], groups: [] })
    addMember(path, { country: 'ITA', peerId: oldId, addresses: ['/ip4/127.0.0.1/tcp/2'], groups: ['dublin'] })

    // GRC's log, co-signed by ITA's old key
    const log = new AuditLog(openDatabase(join(dir, 'rekey.db')), new Uint8Array(32))
    const ours = await generateKeyPair('Ed25519')
    const signer = noteSigner(ours, 'mrn-audit/GRC/x')
    const oldWitness = noteSigner(oldKey, witnessName('ITA', oldId))
    log.append({ kind: 'node_started', peerId: self }, 1)
    const cp = log.checkpoint(signer.name, signer, 2)
    const body = cp.note.slice(0, cp.note.indexOf('\n\n') + 1)
    const before = Date.now()
    log.addCosignature(cp.size, oldWitness.name, cosign(body, oldWitness, 1), before - 1000)
    const ourKey = { name: signer.name, publicKey: signer.publicKey }

    addMember(
      path,
      { country: 'ITA', peerId: newId, addresses: ['/ip4/127.0.0.1/tcp/3'], groups: ['dublin'] },
      { replace: true },
    )
    const fed = loadFederation(path)
    expect(fed.isMember(oldId)).toBe(false)
    expect(fed.byCountry('ITA')?.previousKeys).toEqual([{ peerId: oldId, replacedAt: expect.any(String) }])
    expect(Date.parse(fed.byCountry('ITA')?.previousKeys?.[0]?.replacedAt ?? '')).toBeGreaterThanOrEqual(before - 5)
    // the old co-signature still verifies: the rotation is not tampering
    expect(verifyAuditLog(log, ourKey, witnessKeysOf(fed.members(), self))).toMatchObject({ ok: true, cosignatures: 1 })
    // without the history it would not
    expect(
      verifyAuditLog(
        log,
        ourKey,
        witnessKeysOf(
          fed.members().map(({ previousKeys: _, ...m }) => m),
          self,
        ),
      ).ok,
    ).toBe(false)
    // the history survives a later update of the member (new address)
    addMember(path, { country: 'ITA', peerId: newId, addresses: ['/ip4/127.0.0.1/tcp/4'], groups: ['dublin'] })
    expect(
      loadFederation(path)
        .byCountry('ITA')
        ?.previousKeys?.map((k) => k.peerId),
    ).toEqual([oldId])
    // a co-signature by the old key stored after it was replaced does not verify
    log.append({ kind: 'node_stopped', peerId: self }, 3)
    const later = log.checkpoint(signer.name, signer, 4)
    const laterBody = later.note.slice(0, later.note.indexOf('\n\n') + 1)
    log.addCosignature(later.size, oldWitness.name, cosign(laterBody, oldWitness, 2), Date.now() + 60_000)
    expect(verifyAuditLog(log, ourKey, witnessKeysOf(loadFederation(path).members(), self))).toMatchObject({
      ok: false,
      problem: `co-signature by ${oldWitness.name} at size 2 does not verify`,
    })
  })
})
