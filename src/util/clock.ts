/** Time source, passed in so that tests and pure modules never read the wall clock themselves. */
export interface Clock {
  nowMs(): number
  /**
   * Wall-clock milliseconds that never jump: the wall clock at process start
   * plus the monotonic time since. Used where a clock jumped ahead must not
   * expire state early (purging seen request ids). Defaults to nowMs().
   */
  steadyNowMs?(): number
}

export const systemClock: Clock = {
  nowMs: () => Date.now(),
  steadyNowMs: () => performance.timeOrigin + performance.now(),
}

/** The clock's steady time, or its wall time if it has none. */
export function steadyNowMs(clock: Clock): number {
  return clock.steadyNowMs ? clock.steadyNowMs() : clock.nowMs()
}
