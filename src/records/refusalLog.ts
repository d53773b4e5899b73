import { createHash } from 'node:crypto'
import type { AuditLog } from '../audit/auditLog.js'
import type { ErrorCode } from '../util/errors.js'
import type { Status } from '../wire/types.js'

export interface RefusalLogInit {
  /** Refused frames a peer may send per minute and still get an answer; beyond, its streams are dropped. */
  answeredPerPeerPerMinute?: number
}

/** Generous for honest mistakes (a clock off, a stale handle), small beside a flood. */
export const DEFAULT_REFUSALS_ANSWERED_PER_PEER_PER_MINUTE = 120

interface Window {
  peerId: string
  code: ErrorCode
  status: Status
  count: number
  startMs: number
  digestsHash: Buffer
}

/** Counters for `mrn status`: every refused frame, answered or dropped. */
export interface RefusalTotals {
  byCode: Partial<Record<ErrorCode, number>>
  /** Refused frames dropped without an answer (the peer was over its refusal quota). */
  dropped: number
}

/**
 * Refusals (requests refused before an answer: forgery, replay, expiry, rate
 * limit, malformed) are counted in memory and audited in aggregate: one
 * `query_refusals` entry per peer, error code and window, with the count and
 * a running hash of the request digests, so a member sending garbage at full
 * speed adds a few entries a minute rather than one per frame. Accepted
 * queries keep one entry each. A crash loses the counts of the current window
 * (refusals disclose nothing); a clean stop writes them.
 */
export class RefusalLog {
  readonly totals: RefusalTotals = { byCode: {}, dropped: 0 }
  private readonly audit: AuditLog
  private readonly answeredPerPeerPerMinute: number
  private windows = new Map<string, Window>()
  /** Answered refusals per peer in the current minute. */
  private answered = new Map<string, { startMs: number; count: number }>()

  constructor(components: { audit: AuditLog }, init: RefusalLogInit = {}) {
    this.audit = components.audit
    this.answeredPerPeerPerMinute = init.answeredPerPeerPerMinute ?? DEFAULT_REFUSALS_ANSWERED_PER_PEER_PER_MINUTE
  }

  /**
   * Counts one refused frame. Returns true if the peer is within its refusal
   * quota (answer it with the status), false if the frame is to be dropped.
   */
  record(peerId: string, code: ErrorCode, status: Status, requestDigest: Uint8Array, nowMs: number): boolean {
    const key = `${peerId}\u0000${code}`
    let w = this.windows.get(key)
    if (w === undefined) {
      w = { peerId, code, status, count: 0, startMs: nowMs, digestsHash: Buffer.alloc(32) }
      this.windows.set(key, w)
    }
    w.count++
    w.digestsHash = createHash('sha256').update(w.digestsHash).update(requestDigest).digest()
    this.totals.byCode[code] = (this.totals.byCode[code] ?? 0) + 1
    let a = this.answered.get(peerId)
    if (a === undefined || nowMs - a.startMs >= 60_000) {
      a = { startMs: nowMs, count: 0 }
      this.answered.set(peerId, a)
    }
    if (a.count >= this.answeredPerPeerPerMinute) {
      this.totals.dropped++
      return false
    }
    a.count++
    return true
  }

  /** Writes one entry per peer and code refused since the last flush (call in a transaction or alone). */
  flush(nowMs: number): number {
    const windows = [...this.windows.values()]
    this.windows = new Map()
    for (const [peer, a] of this.answered) if (nowMs - a.startMs >= 60_000) this.answered.delete(peer)
    for (const w of windows) {
      this.audit.append(
        {
          kind: 'query_refusals',
          peerId: w.peerId,
          code: w.code,
          status: w.status,
          count: w.count,
          windowStartMs: w.startMs,
          digestsHash: w.digestsHash.toString('base64'),
        },
        nowMs,
      )
    }
    return windows.length
  }
}
