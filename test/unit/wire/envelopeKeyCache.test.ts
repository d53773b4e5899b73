import { generateKeyPair } from '@libp2p/crypto/keys'
import { describe, expect, it, vi } from 'vitest'
import { decodeEnvelope } from '../../../src/wire/codec.js'
import { openEnvelope, signEnvelope } from '../../../src/wire/envelope.js'

// The envelope caches node:crypto key objects (importing a key costs more than the signature on the
// query hot path). Count the imports to see that the cache is used and stays bounded.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  return { ...actual, createPrivateKey: vi.fn(actual.createPrivateKey), createPublicKey: vi.fn(actual.createPublicKey) }
})
const crypto = await import('node:crypto')
const body = new TextEncoder().encode('cached')

describe('envelope key cache', () => {
  it('imports a private key once however often it signs', async () => {
    const key = await generateKeyPair('Ed25519')
    vi.mocked(crypto.createPrivateKey).mockClear()
    for (let i = 0; i < 3; i++) await signEnvelope(body, key)
    expect(crypto.createPrivateKey).toHaveBeenCalledTimes(1)
  })

  it('imports a public key once however often it verifies, keyed by the key bytes', async () => {
    const key = await generateKeyPair('Ed25519')
    const env = await signEnvelope(body, key)
    vi.mocked(crypto.createPublicKey).mockClear()
    for (let i = 0; i < 3; i++) expect(await openEnvelope(env, key.publicKey)).toEqual(body)
    expect(crypto.createPublicKey).toHaveBeenCalledTimes(1)
  })

  it('keeps at most 1024 public keys: the 1025th empties the cache, and every key still verifies', async () => {
    vi.resetModules()
    const fresh = await import('../../../src/wire/envelope.js') // an empty cache
    const keys = await Promise.all(Array.from({ length: 1025 }, () => generateKeyPair('Ed25519')))
    const signed = await Promise.all(keys.map((k) => fresh.signEnvelope(body, k)))
    const imports = async (indices: number[]): Promise<number> => {
      vi.mocked(crypto.createPublicKey).mockClear()
      for (const i of indices) expect(await fresh.openEnvelope(signed[i]!, keys[i]!.publicKey)).toEqual(body)
      return vi.mocked(crypto.createPublicKey).mock.calls.length
    }
    const first1024 = Array.from({ length: 1024 }, (_, i) => i)
    expect(await imports(first1024)).toBe(1024)
    expect(await imports(first1024)).toBe(0) // all 1024 held
    expect(await imports([1024])).toBe(1) // the 1025th: the cache is emptied, then holds it
    expect(await imports([1024])).toBe(0)
    expect(await imports([0])).toBe(1) // the first was dropped with the rest
  })

  it('signs and verifies keys other than Ed25519 through libp2p, without importing them', async () => {
    const key = await generateKeyPair('secp256k1')
    vi.mocked(crypto.createPrivateKey).mockClear()
    vi.mocked(crypto.createPublicKey).mockClear()
    const env = await signEnvelope(body, key)
    expect(await key.publicKey.verify(body, decodeEnvelope(env).signature)).toBe(true)
    expect(await openEnvelope(env, key.publicKey)).toEqual(body)
    expect(crypto.createPrivateKey).not.toHaveBeenCalled()
    expect(crypto.createPublicKey).not.toHaveBeenCalled()
  })
})
