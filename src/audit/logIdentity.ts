import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { NoteSigner } from './note.js'
import { verifierKey } from './note.js'

/**
 * A node's audit log is named by its origin and signed with the node's own
 * Ed25519 key, so any member can verify another's checkpoints from the
 * federation entry alone.
 */
export function auditOrigin(country: string, peerId: string): string {
  return `mrn-audit/${country}/${peerId}`
}

export function noteSigner(privateKey: PrivateKey, origin: string): NoteSigner {
  if (privateKey.type !== 'Ed25519')
    throw new TypeError(`audit checkpoints need an Ed25519 node key: got ${privateKey.type}`)
  return { name: origin, seed: privateKey.raw.subarray(0, 32), publicKey: privateKey.publicKey.raw }
}

/** The checkpoint key of a member, from its PeerId. */
export function memberAuditKey(country: string, peerId: string): { name: string; publicKey: Uint8Array } {
  const key = peerIdFromString(peerId).publicKey
  if (key === undefined || key.type !== 'Ed25519') throw new TypeError(`peer ${peerId} has no inline Ed25519 key`)
  return { name: auditOrigin(country, peerId), publicKey: key.raw }
}

/** The note verifier key (name+keyhash+base64key) of a member's audit log. */
export function memberVerifierKey(country: string, peerId: string): string {
  const k = memberAuditKey(country, peerId)
  return verifierKey(k.name, k.publicKey)
}

/** The name of a member's witness key (its cosignatures), from its PeerId. */
export function witnessName(country: string, peerId: string): string {
  return `mrn-witness/${country}/${peerId}`
}

export function memberWitnessKey(country: string, peerId: string): { name: string; publicKey: Uint8Array } {
  return { name: witnessName(country, peerId), publicKey: memberAuditKey(country, peerId).publicKey }
}
