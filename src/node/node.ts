import { rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { Connection, Libp2p, PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
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
import { acceptedKeysOf, type Federation, federationDigest, logPeerIdOf, type Member } from '../network/federation.js'
import { createHost } from '../network/host.js'
import { installMembership } from '../network/membership.js'
import { MembershipServer, requestMembership } from '../network/membershipProtocol.js'
import { QueryClient } from '../network/queryClient.js'
import { QueryServer } from '../network/queryServer.js'
import { WitnessServer } from '../network/witnessProtocol.js'
import { loadPolicy, type Policy, policyDigest } from '../policy/policyFile.js'
import { type Db, openDatabase } from '../records/database.js'
import { GroupCommit } from '../records/groupCommit.js'
import { PolicyCounters } from '../records/policyCounters.js'
import { QueryService } from '../records/queryService.js'
import { RefusalLog } from '../records/refusalLog.js'
import { RequestState } from '../records/requestState.js'
import { ScoringPool } from '../records/scoringPool.js'
import { SentHandles } from '../records/sentHandles.js'
import { RecordStore } from '../records/store.js'
import { type Clock, steadyNowMs, systemClock } from '../util/clock.js'
import { OperationError } from '../util/errors.js'
import { createLogger, type Logger } from '../util/logger.js'
import { loadNodeSecret } from '../util/privateFiles.js'
import { allQueryMetrics } from '../util/queryMetrics.js'
import { RateLimiter } from '../util/rateLimiter.js'
import { AuditDuties, type RestoreOutcome } from './auditDuties.js'
import { pendingRestore } from './backup.js'
import { loadNodeConfig, type NodeConfig } from './config.js'
import { loadKeyFile, readPassphrase } from './identity.js'
import { readActivePolicy, writeActivePolicy } from './livePolicy.js'
import { acquireLock } from './lock.js'
import { type HeldMembership, loadMembers } from './members.js'
import { NodeMetrics } from './metrics.js'
import { type Readiness, startMetricsServer } from './metricsServer.js'
import { STORED_IN_CLEAR_WARNING } from './nodeDatabase.js'
import { OutgoingQueries } from './outgoing.js'
import { PeerContacts } from './peerContacts.js'
import { checkAgainstCosigned, checkIdentity, integrityProblems, RECOVERY_STEPS } from './storageCheck.js'

const PURGE_INTERVAL_MS = 60_000
/** How long a start waits for each witness to say what it co-signed (in parallel; silence is skipped). */
const WITNESSED_CHECK_TIMEOUT_MS = 2_000

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
  /** The witnessing round in progress, if any. */
  private witnessing_: Promise<void> | undefined
  private witnessServer: WitnessServer | undefined
  private membershipServer: MembershipServer | undefined
  private membershipTimer: NodeJS.Timeout | undefined
  private fetching: Promise<void> | undefined
  /** The signed membership the node applied last (authority mode): served to members, compared with theirs. */
  private held: HeldMembership | undefined
  private evidenceServer: EvidenceServer | undefined
  private api: FastifyInstance | undefined
  /** Prometheus metrics (absent when node.yaml has no `metrics`), served with the health checks. */
  readonly metrics: NodeMetrics | undefined
  private metricsServer: Server | undefined
  private readonly contacts: PeerContacts
  private releaseLock: (() => void) | undefined
  private purgeTimer: NodeJS.Timeout | undefined
  private checkpointTimer: NodeJS.Timeout | undefined
  private startedAtMs = 0
  /** Identify scoring threads while started (query.scoringThreads). */
  private scoring: ScoringPool | undefined
  /** For the scoring threads' own connections to an encrypted database. */
  private readonly passphrase: string | undefined
  /** What this start's restore from a backup found, if it finished one. */
  restored: RestoreOutcome | undefined

  private constructor(parts: {
    config: NodeConfig
    db: Db
    records: RecordStore
    audit: AuditLog
    tokens: TokenStore
    federation: Federation
    held: HeldMembership | undefined
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
    commit: GroupCommit
    refusals: RefusalLog
    encryptedAtRest: boolean
    passphrase: string | undefined
    metrics: NodeMetrics | undefined
    contacts: PeerContacts
  }) {
    this.contacts = parts.contacts
    this.passphrase = parts.passphrase
    this.encryptedAtRest = parts.encryptedAtRest
    this.metrics = parts.metrics
    this.handler = parts.handler
    this.refusals = parts.refusals
    this.config = parts.config
    this.db = parts.db
    this.records = parts.records
    this.audit = parts.audit
    this.tokens = parts.tokens
    this.federation = parts.federation
    this.held = parts.held
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
        commit: parts.commit,
        audit: parts.audit,
        federation: parts.federation,
        libp2p: parts.libp2p,
        privateKey: parts.privateKey,
        clock: parts.clock,
        logger: parts.logger,
      },
      {
        country: parts.config.country,
        peerId: this.peerIdText,
        ...ownLogIdentity(parts.federation.byCountry(parts.config.country), this.peerIdText),
        peerTimeoutMs: parts.config.query.peerTimeoutMs,
        cosignedCheckpointPath: parts.config.paths.cosigned,
      },
    )
    this.outgoing = new OutgoingQueries(
      {
        commit: parts.commit,
        audit: parts.audit,
        client: parts.client,
        federation: parts.federation,
        clock: parts.clock,
        policy: () => parts.policyRef.current,
        records: parts.records,
        matcher: parts.matcher,
        sentHandles: this.sentHandles,
        metrics: parts.metrics,
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
    const peerId = peerIdFromPrivateKey(privateKey).toString()
    const { federation, held } = loadMembers(config, peerId, clock.nowMs())
    // The gater exists before the node object does, so it counts into this box.
    const refusedCounter = { count: 0 }
    const policyRef = { current: loadPolicy(config.paths.policy) }
    const secret = loadNodeSecret(config.paths.secret)
    // Never forget silently: the database must exist, belong to this node, pass SQLite's quick
    // check, and hold at least the log its witnesses co-signed (node/storageCheck.ts).
    const db = openDatabase(config.paths.database, { passphrase, mustExist: true })
    const audit = new AuditLog(db, secret)
    try {
      // the database names the node's first key (its log's name), whatever key it rotated to since
      const { logPeerId } = ownLogIdentity(federation.byCountry(config.country), peerId)
      checkIdentity(db, config.paths.database, { country: config.country, peerId: logPeerId })
      const problems = integrityProblems(db)
      if (problems.length > 0) {
        throw new OperationError(
          `${config.paths.database}: fails SQLite's integrity check (${problems.slice(0, 3).join('; ')}). ${RECOVERY_STEPS}`,
        )
      }
      checkAgainstCosigned(audit, config.paths.cosigned)
    } catch (err) {
      db.close()
      if (err instanceof OperationError) throw err
      throw new OperationError(`${config.paths.database}: damaged: ${(err as Error).message}. ${RECOVERY_STEPS}`)
    }
    if (passphrase === undefined) logger.warn(STORED_IN_CLEAR_WARNING)
    const matcher = createMatcher(config.matching)
    const records = new RecordStore(db, matcher)
    // Records prepared under an older matcher (another release): prepared again before any question.
    const refreshed = records.refreshMatchKeys(({ done, total }) =>
      logger[done === total || done % 50_000 === 0 ? 'info' : 'debug']('preparing match keys again', { done, total }),
    )
    if (refreshed > 0) logger.info('match keys prepared again', { records: refreshed, version: matcher.keysVersion })
    const refusals = new RefusalLog(
      { audit },
      { answeredPerPeerPerMinute: config.rateLimits.refusalsAnsweredPerPeerPerMinute },
    )
    const metrics = config.metrics
      ? new NodeMetrics({
          records: () => records.count(),
          auditEntries: () => audit.size(),
          checkpointAgeSeconds: () => {
            const latest = audit.latestCheckpoint()
            return latest === undefined ? undefined : Math.max(0, (clock.nowMs() - latest.atMs) / 1000)
          },
          cosignedSizes: () => audit.cosignedSizesByWitness(),
          refusals: () => ({ ...refusals.totals.byCode }),
          refusalsDropped: () => refusals.totals.dropped,
          connectionsRefused: () => refusedCounter.count,
        })
      : undefined
    const contacts = new PeerContacts(clock)
    const libp2p = await createHost({
      ...(metrics ? { metrics: metrics.registry } : {}),
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
    // One group commit for every durable write on the query path (answers, the requester's audit
    // entries, witnessing): writes of one event-loop turn share one fsync.
    const commit = new GroupCommit(db)
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
        commit,
        refusals,
        metrics: allQueryMetrics(metrics, contacts),
        logger,
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
      { libp2p, privateKey, federation, clock, metrics: allQueryMetrics(metrics, contacts), logger },
      {
        country: config.country,
        peerTimeoutMs: config.query.peerTimeoutMs,
        maxFrameBytes: config.query.maxFrameBytes,
        requestLifetimeMs: config.query.requestLifetimeMs,
        protocols: config.query.protocols,
        maxInFlightPerStream: config.query.maxInFlightPerStream,
        // below the responder's, so that the requester closes first and never writes into a closing stream
        idleTimeoutMs: Math.max(1_000, Math.floor(config.query.idleTimeoutMs / 2)),
      },
    )
    return new MrnNode({
      config,
      db,
      records,
      audit,
      tokens: new TokenStore(db),
      federation,
      held,
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
      commit,
      refusals,
      encryptedAtRest: passphrase !== undefined,
      passphrase,
      metrics,
      contacts,
    })
  }

  /** Connections refused because the peer is not a federation member (either direction). */
  get refusedConnections(): number {
    return this.refused.count
  }

  get peerId(): string {
    return this.peerIdText
  }

  /**
   * Starts all or nothing: 1. the lock 2. `node_started` in the audit log
   * (durable before anything can be answered) 3. libp2p and the protocol
   * servers 4. the local API 5. timers; then asks for co-signatures at once.
   * Any failure stops every part already started, writes `node_stopped` if
   * `node_started` was written, releases the lock and throws a message
   * naming the file or address and the cause.
   */
  async start(options: { api?: boolean; metrics?: boolean; restoreMinWitnesses?: number } = {}): Promise<void> {
    this.releaseLock = acquireLock(this.config.paths.lock)
    // Restored from a backup (mrn restore): the log continues where the witnesses say it ended.
    const restore = pendingRestore(this.db)
    // Entries a crash left unwitnessed get co-signed right after this start, not an interval later.
    const unwitnessed = this.audit.size() > this.audit.cosignedSize()
    // A brand-new log has nothing its witnesses could have co-signed: no need to ask them.
    const hasHistory = this.audit.size() > 0
    try {
      // First, so that /readyz answers "not ready" (503) while the rest starts.
      if (this.metrics && this.config.metrics && (options.metrics ?? true)) {
        this.metricsServer = await startMetricsServer(this.config.metrics, this.metrics.registry, () =>
          this.readiness(),
        )
      }
      if (restore !== undefined) {
        // Before node_started: the log must first continue from where its witnesses last saw it.
        await this.libp2p.start()
        this.restored = await this.duties.completeRestore(restore, {
          timeoutMs: WITNESSED_CHECK_TIMEOUT_MS,
          ...(options.restoreMinWitnesses === undefined ? {} : { minWitnesses: options.restoreMinWitnesses }),
        })
      }
      const nowMs = this.clock.nowMs()
      this.logger.info('node starting', { records: this.records.count(), auditEntries: this.audit.size() })
      this.duties.recordStart(this.policyRef.current, nowMs, this.held?.version)
      writeActivePolicy(this.config.paths.activePolicy, {
        digest: policyDigest(this.policyRef.current),
        appliedAtMs: nowMs,
        policy: this.policyRef.current,
      })
      this.startedAtMs = nowMs
      this.libp2p.addEventListener('connection:open', this.onConnection)
      this.libp2p.addEventListener('connection:close', this.onConnection)
      await this.libp2p.start()
      // Before answering anything: the log is at least what the witnesses co-signed.
      // (A restore just asked them, and continued from the largest answer.)
      if (hasHistory && restore === undefined) await this.duties.checkAgainstWitnesses(WITNESSED_CHECK_TIMEOUT_MS)
      if (this.config.query.scoringThreads > 0) {
        this.scoring = new ScoringPool({
          threads: this.config.query.scoringThreads,
          path: this.config.paths.database,
          passphrase: this.passphrase,
          matching: this.config.matching,
          budgetMs: this.config.query.scoringBudgetMs,
        })
        this.handler.useScoringPool(this.scoring)
      }
      await this.server.start()
      this.witnessServer = new WitnessServer({
        libp2p: this.libp2p,
        federation: this.federation,
        handler: (member, note, oldSize, proof, frontier) =>
          this.duties.witnessPeer(member, note, oldSize, proof, frontier),
        witnessed: (member) => this.duties.lastWitnessed(member),
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
      this.membershipServer = new MembershipServer({
        libp2p: this.libp2p,
        federation: this.federation,
        source: () => this.heldMembership(),
        logger: this.logger,
        onAsked: (peerId, version) => {
          const country = this.federation.byPeerId(peerId)?.country
          if (country !== undefined) this.contacts.membershipVersion(country, version)
        },
      })
      await this.membershipServer.start()
      if (options.api ?? true) {
        this.api = createApiServer(this, this.logger)
        await this.api.listen({ host: this.config.api.host, port: this.config.api.port })
      }
      this.startTimers()
    } catch (err) {
      await this.stop()
      throw startError(err, this.config.paths.database)
    }
    this.logger.info('node started', {
      peerId: this.peerId,
      addresses: this.libp2p.getMultiaddrs().join(' '),
      api: this.api ? `http://${this.config.api.host}:${this.config.api.port}` : 'off',
      metrics: this.metricsUrl() ?? 'off',
    })
    if (unwitnessed) this.witnessSoon()
  }

  private startTimers(): void {
    this.purgeTimer = setInterval(() => {
      // Seen request ids are purged by the steady clock, which a jumped wall clock cannot move.
      this.requests.purge(steadyNowMs(this.clock))
      this.sentHandles.purge(this.clock.nowMs())
    }, PURGE_INTERVAL_MS)
    this.purgeTimer.unref()
    this.checkpointTimer = setInterval(() => this.witnessSoon(), this.config.audit.checkpointIntervalMs)
    this.checkpointTimer.unref()
    this.refusalTimer = setInterval(() => this.flushRefusals(), this.config.audit.refusalWindowMs)
    this.refusalTimer.unref()
    if (this.config.authority !== undefined) {
      this.membershipTimer = setInterval(() => this.fetchMembershipSoon(), this.config.membershipFetchIntervalMs)
      this.membershipTimer.unref()
      this.fetchMembershipSoon()
    }
  }

  /** Where this node's members come from, for `mrn status`. */
  private membershipStatus(): Pick<StatusOutput, 'membership' | 'membershipVersion' | 'authority'> {
    if (this.config.authority === undefined) return { membership: 'hand-exchanged' }
    const version = this.heldMembership()?.version
    return {
      membership: 'authority',
      authority: this.config.authority,
      ...(version === undefined ? {} : { membershipVersion: version }),
    }
  }

  /** The signed membership this node applied last (authority mode), for /mrn/federation/1.0.0. */
  private heldMembership(): HeldMembership | undefined {
    return this.held
  }

  /** Asks members for a newer signed membership (all, or only `from`), one fetch at a time. */
  private fetchMembershipSoon(from?: Member): void {
    if (this.fetching !== undefined || this.config.authority === undefined || this.startedAtMs === 0) return
    this.fetching = this.fetchMembership(from)
      .then(() => undefined)
      .catch((err: unknown) => this.logger.warn('membership fetch failed', { error: (err as Error).message }))
      .finally(() => {
        this.fetching = undefined
      })
  }

  /**
   * Authority mode: asks each other member (or `from`) in turn for a signed
   * membership newer than the one held; installs the first whose signature
   * is the pinned authority's and whose version is larger, and applies it
   * (reloadFederation). Answers that are not are logged and skipped.
   */
  async fetchMembership(from?: Member): Promise<number | undefined> {
    const authority = this.config.authority
    if (authority === undefined) return undefined
    const peers = from ? [from] : this.federation.members().filter((m) => m.peerId !== this.peerId)
    for (const peer of peers) {
      const held = this.heldMembership()?.version ?? 0
      const bytes = await requestMembership(this.libp2p, peer, held, MEMBERSHIP_FETCH_TIMEOUT_MS)
      if (bytes === undefined || this.startedAtMs === 0) continue
      try {
        const installed = installMembership(
          this.config.paths.membership,
          authority,
          bytes,
          `membership from ${peer.country}`,
        )
        this.logger.info('signed membership received', { from: peer.country, version: installed.version })
        this.contacts.membershipVersion(peer.country, installed.version)
        await this.reloadFederation()
        return installed.version
      } catch (err) {
        this.logger.warn('signed membership refused', { from: peer.country, error: (err as Error).message })
      }
    }
    return undefined
  }

  /** Checkpoints and asks for co-signatures if the log has grown since the last co-signed checkpoint. */
  private witnessSoon(): void {
    if (this.witnessing_ !== undefined || !this.db.open) return
    const latest = this.audit.latestCheckpoint()
    if (latest !== undefined && latest.size === this.audit.size() && this.audit.cosignedSize() === latest.size) return
    this.witnessing_ = this.witnessNow()
      .then(
        () => undefined,
        (err: unknown) => this.logger.warn('witnessing failed', { error: (err as Error).message }),
      )
      .finally(() => {
        this.witnessing_ = undefined
      })
  }

  /**
   * Stops in reverse order and closes the database; safe to call twice, and
   * at any point of a start that failed. Every step runs even if one before
   * it failed (a full disk may refuse `node_stopped`), and the lock is always
   * released.
   */
  async stop(): Promise<void> {
    const wasStarted = this.startedAtMs > 0
    if (wasStarted) this.logger.info('node stopping')
    for (const t of [this.purgeTimer, this.checkpointTimer, this.refusalTimer, this.membershipTimer])
      if (t) clearInterval(t)
    this.membershipTimer = undefined
    this.purgeTimer = undefined
    this.checkpointTimer = undefined
    this.refusalTimer = undefined
    const problems: unknown[] = []
    const attempt = async (step: () => unknown): Promise<void> => {
      try {
        await step()
      } catch (err) {
        problems.push(err)
      }
    }
    try {
      await attempt(() => this.api?.close())
      this.api = undefined
      const metricsServer = this.metricsServer
      this.metricsServer = undefined
      if (metricsServer) await attempt(() => new Promise<void>((r) => metricsServer.close(() => r())))
      if (this.libp2p.status === 'started') {
        await attempt(() => this.client.close())
        await attempt(() => this.server.stop())
        await attempt(() => this.witnessServer?.stop())
        await attempt(() => this.evidenceServer?.stop())
        await attempt(() => this.membershipServer?.stop())
        await attempt(() => this.libp2p.stop())
      }
      this.handler.useScoringPool(undefined)
      await attempt(() => this.scoring?.close())
      this.scoring = undefined
      await attempt(() => this.witnessing_)
      await attempt(() => this.fetching)
      if (this.db.open) {
        if (this.startedAtMs > 0) {
          await attempt(() => this.flushRefusals())
          await attempt(() => this.audit.append({ kind: 'node_stopped', peerId: this.peerId }, this.clock.nowMs()))
          await attempt(() => this.checkpoint())
          this.startedAtMs = 0
        }
        await attempt(() => this.db.close())
      }
    } finally {
      // No node runs this directory now: no policy is active.
      if (this.releaseLock) rmSync(this.config.paths.activePolicy, { force: true })
      this.releaseLock?.()
      this.releaseLock = undefined
      this.libp2p.removeEventListener('connection:open', this.onConnection)
      this.libp2p.removeEventListener('connection:close', this.onConnection)
    }
    for (const err of problems) this.logger.error('stop step failed', { error: (err as Error).message })
    if (wasStarted) this.logger.info('node stopped', { problems: problems.length })
  }

  /** A line per connection opened or closed, naming the member's country (the gater admits no one else). */
  private readonly onConnection = (evt: CustomEvent<Connection>): void => {
    const c = evt.detail
    const peerId = c.remotePeer.toString()
    const country = this.federation.byPeerId(peerId)?.country
    if (country !== undefined && evt.type === 'connection:open') {
      this.contacts.contact(country)
      // A member that just connected may hold a newer signed membership.
      const member = this.federation.byPeerId(peerId)
      if (member !== undefined) this.fetchMembershipSoon(member)
    }
    this.logger.info(evt.type === 'connection:open' ? 'peer connected' : 'peer disconnected', {
      peer: this.federation.byPeerId(peerId)?.country ?? 'unknown',
      peerId: peerId.slice(-8),
      direction: c.direction,
    })
  }

  /** Writes the refusals counted since the last flush as aggregate audit entries, in one commit. */
  flushRefusals(): number {
    return this.db.transaction(() => this.refusals.flush(this.clock.nowMs())).immediate()
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
  /**
   * Live policy (SIGHUP, `mrn policy apply`): reads policy.yaml again and, if
   * it is valid, enforces it from the next query on, atomically (a query uses
   * the policy it started with), audited as `policy_changed` with its digest.
   * An invalid file changes nothing: the node keeps its policy, logs why and
   * records the failure in policy.active.json for `mrn policy apply`.
   */
  reloadPolicy(): { ok: true; digest: string; changed: boolean } | { ok: false; error: string } {
    const nowMs = this.clock.nowMs()
    const current = policyDigest(this.policyRef.current)
    let next: Policy
    try {
      next = loadPolicy(this.config.paths.policy)
    } catch (err) {
      const message = (err as Error).message
      this.logger.error('policy reload refused: the node keeps its policy', { error: message, digest: current })
      writeActivePolicy(this.config.paths.activePolicy, {
        ...(readActivePolicy(this.config.paths.activePolicy) ?? {
          digest: current,
          appliedAtMs: nowMs,
          policy: this.policyRef.current,
        }),
        lastReloadError: { atMs: nowMs, message },
      })
      return { ok: false, error: message }
    }
    const digest = policyDigest(next)
    const changed = digest !== current
    if (changed) {
      this.audit.append({ kind: 'policy_changed', policyDigest: digest }, nowMs)
      this.policyRef.current = next
      this.witnessSoon()
    }
    writeActivePolicy(this.config.paths.activePolicy, { digest, appliedAtMs: nowMs, policy: next })
    this.logger.info(changed ? 'policy applied' : 'policy reloaded, unchanged', { digest, rules: next.rules.length })
    return { ok: true, digest, changed }
  }

  /**
   * Live membership (SIGHUP, `mrn federation add|remove|apply` on a running
   * node, a newer signed membership fetched from a member): reads the
   * members again (federation.yaml, or in authority mode the signed
   * membership held); if they changed, every part sees the new list
   * from its next look-up (the gater refuses removed members), connections of
   * removed or re-keyed members are closed, new addresses are dialable, and
   * the change is audited as `federation_changed` with its digest. An invalid
   * file changes nothing.
   */
  async reloadFederation(): Promise<{ ok: true; changed: boolean; removed: string[] } | { ok: false; error: string }> {
    let next: Federation
    let held: HeldMembership | undefined
    try {
      ;({ federation: next, held } = loadMembers(this.config, this.peerId, this.clock.nowMs()))
    } catch (err) {
      const message = (err as Error).message
      this.logger.error('federation reload refused: the node keeps its members', { error: message })
      return { ok: false, error: message }
    }
    this.held = held
    const before = this.federation.members()
    if (federationDigest(before) === federationDigest(next.members())) return { ok: true, changed: false, removed: [] }
    this.federation.replace([...next.members()])
    // keys no longer accepted: a removed member's, and a rotated member's once its overlap is over
    const gone = before.flatMap((m) => acceptedKeysOf(m, Date.now())).filter((k) => !this.federation.isMember(k))
    // members whose key is no longer accepted (removed, or re-keyed without an overlap)
    const removed = before.filter((m) => !this.federation.isMember(m.peerId))
    for (const m of next.members()) {
      if (m.peerId === this.peerId) continue
      for (const key of acceptedKeysOf(m, Date.now()))
        await this.libp2p.peerStore
          .merge(peerIdFromString(key), { multiaddrs: m.addresses.map((a) => multiaddr(a)) })
          .catch(() => undefined)
    }
    for (const k of gone) await this.libp2p.hangUp(peerIdFromString(k)).catch(() => undefined)
    this.audit.append(
      {
        kind: 'federation_changed',
        federationDigest: federationDigest(next.members()),
        ...(held === undefined ? {} : { membershipVersion: held.version }),
      },
      this.clock.nowMs(),
    )
    this.witnessSoon()
    this.logger.info('federation applied', {
      members: next.members().length,
      removed: removed.map((m) => m.country).join(',') || undefined,
    })
    return { ok: true, changed: true, removed: removed.map((m) => m.country) }
  }

  /** Base URL of the metrics and health endpoints while they are served. */
  metricsUrl(): string | undefined {
    const address = this.metricsServer?.address()
    if (address === undefined || address === null || typeof address === 'string') return undefined
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
    return `http://${host}:${address.port}`
  }

  /**
   * /readyz: the database is open, libp2p listens, a policy is loaded, the node
   * has started, and the audit log was checkpointed recently (within three
   * checkpoint intervals) or has not grown since its latest checkpoint.
   */
  readiness(): Readiness {
    const checks: Readiness['checks'] = {}
    checks.database = this.db.open || 'database closed'
    checks.libp2p =
      (this.libp2p.status === 'started' && this.libp2p.getMultiaddrs().length > 0) || `libp2p ${this.libp2p.status}`
    checks.policy = this.policyRef.current !== undefined || 'no policy loaded'
    checks.started = this.startedAtMs > 0 || 'not started'
    if (this.db.open) {
      const latest = this.audit.latestCheckpoint()
      const since = Math.max(latest?.atMs ?? 0, this.startedAtMs)
      const ageMs = this.clock.nowMs() - since
      checks.checkpoint =
        latest?.size === this.audit.size() ||
        ageMs <= 3 * this.config.audit.checkpointIntervalMs ||
        `no checkpoint for ${Math.round(ageMs / 1000)} s (interval ${this.config.audit.checkpointIntervalMs / 1000} s)`
    }
    return { ready: Object.values(checks).every((c) => c === true), checks }
  }

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
      ...this.membershipStatus(),
      members: this.federation.members().map((m) => ({
        country: m.country,
        peerId: m.peerId,
        groups: [...m.groups],
        // by its current key, or by its previous one during a rotation's overlap
        connected: m.peerId === this.peerId || acceptedKeysOf(m, Date.now()).some((k) => connected.has(k)),
        ...(m.peerId === this.peerId ? {} : this.contacts.of(m.country)),
      })),
      refusedConnections: this.refused.count,
      queryServer: { ...this.server.stats, rejected: { ...this.server.stats.rejected }, ...this.handler.stats },
      refusals: { byCode: { ...this.refusals.totals.byCode }, dropped: this.refusals.totals.dropped },
    }
  }
}

function auditStatus(log: AuditLog): StatusOutput['audit'] {
  const latest = log.latestCheckpoint()
  return {
    entries: log.size(),
    checkpointSize: latest?.size ?? 0,
    cosignatures: log.cosignatureCount(),
    cosignedSize: log.cosignedSize(),
    refusedToCosign: 0,
    cosignRefused: 0,
  }
}

/** A start failure in words that name what failed: the address in use, or the database and its error. */
function startError(err: unknown, databasePath: string): Error {
  const e = err as NodeJS.ErrnoException & { code?: string }
  if (e.code === 'EADDRINUSE') return new OperationError(`cannot listen: address in use (${e.message})`)
  if (typeof e.code === 'string' && e.code.startsWith('SQLITE_')) {
    return new OperationError(`${databasePath}: cannot start: ${e.message} (${e.code})`)
  }
  return err instanceof Error ? err : new Error(String(err))
}

const MEMBERSHIP_FETCH_TIMEOUT_MS = 2_000

/**
 * This node's log identity from its own member entry: the first key's PeerId
 * (which names its log and witness key) and the keys it rotated from since.
 */
function ownLogIdentity(self: Member | undefined, peerId: string): { logPeerId: string; previousPeerIds: string[] } {
  if (self === undefined || self.peerId !== peerId) return { logPeerId: peerId, previousPeerIds: [] }
  return { logPeerId: logPeerIdOf(self), previousPeerIds: (self.previousKeys ?? []).map((k) => k.peerId) }
}
