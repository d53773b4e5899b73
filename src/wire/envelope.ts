import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto'
import type { PrivateKey, PublicKey } from '@libp2p/interface'
import { decodeEnvelope, encodeEnvelope } from './codec.js'

// libp2p's Ed25519 keys re-import themselves into OpenSSL on every sign and
// verify; caching the imported KeyObject saves about 0.04 ms per operation
// on the query hot path. Keys come from this node and from federation members
// (the gater admits no one else), so the caches stay small; they are bounded anyway.
const MAX_CACHED_KEYS = 1024
const privateKeys = new WeakMap<PrivateKey, KeyObject>()
const publicKeys = new Map<string, KeyObject>()

function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url')
}

function nodePrivateKey(key: PrivateKey): KeyObject | undefined {
  if (key.type !== 'Ed25519') return undefined
  let cached = privateKeys.get(key)
  if (cached === undefined) {
    // raw = 32-byte seed followed by the 32-byte public key
    const d = b64url(key.raw.subarray(0, 32))
    const x = b64url(key.publicKey.raw)
    cached = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d, x }, format: 'jwk' })
    privateKeys.set(key, cached)
  }
  return cached
}

function nodePublicKey(key: PublicKey): KeyObject | undefined {
  if (key.type !== 'Ed25519') return undefined
  const x = b64url(key.raw)
  let cached = publicKeys.get(x)
  if (cached === undefined) {
    if (publicKeys.size >= MAX_CACHED_KEYS) publicKeys.clear()
    cached = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' })
    publicKeys.set(x, cached)
  }
  return cached
}

/** Signs `body` with the node key and returns the encoded SignedEnvelope bytes. */
export async function signEnvelope(body: Uint8Array, key: PrivateKey): Promise<Uint8Array> {
  const nodeKey = nodePrivateKey(key)
  const signature = nodeKey ? new Uint8Array(sign(null, body, nodeKey)) : await key.sign(body)
  return encodeEnvelope({ body, signature })
}

/**
 * Decodes envelope bytes and checks the signature over the body exactly as
 * received. Returns the body on success and undefined on a bad signature;
 * undecodable bytes throw MALFORMED.
 */
export async function openEnvelope(bytes: Uint8Array, key: PublicKey): Promise<Uint8Array | undefined> {
  const env = decodeEnvelope(bytes)
  // Stryker disable next-line ConditionalExpression: a shortcut only; an empty signature never verifies
  if (env.signature.length === 0) return undefined
  const nodeKey = nodePublicKey(key)
  const ok = nodeKey ? verify(null, env.body, nodeKey, env.signature) : await key.verify(env.body, env.signature)
  return ok ? env.body : undefined
}

/** SHA-256 of the given bytes (a response carries that of the request envelope it answers). */
export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest())
}
