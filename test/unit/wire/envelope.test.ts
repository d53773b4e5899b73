import { generateKeyPair } from '@libp2p/crypto/keys'
import { describe, expect, it } from 'vitest'
import { decodeEnvelope, encodeEnvelope } from '../../../src/wire/codec.js'
import { openEnvelope, signEnvelope } from '../../../src/wire/envelope.js'

describe('envelope', () => {
  const body = new TextEncoder().encode('exact body bytes')

  it('openEnvelope() returns the body signed by the key', async () => {
    const key = await generateKeyPair('Ed25519')
    expect(await openEnvelope(await signEnvelope(body, key), key.publicKey)).toEqual(body)
  })

  it('openEnvelope() refuses a body changed after signing', async () => {
    const key = await generateKeyPair('Ed25519')
    const env = decodeEnvelope(await signEnvelope(body, key))
    const changed = new Uint8Array(env.body)
    changed[0] = (changed[0] ?? 0) ^ 1
    expect(
      await openEnvelope(encodeEnvelope({ body: changed, signature: env.signature }), key.publicKey),
    ).toBeUndefined()
  })

  it('openEnvelope() refuses a signature by another key', async () => {
    const [a, b] = [await generateKeyPair('Ed25519'), await generateKeyPair('Ed25519')]
    expect(await openEnvelope(await signEnvelope(body, a), b.publicKey)).toBeUndefined()
  })

  it('openEnvelope() refuses an empty signature', async () => {
    const key = await generateKeyPair('Ed25519')
    expect(await openEnvelope(encodeEnvelope({ body, signature: new Uint8Array() }), key.publicKey)).toBeUndefined()
  })
})
