import { isAbsolute, join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_MATCHER_OPTIONS, type MatcherOptions } from '../matching/matcher.js'
import { QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2, QUERY_PROTOCOLS } from '../network/protocol.js'
import {
  DEFAULT_CLOCK_SKEW_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_FRAME_BYTES,
  DEFAULT_MAX_IN_FLIGHT_PER_STREAM,
  DEFAULT_MAX_INBOUND_STREAMS,
  DEFAULT_MAX_OUTBOUND_STREAMS,
  DEFAULT_MAX_REQUEST_LIFETIME_MS,
  DEFAULT_READ_TIMEOUT_MS,
} from '../network/queryServer.js'
import { DEFAULT_SCORING_BUDGET_MS } from '../records/identifyScorer.js'
import { DEFAULT_REFUSALS_ANSWERED_PER_PEER_PER_MINUTE } from '../records/refusalLog.js'
import { DEFAULT_SCORING_THREADS, MAX_SCORING_THREADS } from '../records/scoringPool.js'
import { loadYamlFile } from '../util/yamlFile.js'

/** File names inside a node directory. */
export const NODE_FILES = {
  config: 'node.yaml',
  key: 'node.key',
  secret: 'node.secret',
  database: 'node.db',
  policy: 'policy.yaml',
  federation: 'federation.yaml',
  lock: 'node.lock',
  /** The latest checkpoint of this node's log that a witness co-signed (node/storageCheck.ts). */
  cosigned: 'audit.cosigned',
  /** The policy the running node enforces, as it resolved it, with its digest (node/livePolicy.ts). */
  activePolicy: 'policy.active.json',
  /** The latest signed membership this node holds, in authority mode (network/membership.ts). */
  membership: 'membership.signed',
} as const

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost']

/** Query protocol settings; the server-side defaults are the query server's own constants. */
export const DEFAULT_QUERY_OPTIONS = {
  /** Client: how long to wait for one peer's answer, dial included. */
  peerTimeoutMs: 5_000,
  /** Server: how long a peer may take to send its request frame after opening a stream. */
  readTimeoutMs: DEFAULT_READ_TIMEOUT_MS,
  /** Largest request frame accepted; an identify query is ~1 KiB, a details response a few KiB. */
  maxFrameBytes: DEFAULT_MAX_FRAME_BYTES,
  /** Concurrent inbound query streams per connection; more are reset by libp2p. */
  maxInboundStreams: DEFAULT_MAX_INBOUND_STREAMS,
  /** Concurrent outbound query streams per connection (caseworker fan-out, simulations). */
  maxOutboundStreams: DEFAULT_MAX_OUTBOUND_STREAMS,
  /** Tolerated clock difference between nodes. */
  clockSkewMs: DEFAULT_CLOCK_SKEW_MS,
  /** Longest lifetime a request may claim; bounds how long request ids are remembered. */
  maxRequestLifetimeMs: DEFAULT_MAX_REQUEST_LIFETIME_MS,
  /** Lifetime the client gives its own requests. */
  requestLifetimeMs: 60_000,
  /** How long an identify handle stays valid for details. */
  handleLifetimeMs: 48 * 3600_000,
  /** Most scoring time one identify query may use, whatever its content. */
  scoringBudgetMs: DEFAULT_SCORING_BUDGET_MS,
  /** Worker threads that score identify questions (0: the node's own thread). */
  scoringThreads: DEFAULT_SCORING_THREADS,
  /** /mrn/query/2.0.0: unanswered requests one stream may carry (both sides; the responder refuses more). */
  maxInFlightPerStream: DEFAULT_MAX_IN_FLIGHT_PER_STREAM,
  /** /mrn/query/2.0.0: the responder closes a stream idle this long; the requester closes its own at half. */
  idleTimeoutMs: DEFAULT_IDLE_TIMEOUT_MS,
  /** Protocols the client offers, preferred first; ["/mrn/query/1.0.0"] for one stream per request. */
  protocols: [...QUERY_PROTOCOLS],
}

const queryOptionsSchema = z
  .object({
    peerTimeoutMs: z.number().int().min(100).max(120_000),
    readTimeoutMs: z.number().int().min(100).max(60_000),
    maxFrameBytes: z
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024),
    maxInboundStreams: z.number().int().min(1).max(4096),
    maxOutboundStreams: z.number().int().min(1).max(4096),
    clockSkewMs: z.number().int().min(0).max(3600_000),
    maxRequestLifetimeMs: z
      .number()
      .int()
      .min(1000)
      .max(24 * 3600_000),
    requestLifetimeMs: z
      .number()
      .int()
      .min(1000)
      .max(24 * 3600_000),
    handleLifetimeMs: z
      .number()
      .int()
      .min(60_000)
      .max(30 * 24 * 3600_000),
    scoringBudgetMs: z.number().int().min(1).max(10_000),
    scoringThreads: z.number().int().min(0).max(MAX_SCORING_THREADS),
    maxInFlightPerStream: z.number().int().min(1).max(1024),
    idleTimeoutMs: z.number().int().min(1000).max(3600_000),
    protocols: z
      .array(z.enum([QUERY_PROTOCOL_V2, QUERY_PROTOCOL_V1]))
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'each protocol at most once'),
  })
  .strict()
  .partial()

/** Inbound quotas (in memory, per process); the policy file adds persisted per-purpose limits. */
/**
 * How often a running node checkpoints its log (when it has grown) and asks
 * its peers to co-sign: seconds, so that an entry is witnessed seconds after
 * it is written and a crash cannot leave much unwitnessed.
 */
export const DEFAULT_CHECKPOINT_INTERVAL_MS = 5_000

export const DEFAULT_RATE_LIMITS = {
  /** A busy Dublin unit sends a few queries a minute; 600 leaves room for batch checks and simulations. */
  perPeerPerMinute: 600,
  /** Refused frames answered per peer and minute; beyond, streams are dropped (still counted and audited). */
  refusalsAnsweredPerPeerPerMinute: DEFAULT_REFUSALS_ANSWERED_PER_PEER_PER_MINUTE,
}

export const nodeConfigSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{3}$/, 'must be 3 upper-case letters (ISO 3166-1 alpha-3)'),
    listen: z.array(z.string().startsWith('/', 'must be a multiaddr')).min(1),
    /** Addresses to give peers if they differ from `listen` (NAT, containers). */
    announce: z.array(z.string().startsWith('/', 'must be a multiaddr')).default([]),
    api: z
      .object({
        host: z.string().refine((h) => LOOPBACK_HOSTS.includes(h), 'must be a loopback address (127.0.0.1, ::1)'),
        port: z.number().int().min(0).max(65535),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 0 }),
    /** Prometheus metrics and health checks, without a token: loopback only; absent, none are served. */
    metrics: z
      .object({
        host: z.string().refine((h) => LOOPBACK_HOSTS.includes(h), 'must be a loopback address (127.0.0.1, ::1)'),
        port: z.number().int().min(0).max(65535),
      })
      .strict()
      .optional(),
    /**
     * The federation authority's Ed25519 public key (base64), pinned: members come from
     * the latest signed membership it issued (membership.signed), never from federation.yaml
     * (docs/federation.md). Absent: hand-exchanged membership.
     */
    authority: z
      .string()
      .refine((k) => Buffer.from(k, 'base64').length === 32 && Buffer.from(k, 'base64').toString('base64') === k, {
        message: 'must be the base64 of a 32-byte Ed25519 public key (mrn authority init prints it)',
      })
      .optional(),
    /** How often a node in authority mode asks its members for a newer signed membership. */
    membershipFetchIntervalMs: z.number().int().min(1_000).default(30_000),
    database: z.string().default(NODE_FILES.database),
    policy: z.string().default(NODE_FILES.policy),
    federation: z.string().default(NODE_FILES.federation),
    query: queryOptionsSchema.default({}),
    rateLimits: z
      .object({ perPeerPerMinute: z.number().int().min(1), refusalsAnsweredPerPeerPerMinute: z.number().int().min(0) })
      .strict()
      .partial()
      .default({}),
    /** Match band thresholds (total Fellegi-Sunter weight); docs/matching.md. */
    matching: z
      .object({ strongThreshold: z.number().min(0).max(100), possibleThreshold: z.number().min(0).max(100) })
      .strict()
      .partial()
      .refine(
        (m) =>
          m.strongThreshold === undefined ||
          m.possibleThreshold === undefined ||
          m.strongThreshold > m.possibleThreshold,
        'strongThreshold must be above possibleThreshold',
      )
      .default({}),
    /** How often a running node checkpoints its audit log and asks its peers to co-sign it. */
    audit: z
      .object({
        checkpointIntervalMs: z
          .number()
          .int()
          .min(500)
          .max(24 * 3600_000),
        /** Refusals are audited in aggregate, one entry per peer and error code per window. */
        refusalWindowMs: z.number().int().min(100).max(3600_000),
      })
      .strict()
      .partial()
      .default({}),
    /** Loopback simulations open many connections per second from one host. */
    inboundConnectionsPerSecond: z.number().int().min(1).default(50),
  })
  // Unknown keys are errors (with a did-you-mean): a misspelt setting must not be silently ignored.
  .strict()

export type NodeConfigFile = z.infer<typeof nodeConfigSchema>

export interface NodeConfig {
  dir: string
  country: string
  listen: string[]
  announce: string[]
  api: { host: string; port: number }
  metrics?: { host: string; port: number }
  paths: {
    key: string
    secret: string
    database: string
    policy: string
    federation: string
    lock: string
    cosigned: string
    activePolicy: string
    membership: string
  }
  /** The pinned federation authority key (base64), in authority mode. */
  authority?: string
  membershipFetchIntervalMs: number
  query: typeof DEFAULT_QUERY_OPTIONS
  rateLimits: typeof DEFAULT_RATE_LIMITS
  matching: MatcherOptions
  audit: { checkpointIntervalMs: number; refusalWindowMs: number }
  inboundConnectionsPerSecond: number
}

/** Loads D/node.yaml, applies defaults and resolves paths relative to D. */
export function loadNodeConfig(dir: string): NodeConfig {
  const file = loadYamlFile(join(dir, NODE_FILES.config), nodeConfigSchema)
  const inDir = (p: string): string => (isAbsolute(p) ? p : join(dir, p))
  return {
    dir,
    country: file.country,
    listen: file.listen,
    announce: file.announce,
    api: file.api,
    ...(file.metrics ? { metrics: file.metrics } : {}),
    paths: {
      key: join(dir, NODE_FILES.key),
      secret: join(dir, NODE_FILES.secret),
      lock: join(dir, NODE_FILES.lock),
      cosigned: join(dir, NODE_FILES.cosigned),
      activePolicy: join(dir, NODE_FILES.activePolicy),
      membership: join(dir, NODE_FILES.membership),
      database: inDir(file.database),
      policy: inDir(file.policy),
      federation: inDir(file.federation),
    },
    query: { ...DEFAULT_QUERY_OPTIONS, ...stripUndefined(file.query) },
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...stripUndefined(file.rateLimits) },
    matching: { ...DEFAULT_MATCHER_OPTIONS, ...stripUndefined(file.matching) },
    audit: {
      checkpointIntervalMs: file.audit.checkpointIntervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS,
      refusalWindowMs: file.audit.refusalWindowMs ?? 60_000,
    },
    inboundConnectionsPerSecond: file.inboundConnectionsPerSecond,
    ...(file.authority === undefined ? {} : { authority: file.authority }),
    membershipFetchIntervalMs: file.membershipFetchIntervalMs,
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
