import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { stringify } from 'yaml'
import { z } from 'zod'
import { memberWitnessKey } from '../audit/logIdentity.js'
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
   * replaced: never accepted for a connection, kept so that what they signed
   * while they were valid (checkpoints, co-signatures) still verifies.
   */
  previousKeys: z.array(z.object({ peerId: peerIdSchema, replacedAt: z.string().datetime() })).optional(),
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
    this.countries = new Map(members.map((m) => [m.country, m]))
  }

  byPeerId(peerId: string): Member | undefined {
    return this.peers.get(peerId)
  }

  byCountry(country: string): Member | undefined {
    return this.countries.get(country)
  }

  members(): readonly Member[] {
    return this.list
  }

  isMember(peerId: string): boolean {
    return this.peers.has(peerId)
  }

  groupsOf(country: string): readonly string[] {
    return this.countries.get(country)?.groups ?? []
  }
}

/**
 * The witness keys to verify this node's stored co-signatures with: every
 * other member's current key, and its previous keys for what they signed
 * until they were replaced.
 */
export function witnessKeysOf(
  members: readonly (Member & { validUntilMs?: number })[],
  selfPeerId: string,
): { name: string; publicKey: Uint8Array; validUntilMs?: number }[] {
  return members
    .filter((m) => m.peerId !== selfPeerId)
    .flatMap((m) => [
      // a former member (signed membership): its key vouches for what it co-signed while it was one
      {
        ...memberWitnessKey(m.country, m.peerId),
        ...(m.validUntilMs === undefined ? {} : { validUntilMs: m.validUntilMs }),
      },
      ...(m.previousKeys ?? []).map((k) => ({
        ...memberWitnessKey(m.country, k.peerId),
        validUntilMs: Date.parse(k.replacedAt),
      })),
    ])
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
