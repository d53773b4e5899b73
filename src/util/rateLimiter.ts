/**
 * A fixed-window counter per key (peer, caseworker, ...): at most `limit`
 * events per `windowMs`. In memory; restarts forget it.
 */
export class RateLimiter {
  private readonly limit: number
  private readonly windowMs: number
  private readonly windows = new Map<string, { startMs: number; count: number }>()

  constructor(limit: number, windowMs: number) {
    if (!(limit > 0)) throw new RangeError(`RateLimiter limit must be > 0: got ${limit}`)
    if (!(windowMs > 0)) throw new RangeError(`RateLimiter windowMs must be > 0: got ${windowMs}`)
    this.limit = limit
    this.windowMs = windowMs
  }

  /** Counts one event for `key` and says whether it is within the quota. */
  allow(key: string, nowMs: number): boolean {
    let w = this.windows.get(key)
    if (w === undefined || nowMs - w.startMs >= this.windowMs) {
      w = { startMs: nowMs, count: 0 }
      this.windows.set(key, w)
      if (this.windows.size > 10_000) this.prune(nowMs)
    }
    if (w.count >= this.limit) return false
    w.count++
    return true
  }

  private prune(nowMs: number): void {
    for (const [k, w] of this.windows) if (nowMs - w.startMs >= this.windowMs) this.windows.delete(k)
  }
}
