import type { Db } from './database.js'

/** An identifier that can confirm a possible hit. */
export type ConfirmKind = 'document' | 'dateOfBirth'
const CONFIRM_BITS: Record<ConfirmKind, number> = { document: 1, dateOfBirth: 2 }

export interface HandleBinding {
  recordId: string
  requester: string
  purpose: string
  expiresAtMs: number
  /**
   * From a `possible` hit: the identifiers that may confirm it for details
   * (policy confirmPossibleHits), those the match did not already agree on;
   * empty for a strong hit (no confirmation needed).
   */
  confirmWith: ConfirmKind[]
}

/** Seen request ids (replay protection) and details handles, persisted in the node database. */
export class RequestState {
  private readonly stmts

  constructor(db: Db) {
    this.stmts = {
      seen: db.prepare('SELECT 1 FROM seen_requests WHERE request_id = ?').pluck(),
      remember: db.prepare('INSERT INTO seen_requests (request_id, requester, expires_at_ms) VALUES (?, ?, ?)'),
      forgetSeen: db.prepare('DELETE FROM seen_requests WHERE expires_at_ms < ?'),
      putHandle: db.prepare(
        `INSERT INTO handles (handle, record_id, requester, purpose, expires_at_ms, confirm_with)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      getHandle: db.prepare(
        `SELECT record_id AS recordId, requester, purpose, expires_at_ms AS expiresAtMs,
           confirm_with AS confirmWith FROM handles WHERE handle = ?`,
      ),
      spendHandle: db.prepare('DELETE FROM handles WHERE handle = ?'),
      forgetHandles: db.prepare('DELETE FROM handles WHERE expires_at_ms < ?'),
    }
  }

  isSeen(requestId: Uint8Array): boolean {
    return this.stmts.seen.get(requestId) !== undefined
  }

  /** Remembers a request id until `expiresAtMs` (plus the clock-skew margin the caller adds). */
  remember(requestId: Uint8Array, requester: string, expiresAtMs: number): void {
    this.stmts.remember.run(requestId, requester, expiresAtMs)
  }

  putHandle(handle: Uint8Array, binding: HandleBinding): void {
    this.stmts.putHandle.run(
      handle,
      binding.recordId,
      binding.requester,
      binding.purpose,
      binding.expiresAtMs,
      binding.confirmWith.reduce((bits, k) => bits | CONFIRM_BITS[k], 0),
    )
  }

  getHandle(handle: Uint8Array): HandleBinding | undefined {
    const row = this.stmts.getHandle.get(handle) as
      | (Omit<HandleBinding, 'confirmWith'> & { confirmWith: number })
      | undefined
    if (row === undefined) return undefined
    const kinds = Object.keys(CONFIRM_BITS) as ConfirmKind[]
    return { ...row, confirmWith: kinds.filter((k) => (row.confirmWith & CONFIRM_BITS[k]) !== 0) }
  }

  /** Forgets a handle before its expiry (a details request that failed its confirmation). */
  spendHandle(handle: Uint8Array): void {
    this.stmts.spendHandle.run(handle)
  }

  /** Drops request ids and handles past their expiry; returns how many rows went. */
  purge(nowMs: number): number {
    return this.stmts.forgetSeen.run(nowMs).changes + this.stmts.forgetHandles.run(nowMs).changes
  }
}
