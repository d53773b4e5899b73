import type { Clock } from '../util/clock.js'
import type { QueryMetrics } from '../util/queryMetrics.js'

/** What `mrn status` shows per member: when we last heard from it, and the last thing that went wrong. */
export interface PeerContact {
  /** Last answer received from it, request answered for it, or connection opened (ISO 8601). */
  lastContact?: string
  /** Last failed exchange with it: when, the outcome and the local diagnostic. */
  lastError?: { at: string; outcome: string; detail?: string }
  /** Authority mode: the signed membership version the member last said it holds (when it asked for a newer one) or sent us. */
  membershipVersion?: number
}

const FAILED = new Set(['unreachable', 'timeout', 'invalid', 'error'])

/** Per-member contact record, in memory (since start), fed by the query path and the connection events. */
export class PeerContacts implements QueryMetrics {
  private readonly byCountry = new Map<string, PeerContact>()
  private readonly clock: Clock

  constructor(clock: Clock) {
    this.clock = clock
  }

  of(country: string): PeerContact {
    return { ...(this.byCountry.get(country) ?? {}) }
  }

  contact(country: string): void {
    this.entry(country).lastContact = new Date(this.clock.nowMs()).toISOString()
  }

  /** The member holds signed membership `version` (it asked with it, or sent it to us). */
  membershipVersion(country: string, version: number): void {
    this.entry(country).membershipVersion = version
  }

  received(labels: { peerCountry: string }): void {
    if (labels.peerCountry !== 'unknown') this.contact(labels.peerCountry)
  }

  sent(labels: { peerCountry: string; outcome: string }, _seconds: number, detail?: string): void {
    if (labels.peerCountry === 'unknown') return
    if (!FAILED.has(labels.outcome)) {
      this.contact(labels.peerCountry)
      return
    }
    this.entry(labels.peerCountry).lastError = {
      at: new Date(this.clock.nowMs()).toISOString(),
      outcome: labels.outcome,
      ...(detail === undefined ? {} : { detail }),
    }
  }

  guardActivations(): void {}

  private entry(country: string): PeerContact {
    let e = this.byCountry.get(country)
    if (e === undefined) {
      e = {}
      this.byCountry.set(country, e)
    }
    return e
  }
}
