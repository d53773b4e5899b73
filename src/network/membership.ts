import { createPublicKey, type KeyObject, verify } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { PrivateKey } from '@libp2p/interface'
import { OperationError, UsageError } from '../util/errors.js'
import { writeFileAtomic } from '../util/privateFiles.js'
import { validate } from '../util/yamlFile.js'
import { toNumber } from '../wire/codec.js'
import { mrn } from '../wire/gen/mrn.js'
import { Federation, federationSchema, type Member } from './federation.js'

/**
 * Signed membership (proto/mrn/v1/membership.proto, docs/federation.md): a
 * federation authority signs a versioned list of members; a node that pins
 * the authority's key takes its members from the latest version it holds,
 * never from a file its operator edits, and accepts only a larger version
 * signed by that key.
 */

const pb = mrn.v1
/** What the authority signs: this prefix, then the MembershipDocument bytes. */
const SIGNING_CONTEXT = Buffer.from('mrn-membership/v1\n')
/** A signed membership document is at most this long (about 2,000 members). */
export const MAX_MEMBERSHIP_BYTES = 1024 * 1024

export interface Membership {
  federation: string
  version: number
  issuedAtMs: number
  /** Every member the document lists, with validity (see `current`). */
  members: (Member & { validUntilMs?: number })[]
}

/** The authority's public key as node.yaml pins it: base64 of the 32 raw Ed25519 bytes. */
export function authorityKeyText(key: PrivateKey): string {
  return Buffer.from(key.publicKey.raw).toString('base64')
}

function authorityKey(text: string): KeyObject {
  const raw = Buffer.from(text, 'base64')
  if (raw.length !== 32 || raw.toString('base64') !== text)
    throw new UsageError(`authority key "${text}": expected the base64 of a 32-byte Ed25519 public key`)
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' })
}

/** Checks an authority key as typed (node.yaml, --authority); returns it unchanged. */
export function checkAuthorityKey(text: string): string {
  authorityKey(text)
  return text
}

/** Signs a membership: the SignedMembership bytes a node applies. */
export async function signMembership(m: Membership, key: PrivateKey): Promise<Uint8Array> {
  const document = pb.MembershipDocument.encode({
    federation: m.federation,
    version: m.version,
    issuedAtMs: m.issuedAtMs,
    members: [...m.members]
      .sort((a, b) => a.country.localeCompare(b.country))
      .map((x) => ({
        country: x.country,
        peerId: x.peerId,
        addresses: x.addresses,
        groups: x.groups,
        validUntilMs: x.validUntilMs ?? 0,
        previousKeys: (x.previousKeys ?? []).map((k) => ({
          peerId: k.peerId,
          replacedAtMs: Date.parse(k.replacedAt),
          acceptedUntilMs: k.acceptedUntil === undefined ? 0 : Date.parse(k.acceptedUntil),
        })),
        logPeerId: x.logPeerId ?? '',
      })),
  }).finish()
  const signature = await key.sign(Buffer.concat([SIGNING_CONTEXT, document]))
  return pb.SignedMembership.encode({ document, signature }).finish()
}

/**
 * Verifies a SignedMembership against the pinned authority key and decodes it;
 * throws naming `source` and what is wrong (not a signed membership, a
 * signature that is not the authority's, a member entry that is not valid).
 */
export function verifyMembership(bytes: Uint8Array, authority: string, source: string): Membership {
  let signed: mrn.v1.SignedMembership
  let doc: mrn.v1.MembershipDocument
  try {
    signed = pb.SignedMembership.decode(bytes)
    doc = pb.MembershipDocument.decode(signed.document)
  } catch {
    throw new OperationError(`${source}: not a signed membership document`)
  }
  const ok = verify(null, Buffer.concat([SIGNING_CONTEXT, signed.document]), authorityKey(authority), signed.signature)
  if (!ok) throw new OperationError(`${source}: not signed by the federation authority this node pins`)
  if (!(doc.version > 0)) throw new OperationError(`${source}: membership version must be 1 or more`)
  const members = doc.members.map((x) => ({
    country: x.country,
    peerId: x.peerId,
    addresses: x.addresses ?? [],
    groups: x.groups ?? [],
    ...(x.previousKeys && x.previousKeys.length > 0
      ? {
          previousKeys: x.previousKeys.map((k) => {
            const until = toNumber(k.acceptedUntilMs ?? 0)
            return {
              peerId: k.peerId,
              replacedAt: new Date(toNumber(k.replacedAtMs)).toISOString(),
              ...(until > 0 ? { acceptedUntil: new Date(until).toISOString() } : {}),
            }
          }),
        }
      : {}),
    ...(x.logPeerId ? { logPeerId: x.logPeerId } : {}),
  }))
  const checked = validate(`${source} (version ${doc.version})`, federationSchema, { members }).members
  return {
    federation: doc.federation,
    version: doc.version,
    issuedAtMs: toNumber(doc.issuedAtMs),
    members: checked.map((m, i) => {
      const until = toNumber(doc.members[i]?.validUntilMs ?? 0)
      return until > 0 ? { ...m, validUntilMs: until } : m
    }),
  }
}

/** The members a membership makes current at `nowMs` (those past their validity are dropped). */
export function currentMembers(m: Membership, nowMs: number): Member[] {
  return m.members
    .filter((x) => x.validUntilMs === undefined || x.validUntilMs > nowMs)
    .map(({ validUntilMs: _until, ...member }) => member)
}

/** The signed membership a node holds (its `membership.signed`), verified; undefined if it has none yet. */
export function loadSignedMembership(
  path: string,
  authority: string,
): { membership: Membership; bytes: Uint8Array } | undefined {
  if (!existsSync(path)) return undefined
  const bytes = new Uint8Array(readFileSync(path))
  return { membership: verifyMembership(bytes, authority, path), bytes }
}

/**
 * Installs a signed membership as the node's own, if it is newer than the one
 * held: verified, then written atomically. Returns the membership installed,
 * or throws (older or same version, bad signature) changing nothing.
 */
export function installMembership(path: string, authority: string, bytes: Uint8Array, source: string): Membership {
  const next = verifyMembership(bytes, authority, source)
  const held = loadSignedMembership(path, authority)?.membership
  if (held !== undefined && next.version <= held.version) {
    throw new OperationError(
      `${source}: membership version ${next.version} is not newer than the version ${held.version} this node holds`,
    )
  }
  writeFileAtomic(path, bytes)
  return next
}

/** The federation a node in authority mode runs with: the current members of its signed membership. */
export function federationFromMembership(m: Membership | undefined, nowMs: number): Federation {
  return new Federation(m === undefined ? [] : currentMembers(m, nowMs))
}
