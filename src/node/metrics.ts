import { Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { QueryMetrics } from '../util/queryMetrics.js'

/** What the gauges read when Prometheus scrapes (nothing is sampled in between). */
export interface MetricSources {
  records(): number
  auditEntries(): number
  /** Seconds since the latest checkpoint of the audit log, or undefined before the first. */
  checkpointAgeSeconds(): number | undefined
  /** Largest tree size each witness co-signed, by witness name. */
  cosignedSizes(): Record<string, number>
  /** Refusals counted since start, by error code. */
  refusals(): Record<string, number>
  /** Refusals not answered (the peer was over its refusal quota). */
  refusalsDropped(): number
  connectionsRefused(): number
}

const LATENCY_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5]

/**
 * The node's Prometheus metrics, in a registry of its own (libp2p's metrics
 * join it, node/host.ts). Served by node/metricsServer.ts.
 */
export class NodeMetrics implements QueryMetrics {
  readonly registry = new Registry()
  private readonly receivedTotal: Counter<'peer_country' | 'purpose' | 'step' | 'status'>
  private readonly sentTotal: Counter<'peer_country' | 'purpose' | 'step' | 'outcome'>
  private readonly duration: Histogram<'side' | 'step'>
  private readonly guards: Counter

  constructor(sources: MetricSources) {
    const registers = [this.registry]
    this.receivedTotal = new Counter({
      name: 'mrn_queries_received_total',
      help: 'Queries received from peers, by peer country, purpose, step and the status answered',
      labelNames: ['peer_country', 'purpose', 'step', 'status'],
      registers,
    })
    this.sentTotal = new Counter({
      name: 'mrn_queries_sent_total',
      help: 'Queries sent to peers, by peer country, purpose, step and outcome',
      labelNames: ['peer_country', 'purpose', 'step', 'outcome'],
      registers,
    })
    this.duration = new Histogram({
      name: 'mrn_query_duration_seconds',
      help: 'Query time: side="responder" from request to durable answer, side="requester" the whole round trip',
      labelNames: ['side', 'step'],
      buckets: LATENCY_BUCKETS,
      registers,
    })
    this.guards = new Counter({
      name: 'mrn_guard_activations_total',
      help: 'Records a hard guard hid from answers, and questions the outgoing guard kept from a peer (one total, never per peer)',
      registers,
    })
    const gauge = (name: string, help: string, read: (g: Gauge) => void, labelNames: string[] = []): void => {
      new Gauge({
        name,
        help,
        labelNames,
        registers,
        collect() {
          read(this)
        },
      })
    }
    // Counts kept elsewhere since start (RefusalLog, the gater): read at scrape time, exposed as counters.
    const counter = (
      name: string,
      help: string,
      read: () => Record<string, number>,
      labelNames: string[] = [],
    ): void => {
      new Counter({
        name,
        help,
        labelNames,
        registers,
        collect() {
          this.reset()
          for (const [label, n] of Object.entries(read())) {
            if (labelNames[0] === undefined) this.inc(n)
            else this.inc({ [labelNames[0]]: label }, n)
          }
        },
      })
    }
    gauge('mrn_records', 'Records held by this node', (g) => g.set(sources.records()))
    gauge('mrn_audit_entries', 'Entries in the audit log', (g) => g.set(sources.auditEntries()))
    gauge('mrn_audit_checkpoint_age_seconds', 'Seconds since the latest audit checkpoint (-1 before the first)', (g) =>
      g.set(sources.checkpointAgeSeconds() ?? -1),
    )
    gauge(
      'mrn_audit_cosigned_size',
      'Largest audit tree size each witness co-signed',
      (g) => {
        g.reset()
        for (const [witness, size] of Object.entries(sources.cosignedSizes())) g.set({ witness }, size)
      },
      ['witness'],
    )
    counter('mrn_refusals_total', 'Requests refused before an answer, by error code', sources.refusals, ['code'])
    counter('mrn_refusals_dropped_total', 'Refusals left unanswered: the peer was over its refusal quota', () => ({
      all: sources.refusalsDropped(),
    }))
    counter('mrn_rate_limit_hits_total', 'Requests refused as RATE_LIMITED', () => ({
      all: sources.refusals().RATE_LIMITED ?? 0,
    }))
    counter('mrn_connections_refused_total', 'Connections refused: the peer is not a federation member', () => ({
      all: sources.connectionsRefused(),
    }))
  }

  received(labels: { peerCountry: string; purpose: string; step: string; status: string }, seconds?: number): void {
    this.receivedTotal.inc({
      peer_country: labels.peerCountry,
      purpose: labels.purpose,
      step: labels.step,
      status: labels.status,
    })
    if (seconds !== undefined) this.duration.observe({ side: 'responder', step: labels.step }, seconds)
  }

  sent(labels: { peerCountry: string; purpose: string; step: string; outcome: string }, seconds: number): void {
    this.sentTotal.inc({
      peer_country: labels.peerCountry,
      purpose: labels.purpose,
      step: labels.step,
      outcome: labels.outcome,
    })
    this.duration.observe({ side: 'requester', step: labels.step }, seconds)
  }

  guardActivations(count: number): void {
    if (count > 0) this.guards.inc(count)
  }
}
