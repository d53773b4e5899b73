import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto'

/**
 * C2SP signed notes (c2sp.org/signed-note), tlog checkpoints
 * (c2sp.org/tlog-checkpoint) and cosignatures (c2sp.org/tlog-cosignature),
 * with Ed25519 keys, in the form Go's golang.org/x/mod/sumdb/note verifies.
 */

const ALG_ED25519 = 0x01
const ALG_COSIGNATURE_V1 = 0x04
const SIGNATURE_PREFIX = '\u2014 ' // em dash and a space

/** A signer: a key name and the raw 32-byte Ed25519 key pair seed/public key. */
export interface NoteSigner {
  name: string
  /** 32-byte Ed25519 seed. */
  seed: Uint8Array
  /** 32-byte Ed25519 public key. */
  publicKey: Uint8Array
}

/** First 4 bytes of SHA-256(name || "\n" || alg || public key). */
export function keyId(name: string, alg: number, publicKey: Uint8Array): Uint8Array {
  const h = createHash('sha256').update(name).update('\n').update(Uint8Array.of(alg)).update(publicKey).digest()
  return new Uint8Array(h.subarray(0, 4))
}

/** The verifier key text: name+hex(key id)+base64(alg || public key). */
export function verifierKey(name: string, publicKey: Uint8Array): string {
  const id = Buffer.from(keyId(name, ALG_ED25519, publicKey)).toString('hex')
  return `${name}+${id}+${Buffer.concat([Uint8Array.of(ALG_ED25519), publicKey]).toString('base64')}`
}

/** Parses name+hex8+base64 into its name and public key; undefined if malformed. */
export function parseVerifierKey(text: string): { name: string; publicKey: Uint8Array } | undefined {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(text)
  if (!m) return undefined
  const raw = Buffer.from(m[3] as string, 'base64')
  if (raw.length !== 33 || raw[0] !== ALG_ED25519) return undefined
  const publicKey = new Uint8Array(raw.subarray(1))
  if (Buffer.from(keyId(m[1] as string, ALG_ED25519, publicKey)).toString('hex') !== m[2]) return undefined
  return { name: m[1] as string, publicKey }
}

function privateKeyObject(s: NoteSigner): KeyObject {
  return createPrivateKey({
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      d: Buffer.from(s.seed).toString('base64url'),
      x: Buffer.from(s.publicKey).toString('base64url'),
    },
    format: 'jwk',
  })
}

export function publicKeyObject(publicKey: Uint8Array): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') },
    format: 'jwk',
  })
}

/** The checkpoint body: origin, tree size, base64 root hash, each on its own line. */
export function checkpointBody(origin: string, size: number, root: Uint8Array): string {
  return `${origin}\n${size}\n${Buffer.from(root).toString('base64')}\n`
}

/** Signs a checkpoint body as a note: body, blank line, one signature line. */
export function signCheckpoint(body: string, signer: NoteSigner): string {
  const sig = sign(null, Buffer.from(body), privateKeyObject(signer))
  const payload = Buffer.concat([keyId(signer.name, ALG_ED25519, signer.publicKey), sig]).toString('base64')
  return `${body}\n${SIGNATURE_PREFIX}${signer.name} ${payload}\n`
}

export interface ParsedCheckpoint {
  origin: string
  size: number
  root: Uint8Array
  body: string
  signatures: { name: string; payload: Uint8Array; line: string }[]
}

/** Splits a signed checkpoint note; undefined if it is not one. */
export function parseCheckpoint(note: string): ParsedCheckpoint | undefined {
  const split = note.indexOf('\n\n')
  if (split < 0) return undefined
  const body = note.slice(0, split + 1)
  const lines = body.split('\n')
  const [origin, sizeText, rootText] = lines
  if (!origin || !sizeText || !/^(0|[1-9]\d*)$/.test(sizeText) || !rootText) return undefined
  const root = Buffer.from(rootText, 'base64')
  if (root.length !== 32) return undefined
  const signatures: ParsedCheckpoint['signatures'] = []
  for (const line of note.slice(split + 2).split('\n')) {
    if (line === '') continue
    if (!line.startsWith(SIGNATURE_PREFIX)) return undefined
    const [name, b64] = line.slice(SIGNATURE_PREFIX.length).split(' ')
    if (!name || !b64) return undefined
    signatures.push({ name, payload: new Uint8Array(Buffer.from(b64, 'base64')), line })
  }
  return { origin, size: Number(sizeText), root: new Uint8Array(root), body, signatures }
}

/** True if the note carries a valid Ed25519 note signature by this key. */
export function verifyCheckpointSignature(cp: ParsedCheckpoint, name: string, publicKey: Uint8Array): boolean {
  const id = Buffer.from(keyId(name, ALG_ED25519, publicKey))
  return cp.signatures.some(
    (s) =>
      s.name === name &&
      s.payload.length === 68 &&
      id.equals(Buffer.from(s.payload.subarray(0, 4))) &&
      verify(null, Buffer.from(cp.body), publicKeyObject(publicKey), s.payload.subarray(4)),
  )
}

function cosignedMessage(body: string, timestampSeconds: number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${timestampSeconds}\n${body}`)
}

/** A cosignature/v1 line over a checkpoint body: key id, 8-byte big-endian timestamp, signature. */
export function cosign(body: string, witness: NoteSigner, timestampSeconds: number): string {
  const sig = sign(null, cosignedMessage(body, timestampSeconds), privateKeyObject(witness))
  const ts = Buffer.alloc(8)
  ts.writeBigUInt64BE(BigInt(timestampSeconds))
  const payload = Buffer.concat([keyId(witness.name, ALG_COSIGNATURE_V1, witness.publicKey), ts, sig]).toString(
    'base64',
  )
  return `${SIGNATURE_PREFIX}${witness.name} ${payload}`
}

/** Verifies a cosignature line by the named witness key over `body`; returns its timestamp or undefined. */
export function verifyCosignature(body: string, line: string, name: string, publicKey: Uint8Array): number | undefined {
  if (!line.startsWith(`${SIGNATURE_PREFIX}${name} `)) return undefined
  const payload = Buffer.from(line.slice(SIGNATURE_PREFIX.length + name.length + 1), 'base64')
  if (payload.length !== 76) return undefined
  if (!Buffer.from(keyId(name, ALG_COSIGNATURE_V1, publicKey)).equals(payload.subarray(0, 4))) return undefined
  const ts = Number(payload.readBigUInt64BE(4))
  return verify(null, cosignedMessage(body, ts), publicKeyObject(publicKey), payload.subarray(12)) ? ts : undefined
}
