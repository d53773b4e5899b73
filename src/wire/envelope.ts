import { createHash } from 'node:crypto'
import type { PrivateKey, PublicKey } from '@libp2p/interface'
import { decodeEnvelope, encodeEnvelope } from './codec.js'

/** Signs `body` with the node key and returns the encoded SignedEnvelope bytes. */
export async function signEnvelope(body: Uint8Array, key: PrivateKey): Promise<Uint8Array> {
  const signature = await key.sign(body)
  return encodeEnvelope({ body, signature })
}

/**
 * Decodes envelope bytes and checks the signature over the body exactly as
 * received. Returns the body on success and undefined on a bad signature;
 * undecodable bytes throw MALFORMED.
 */
export async function openEnvelope(bytes: Uint8Array, key: PublicKey): Promise<Uint8Array | undefined> {
  const env = decodeEnvelope(bytes)
  if (env.signature.length === 0) return undefined
  const ok = await key.verify(env.body, env.signature)
  return ok ? env.body : undefined
}

/** SHA-256 of the given bytes (a response carries that of the request envelope it answers). */
export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest())
}
