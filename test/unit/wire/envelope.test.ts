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

describe('envelope interoperability', () => {
  it('a signature made by signEnvelope() verifies with libp2p key.verify(), and the reverse', async () => {
    const key = await generateKeyPair('Ed25519')
    const body = new TextEncoder().encode('interop')
    const env = decodeEnvelope(await signEnvelope(body, key))
    expect(await key.publicKey.verify(body, env.signature)).toBe(true)
    const theirs = encodeEnvelope({ body, signature: await key.sign(body) })
    expect(await openEnvelope(theirs, key.publicKey)).toEqual(body)
  })
})
