import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { addMember, loadFederation } from '../../../src/network/federation.js'

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
