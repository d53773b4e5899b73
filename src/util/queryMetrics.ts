/**
 * Where the query path reports what it did, for the node's Prometheus metrics
 * (node/metrics.ts). Labels are countries, purposes, steps and statuses only:
 * never personal data, and guard activations only as one total, so that a
 * dashboard shared with a peer tells it nothing about whom a guard protected.
 */
export interface QueryMetrics {
  /** A request this node answered or refused, once its answer is decided. */
  received(labels: { peerCountry: string; purpose: string; step: string; status: string }, seconds?: number): void
  /** A request this node sent, with what came of it (`detail`: the local diagnostic of a failure). */
  sent(
    labels: { peerCountry: string; purpose: string; step: string; outcome: string },
    seconds: number,
    detail?: string,
  ): void
  /** Records a hard guard hid from an answer, or questions the outgoing guard kept from a peer. */
  guardActivations(count: number): void
}

export const noQueryMetrics: QueryMetrics = {
  received: () => undefined,
  sent: () => undefined,
  guardActivations: () => undefined,
}

/** Reports to each sink in turn (the node's metrics and its per-peer contact record). */
export function allQueryMetrics(...sinks: (QueryMetrics | undefined)[]): QueryMetrics {
  const present = sinks.filter((s): s is QueryMetrics => s !== undefined)
  return {
    received: (labels, seconds) => {
      for (const s of present) s.received(labels, seconds)
    },
    sent: (labels, seconds, detail) => {
      for (const s of present) s.sent(labels, seconds, detail)
    },
    guardActivations: (count) => {
      for (const s of present) s.guardActivations(count)
    },
  }
}
