import type { PreparedSubject } from '../matching/types.js'
import type { ProtectionFacts } from '../policy/outgoingGuard.js'
import type { Db } from './database.js'

/** A handle a peer gave this node, with what the outgoing guard needs to decide again at the details step. */
export interface SentHandle {
  country: string
  subject: PreparedSubject
  declared: ProtectionFacts | undefined
  expiresAtMs: number
}

/** Handles received from peers' identify answers, kept until they expire. */
export class SentHandles {
  private readonly db: Db
  private readonly stmts

  constructor(db: Db) {
    this.db = db
    this.stmts = {
      put: db.prepare(
        'INSERT OR REPLACE INTO sent_handles (handle, country, subject, declared, expires_at_ms) VALUES (?, ?, ?, ?, ?)',
      ),
      get: db.prepare(
        'SELECT country, subject, declared, expires_at_ms AS expiresAtMs FROM sent_handles WHERE handle = ?',
      ),
      purge: db.prepare('DELETE FROM sent_handles WHERE expires_at_ms < ?'),
    }
  }

  /**
   * The handles of one question's answers, about one subject: one
   * transaction (one commit, not one per handle), the subject written as JSON
   * once.
   */
  putAll(
    handles: readonly { handle: Uint8Array; country: string; expiresAtMs: number }[],
    subject: PreparedSubject,
    declared: ProtectionFacts | undefined,
  ): void {
    if (handles.length === 0) return
    const subjectJson = JSON.stringify(subject)
    const declaredJson = JSON.stringify(declared ?? null)
    this.db
      .transaction(() => {
        for (const h of handles) this.stmts.put.run(h.handle, h.country, subjectJson, declaredJson, h.expiresAtMs)
      })
      .immediate()
  }

  get(handle: Uint8Array): SentHandle | undefined {
    const r = this.stmts.get.get(handle) as
      | { country: string; subject: string; declared: string; expiresAtMs: number }
      | undefined
    if (r === undefined) return undefined
    const declared = JSON.parse(r.declared) as ProtectionFacts | null
    return {
      country: r.country,
      subject: JSON.parse(r.subject) as PreparedSubject,
      declared: declared ?? undefined,
      expiresAtMs: r.expiresAtMs,
    }
  }

  /** Drops expired handles; returns how many went. */
  purge(nowMs: number): number {
    return this.stmts.purge.run(nowMs).changes
  }
}
