import { createHmac } from 'node:crypto'
import type { Db } from '../records/database.js'

/**
 * Audit entries. No personal data in clear: records appear by local id,
 * query identifiers and case references only as keyed hashes (HMAC-SHA256 with
 * the node secret), responses by digest.
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
      ruleIds: string[]
      recordIds: string[]
      released: { field: string; form: string; ruleId: string }[]
      withheld: { field: string; ruleId: string }[]
      /** Records a hard guard hid from this requester (never in the response). */
      guards: { recordId: string; guard: string }[]
      queryHash: string
      responseDigest: string
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
      kind: 'query_sent'
      requests: { country: string; requestId: string }[]
      purpose: string
      legalBasis: string
      caseReferenceHash: string
      caseworker: string
      step: 'identify' | 'details'
      queryHash: string
    }
  | {
      kind: 'response_received'
      requestId: string
      responder: string
      outcome: string
      peerAuditLeafIndex?: number
      responseDigest?: string
    }
  | { kind: 'node_started' | 'node_stopped'; peerId: string }
  | { kind: 'connection_refused'; peerId: string }

export interface AuditRow {
  index: number
  atMs: number
  entry: AuditEntry
}

/**
 * Append-only audit table (database triggers refuse UPDATE and DELETE).
 * TODO(#5): Merkle tree, signed checkpoints, witnessing.
 */
export class AuditLog {
  private readonly db: Db
  private readonly secret: Uint8Array
  private readonly stmts

  constructor(db: Db, secret: Uint8Array) {
    this.db = db
    this.secret = secret
    this.stmts = {
      next: db.prepare('SELECT coalesce(max(idx) + 1, 0) FROM audit_log').pluck(),
      insert: db.prepare('INSERT INTO audit_log (idx, at_ms, kind, entry) VALUES (?, ?, ?, ?)'),
      since: db.prepare('SELECT idx, at_ms, entry FROM audit_log WHERE idx >= ? ORDER BY idx LIMIT ?'),
      count: db.prepare('SELECT count(*) FROM audit_log').pluck(),
    }
  }

  /** Appends one entry and returns its index. Durable when the surrounding transaction commits. */
  append(entry: AuditEntry, atMs: number): number {
    return this.appendWith(atMs, (index) => ({ entry, value: index }))
  }

  /**
   * Reserves the next index, lets `build` make the entry that must contain it
   * (a response carries its own audit index, and the entry the response's
   * digest), and appends it, all in one transaction.
   */
  appendWith<T>(atMs: number, build: (index: number) => { entry: AuditEntry; value: T }): T {
    return this.db.transaction(() => {
      const index = this.stmts.next.get() as number
      const { entry, value } = build(index)
      this.stmts.insert.run(index, atMs, entry.kind, JSON.stringify(entry))
      return value
    })()
  }

  list(sinceIndex = 0, limit = 1000): AuditRow[] {
    const rows = this.stmts.since.all(sinceIndex, limit) as { idx: number; at_ms: number; entry: string }[]
    return rows.map((r) => ({ index: r.idx, atMs: r.at_ms, entry: JSON.parse(r.entry) as AuditEntry }))
  }

  count(): number {
    return this.stmts.count.get() as number
  }

  /** Keyed hash for identifiers that must be comparable in the log but never readable. */
  keyedHash(value: string): string {
    return createHmac('sha256', this.secret).update(value).digest('base64url')
  }
}
