import { describe, expect, it } from 'vitest'
import { RateLimiter } from '../../../src/util/rateLimiter.js'

describe('RateLimiter', () => {
  it('allow() refuses once the quota is spent and allows again in the next window', () => {
    const limiter = new RateLimiter(2, 1000)
    expect([limiter.allow('ITA', 0), limiter.allow('ITA', 10), limiter.allow('ITA', 20)]).toEqual([true, true, false])
    expect(limiter.allow('DEU', 20)).toBe(true)
    expect(limiter.allow('ITA', 1000)).toBe(true)
  })

  it('refuses a non-positive limit', () => {
    expect(() => new RateLimiter(0, 1000)).toThrow(RangeError)
  })
})
