import type { Db } from './database.js'

export interface HandleBinding {
  recordId: string
  requester: string
  purpose: string
  expiresAtMs: number
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
        'INSERT INTO handles (handle, record_id, requester, purpose, expires_at_ms) VALUES (?, ?, ?, ?, ?)',
      ),
      getHandle: db.prepare(
        'SELECT record_id AS recordId, requester, purpose, expires_at_ms AS expiresAtMs FROM handles WHERE handle = ?',
      ),
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
    this.stmts.putHandle.run(handle, binding.recordId, binding.requester, binding.purpose, binding.expiresAtMs)
  }

  getHandle(handle: Uint8Array): HandleBinding | undefined {
    return this.stmts.getHandle.get(handle) as HandleBinding | undefined
  }

  /** Drops request ids and handles past their expiry; returns how many rows went. */
  purge(nowMs: number): number {
    return this.stmts.forgetSeen.run(nowMs).changes + this.stmts.forgetHandles.run(nowMs).changes
  }
}
