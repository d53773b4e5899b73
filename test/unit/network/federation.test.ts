import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../../../src/audit/auditLog.js'
import { noteSigner, witnessName } from '../../../src/audit/logIdentity.js'
import { cosign } from '../../../src/audit/note.js'
import { verifyAuditLog } from '../../../src/audit/verify.js'
import {
  addMember,
  federationDigest,
  loadFederation,
  loadFormerMembers,
  type Member,
  readMemberEntry,
  removeMember,
  witnessKeysOf,
} from '../../../src/network/federation.js'
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

describe('federation.yaml, entry by entry', () => {
  const entry = (country: string, peerId: string, extra = '') =>
    `  - country: ${country}\n    peerId: ${peerId}\n    addresses: [/ip4/127.0.0.1/tcp/1]\n${extra}`
  const load = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return () => loadFederation(path)
  }

  it('reads a missing file as an empty federation', () => {
    expect(loadFederation(join(dir, 'absent.yaml')).members()).toEqual([])
  })

  it.each<[string, (id: string) => string, RegExp]>([
    [
      'a PeerId listed twice',
      (id) => `members:\n${entry('GRC', id)}${entry('ITA', id)}`,
      /members\[1\]\.peerId: peerId is listed twice/,
    ],
    [
      'a group that is not lower-case',
      (id) => `members:\n${entry('GRC', id, '    groups: [Dublin]\n')}`,
      /members\[0\]\.groups\[0\]: must be lower-case letters, digits, - or _/,
    ],
    [
      'an address that is not a multiaddr',
      (id) => `members:\n  - country: GRC\n    peerId: ${id}\n    addresses: [ip4/127.0.0.1/tcp/1]\n`,
      /members\[0\]\.addresses\[0\]: must be a multiaddr such as \/ip4\/127\.0\.0\.1\/tcp\/4001/,
    ],
    [
      'an empty address',
      (id) => `members:\n  - country: GRC\n    peerId: ${id}\n    addresses: ['']\n`,
      /members\[0\]\.addresses\[0\]: must be a multiaddr/,
    ],
    [
      'a member without an address',
      (id) => `members:\n  - country: GRC\n    peerId: ${id}\n    addresses: []\n`,
      /members\[0\]\.addresses: must list at least one address/,
    ],
  ])('refuses %s, naming where', async (name, text, message) => {
    expect(load(`${name.replace(/\W/g, '-')}.yaml`, text(await newPeerId()))).toThrow(message)
  })

  it('indexes members by PeerId and country; an unknown country has no groups', async () => {
    const [grc, ita] = [await newPeerId(), await newPeerId()]
    const fed = load(
      'view.yaml',
      `members:\n${entry('GRC', grc, '    groups: [dublin, schengen]\n')}${entry('ITA', ita)}`,
    )()
    expect(fed.byPeerId(grc)?.country).toBe('GRC')
    expect(fed.byCountry('ITA')?.peerId).toBe(ita)
    expect([fed.isMember(ita), fed.isMember(await newPeerId())]).toEqual([true, false])
    expect(fed.groupsOf('GRC')).toEqual(['dublin', 'schengen'])
    expect(fed.groupsOf('ITA')).toEqual([])
    expect(fed.groupsOf('XYZ')).toEqual([])
    fed.replace([])
    expect([fed.byPeerId(grc), fed.byCountry('ITA'), fed.isMember(ita), fed.members()]).toEqual([
      undefined,
      undefined,
      false,
      [],
    ])
  })

  it('addMember() refuses a PeerId already listed for another country, and keeps the file sorted', async () => {
    const path = join(dir, 'sorted.yaml')
    const [a, b] = [await newPeerId(), await newPeerId()]
    addMember(path, { country: 'SWE', peerId: a, addresses: ['/ip4/127.0.0.1/tcp/1'], groups: [] })
    addMember(path, { country: 'AUT', peerId: b, addresses: ['/ip4/127.0.0.1/tcp/2'], groups: [] })
    expect(
      loadFederation(path)
        .members()
        .map((m) => m.country),
    ).toEqual(['AUT', 'SWE'])
    expect(readFileSync(path, 'utf8')).toMatch(/^# Federation members: only these peers may connect or be queried\.\n/)
    expect(() =>
      addMember(path, { country: 'ITA', peerId: a, addresses: ['/ip4/127.0.0.1/tcp/3'], groups: [] }),
    ).toThrow(`${path}: peerId ${a} is already listed for SWE`)
  })

  it('removeMember() removes a listed country, and refuses one not listed or the node itself', async () => {
    const path = join(dir, 'remove.yaml')
    const [a, b] = [await newPeerId(), await newPeerId()]
    addMember(path, { country: 'GRC', peerId: a, addresses: ['/ip4/127.0.0.1/tcp/1'], groups: [] })
    addMember(path, { country: 'ITA', peerId: b, addresses: ['/ip4/127.0.0.1/tcp/2'], groups: [] })
    expect(() => removeMember(path, 'DEU', 'GRC')).toThrow(`${path}: DEU is not a member (members: GRC, ITA)`)
    expect(() => removeMember(path, 'GRC', 'GRC')).toThrow(`${path}: GRC is this node; a node cannot remove itself`)
    expect(removeMember(path, 'ITA', 'GRC').peerId).toBe(b)
    expect(
      loadFederation(path)
        .members()
        .map((m) => m.country),
    ).toEqual(['GRC'])
    expect(readFileSync(path, 'utf8')).toMatch(/^# Federation members/)
    // kept as a former member, with when: its key still verifies what it co-signed before, and only that
    const [former] = loadFormerMembers(path)
    expect(former).toMatchObject({ country: 'ITA', peerId: b })
    const removedAt = Date.parse(former?.removedAt ?? '')
    expect(Math.abs(removedAt - Date.now())).toBeLessThan(60_000)
    // an add rewrites the file without losing the former members
    addMember(path, { country: 'DEU', peerId: await newPeerId(), addresses: ['/ip4/127.0.0.1/tcp/3'], groups: [] })
    expect(loadFormerMembers(path).map((m) => m.peerId)).toEqual([b])
    const keys = witnessKeysOf(
      [...loadFederation(path).members(), { ...(former as Member), validUntilMs: removedAt }],
      a,
    )
    expect(keys.find((k) => k.name === `mrn-witness/ITA/${b}`)?.validUntilMs).toBe(removedAt)
  })

  it('readMemberEntry() reads a JSON entry, and names the file when it is not one', async () => {
    const good = join(dir, 'entry.json')
    const id = await newPeerId()
    writeFileSync(good, JSON.stringify({ country: 'ITA', peerId: id, addresses: ['/ip4/127.0.0.1/tcp/9'] }))
    expect(readMemberEntry(good)).toEqual({
      country: 'ITA',
      peerId: id,
      addresses: ['/ip4/127.0.0.1/tcp/9'],
      groups: [],
    })
    const bad = join(dir, 'entry.txt')
    writeFileSync(bad, 'country: ITA')
    expect(() => readMemberEntry(bad)).toThrow(new RegExp(`^${bad}: not a JSON federation entry: `))
    const wrong = join(dir, 'wrong.json')
    writeFileSync(wrong, JSON.stringify({ country: 'it', peerId: id, addresses: ['/ip4/127.0.0.1/tcp/9'] }))
    expect(() => readMemberEntry(wrong)).toThrow(`${wrong}: country: must be 3 upper-case letters`)
  })

  it('witnessKeysOf() lists every other member, and its previous keys until they were replaced', async () => {
    const [self, ita, oldKey] = [await newPeerId(), await newPeerId(), await newPeerId()]
    const keys = witnessKeysOf(
      [
        { country: 'GRC', peerId: self, addresses: ['/ip4/127.0.0.1/tcp/1'], groups: [] },
        {
          country: 'ITA',
          peerId: ita,
          addresses: ['/ip4/127.0.0.1/tcp/2'],
          groups: [],
          previousKeys: [{ peerId: oldKey, replacedAt: '2026-01-02T03:04:05.000Z' }],
        },
      ],
      self,
    )
    const old = Date.UTC(2026, 0, 2, 3, 4, 5)
    const keyOf = (id: string) => Buffer.from(peerIdFromString(id).publicKey!.raw).toString('hex')
    expect(keys.map((k) => [k.name, Buffer.from(k.publicKey).toString('hex'), k.validUntilMs])).toEqual([
      // the current key signs under the name of the member's log
      [witnessName('ITA', ita), keyOf(ita), undefined],
      // a previous key, until it was replaced, under any name the member's logs had
      [witnessName('ITA', ita), keyOf(oldKey), old],
      [witnessName('ITA', oldKey), keyOf(oldKey), old],
    ])
  })

  it('federationDigest() is the same for the same list and differs for another', async () => {
    const m = { country: 'GRC', peerId: await newPeerId(), addresses: ['/ip4/127.0.0.1/tcp/1'], groups: [] }
    expect(federationDigest([m])).toBe(federationDigest([{ ...m }]))
    expect(federationDigest([m])).not.toBe(federationDigest([{ ...m, groups: ['dublin'] }]))
    expect(federationDigest([m])).toMatch(/^[A-Za-z0-9+/]{43}=$/)
  })
})
