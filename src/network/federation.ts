import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { stringify } from 'yaml'
import { z } from 'zod'
import { type LogKey, logKeyOf, memberWitnessKey, witnessName } from '../audit/logIdentity.js'
import { UsageError } from '../util/errors.js'
import { writeFileAtomic } from '../util/privateFiles.js'
import { loadYamlFile, validate } from '../util/yamlFile.js'

const countrySchema = z.string().regex(/^[A-Z]{3}$/, 'must be 3 upper-case letters (ISO 3166-1 alpha-3)')

const peerIdSchema = z.string().refine((s) => {
  try {
    const id = peerIdFromString(s)
    return id.type === 'Ed25519'
  } catch {
    return false
  }
}, 'must be an Ed25519 libp2p PeerId (12D3KooW...)')

const multiaddrSchema = z.string().refine((s) => {
  try {
    multiaddr(s)
    return s.startsWith('/')
  } catch {
    return false
  }
}, 'must be a multiaddr such as /ip4/127.0.0.1/tcp/4001')

export const memberSchema = z.object({
  country: countrySchema,
  peerId: peerIdSchema,
  addresses: z.array(multiaddrSchema).min(1, 'must list at least one address'),
  groups: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _')).default([]),
  /**
   * Keys this member used before (newest last), each with the time it was
   * replaced: accepted for a connection only during a rotation's overlap
   * (acceptedUntil), kept so that what they signed while they were valid
   * (checkpoints, co-signatures) still verifies.
   */
  previousKeys: z
    .array(
      z.object({
        peerId: peerIdSchema,
        replacedAt: z.string().datetime(),
        /**
         * A rotation's overlap: until then this key's connections are still
         * accepted and its checkpoints of the member's log still co-signed.
         */
        acceptedUntil: z.string().datetime().optional(),
      }),
    )
    .optional(),
  /**
   * The PeerId that names the member's audit log and witness key: its first
   * key, kept through key rotations (absent: peerId).
   */
  logPeerId: peerIdSchema.optional(),
})

export type Member = z.infer<typeof memberSchema>

export const federationSchema = z
  .object({
    members: z.array(memberSchema).default([]),
    /**
     * Members removed (`mrn federation remove`), with when: never accepted for
     * a connection, kept so that what their keys co-signed while they were
     * members still verifies.
     */
    formerMembers: z.array(memberSchema.extend({ removedAt: z.string().datetime() })).default([]),
  })
  .superRefine((fed, ctx) => {
    const countries = new Set<string>()
    const peers = new Set<string>()
    fed.members.forEach((m, i) => {
      if (countries.has(m.country))
        ctx.addIssue({ code: 'custom', path: ['members', i, 'country'], message: 'country is listed twice' })
      if (peers.has(m.peerId))
        ctx.addIssue({ code: 'custom', path: ['members', i, 'peerId'], message: 'peerId is listed twice' })
      countries.add(m.country)
      peers.add(m.peerId)
    })
  })

/** The PeerId that names a member's audit log and witness key: its first key, whatever it rotated to since. */
export function logPeerIdOf(m: Pick<Member, 'peerId' | 'logPeerId'>): string {
  return m.logPeerId ?? m.peerId
}

/**
 * The keys a member may connect with and sign new checkpoints with at
 * `nowMs`: its current key first, then any previous key still in a
 * rotation's overlap.
 */
export function acceptedKeysOf(m: Pick<Member, 'peerId' | 'previousKeys'>, nowMs: number): string[] {
  return [
    m.peerId,
    ...(m.previousKeys ?? [])
      .filter((k) => k.acceptedUntil !== undefined && Date.parse(k.acceptedUntil) > nowMs)
      .map((k) => k.peerId)
      .reverse(),
  ]
}

/**
 * A member's checkpoint key, named by its log identity. With `nowMs`: the
 * keys it may sign new checkpoints with then (current, and previous ones
 * in a rotation's overlap); without: every key it ever had, for checkpoints
 * signed in the past.
 */
export function memberLogKey(m: Member, nowMs?: number): LogKey {
  const previous = nowMs === undefined ? (m.previousKeys ?? []).map((k) => k.peerId) : acceptedKeysOf(m, nowMs).slice(1)
  return logKeyOf(m.country, logPeerIdOf(m), m.peerId, previous)
}

/** The name a member co-signs under: its log identity's, whatever key it signs with. */
export function memberWitnessName(m: Pick<Member, 'country' | 'peerId' | 'logPeerId'>): string {
  return witnessName(m.country, logPeerIdOf(m))
}

/** The keys a member's co-signatures verify with at `nowMs`, all under its witness name. */
export function memberWitnessKeys(m: Member, nowMs: number): { name: string; publicKey: Uint8Array }[] {
  const name = memberWitnessName(m)
  return acceptedKeysOf(m, nowMs).map((k) => ({ name, publicKey: memberWitnessKey(m.country, k).publicKey }))
}

/** Read-only view of the federation, as the network layer needs it. */
export interface FederationView {
  byPeerId(peerId: string): Member | undefined
  byCountry(country: string): Member | undefined
  members(): readonly Member[]
  isMember(peerId: string): boolean
  groupsOf(country: string): readonly string[]
}

/** The members listed in federation.yaml, indexed by PeerId and country. */
export class Federation implements FederationView {
  private list: Member[] = []
  private peers = new Map<string, Member>()
  /** Previous keys in a rotation's overlap, with its end. */
  private overlapping = new Map<string, { member: Member; untilMs: number }>()
  private countries = new Map<string, Member>()

  constructor(members: Member[]) {
    this.replace(members)
  }

  /**
   * Swaps the whole membership at once (a reload of federation.yaml): every
   * holder of this view (gater, query server and client) sees the new list
   * from its next look-up.
   */
  replace(members: Member[]): void {
    this.list = members
    this.peers = new Map(members.map((m) => [m.peerId, m]))
    this.overlapping = new Map(
      members.flatMap((m) =>
        (m.previousKeys ?? []).flatMap((k) =>
          k.acceptedUntil === undefined || this.peers.has(k.peerId)
            ? []
            : [[k.peerId, { member: m, untilMs: Date.parse(k.acceptedUntil) }] as const],
        ),
      ),
    )
    this.countries = new Map(members.map((m) => [m.country, m]))
  }

  /** The member a PeerId is: its current key, or a previous key still in a rotation's overlap (wall clock). */
  byPeerId(peerId: string): Member | undefined {
    const current = this.peers.get(peerId)
    if (current !== undefined) return current
    const old = this.overlapping.get(peerId)
    return old !== undefined && old.untilMs > Date.now() ? old.member : undefined
  }

  byCountry(country: string): Member | undefined {
    return this.countries.get(country)
  }

  members(): readonly Member[] {
    return this.list
  }

  isMember(peerId: string): boolean {
    return this.byPeerId(peerId) !== undefined
  }

  groupsOf(country: string): readonly string[] {
    return this.countries.get(country)?.groups ?? []
  }
}

/**
 * The witness keys to verify this node's stored co-signatures with: every
 * other member's current key, and its previous keys for what they signed
 * until they were replaced (or their rotation's overlap ended). A witness
 * signs under the name of its log identity (its first key, kept through
 * rotations); a key replaced by a re-key (a new node, a new log) signed
 * under its own name: a previous key is checked under each of the member's
 * names, all of them its own.
 */
export function witnessKeysOf(
  members: readonly (Member & { validUntilMs?: number })[],
  selfPeerId: string,
): { name: string; publicKey: Uint8Array; validUntilMs?: number }[] {
  return members
    .filter((m) => m.peerId !== selfPeerId)
    .flatMap((m) => {
      const logId = logPeerIdOf(m)
      const names = [
        ...new Set([logId, ...(m.previousKeys ?? []).map((k) => k.peerId)].map((id) => witnessName(m.country, id))),
      ]
      return [
        // a former member (signed membership): its key vouches for what it co-signed while it was one
        {
          name: memberWitnessName(m),
          publicKey: memberWitnessKey(m.country, m.peerId).publicKey,
          ...(m.validUntilMs === undefined ? {} : { validUntilMs: m.validUntilMs }),
        },
        // a previous key signed under the name of the log it then belonged to: one of the member's names
        ...(m.previousKeys ?? []).flatMap((k) => {
          const publicKey = memberWitnessKey(m.country, k.peerId).publicKey
          const validUntilMs = Math.max(Date.parse(k.replacedAt), k.acceptedUntil ? Date.parse(k.acceptedUntil) : 0)
          return names.map((name) => ({ name, publicKey, validUntilMs }))
        }),
      ]
    })
}

/** SHA-256 (base64) of a membership list: what the audit log records of each membership the node ran with. */
export function federationDigest(members: readonly Member[]): string {
  return createHash('sha256').update(JSON.stringify(members)).digest('base64')
}

/** The members removed from federation.yaml, with when (see federationSchema). */
export function loadFormerMembers(path: string): (Member & { removedAt: string })[] {
  return existsSync(path) ? loadYamlFile(path, federationSchema).formerMembers : []
}

function writeFederationFile(path: string, members: Member[], former: (Member & { removedAt: string })[]): void {
  writeFileAtomic(
    path,
    `# Federation members: only these peers may connect or be queried.\n${stringify(
      former.length > 0 ? { members, formerMembers: former } : { members },
    )}`,
  )
}

/** Loads federation.yaml; a missing file is an empty federation. */
export function loadFederation(path: string): Federation {
  if (!existsSync(path)) return new Federation([])
  const data = loadYamlFile(path, federationSchema)
  return new Federation(data.members)
}

/** Validates a member entry from outside (a flag set or a JSON entry); errors name `source`. */
export function parseMember(source: string, data: unknown): Member {
  return validate(source, memberSchema, data)
}

/**
 * Adds or replaces (same country and same PeerId) a member and rewrites the
 * file atomically. Refuses to silently re-key a country: a different PeerId for
 * a listed country needs `replace`.
 */
export function addMember(path: string, given: Member, options: { replace?: boolean } = {}): Federation {
  let member = given
  const current = loadFederation(path).members().slice()
  const sameCountry = current.findIndex((m) => m.country === member.country)
  if (sameCountry >= 0 && current[sameCountry]?.peerId !== member.peerId && !options.replace) {
    throw new UsageError(
      `${path}: ${member.country} is already listed with peerId ${current[sameCountry]?.peerId}; pass --replace to re-key it`,
    )
  }
  const samePeer = current.findIndex((m) => m.peerId === member.peerId && m.country !== member.country)
  if (samePeer >= 0) {
    throw new UsageError(`${path}: peerId ${member.peerId} is already listed for ${current[samePeer]?.country}`)
  }
  const next = current.filter((m) => m.country !== member.country)
  const old = sameCountry >= 0 ? current[sameCountry] : undefined
  if (old !== undefined && old.peerId !== member.peerId) {
    // A re-key: the old key goes to the member's history, for verifying what it signed.
    const history = [...(old.previousKeys ?? []), ...(member.previousKeys ?? [])]
    history.push({ peerId: old.peerId, replacedAt: new Date().toISOString() })
    member = { ...member, previousKeys: history }
  } else if (old?.previousKeys && !member.previousKeys) {
    member = { ...member, previousKeys: old.previousKeys }
  }
  next.push(member)
  next.sort((a, b) => a.country.localeCompare(b.country))
  writeFederationFile(path, next, loadFormerMembers(path))
  return new Federation(next)
}

/** Removes a member by country; refuses to remove the node itself or a country not listed. */
export function removeMember(path: string, country: string, self: string): Member {
  const current = loadFederation(path).members().slice()
  const member = current.find((m) => m.country === country)
  if (member === undefined) {
    throw new UsageError(`${path}: ${country} is not a member (members: ${current.map((m) => m.country).join(', ')})`)
  }
  if (country === self) throw new UsageError(`${path}: ${country} is this node; a node cannot remove itself`)
  writeFederationFile(
    path,
    current.filter((m) => m.country !== country),
    [...loadFormerMembers(path), { ...member, removedAt: new Date().toISOString() }],
  )
  return member
}

/**
 * Replaces one member's entry with `change(entry)` (a key rotation) and
 * rewrites the file atomically; refuses a country not listed.
 */
export function updateMember(path: string, country: string, change: (m: Member) => Member): Member {
  const current = loadFederation(path).members().slice()
  const member = current.find((m) => m.country === country)
  if (member === undefined) {
    throw new UsageError(`${path}: ${country} is not a member (members: ${current.map((m) => m.country).join(', ')})`)
  }
  const next = change(member)
  writeFederationFile(
    path,
    current.map((m) => (m === member ? next : m)),
    loadFormerMembers(path),
  )
  return next
}

/** Reads a federation entry as printed by `mrn init --json` or `mrn federation entry --json`. */
export function readMemberEntry(path: string): Member {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path === '-' ? 0 : path, 'utf8'))
  } catch (err) {
    throw new UsageError(`${path}: not a JSON federation entry: ${(err as Error).message}`)
  }
  return parseMember(path, data)
}
