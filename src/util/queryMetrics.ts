/**
 * Where the query path reports what it did, for the node's Prometheus metrics
 * (node/metrics.ts). Labels are countries, purposes, steps and statuses only:
 * never personal data, and guard activations only as one total, so that a
 * dashboard shared with a peer tells it nothing about whom a guard protected.
 */
export interface QueryMetrics {
  /** A request this node answered or refused, once its answer is decided. */
  received(labels: { peerCountry: string; purpose: string; step: string; status: string }, seconds?: number): void
  /** A request this node sent, with what came of it. */
  sent(labels: { peerCountry: string; purpose: string; step: string; outcome: string }, seconds: number): void
  /** Records a hard guard hid from an answer, or questions the outgoing guard kept from a peer. */
  guardActivations(count: number): void
}

export const noQueryMetrics: QueryMetrics = {
  received: () => undefined,
  sent: () => undefined,
  guardActivations: () => undefined,
}
