import { readFileSync } from 'node:fs'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { FastifyInstance } from 'fastify'
import type { Caller } from '../api/roles.js'
import { createApiServer } from '../api/server.js'
import { TokenStore } from '../api/tokens.js'
import type {
  DetailsInput,
  EvidenceOutput,
  LocalApiBackend,
  PeerResultJson,
  QueryInput,
  QueryOutput,
  StatusOutput,
} from '../api/types.js'
import { AuditLog, type Checkpoint } from '../audit/auditLog.js'
import { createMatcher } from '../matching/matcher.js'
import type { Matcher } from '../matching/types.js'
import { EvidenceServer } from '../network/evidenceProtocol.js'
import { type Federation, loadFederation } from '../network/federation.js'
import { createHost } from '../network/host.js'
import { QueryClient } from '../network/queryClient.js'
import { QueryServer } from '../network/queryServer.js'
import { WitnessServer } from '../network/witnessProtocol.js'
import { loadPolicy, type Policy } from '../policy/policyFile.js'
import { type Db, openDatabase } from '../records/database.js'
import { PolicyCounters } from '../records/policyCounters.js'
import { QueryService } from '../records/queryService.js'
import { RefusalLog } from '../records/refusalLog.js'
import { RequestState } from '../records/requestState.js'
import { SentHandles } from '../records/sentHandles.js'
import { RecordStore } from '../records/store.js'
import { type Clock, systemClock } from '../util/clock.js'
import { OperationError } from '../util/errors.js'
import { createLogger, type Logger } from '../util/logger.js'
import { loadNodeSecret } from '../util/privateFiles.js'
import { RateLimiter } from '../util/rateLimiter.js'
import { AuditDuties } from './auditDuties.js'
import { loadNodeConfig, type NodeConfig } from './config.js'
import { loadKeyFile, readPassphrase } from './identity.js'
import { acquireLock } from './lock.js'
import { STORED_IN_CLEAR_WARNING } from './nodeDatabase.js'
import { OutgoingQueries } from './outgoing.js'

const PURGE_INTERVAL_MS = 60_000

export interface OpenNodeOptions {
  logger?: Logger
  clock?: Clock
  passphrase?: string | undefined
}

/**
 * The composition root: builds every part of a node from its directory and
 * wires real parts together. Start order: database, libp2p, query server,
 * local API; stop order is the reverse.
 */
export class MrnNode implements LocalApiBackend {
  readonly config: NodeConfig
  readonly db: Db
  readonly records: RecordStore
  readonly audit: AuditLog
  readonly tokens: TokenStore
  readonly federation: Federation
  readonly libp2p: Libp2p
  readonly server: QueryServer
  readonly client: QueryClient
  private readonly privateKey: PrivateKey
  private readonly requests: RequestState
  private readonly logger: Logger
  private readonly clock: Clock
  private readonly peerIdText: string
  private readonly policyRef: { current: Policy }
  private readonly refused: { count: number }
  readonly duties: AuditDuties
  private readonly outgoing: OutgoingQueries
  private readonly sentHandles: SentHandles
  private readonly handler: QueryService
  private readonly refusals: RefusalLog
  /** The node key and the database are encrypted with the node passphrase. */
  readonly encryptedAtRest: boolean
  private refusalTimer: NodeJS.Timeout | undefined
  private witnessServer: WitnessServer | undefined
  private evidenceServer: EvidenceServer | undefined
  private api: FastifyInstance | undefined
  private releaseLock: (() => void) | undefined
  private purgeTimer: NodeJS.Timeout | undefined
  private checkpointTimer: NodeJS.Timeout | undefined
  private startedAtMs = 0

  private constructor(parts: {
    config: NodeConfig
    db: Db
    records: RecordStore
    audit: AuditLog
    tokens: TokenStore
    federation: Federation
    libp2p: Libp2p
    server: QueryServer
    client: QueryClient
    privateKey: PrivateKey
    requests: RequestState
    logger: Logger
    clock: Clock
    policyRef: { current: Policy }
    refused: { count: number }
    matcher: Matcher
    handler: QueryService
    refusals: RefusalLog
    encryptedAtRest: boolean
  }) {
    this.encryptedAtRest = parts.encryptedAtRest
    this.handler = parts.handler
    this.refusals = parts.refusals
    this.config = parts.config
    this.db = parts.db
    this.records = parts.records
    this.audit = parts.audit
    this.tokens = parts.tokens
    this.federation = parts.federation
    this.libp2p = parts.libp2p
    this.server = parts.server
    this.client = parts.client
    this.privateKey = parts.privateKey
    this.requests = parts.requests
    this.logger = parts.logger
    this.clock = parts.clock
    this.policyRef = parts.policyRef
    this.refused = parts.refused
    this.peerIdText = parts.libp2p.peerId.toString()
    this.sentHandles = new SentHandles(parts.db)
    this.duties = new AuditDuties(
      {
        db: parts.db,
        audit: parts.audit,
        federation: parts.federation,
        libp2p: parts.libp2p,
        privateKey: parts.privateKey,
        clock: parts.clock,
        logger: parts.logger,
      },
      { country: parts.config.country, peerId: this.peerIdText, peerTimeoutMs: parts.config.query.peerTimeoutMs },
    )
    this.outgoing = new OutgoingQueries(
      {
        db: parts.db,
        audit: parts.audit,
        client: parts.client,
        federation: parts.federation,
        clock: parts.clock,
        policy: () => parts.policyRef.current,
        records: parts.records,
        matcher: parts.matcher,
        sentHandles: this.sentHandles,
      },
      { country: parts.config.country },
    )
  }

  /** Loads a node directory and builds all parts; nothing listens until start(). */
  static async open(dir: string, options: OpenNodeOptions = {}): Promise<MrnNode> {
    const config = loadNodeConfig(dir)
    const clock = options.clock ?? systemClock
    const passphrase = options.passphrase ?? readPassphrase()
    const privateKey: PrivateKey = loadKeyFile(config.paths.key, passphrase)
    const logger = (options.logger ?? createLogger()).child({ node: config.country })
    const federation = loadFederation(config.paths.federation)
    // The gater exists before the node object does, so it counts into this box.
    const refusedCounter = { count: 0 }
    const self = federation.byCountry(config.country)
    const peerId = peerIdFromPrivateKey(privateKey).toString()
    if (self !== undefined && self.peerId !== peerId) {
      throw new OperationError(
        `${config.paths.federation}: lists ${config.country} with peerId ${self.peerId}, but this node's key is ${peerId}`,
      )
    }
    const policyRef = { current: loadPolicy(config.paths.policy) }
    const db = openDatabase(config.paths.database, { passphrase })
    if (passphrase === undefined) logger.warn(STORED_IN_CLEAR_WARNING)
    const secret = loadNodeSecret(config.paths.secret)
    const audit = new AuditLog(db, secret)
    const matcher = createMatcher(config.matching)
    const records = new RecordStore(db, matcher)
    const libp2p = await createHost({
      privateKey,
      listen: config.listen,
      announce: config.announce,
      federation,
      inboundConnectionsPerSecond: config.inboundConnectionsPerSecond,
      onConnectionRefused: (refused) => {
        refusedCounter.count++
        logger.warn('connection refused: not a federation member', { peer: refused })
      },
    })
    const requests = new RequestState(db)
    const counters = new PolicyCounters(db)
    const refusals = new RefusalLog(
      { audit },
      { answeredPerPeerPerMinute: config.rateLimits.refusalsAnsweredPerPeerPerMinute },
    )
    const handler = new QueryService(
      {
        db,
        records,
        requests,
        audit,
        matcher,
        policy: () => policyRef.current,
        federation,
        clock,
        peerLimiter: new RateLimiter(config.rateLimits.perPeerPerMinute, 60_000),
        counters,
        refusals,
      },
      {
        country: config.country,
        handleLifetimeMs: config.query.handleLifetimeMs,
        clockSkewMs: config.query.clockSkewMs,
        scoringBudgetMs: config.query.scoringBudgetMs,
      },
    )
    const server = new QueryServer(
      { libp2p, privateKey, federation, handler, clock, logger },
      { country: config.country, ...config.query },
    )
    const client = new QueryClient(
      { libp2p, privateKey, federation, clock },
      {
        country: config.country,
        peerTimeoutMs: config.query.peerTimeoutMs,
        maxFrameBytes: config.query.maxFrameBytes,
        requestLifetimeMs: config.query.requestLifetimeMs,
      },
    )
    return new MrnNode({
      config,
      db,
      records,
      audit,
      tokens: new TokenStore(db),
      federation,
      libp2p,
      server,
      client,
      privateKey,
      requests,
      logger,
      clock,
      policyRef,
      refused: refusedCounter,
      matcher,
      handler,
      refusals,
      encryptedAtRest: passphrase !== undefined,
    })
  }

  /** Connections refused because the peer is not a federation member (either direction). */
  get refusedConnections(): number {
    return this.refused.count
  }

  get peerId(): string {
    return this.peerIdText
  }

  /** Starts libp2p, the query protocol and (unless disabled) the local API. */
  async start(options: { api?: boolean } = {}): Promise<void> {
    this.releaseLock = acquireLock(this.config.paths.lock)
    try {
      await this.libp2p.start()
      await this.server.start()
      this.witnessServer = new WitnessServer({
        libp2p: this.libp2p,
        federation: this.federation,
        handler: (member, note, oldSize, proof) => this.duties.witnessPeer(member, note, oldSize, proof),
        logger: this.logger,
      })
      await this.witnessServer.start()
      this.evidenceServer = new EvidenceServer({
        libp2p: this.libp2p,
        federation: this.federation,
        handler: (member, leafIndex) => this.duties.evidenceFor(member, leafIndex),
        logger: this.logger,
      })
      await this.evidenceServer.start()
      if (options.api ?? true) {
        this.api = createApiServer(this, this.logger)
        await this.api.listen({ host: this.config.api.host, port: this.config.api.port })
      }
    } catch (err) {
      await this.stop()
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EADDRINUSE') throw new OperationError(`cannot listen: address in use (${(err as Error).message})`)
      throw err
    }
    this.startedAtMs = this.clock.nowMs()
    this.duties.recordStart(this.policyRef.current, this.startedAtMs)
    this.purgeTimer = setInterval(() => {
      const nowMs = this.clock.nowMs()
      this.requests.purge(nowMs)
      this.sentHandles.purge(nowMs)
    }, PURGE_INTERVAL_MS)
    this.purgeTimer.unref()
    this.checkpointTimer = setInterval(() => {
      this.witnessNow().catch((err: unknown) =>
        this.logger.warn('witnessing failed', { error: (err as Error).message }),
      )
    }, this.config.audit.checkpointIntervalMs)
    this.checkpointTimer.unref()
    this.refusalTimer = setInterval(() => this.flushRefusals(), this.config.audit.refusalWindowMs)
    this.refusalTimer.unref()
    this.logger.info('node started', {
      peerId: this.peerId,
      addresses: this.libp2p.getMultiaddrs().join(' '),
      api: this.api ? `http://${this.config.api.host}:${this.config.api.port}` : 'off',
    })
  }

  /** Stops in reverse order and closes the database; safe to call twice. */
  async stop(): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer)
    if (this.checkpointTimer) clearInterval(this.checkpointTimer)
    if (this.refusalTimer) clearInterval(this.refusalTimer)
    this.purgeTimer = undefined
    this.checkpointTimer = undefined
    this.refusalTimer = undefined
    await this.api?.close()
    this.api = undefined
    if (this.libp2p.status === 'started') {
      await this.server.stop().catch(() => undefined)
      await this.witnessServer?.stop().catch(() => undefined)
      await this.evidenceServer?.stop().catch(() => undefined)
      await this.libp2p.stop()
    }
    if (this.db.open) {
      if (this.startedAtMs > 0) {
        this.flushRefusals()
        this.audit.append({ kind: 'node_stopped', peerId: this.peerId }, this.clock.nowMs())
        this.checkpoint()
      }
      this.db.close()
    }
    this.releaseLock?.()
    this.releaseLock = undefined
  }

  /** Writes the refusals counted since the last flush as aggregate audit entries, in one commit. */
  flushRefusals(): number {
    return this.db.transaction(() => this.refusals.flush(this.clock.nowMs()))()
  }

  /** The name of this node's audit log (and of its checkpoint key). */
  get auditOrigin(): string {
    return this.duties.origin
  }

  /** Signs and stores a checkpoint of the audit log if it has grown since the last. */
  checkpoint(): Checkpoint {
    return this.duties.checkpoint()
  }

  /** Checkpoints the log and asks every other member to co-sign it (see AuditDuties.witnessNow). */
  witnessNow(): Promise<{ country: string; status: string }[]> {
    return this.duties.witnessNow()
  }

  /** Counts of refused co-signatures, both ways. */
  get witnessing(): AuditDuties['witnessing'] {
    return this.duties.witnessing
  }

  async evidence(_caller: Caller, input: { country: string; leafIndex: number }): Promise<EvidenceOutput> {
    const [country] = this.outgoing.resolveTargets([input.country])
    return this.duties.evidence(country as string, input.leafIndex)
  }

  /** The API port actually bound (differs from node.yaml only when that says 0). */
  apiPort(): number | undefined {
    const address = this.api?.server.address()
    return typeof address === 'object' && address !== null ? address.port : undefined
  }

  // ---------- LocalApiBackend ----------

  verifyToken(token: string): Caller | undefined {
    return this.tokens.verify(token)
  }

  /** Identify: ask peers whether they know a person (OutgoingQueries.query). */
  query(caller: Caller, input: QueryInput): Promise<QueryOutput> {
    return this.outgoing.query(caller, input)
  }

  details(caller: Caller, input: DetailsInput): Promise<PeerResultJson> {
    return this.outgoing.details(caller, input)
  }

  status(): StatusOutput {
    const connected = new Set(this.libp2p.getConnections().map((c) => c.remotePeer.toString()))
    return {
      country: this.config.country,
      peerId: this.peerId,
      addresses: this.libp2p.getMultiaddrs().map((m) => m.toString()),
      uptimeSeconds: Math.round((this.clock.nowMs() - this.startedAtMs) / 1000),
      records: this.records.count(),
      encryptedAtRest: this.encryptedAtRest,
      auditEntries: this.audit.size(),
      audit: { ...auditStatus(this.audit), ...this.witnessing },
      members: this.federation.members().map((m) => ({
        country: m.country,
        peerId: m.peerId,
        groups: [...m.groups],
        connected: m.peerId === this.peerId || connected.has(m.peerId),
      })),
      refusedConnections: this.refused.count,
      queryServer: { ...this.server.stats, rejected: { ...this.server.stats.rejected }, ...this.handler.stats },
      refusals: { byCode: { ...this.refusals.totals.byCode }, dropped: this.refusals.totals.dropped },
    }
  }
}

function auditStatus(log: AuditLog): StatusOutput['audit'] {
  const latest = log.latestCheckpoint()
  const cosigned = log.cosignatures()
  return {
    entries: log.size(),
    checkpointSize: latest?.size ?? 0,
    cosignatures: cosigned.length,
    cosignedSize: cosigned.reduce((max, c) => Math.max(max, c.size), 0),
    refusedToCosign: 0,
    cosignRefused: 0,
  }
}
