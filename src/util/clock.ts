/** Time source, passed in so that tests and pure modules never read the wall clock themselves. */
export interface Clock {
  nowMs(): number
}

export const systemClock: Clock = { nowMs: () => Date.now() }
