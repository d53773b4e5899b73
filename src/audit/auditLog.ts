import { createHmac, randomFillSync, timingSafeEqual } from 'node:crypto'
import type { Db } from '../records/database.js'
import { mrn } from '../wire/gen/mrn.js'
import {
  consistencyProof,
  frontier,
  frontierPositions,
  type HashReader,
  hashesForAppend,
  inclusionProof,
  leafHash,
  rootHash,
} from './merkle.js'
import { checkpointBody, type NoteSigner, signCheckpoint } from './note.js'

/**
 * Audit entries. No personal data in clear: records appear by local id,
 * query identifiers and case references only as keyed hashes (HMAC-SHA256 with
 * the node secret), responses by digest. Encoded canonically as
 * mrn.v1.AuditEntry (proto/mrn/v1/audit.proto).
 */
export type AuditEntry =
  | {
      kind: 'query_received'
      requestId: string
      requester: string
      purpose: string
      legalBasis: string
      caseReferenceHash: string
      caseworker: string
      role: string
      step: 'identify' | 'details'
      status: string
      released: { field: string; form: string; ruleId: string }[]
      withheld: { field: string; ruleId: string }[]
      queryHash: string
      responseDigest: string
      /**
       * What the node decided and never told the requester. Appended entries
       * always carry it; it goes into the local opening table, and the leaf
       * carries only `localCommitment`. Absent when a leaf is read without its
       * opening (a peer's leaf, or a missing opening).
       */
      local?: LocalDecisions
      /** base64 HMAC-SHA256(salt, LocalDecisions bytes): in every version 2 leaf. */
      localCommitment?: string
    }
  | {
      kind: 'query_rejected'
      peerId: string
      requester?: string
      requestId?: string
      code: string
      status: string
      requestDigest: string
      responseDigest?: string
    }
  | {
      kind: 'query_refusals'
      peerId: string
      code: string
      status: string
      count: number
      windowStartMs: number
      /** base64 running SHA-256 over the refused requests' digests (audit.proto). */
      digestsHash: string
    }
  | {
      kind: 'query_sent'
      requests: { country: string; requestId: string }[]
      purpose: string
      legalBasis: string
      caseReferenceHash: string
      caseworker: string
      step: 'identify' | 'details'
      queryHash: string
      /** Countries the outgoing guard kept this node from asking. */
      notAsked?: GuardedCountry[]
      /** Guarded countries asked all the same, under the return-after-final-rejection exception. */
      askedUnderException?: GuardedCountry[]
    }
  | {
      kind: 'query_refused'
      purpose: string
      legalBasis: string
      caseReferenceHash: string
      caseworker: string
      role: string
      step: 'identify' | 'details'
      queryHash: string
      /** The countries named that the outgoing guard forbids asking. */
      notAsked: GuardedCountry[]
    }
  | {
      kind: 'response_received'
      requestId: string
      responder: string
      outcome: string
      peerAuditLeafIndex?: number
      responseDigest?: string
    }
  | { kind: 'node_started'; peerId: string; policyDigest?: string; federationDigest?: string }
  | { kind: 'node_stopped'; peerId: string }
  | { kind: 'policy_changed'; policyDigest: string }
  | { kind: 'federation_changed'; federationDigest: string; membershipVersion?: number }
  | { kind: 'connection_refused'; peerId: string }
  | { kind: 'witness_refused' | 'cosignature_refused'; peerId: string; origin: string; size: number; code: string }
  /** An operator's action: a local API token created or revoked (its holder by pseudonym and role, never by name). */
  | { kind: 'admin_action'; action: AdminAction; caseworker?: string; role?: string; size?: number; peerId?: string }
  /** The node came back from a backup: entries [lostFrom, lostTo) are gone (docs/operations.md). */
  | { kind: 'log_restored'; lostFrom: number; lostTo: number; backupTakenAtMs: number }

/**
 * token_created and token_revoked name the holder (pseudonym, role); backup_taken the log's size;
 * key_rotated the node's new key (peerId).
 */
export type AdminAction = 'token_created' | 'token_revoked' | 'backup_taken' | 'key_rotated'

/** Entries a restore lost: [from, to), and when the node was restored. */
export interface LostRange {
  from: number
  to: number
  atMs: number
}

export interface RecordGuard {
  recordId: string
  guard: string
}

/** The local decisions behind an answer: the opening of a leaf's `localCommitment`. */
export interface LocalDecisions {
  ruleIds: string[]
  /** Local records disclosed (hits, details). */
  recordIds: string[]
  /** Records a hard guard hid from this requester. */
  guards: RecordGuard[]
}

export interface GuardedCountry {
  country: string
  guard: string
}

/** Salt and LocalDecisions bytes: enough for an auditor to recompute a leaf's commitment. */
export interface Opening {
  salt: Uint8Array
  decisions: Uint8Array
}

export const COMMITMENT_SALT_BYTES = 32

/** Commits to local decisions with a fresh salt: the commitment reveals nothing without the opening. */
export function commitLocal(
  decisions: LocalDecisions,
  salt: Uint8Array = freshSalt(),
): { commitment: Uint8Array; opening: Opening } {
  const bytes = withPadding(mrn.v1.LocalDecisions.encode(decisions).finish())
  return { commitment: commitmentOf(salt, bytes), opening: { salt, decisions: bytes } }
}

/** Openings are stored in multiples of this many bytes (see LocalDecisions.padding). */
export const OPENING_BLOCK_BYTES = 256
const PADDING_TAG = (4 << 3) | 2 // LocalDecisions.padding: field 4, length-delimited

/**
 * The decisions with the padding field appended (protobuf allows a field
 * after the others): tag, varint length, zero bytes, bringing the whole to a
 * multiple of OPENING_BLOCK_BYTES. At least one padding byte, so the field is
 * always present.
 */
function withPadding(bare: Uint8Array): Uint8Array {
  const total = (pad: number): number => bare.length + 1 + (pad < 128 ? 1 : 2) + pad
  let pad = 1
  while (total(pad) % OPENING_BLOCK_BYTES !== 0) pad++
  const out = new Uint8Array(total(pad)) // zero-filled: the padding bytes
  out.set(bare, 0)
  let at = bare.length
  out[at++] = PADDING_TAG
  if (pad < 128) out[at] = pad
  else {
    out[at++] = (pad & 0x7f) | 0x80
    out[at] = pad >> 7
  }
  return out
}

/** Salts come from a pooled CSPRNG buffer: one system call per 128 salts rather than one each. */
const SALT_POOL = Buffer.alloc(COMMITMENT_SALT_BYTES * 128)
let saltPoolAt = SALT_POOL.length
function freshSalt(): Uint8Array {
  if (saltPoolAt === SALT_POOL.length) {
    randomFillSync(SALT_POOL)
    saltPoolAt = 0
  }
  const salt = new Uint8Array(SALT_POOL.subarray(saltPoolAt, saltPoolAt + COMMITMENT_SALT_BYTES))
  saltPoolAt += COMMITMENT_SALT_BYTES
  return salt
}

function commitmentOf(salt: Uint8Array, decisions: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac('sha256', salt).update(decisions).digest())
}

/** The decisions an opening holds, if it opens `commitment` (base64); undefined if it does not. */
export function openCommitment(commitment: string, opening: Opening): LocalDecisions | undefined {
  const expected = Buffer.from(commitment, 'base64')
  const actual = commitmentOf(opening.salt, opening.decisions)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined
  const m = mrn.v1.LocalDecisions.decode(opening.decisions)
  return {
    ruleIds: m.ruleIds,
    recordIds: m.recordIds,
    // Stryker disable next-line StringLiteral: protobufjs decodes an absent string to '', never undefined
    guards: m.guards.map((g) => ({ recordId: g.recordId ?? '', guard: g.guard ?? '' })),
  }
}

export interface AuditRow {
  index: number
  atMs: number
  entry: AuditEntry
}

const pb = mrn.v1.AuditEntry
/** 2: query_received leaves commit to their local decisions instead of carrying them (audit.proto). */
export const AUDIT_ENTRY_VERSION = 2

/**
 * The canonical leaf bytes of an entry. A query_received entry's `local`
 * decisions never enter the leaf; its `localCommitment` does.
 */
export function encodeAuditEntry(entry: AuditEntry, atMs: number): Uint8Array {
  const {
    kind,
    local: _local,
    localCommitment,
    ...fields
  } = entry as AuditEntry & {
    local?: unknown
    localCommitment?: string
  }
  const Kind = pb.Kind as unknown as Record<string, number>
  return pb
    .encode({
      ...fields,
      ...(localCommitment === undefined ? {} : { localCommitment: Buffer.from(localCommitment, 'base64') }),
      version: AUDIT_ENTRY_VERSION,
      atMs,
      kind: Kind[kind.toUpperCase()],
    } as mrn.v1.IAuditEntry)
    .finish()
}

/** List fields an entry kind always has (protobuf cannot tell an empty list from an absent one). */
const REQUIRED_ARRAYS: Record<string, string[]> = {
  query_received: ['released', 'withheld'],
  query_sent: ['requests'],
  query_refused: ['notAsked'],
}
/** Version 1 query_received leaves carried the local decisions in clear. */
const V1_LOCAL_FIELDS = ['ruleIds', 'recordIds', 'guards'] as const

/**
 * Decodes leaf bytes back into an entry (default-valued fields left out), as
 * anyone holding the leaf sees it: a version 2 query_received entry has its
 * `localCommitment` and no `local` (AuditLog.entry() opens it on site).
 */
export function decodeAuditEntry(data: Uint8Array): { atMs: number; entry: AuditEntry } {
  const m = pb.decode(data)
  const Kind = pb.Kind as unknown as Record<number, string>
  const kind = (Kind[m.kind] ?? 'KIND_UNSPECIFIED').toLowerCase()
  const out: Record<string, unknown> = { kind }
  const arrays = REQUIRED_ARRAYS[kind] ?? []
  for (const [key, value] of Object.entries(m)) {
    if (key === 'kind' || key === 'version' || key === 'atMs') continue
    if (value === '' || value === 0 || (Array.isArray(value) && value.length === 0 && !arrays.includes(key))) continue
    if (value instanceof Uint8Array) {
      if (value.length > 0) out[key] = Buffer.from(value).toString('base64')
    } else if (typeof value === 'object' && value !== null && 'toNumber' in value)
      out[key] = (value as { toNumber(): number }).toNumber()
    else if (Array.isArray(value)) out[key] = value.map((v) => (typeof v === 'object' ? { ...v } : v))
    else out[key] = value
  }
  if (kind === 'query_received' && m.version === 1) {
    const local: Record<string, unknown> = {}
    for (const key of V1_LOCAL_FIELDS) {
      local[key] = out[key] ?? []
      delete out[key]
    }
    out.local = local
  }
  // Stryker disable next-line all: with long.js present every uint64 decodes to Long; numbers come from our own objects
  const atMs = typeof m.atMs === 'number' ? m.atMs : (m.atMs as { toNumber(): number }).toNumber()
  return { atMs, entry: out as AuditEntry }
}

export interface Checkpoint {
  size: number
  root: Uint8Array
  note: string
  atMs: number
}

/**
 * The node's tamper-evident audit log: an append-only Merkle log (RFC 6962)
 * in SQLite, with the hash of every complete subtree stored so that roots and
 * proofs cost O(log n) reads, and signed checkpoints (C2SP tlog-checkpoint).
 */
export class AuditLog {
  private readonly db: Db
  private readonly secret: Uint8Array
  private readonly stmts
  readonly read: HashReader

  constructor(db: Db, secret: Uint8Array) {
    this.db = db
    this.secret = secret
    this.stmts = {
      // max(idx) is a B-tree lookup; count(*) would scan the table on every append. A restore's
      // gap ends where the log continues, before its first entry there is written.
      size: db
        .prepare(
          `SELECT max(coalesce((SELECT max(idx) + 1 FROM audit_entries), 0),
                      coalesce((SELECT max(to_idx) FROM audit_gaps), 0))`,
        )
        .pluck(),
      gaps: db.prepare('SELECT from_idx AS "from", to_idx AS "to", at_ms AS atMs FROM audit_gaps ORDER BY from_idx'),
      insertGap: db.prepare('INSERT INTO audit_gaps (from_idx, to_idx, at_ms) VALUES (?, ?, ?)'),
      insert: db.prepare('INSERT INTO audit_entries (idx, at_ms, kind, data) VALUES (?, ?, ?, ?)'),
      insertHash: db.prepare('INSERT INTO audit_hashes (level, idx, hash) VALUES (?, ?, ?)'),
      insertOpening: db.prepare('INSERT INTO audit_openings (idx, salt, decisions) VALUES (?, ?, ?)'),
      opening: db.prepare('SELECT salt, decisions FROM audit_openings WHERE idx = ?'),
      hash: db.prepare('SELECT hash FROM audit_hashes WHERE level = ? AND idx = ?').pluck(),
      since: db.prepare('SELECT idx, at_ms, data FROM audit_entries WHERE idx >= ? ORDER BY idx LIMIT ?'),
      all: db.prepare('SELECT idx, data FROM audit_entries ORDER BY idx'),
      allHashes: db.prepare('SELECT level, idx, hash FROM audit_hashes'),
      leafData: db.prepare('SELECT data FROM audit_entries WHERE idx = ?').pluck(),
      lastOfKind: db.prepare('SELECT data FROM audit_entries WHERE kind = ? ORDER BY idx DESC LIMIT 1').pluck(),
      ofKind: db.prepare('SELECT idx, data FROM audit_entries WHERE kind = ? ORDER BY idx'),
      ofKindNewestFirst: db.prepare('SELECT idx, data FROM audit_entries WHERE kind = ? ORDER BY idx DESC'),
      putCheckpoint: db.prepare(
        'INSERT OR IGNORE INTO audit_checkpoints (size, root, note, at_ms) VALUES (?, ?, ?, ?)',
      ),
      latestCheckpoint: db.prepare(
        'SELECT size, root, note, at_ms AS atMs FROM audit_checkpoints ORDER BY size DESC LIMIT 1',
      ),
      checkpoints: db.prepare('SELECT size, root, note, at_ms AS atMs FROM audit_checkpoints ORDER BY size'),
      putCosignature: db.prepare(
        'INSERT OR REPLACE INTO audit_cosignatures (size, witness, line, at_ms) VALUES (?, ?, ?, ?)',
      ),
      cosignatures: db.prepare(
        'SELECT size, witness, line, at_ms AS atMs FROM audit_cosignatures ORDER BY size, witness',
      ),
      cosignaturesAt: db.prepare(
        'SELECT size, witness, line, at_ms AS atMs FROM audit_cosignatures WHERE size = ? ORDER BY witness',
      ),
      cosignedSize: db.prepare('SELECT coalesce(max(size), 0) FROM audit_cosignatures').pluck(),
      cosignedSizeBy: db.prepare('SELECT coalesce(max(size), 0) FROM audit_cosignatures WHERE witness = ?').pluck(),
      cosignatureCount: db.prepare('SELECT count(*) FROM audit_cosignatures').pluck(),
      cosignedSizesByWitness: db.prepare('SELECT witness, max(size) AS size FROM audit_cosignatures GROUP BY witness'),
      checkpointCovering: db.prepare(
        'SELECT size, root, note, at_ms AS atMs FROM audit_checkpoints WHERE size > ? ORDER BY size LIMIT 1',
      ),
    }
    this.read = (level, index) => {
      const h = this.stmts.hash.get(level, index) as Buffer | undefined
      if (h === undefined) throw new Error(`audit log: stored hash ${level}/${index} is missing`)
      return new Uint8Array(h)
    }
  }

  /** Appends one entry and returns its index. Durable when the surrounding transaction commits. */
  append(entry: AuditEntry, atMs: number): number {
    return this.appendWith(atMs, (index) => ({ entry, value: index }))
  }

  /**
   * Reserves the next index, lets `build` make the entry that must contain it
   * (a response carries its own audit index, and the entry the response's
   * digest), appends the leaf and the subtree hashes it completes, all in one
   * transaction.
   */
  appendWith<T>(atMs: number, build: (index: number) => { entry: AuditEntry; value: T }): T {
    return this.db
      .transaction(() => {
        const index = this.size()
        const { entry, value } = build(index)
        let leaf = entry
        if (entry.kind === 'query_received') {
          // Every answer leaf commits, so a leaf with guards cannot be told from one without.
          const { commitment, opening } = commitLocal(entry.local ?? { ruleIds: [], recordIds: [], guards: [] })
          this.stmts.insertOpening.run(index, opening.salt, opening.decisions)
          leaf = { ...entry, localCommitment: Buffer.from(commitment).toString('base64') }
        }
        const data = encodeAuditEntry(leaf, atMs)
        this.stmts.insert.run(index, atMs, entry.kind, data)
        for (const [level, idx, hash] of hashesForAppend(index, leafHash(data), this.read)) {
          this.stmts.insertHash.run(level, idx, hash)
        }
        return value
      })
      .immediate()
  }

  size(): number {
    return this.stmts.size.get() as number
  }

  /** Entries as this node reads them, local decisions opened (see entry()). */
  list(sinceIndex = 0, limit = 1000): AuditRow[] {
    const rows = this.stmts.since.all(sinceIndex, limit) as { idx: number; at_ms: number; data: Buffer }[]
    return rows.map((r) => ({ index: r.idx, ...this.entry(r.idx, r.data) }))
  }

  /**
   * Decodes leaf `index` as the node itself reads it: a version 2
   * query_received entry gets its `local` decisions from the opening, if the
   * opening is stored and matches the leaf's commitment (verifyAuditLog
   * reports one that does not).
   */
  entry(index: number, data: Uint8Array = this.leafData(index)): { atMs: number; entry: AuditEntry } {
    const decoded = decodeAuditEntry(data)
    const e = decoded.entry
    if (e.kind === 'query_received' && e.localCommitment !== undefined) {
      const opening = this.opening(index)
      const local = opening === undefined ? undefined : openCommitment(e.localCommitment, opening)
      if (local !== undefined) e.local = local
    }
    return decoded
  }

  /** The stored opening of leaf `index`'s commitment (salt and LocalDecisions bytes). */
  opening(index: number): Opening | undefined {
    const r = this.stmts.opening.get(index) as { salt: Buffer; decisions: Buffer } | undefined
    return r === undefined ? undefined : { salt: new Uint8Array(r.salt), decisions: new Uint8Array(r.decisions) }
  }

  /** The most recent entry of a kind (searched from the end of the log). */
  lastOfKind(kind: AuditEntry['kind']): AuditEntry | undefined {
    const data = this.stmts.lastOfKind.get(kind) as Buffer | undefined
    return data === undefined ? undefined : decodeAuditEntry(data).entry
  }

  /** The entries of one kind, oldest first or newest first (reports, evidence look-ups). */
  *iterateKind(
    kind: AuditEntry['kind'],
    options: { newestFirst?: boolean } = {},
  ): Generator<{ index: number; data: Uint8Array }> {
    const stmt = options.newestFirst ? this.stmts.ofKindNewestFirst : this.stmts.ofKind
    for (const r of stmt.iterate(kind) as Iterable<{ idx: number; data: Buffer }>)
      yield { index: r.idx, data: new Uint8Array(r.data) }
  }

  /** Every entry in order (for reports and verification). */
  *iterate(): Generator<{ index: number; data: Uint8Array }> {
    for (const r of this.stmts.all.iterate() as Iterable<{ idx: number; data: Buffer }>) {
      yield { index: r.idx, data: new Uint8Array(r.data) }
    }
  }

  /** Stored hashes as a map "level/index" → hash (for verification). */
  storedHashes(): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>()
    for (const r of this.stmts.allHashes.iterate() as Iterable<{ level: number; idx: number; hash: Buffer }>) {
      out.set(`${r.level}/${r.idx}`, new Uint8Array(r.hash))
    }
    return out
  }

  rootHash(size = this.size()): Uint8Array {
    return rootHash(size, this.read)
  }

  leafData(index: number): Uint8Array {
    const data = this.stmts.leafData.get(index) as Buffer | undefined
    if (data === undefined) {
      const lost = this.lostRanges().find((g) => index >= g.from && index < g.to)
      if (lost !== undefined)
        throw new RangeError(`audit entry ${index} was lost in a restore (entries ${lost.from} to ${lost.to - 1})`)
      throw new RangeError(`audit log has no entry ${index}`)
    }
    return new Uint8Array(data)
  }

  /** Ranges of entries restores lost, oldest first (usually none). */
  lostRanges(): LostRange[] {
    return this.stmts.gaps.all() as LostRange[]
  }

  /** Whether leaf `index` was lost in a restore. */
  isLost(index: number): boolean {
    return this.lostRanges().some((g) => index >= g.from && index < g.to)
  }

  /**
   * After a restore: the log continues at `to` from the frontier of the tree
   * of `to` leaves its witnesses co-signed (node/backup.ts checked the frontier
   * folds to that checkpoint's root and agrees with every hash the backup
   * holds). Stores the frontier hashes the backup lacks and the gap; the
   * caller's transaction adds the checkpoint and the log_restored entry.
   */
  continueFrom(to: number, frontierHashes: readonly Uint8Array[], atMs: number): LostRange {
    const from = this.size()
    if (!(to > from)) throw new RangeError(`a restore continues past the log's end: ${to} <= ${from}`)
    const positions = frontierPositions(to)
    if (positions.length !== frontierHashes.length)
      throw new RangeError(`a frontier of size ${to} has ${positions.length} hashes, got ${frontierHashes.length}`)
    positions.forEach(([level, index], i) => {
      const have = this.stmts.hash.get(level, index) as Buffer | undefined
      const hash = frontierHashes[i] as Uint8Array
      if (have === undefined) this.stmts.insertHash.run(level, index, hash)
      else if (!Buffer.from(hash).equals(have))
        throw new RangeError(`frontier hash ${level}/${index} differs from the one stored`)
    })
    this.stmts.insertGap.run(from, to, atMs)
    return { from, to, atMs }
  }

  /** Stores a checkpoint signed elsewhere (a restore's: the one its witnesses co-signed). */
  putCheckpoint(cp: Checkpoint): void {
    this.stmts.putCheckpoint.run(cp.size, cp.root, cp.note, cp.atMs)
  }

  leafHash(index: number): Uint8Array {
    return leafHash(this.leafData(index))
  }

  inclusionProof(index: number, size = this.size()): Uint8Array[] {
    return inclusionProof(index, size, this.read)
  }

  consistencyProof(fromSize: number, toSize = this.size()): Uint8Array[] {
    return consistencyProof(fromSize, toSize, this.read)
  }

  /** The frontier hashes of the tree of `size` leaves (merkle.ts frontier), sent to witnesses. */
  frontier(size = this.size()): Uint8Array[] {
    return frontier(size, this.read)
  }

  /** Signs and stores a checkpoint of the current tree (or returns the latest, if the tree has not grown). */
  checkpoint(origin: string, signer: NoteSigner, atMs: number): Checkpoint {
    return this.db
      .transaction(() => {
        const size = this.size()
        const latest = this.latestCheckpoint()
        if (latest !== undefined && latest.size === size) return latest
        const root = this.rootHash(size)
        const note = signCheckpoint(checkpointBody(origin, size, root), signer)
        this.stmts.putCheckpoint.run(size, root, note, atMs)
        return { size, root, note, atMs }
      })
      .immediate()
  }

  latestCheckpoint(): Checkpoint | undefined {
    const r = this.stmts.latestCheckpoint.get() as
      | { size: number; root: Buffer; note: string; atMs: number }
      | undefined
    return r === undefined ? undefined : { ...r, root: new Uint8Array(r.root) }
  }

  checkpoints(): Checkpoint[] {
    return (this.stmts.checkpoints.all() as { size: number; root: Buffer; note: string; atMs: number }[]).map((r) => ({
      ...r,
      root: new Uint8Array(r.root),
    }))
  }

  addCosignature(size: number, witness: string, line: string, atMs: number): void {
    this.stmts.putCosignature.run(size, witness, line, atMs)
  }

  /** Every co-signature (verification and reports; the running node uses the look-ups below). */
  cosignatures(): { size: number; witness: string; line: string; atMs: number }[] {
    return this.stmts.cosignatures.all() as { size: number; witness: string; line: string; atMs: number }[]
  }

  /**
   * Look-ups a running node makes every few seconds: with a checkpoint every
   * 5 s these tables grow by thousands of rows a day, so they are never read whole.
   */
  cosignaturesAt(size: number): { size: number; witness: string; line: string; atMs: number }[] {
    return this.stmts.cosignaturesAt.all(size) as { size: number; witness: string; line: string; atMs: number }[]
  }

  /** The largest tree size co-signed by `witness`, or by any witness; 0 if none. */
  cosignedSize(witness?: string): number {
    return (witness === undefined ? this.stmts.cosignedSize.get() : this.stmts.cosignedSizeBy.get(witness)) as number
  }

  /** The largest tree size each witness co-signed, by witness name (reads the (witness, size) index). */
  cosignedSizesByWitness(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const row of this.stmts.cosignedSizesByWitness.all() as { witness: string; size: number }[]) {
      out[row.witness] = row.size
    }
    return out
  }

  cosignatureCount(): number {
    return this.stmts.cosignatureCount.get() as number
  }

  /** The first checkpoint whose tree includes leaf `index`, if any. */
  checkpointCovering(index: number): Checkpoint | undefined {
    const r = this.stmts.checkpointCovering.get(index) as
      | { size: number; root: Buffer; note: string; atMs: number }
      | undefined
    return r === undefined ? undefined : { ...r, root: new Uint8Array(r.root) }
  }

  /** Keyed hash for identifiers that must be comparable in the log but never readable. */
  keyedHash(value: string): string {
    return createHmac('sha256', this.secret).update(value).digest('base64url')
  }
}
