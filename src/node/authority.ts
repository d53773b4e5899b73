import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PrivateKey } from '@libp2p/interface'
import { stringify } from 'yaml'
import { z } from 'zod'
import { type Member, memberSchema } from '../network/federation.js'
import { authorityKeyText, type Membership, signMembership } from '../network/membership.js'
import { UsageError } from '../util/errors.js'
import { PRIVATE_DIR_MODE, writeFileAtomic } from '../util/privateFiles.js'
import { loadYamlFile } from '../util/yamlFile.js'
import { createKeyFile, loadKeyFile } from './identity.js'
import { rotateMember, verifyRotation } from './keyRotation.js'

/**
 * A federation authority's directory (`mrn authority`; docs/federation.md):
 * its Ed25519 key (authority.key, encrypted with MRN_KEY_PASSPHRASE like a
 * node key) and the membership it keeps (authority.yaml): the federation's
 * name, the last version it signed, and every member, with the groups the
 * authority gives it and, for a member removed, the time its membership
 * ended (kept, so that what its keys signed before still verifies).
 */

export const AUTHORITY_FILES = { key: 'authority.key', draft: 'authority.yaml' } as const

const draftSchema = z
  .object({
    federation: z.string().min(1),
    signedVersion: z.number().int().min(0),
    members: z.array(memberSchema.extend({ validUntil: z.string().datetime().optional() })).default([]),
  })
  .strict()
type Draft = z.infer<typeof draftSchema>

function loadDraft(dir: string): Draft {
  const path = join(dir, AUTHORITY_FILES.draft)
  if (!existsSync(path))
    throw new UsageError(`${dir}: not an authority directory (no ${AUTHORITY_FILES.draft}; mrn authority init)`)
  return loadYamlFile(path, draftSchema)
}

function saveDraft(dir: string, draft: Draft): void {
  writeFileAtomic(
    join(dir, AUTHORITY_FILES.draft),
    `# Federation membership kept by its authority; change it with mrn authority add|remove, publish with mrn authority sign.\n${stringify(draft)}`,
  )
}

/** Creates an authority directory; returns the public key nodes pin. */
export async function initAuthority(dir: string, federation: string, passphrase: string | undefined): Promise<string> {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new UsageError(`${dir}: directory is not empty`)
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  const key = await createKeyFile(join(dir, AUTHORITY_FILES.key), passphrase)
  saveDraft(dir, { federation, signedVersion: 0, members: [] })
  return authorityKeyText(key)
}

export function authorityKey(dir: string, passphrase: string | undefined): PrivateKey {
  return loadKeyFile(join(dir, AUTHORITY_FILES.key), passphrase)
}

/**
 * Adds a member, or updates one (same country, same PeerId: addresses,
 * groups). A new PeerId for a listed country needs `replace`: the old one
 * goes to the member's previous keys. Groups are the authority's, never the
 * entry's. A removed member added again becomes current again.
 */
export function addToDraft(dir: string, entry: Member, groups: string[], options: { replace?: boolean } = {}): Member {
  const draft = loadDraft(dir)
  const old = draft.members.find((m) => m.country === entry.country)
  const elsewhere = draft.members.find((m) => m.peerId === entry.peerId && m.country !== entry.country)
  if (elsewhere !== undefined) throw new UsageError(`peerId ${entry.peerId} is already listed for ${elsewhere.country}`)
  if (old !== undefined && old.peerId !== entry.peerId && !options.replace) {
    throw new UsageError(`${entry.country} is already listed with peerId ${old.peerId}; pass --replace to re-key it`)
  }
  let previousKeys = old?.previousKeys
  if (old !== undefined && old.peerId !== entry.peerId) {
    previousKeys = [...(old.previousKeys ?? []), { peerId: old.peerId, replacedAt: new Date().toISOString() }]
  }
  const member: Member = {
    country: entry.country,
    peerId: entry.peerId,
    addresses: entry.addresses,
    groups,
    ...(previousKeys === undefined ? {} : { previousKeys }),
    // the same key keeps its log's name (rotated to earlier); a re-key starts a new log
    ...(old?.peerId === entry.peerId && old.logPeerId !== undefined ? { logPeerId: old.logPeerId } : {}),
  }
  draft.members = [...draft.members.filter((m) => m.country !== entry.country), member].sort((a, b) =>
    a.country.localeCompare(b.country),
  )
  saveDraft(dir, draft)
  return member
}

/**
 * Applies a member's key rotation statement (`mrn key rotate`), verified
 * against the key the membership lists for it: its new key becomes current,
 * the old one is accepted until the statement's overlap ends, and its log
 * keeps its name. Published with the next `mrn authority sign`.
 */
export function rotateInDraft(dir: string, bytes: Uint8Array, source: string): Member {
  const draft = loadDraft(dir)
  const r = verifyRotation(bytes, source)
  const old = draft.members.find((m) => m.country === r.country && m.validUntil === undefined)
  if (old === undefined) throw new UsageError(`${source}: ${r.country} is not a current member`)
  const { validUntil: _none, ...member } = old
  const rotated = rotateMember(member, r, source)
  draft.members = draft.members.map((m) => (m === old ? rotated : m))
  saveDraft(dir, draft)
  return rotated
}

/** Ends a member's membership now; it stays listed as former (its keys verify what they signed before). */
export function removeFromDraft(dir: string, country: string, nowMs: number): void {
  const draft = loadDraft(dir)
  const member = draft.members.find((m) => m.country === country && m.validUntil === undefined)
  if (member === undefined) {
    const current = draft.members.filter((m) => m.validUntil === undefined).map((m) => m.country)
    throw new UsageError(`${country} is not a current member (members: ${current.join(', ') || 'none'})`)
  }
  member.validUntil = new Date(nowMs).toISOString()
  saveDraft(dir, draft)
}

export function draftMembers(dir: string): Draft['members'] {
  return loadDraft(dir).members
}

/** Signs the next version of the membership into `out`; returns it. */
export async function signDraft(dir: string, out: string, key: PrivateKey, nowMs: number): Promise<Membership> {
  if (existsSync(out)) throw new UsageError(`--out ${out}: the file exists; choose a new name`)
  const draft = loadDraft(dir)
  const membership: Membership = {
    federation: draft.federation,
    version: draft.signedVersion + 1,
    issuedAtMs: nowMs,
    members: draft.members.map(({ validUntil, ...m }) =>
      validUntil === undefined ? m : { ...m, validUntilMs: Date.parse(validUntil) },
    ),
  }
  writeFileSync(out, await signMembership(membership, key), { flag: 'wx' })
  saveDraft(dir, { ...draft, signedVersion: membership.version })
  return membership
}
