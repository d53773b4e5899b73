import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { Federation } from '../../../src/network/federation.js'
import { federationGater } from '../../../src/network/gater.js'

describe('federationGater()', () => {
  it.each(['denyDialPeer', 'denyInboundEncryptedConnection', 'denyOutboundEncryptedConnection'] as const)(
    '%s refuses a non-member, lets a member through, and reports the refusal',
    async (hook) => {
      const member = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
      const stranger = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
      const refused: string[] = []
      const gater = federationGater(
        new Federation([{ country: 'ITA', peerId: member.toString(), addresses: [], groups: [] }]),
        (p) => refused.push(p),
      )
      const deny = gater[hook] as (peerId: typeof member) => boolean
      expect(deny(member)).toBe(false)
      expect(deny(stranger)).toBe(true)
      expect(refused).toEqual([stranger.toString()])
    },
  )

  it('refuses a non-member without anyone to report to', async () => {
    const stranger = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
    const gater = federationGater(new Federation([]))
    const deny = gater.denyInboundEncryptedConnection as (peerId: typeof stranger) => boolean
    expect(deny(stranger)).toBe(true)
  })
})
