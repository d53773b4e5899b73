import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { NoteSigner, ParsedCheckpoint } from './note.js'
import { verifierKey, verifyCheckpointSignature } from './note.js'

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

/**
 * A log's checkpoint key: the log's name (its origin), the key that signs its
 * checkpoints now, and the keys that signed them before a rotation.
 */
export interface LogKey {
  name: string
  publicKey: Uint8Array
  /** Keys the log's node used before a rotation: checkpoints they signed still verify. */
  previousPublicKeys?: Uint8Array[]
}

/** True if the checkpoint is signed under the log's name by its key or one it rotated from. */
export function signedByLogKey(cp: ParsedCheckpoint, key: LogKey): boolean {
  return [key.publicKey, ...(key.previousPublicKeys ?? [])].some((k) => verifyCheckpointSignature(cp, key.name, k))
}

/**
 * The checkpoint key of a node's log: named by its first PeerId (`logPeerId`,
 * unchanged by key rotations), signed by `peerId` now and by `previousPeerIds`
 * before.
 */
export function logKeyOf(
  country: string,
  logPeerId: string,
  peerId: string,
  previousPeerIds: readonly string[] = [],
): LogKey {
  const raw = (id: string) => memberAuditKey(country, id).publicKey
  return {
    name: auditOrigin(country, logPeerId),
    publicKey: raw(peerId),
    ...(previousPeerIds.length > 0 ? { previousPublicKeys: previousPeerIds.map(raw) } : {}),
  }
}

/** The checkpoint key of a member, from its PeerId. */
export function memberAuditKey(country: string, peerId: string): { name: string; publicKey: Uint8Array } {
  const key = peerIdFromString(peerId).publicKey
  if (key === undefined || key.type !== 'Ed25519') throw new TypeError(`peer ${peerId} has no inline Ed25519 key`)
  return { name: auditOrigin(country, peerId), publicKey: key.raw }
}

/** The note verifier key (name+keyhash+base64key) of a member's audit log, as its key `peerId` signs it. */
export function memberVerifierKey(country: string, peerId: string, logPeerId: string = peerId): string {
  return verifierKey(auditOrigin(country, logPeerId), memberAuditKey(country, peerId).publicKey)
}

/** The name of a member's witness key (its cosignatures), from its PeerId. */
export function witnessName(country: string, peerId: string): string {
  return `mrn-witness/${country}/${peerId}`
}

export function memberWitnessKey(country: string, peerId: string): { name: string; publicKey: Uint8Array } {
  return { name: witnessName(country, peerId), publicKey: memberAuditKey(country, peerId).publicKey }
}
