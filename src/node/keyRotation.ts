import { verify } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { AuditLog } from '../audit/auditLog.js'
import { publicKeyObject } from '../audit/note.js'
import { logPeerIdOf, type Member, updateMember } from '../network/federation.js'
import { openDatabase } from '../records/database.js'
import { OperationError, UsageError } from '../util/errors.js'
import { loadNodeSecret, writeFileAtomic } from '../util/privateFiles.js'
import { toNumber } from '../wire/codec.js'
import { mrn } from '../wire/gen/mrn.js'
import type { NodeConfig } from './config.js'
import { keyFileText, loadKeyFile } from './identity.js'
import { runningPid } from './lock.js'
import { loadMembers } from './members.js'

/**
 * Key rotation (docs/federation.md, "Key rotation"). A node replaces its
 * Ed25519 key in two steps: `mrn key rotate` makes the new key and a
 * statement signed by the old key (the one its peers know) and the new one;
 * the statement reaches every peer (each operator applies it in
 * hand-exchanged mode, the authority signs a new membership version in
 * authority mode), after which peers accept both keys until the overlap
 * ends; `mrn key activate` then switches the node to the new key. Its audit
 * log keeps its name (the first key's PeerId), so witnesses see one log
 * signed by successive keys, and every old signature still verifies.
 */

const pb = mrn.v1
/** What both keys sign: this prefix, then the KeyRotation bytes. */
const SIGNING_CONTEXT = Buffer.from('mrn-key-rotation/v1\n')
/** Default overlap: the old key stays accepted this long after the statement. */
export const DEFAULT_OVERLAP_DAYS = 14
const MAX_STATEMENT_BYTES = 64 * 1024

/** The files of a rotation in progress, in the node directory. */
export const ROTATION_FILES = {
  /** The new key, encrypted as node.key is, until `mrn key activate`. */
  nextKey: 'node.key.next',
  /** The signed statement to hand to peers (or to the authority). */
  statement: 'key-rotation.signed',
} as const

export interface KeyRotation {
  country: string
  logPeerId: string
  oldPeerId: string
  newPeerId: string
  issuedAtMs: number
  acceptedUntilMs: number
  addresses: string[]
}

/** Signs a rotation statement with the old and the new key: the SignedKeyRotation bytes. */
export async function signRotation(r: KeyRotation, oldKey: PrivateKey, newKey: PrivateKey): Promise<Uint8Array> {
  const statement = pb.KeyRotation.encode(r).finish()
  const signed = Buffer.concat([SIGNING_CONTEXT, statement])
  return pb.SignedKeyRotation.encode({
    statement,
    oldKeySignature: await oldKey.sign(signed),
    newKeySignature: await newKey.sign(signed),
  }).finish()
}

function signedBy(peerId: string, data: Buffer, signature: Uint8Array): boolean {
  try {
    const key = peerIdFromString(peerId).publicKey
    return key?.type === 'Ed25519' && verify(null, data, publicKeyObject(key.raw), signature)
  } catch {
    return false
  }
}

/**
 * Verifies a SignedKeyRotation (both signatures, by the keys it names) and
 * decodes it; throws naming `source` and what is wrong.
 */
export function verifyRotation(bytes: Uint8Array, source: string): KeyRotation {
  if (bytes.length > MAX_STATEMENT_BYTES) throw new OperationError(`${source}: too large for a key rotation statement`)
  let signed: mrn.v1.SignedKeyRotation
  let r: mrn.v1.KeyRotation
  try {
    signed = pb.SignedKeyRotation.decode(bytes)
    r = pb.KeyRotation.decode(signed.statement)
  } catch {
    throw new OperationError(`${source}: not a key rotation statement`)
  }
  const data = Buffer.concat([SIGNING_CONTEXT, signed.statement])
  for (const [what, id] of [
    ['country', r.country],
    ['old key', r.oldPeerId],
    ['new key', r.newPeerId],
    ['log key', r.logPeerId],
  ] as const) {
    if (!id) throw new OperationError(`${source}: the statement names no ${what}`)
  }
  if (r.oldPeerId === r.newPeerId) throw new OperationError(`${source}: the old and the new key are the same`)
  if (!signedBy(r.oldPeerId, data, signed.oldKeySignature))
    throw new OperationError(`${source}: not signed by the key it replaces (${r.oldPeerId})`)
  if (!signedBy(r.newPeerId, data, signed.newKeySignature))
    throw new OperationError(`${source}: not signed by the new key it announces (${r.newPeerId})`)
  return {
    country: r.country,
    logPeerId: r.logPeerId,
    oldPeerId: r.oldPeerId,
    newPeerId: r.newPeerId,
    issuedAtMs: toNumber(r.issuedAtMs),
    acceptedUntilMs: toNumber(r.acceptedUntilMs),
    addresses: r.addresses ?? [],
  }
}

/**
 * A member entry after a verified rotation: the new key current, the old one
 * in its history (accepted until the overlap ends), its log name kept.
 * Refuses a statement for another country, or one whose old key is not the
 * member's current key (a stale statement, or one already applied).
 */
export function rotateMember(member: Member, r: KeyRotation, source: string): Member {
  if (r.country !== member.country)
    throw new OperationError(`${source}: the statement is for ${r.country}, not ${member.country}`)
  if (member.peerId === r.newPeerId)
    throw new OperationError(`${source}: already applied (${member.country}'s key is ${r.newPeerId})`)
  if (member.peerId !== r.oldPeerId)
    throw new OperationError(
      `${source}: replaces ${r.oldPeerId}, but ${member.country}'s current key is ${member.peerId}; ask its operator for its latest statement`,
    )
  if (logPeerIdOf(member) !== r.logPeerId)
    throw new OperationError(
      `${source}: names log key ${r.logPeerId}, but ${member.country}'s is ${logPeerIdOf(member)}`,
    )
  return {
    ...member,
    peerId: r.newPeerId,
    logPeerId: r.logPeerId,
    ...(r.addresses.length > 0 ? { addresses: r.addresses } : {}),
    previousKeys: [
      ...(member.previousKeys ?? []),
      {
        peerId: r.oldPeerId,
        replacedAt: new Date(r.issuedAtMs).toISOString(),
        acceptedUntil: new Date(r.acceptedUntilMs).toISOString(),
      },
    ],
  }
}

/** The rotation in progress in a node directory, if any: its statement, verified. */
export function pendingRotation(dir: string): KeyRotation | undefined {
  const path = join(dir, ROTATION_FILES.statement)
  if (!existsSync(path)) return undefined
  return verifyRotation(new Uint8Array(readFileSync(path)), path)
}

/**
 * Step one: makes the new key (node.key.next, encrypted as node.key is) and
 * the signed statement (key-rotation.signed). Refuses while a rotation is in
 * progress. Nothing else changes: the node keeps its key until activation.
 */
export async function prepareRotation(
  config: NodeConfig,
  self: Member,
  passphrase: string | undefined,
  options: { nowMs: number; overlapDays: number },
): Promise<{ rotation: KeyRotation; statementPath: string }> {
  if (!(Number.isInteger(options.overlapDays) && options.overlapDays >= 1 && options.overlapDays <= 365))
    throw new UsageError(`--overlap-days ${options.overlapDays}: must be a whole number of days from 1 to 365`)
  const nextPath = join(config.dir, ROTATION_FILES.nextKey)
  const statementPath = join(config.dir, ROTATION_FILES.statement)
  if (existsSync(nextPath) || existsSync(statementPath))
    throw new UsageError(
      `${config.dir}: a key rotation is already in progress (${ROTATION_FILES.statement}); finish it with \`mrn key activate\`, or remove ${ROTATION_FILES.nextKey} and ${ROTATION_FILES.statement} to abandon it`,
    )
  const oldKey = loadKeyFile(config.paths.key, passphrase)
  const oldPeerId = peerIdFromPrivateKey(oldKey).toString()
  if (oldPeerId !== self.peerId)
    throw new OperationError(`${config.paths.key}: this key is ${oldPeerId}, but the node's entry says ${self.peerId}`)
  const newKey = await generateKeyPair('Ed25519')
  const rotation: KeyRotation = {
    country: config.country,
    logPeerId: logPeerIdOf(self),
    oldPeerId,
    newPeerId: peerIdFromPrivateKey(newKey).toString(),
    issuedAtMs: options.nowMs,
    acceptedUntilMs: options.nowMs + options.overlapDays * 86_400_000,
    addresses: self.addresses,
  }
  writeFileAtomic(nextPath, keyFileText(newKey, passphrase))
  writeFileAtomic(statementPath, await signRotation(rotation, oldKey, newKey))
  return { rotation, statementPath }
}

/**
 * Step two, with the node stopped: node.key.next becomes node.key. The old
 * key's file is removed (its signatures verify from its PeerId; the private
 * half has no further use and should not outlive its overlap). The caller
 * has already recorded the new key where the node's members come from.
 */
export function switchKeys(config: NodeConfig, passphrase: string | undefined, r: KeyRotation): void {
  const nextPath = join(config.dir, ROTATION_FILES.nextKey)
  if (!existsSync(nextPath)) throw new OperationError(`${nextPath}: missing; \`mrn key rotate\` makes it`)
  const next = loadKeyFile(nextPath, passphrase)
  if (peerIdFromPrivateKey(next).toString() !== r.newPeerId)
    throw new OperationError(`${nextPath}: is not the key ${r.newPeerId} the statement announces`)
  renameSync(nextPath, config.paths.key)
  rmSync(join(config.dir, ROTATION_FILES.statement), { force: true })
}

/**
 * Step two (`mrn key activate`), with the node stopped: checks that the new
 * key is where the node's members come from (the signed membership it holds,
 * in authority mode; in hand-exchanged mode its own entry in federation.yaml
 * is rotated here), audits it (`admin_action key_rotated` naming the new
 * key), then makes node.key.next the node key. Safe to run again after a
 * crash part-way: each step already done is skipped.
 */
export function activateRotation(config: NodeConfig, passphrase: string | undefined, nowMs: number): KeyRotation {
  if (runningPid(config.paths.lock) !== undefined)
    throw new UsageError(`${config.dir}: the node is running; stop it, activate the new key, then start it again`)
  const r = pendingRotation(config.dir)
  if (r === undefined)
    throw new UsageError(`${config.dir}: no key rotation in progress (\`mrn key rotate\` starts one)`)
  const statementPath = join(config.dir, ROTATION_FILES.statement)
  if (config.authority !== undefined) {
    const listed = loadMembers(config, undefined, nowMs).federation.byCountry(config.country)
    if (listed?.peerId !== r.newPeerId)
      throw new OperationError(
        `the signed membership this node holds lists ${config.country} with key ${listed?.peerId ?? '(none)'}, not the new key ${r.newPeerId}: have the authority apply ${statementPath} (mrn authority rotate, then sign) and apply that version here (mrn federation apply) before activating`,
      )
  }
  // the database first: if it cannot record the rotation, nothing changes
  const db = openDatabase(config.paths.database, { mustExist: true, passphrase })
  try {
    if (config.authority === undefined)
      updateMember(config.paths.federation, config.country, (m) =>
        m.peerId === r.newPeerId ? m : rotateMember(m, r, statementPath),
      )
    new AuditLog(db, loadNodeSecret(config.paths.secret)).append(
      { kind: 'admin_action', action: 'key_rotated', peerId: r.newPeerId },
      nowMs,
    )
  } finally {
    db.close()
  }
  switchKeys(config, passphrase, r)
  return r
}
