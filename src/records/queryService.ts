import { randomBytes } from 'node:crypto'
import type { AuditEntry, AuditLog, RecordGuard } from '../audit/auditLog.js'
import { answerBands, STRONG_MARGIN } from '../matching/ambiguity.js'
import { isFullDate } from '../matching/dates.js'
import { type Discriminator, namesAgree } from '../matching/matcher.js'
import { normalizeDocumentNumber } from '../matching/normalize.js'
import type { Matcher } from '../matching/types.js'
import type { FederationView } from '../network/federation.js'
import { decideFields, decideStep, guardRecord, type RequestContext, type StepDecision } from '../policy/decide.js'
import type { PolicyField } from '../policy/forms.js'
import type { Policy, PolicyRule } from '../policy/policyFile.js'
import type { Clock } from '../util/clock.js'
import { ErrorCode as Codes, type ErrorCode } from '../util/errors.js'
import type { Logger } from '../util/logger.js'
import type { QueryMetrics } from '../util/queryMetrics.js'
import type { RateLimiter } from '../util/rateLimiter.js'
import { encodeResponse } from '../wire/codec.js'
import { sha256 } from '../wire/envelope.js'
import { makeResponse } from '../wire/response.js'
import { ERROR_STATUS } from '../wire/status.js'
import type {
  DetailsConfirmation,
  Hit,
  QueryRequest,
  QueryResponse,
  ReleasedField,
  Status,
  WithheldField,
} from '../wire/types.js'
import type { Db } from './database.js'
import { GroupCommit } from './groupCommit.js'
import { DEFAULT_SCORING_BUDGET_MS, type IdentifyScore, IdentifyScorer } from './identifyScorer.js'
import { releaseField } from './minimize.js'
import type { LimitCheck, PolicyCounters } from './policyCounters.js'
import type { InboundMeta, QueryHandler } from './queryHandler.js'
import type { RefusalLog } from './refusalLog.js'
import type { ConfirmKind, RequestState } from './requestState.js'
import { guardView, type MigrantRecord } from './schema.js'
import type { ScoringPool } from './scoringPool.js'
import type { RecordStore } from './store.js'

export const HANDLE_BYTES = 16
/** audit_leaf_index of a refusal, which has no leaf of its own (query.proto). */
export const REFUSAL_LEAF_INDEX = -1

export interface QueryServiceComponents {
  db: Db
  records: RecordStore
  requests: RequestState
  audit: AuditLog
  matcher: Matcher
  /** Current policy (a function, so a reload takes effect on the next query). */
  policy: () => Policy
  federation: FederationView
  clock: Clock
  /** Inbound flood limit per requesting country (in memory). */
  peerLimiter: RateLimiter
  /** Persisted counters for the policy rules' limits. */
  counters: PolicyCounters
  /** The node's group commit, shared with its other durable writes on the query path (one is made when absent). */
  commit?: GroupCommit
  /** Counts refusals for their aggregate audit entries. */
  refusals: RefusalLog
  /** Counts answers, refusals and guard activations (node/metrics.ts). */
  metrics?: QueryMetrics
  /** One line per query answered or refused (ids, countries, purpose, step, status; never personal data). */
  logger?: Logger
}

export interface QueryServiceInit {
  country: string
  handleLifetimeMs: number
  /** Added to a request's expiry while its id is remembered, to cover clock skew. */
  clockSkewMs: number
  /** Most scoring time one identify query may use (IdentifyScorer). */
  scoringBudgetMs?: number
}

/** Counters for `mrn status`; no personal data. */
export interface QueryServiceStats {
  /** Identify queries whose scoring stopped at the budget. */
  scoringBudgetExceeded: number
}

/** Work done before the answer's transaction (QueryService.handleQuery). */
export interface Prepared {
  /** The per-peer flood limit has been counted. */
  floodChecked: boolean
  score?: IdentifyScore
}

interface Outcome {
  response: QueryResponse
  ruleIds: string[]
  recordIds: string[]
  /** Records a hard guard hid: committed to in the audit leaf, never in it or in the response. */
  guards: RecordGuard[]
}

/**
 * Answers authenticated queries from the node's records: replay check, rate
 * limit, matching, policy, minimization and the audit entry, all inside one
 * SQLite transaction (shared with the other queries of the same event-loop
 * turn: group commit), so the entry is durable before the response exists.
 */
export class QueryService implements QueryHandler {
  readonly stats: QueryServiceStats = { scoringBudgetExceeded: 0 }
  private readonly c: QueryServiceComponents
  private readonly scorer: IdentifyScorer
  private readonly country: string
  private readonly handleLifetimeMs: number
  private readonly clockSkewMs: number
  private readonly commit: GroupCommit

  constructor(components: QueryServiceComponents, init: QueryServiceInit) {
    this.c = components
    this.commit = components.commit ?? new GroupCommit(components.db)
    this.country = init.country
    this.handleLifetimeMs = init.handleLifetimeMs
    this.clockSkewMs = init.clockSkewMs
    this.scorer = new IdentifyScorer(components, {
      budgetMs: init.scoringBudgetMs ?? DEFAULT_SCORING_BUDGET_MS,
      onPoolError: (err) =>
        this.c.logger?.error('scoring thread failed; scored on the node thread', { error: err.message }),
    })
  }

  /**
   * 1. cheap refusals first (a seen request id, the per-peer flood limit)
   * 2. the step decision 3. scoring, outside the write transaction and in
   * slices that let other members' queries through 4. the answer in the next
   * group commit (replay decided exactly there): resolves once the batch
   * holding its audit entry is committed.
   */
  async handleQuery(req: QueryRequest, meta: InboundMeta): Promise<Uint8Array | undefined> {
    const started = performance.now()
    const nowMs = this.c.clock.nowMs()
    if (this.c.requests.isSeen(req.requestId)) return this.rejectQuery(Codes.REPLAY, meta, req)
    if (!this.c.peerLimiter.allow(req.requesterCountry, nowMs)) return this.rejectQuery(Codes.RATE_LIMITED, meta, req)
    const prepared: Prepared = { floodChecked: true }
    const ctx = this.context(req)
    if (req.query.kind === 'identify' && decideStep(this.c.policy(), ctx).allowed) {
      prepared.score = await this.scorer.score(this.c.matcher.prepare(req.query.identify), ctx, nowMs)
    }
    let answered: { status: Status; guards: number } | undefined
    const body = await this.commit.run(() => this.answerQuery(req, meta, prepared, (a) => (answered = a)))
    // Counted and logged once durable (a refusal inside the transaction was counted by refuse()).
    if (answered !== undefined) {
      const seconds = (performance.now() - started) / 1000
      const labels = { peerCountry: req.requesterCountry, purpose: req.purpose, step: req.query.kind }
      this.c.metrics?.received({ ...labels, status: answered.status }, seconds)
      this.c.metrics?.guardActivations(answered.guards)
      this.c.logger?.info('query answered', {
        requestId: hex(req.requestId),
        peer: req.requesterCountry,
        purpose: req.purpose,
        step: req.query.kind,
        status: answered.status,
        ms: Math.round(seconds * 100_000) / 100,
      })
    }
    return body
  }

  private context(req: QueryRequest): RequestContext {
    return {
      requesterCountry: req.requesterCountry,
      requesterGroups: this.c.federation.groupsOf(req.requesterCountry),
      purpose: req.purpose,
      role: req.caseworkerRole,
      legalBasis: req.legalBasis,
      step: req.query.kind,
    }
  }

  /** Scores identify questions on `pool`'s threads from now on (undefined: on this thread). */
  useScoringPool(pool: ScoringPool | undefined): void {
    this.scorer.pool = pool
  }

  /** Refusals write nothing now (RefusalLog audits them in aggregate), so they wait for no commit. */
  rejectQuery(code: ErrorCode, meta: InboundMeta, req?: QueryRequest): Promise<Uint8Array | undefined> {
    return Promise.resolve(this.refuse(code, meta, req))
  }

  /** The whole answer, synchronously, inside the caller's transaction (scoring too, unless done before). */
  answerQuery(
    req: QueryRequest,
    meta: InboundMeta,
    prepared: Prepared = { floodChecked: false },
    onAnswered?: (answered: { status: Status; guards: number }) => void,
  ): Uint8Array | undefined {
    // 1. replay  2. per-peer flood limit  3. step policy (requester, purpose, role, legal basis)
    // 4. the applicable rules' persisted limits  5. match, or resolve the handle  6. guards, then
    // per-field forms  7. minimize  8. audit (durable) and encode. One transaction throughout.
    return this.c.db
      .transaction(() => {
        const nowMs = this.c.clock.nowMs()
        if (this.c.requests.isSeen(req.requestId)) return this.refuse(Codes.REPLAY, meta, req)
        if (!prepared.floodChecked && !this.c.peerLimiter.allow(req.requesterCountry, nowMs)) {
          return this.refuse(Codes.RATE_LIMITED, meta, req)
        }
        const ctx = this.context(req)
        const policy = this.c.policy()
        const step = decideStep(policy, ctx)
        const limits = step.allowed ? limitChecks(step.rules, req) : []
        if (this.c.counters.exceeded(limits, nowMs) !== undefined) return this.refuse(Codes.RATE_LIMITED, meta, req)
        this.c.requests.remember(req.requestId, req.requesterCountry, req.expiresAtMs + this.clockSkewMs)
        this.c.counters.count(limits, nowMs)
        const base = {
          requestId: req.requestId,
          responderCountry: this.country,
          requestDigest: meta.requestDigest,
          issuedAtMs: nowMs,
        }
        const outcome = step.allowed
          ? this.answer(req, ctx, policy, step, base, nowMs, prepared.score)
          : blankOutcome(base, 'DENIED', [step.ruleId])
        if (!step.allowed) outcome.response.denialReason = step.denial
        return this.c.audit.appendWith(nowMs, (index) => {
          outcome.response.auditLeafIndex = index
          const body = encodeResponse(outcome.response)
          const entry: AuditEntry = {
            kind: 'query_received',
            requestId: hex(req.requestId),
            requester: req.requesterCountry,
            purpose: req.purpose,
            legalBasis: req.legalBasis,
            caseReferenceHash: this.c.audit.keyedHash(req.caseReference),
            caseworker: req.caseworkerPseudonym,
            role: req.caseworkerRole,
            step: req.query.kind,
            status: outcome.response.status,
            released: outcome.response.released.map((f) => ({ field: f.name, form: f.form, ruleId: f.ruleId })),
            withheld: outcome.response.withheld.map((w) => ({ field: w.name, ruleId: w.ruleId })),
            local: { ruleIds: outcome.ruleIds, recordIds: outcome.recordIds, guards: outcome.guards },
            queryHash: this.c.audit.keyedHash(canonicalQuery(req)),
            responseDigest: Buffer.from(sha256(body)).toString('base64'),
          }
          onAnswered?.({ status: outcome.response.status, guards: outcome.guards.length })
          return { entry, value: body }
        })
      })
      .immediate()
  }

  /**
   * A refusal: counted for the aggregate audit entry of its peer, code and
   * window (RefusalLog), answered with the status alone and leaf index -1, or
   * undefined (drop the stream) once the peer is over its refusal quota.
   */
  refuse(code: ErrorCode, meta: InboundMeta, req?: QueryRequest): Uint8Array | undefined {
    const nowMs = this.c.clock.nowMs()
    const status = ERROR_STATUS[code]
    // The peer's country as its connection authenticated it (never a claim from the request: labels stay bounded).
    const peerCountry = this.c.federation.byPeerId(meta.peerId)?.country ?? 'unknown'
    this.c.metrics?.received({
      peerCountry,
      purpose: req?.purpose ?? 'unknown',
      step: req?.query.kind ?? 'unknown',
      status,
    })
    const answered = this.c.refusals.record(meta.peerId, code, status, meta.requestDigest, nowMs)
    // A peer over its refusal quota could flood the log: those go to debug.
    this.c.logger?.[answered ? 'info' : 'debug']('query refused', {
      ...(req ? { requestId: hex(req.requestId), purpose: req.purpose, step: req.query.kind } : {}),
      peer: peerCountry,
      code,
      status,
      answered,
    })
    if (!answered) return undefined
    const response = makeResponse({
      requestId: req?.requestId ?? new Uint8Array(),
      responderCountry: this.country,
      requestDigest: meta.requestDigest,
      issuedAtMs: nowMs,
      status,
    })
    response.auditLeafIndex = REFUSAL_LEAF_INDEX
    return encodeResponse(response)
  }

  private answer(
    req: QueryRequest,
    ctx: RequestContext,
    policy: Policy,
    step: Extract<StepDecision, { allowed: true }>,
    base: ResponseBase,
    nowMs: number,
    score: IdentifyScore | undefined,
  ): Outcome {
    const ruleIds = step.rules.map((r) => r.id)

    if (req.query.kind === 'identify') {
      const { matches, guards, budgetExceeded } =
        score ?? this.scorer.scoreSync(this.c.matcher.prepare(req.query.identify), ctx, nowMs)
      if (budgetExceeded) this.stats.scoringBudgetExceeded++
      // One person per question: the best match, the records consistent with it (another
      // record of the same person), and its namesakes that fit the question as well as it
      // (same name, within STRONG_MARGIN: people the question cannot tell apart, shown as
      // possible rather than guessed between). A query listing several people's names
      // discloses one of them: their records do not share a name.
      const best = matches[0]
      const identity =
        best === undefined
          ? []
          : matches.filter((m) => {
              if (m === best) return true
              const between = this.c.matcher.compare(best.prepared, m.prepared)
              return between.band !== 'none' || (namesAgree(between) && best.weight - m.weight < STRONG_MARGIN)
            })
      // Honest about ambiguity: `strong` only for a best match clearly ahead on evidence beyond names.
      const settled = answerBands(matches)
      const hits: Hit[] = []
      const recordIds: string[] = []
      for (const match of identity.slice(0, policy.maxHitsPerQuery)) {
        const answered = settled.get(match) ?? 'possible'
        const band = step.showBand ? answered : 'undisclosed'
        recordIds.push(match.id)
        // Statistics count hits; they never lead to details, so they carry no handle.
        if (req.purpose === 'STATISTICS') {
          hits.push({ handle: new Uint8Array(), band, handleExpiresAtMs: 0 })
          continue
        }
        const handle = new Uint8Array(randomBytes(HANDLE_BYTES))
        const expiresAtMs = nowMs + this.handleLifetimeMs
        this.c.requests.putHandle(handle, {
          recordId: match.id,
          requester: req.requesterCountry,
          purpose: req.purpose,
          expiresAtMs,
          confirmWith: answered === 'possible' ? confirmationKinds(match.agreedOn) : [],
        })
        hits.push({ handle, band, handleExpiresAtMs: expiresAtMs })
      }
      const outcome = blankOutcome(base, hits.length === 0 ? 'NO_HIT' : 'OK', ruleIds, recordIds, guards)
      outcome.response.hits = hits
      return outcome
    }

    // details: the handle must be this requester's, for this purpose, unexpired.
    const binding = this.c.requests.getHandle(req.query.details.handle)
    if (
      binding === undefined ||
      binding.requester !== req.requesterCountry ||
      binding.purpose !== req.purpose ||
      binding.expiresAtMs < nowMs
    ) {
      const refused = blankOutcome(base, 'DENIED', ['handle-refused'])
      refused.response.denialReason = 'handle'
      return refused
    }
    const record = this.c.records.get(binding.recordId)
    const guard = record === undefined ? undefined : guardRecord(guardView(record), ctx, nowMs)
    if (record === undefined || guard !== undefined) {
      return blankOutcome(base, 'NO_HIT', ruleIds, [], guard && record ? [{ recordId: record.id, guard }] : [])
    }
    // A candidate the matcher could not tell apart: only an identifier that agrees with it says it is the one meant.
    const { confirmWith } = binding
    if (
      confirmWith.length > 0 &&
      policy.confirmPossibleHits &&
      !confirms(req.query.details.confirm, record, confirmWith)
    ) {
      this.c.requests.spendHandle(req.query.details.handle)
      const refused = blankOutcome(base, 'DENIED', ['confirmation-required'], [record.id])
      refused.response.denialReason = 'confirmation'
      return refused
    }
    const released: ReleasedField[] = []
    const withheld: WithheldField[] = []
    for (const d of decideFields(policy, step, guardView(record), req.query.details.fields, nowMs)) {
      if (d.form === 'omit') {
        withheld.push({ name: d.field, ruleId: d.decidedBy })
        continue
      }
      const value = releaseField(record, d.field as PolicyField, d.form, d.decidedBy, nowMs)
      if (value === undefined) withheld.push({ name: d.field, ruleId: 'not-recorded' })
      else released.push(value)
    }
    const outcome = blankOutcome(base, 'OK', ruleIds, [record.id])
    outcome.response.released = released
    outcome.response.withheld = withheld
    return outcome
  }
}

type ResponseBase = Omit<Parameters<typeof makeResponse>[0], 'status'>

/**
 * The identifiers that may confirm a possible hit: those its match did not
 * already agree on (an identifier the question carried and the record matched
 * adds nothing: a namesake born the same day agrees on it too); both, if the
 * match agreed on both and still was not clearly ahead.
 */
function confirmationKinds(agreedOn: readonly Discriminator[]): ConfirmKind[] {
  const left = CONFIRM_KINDS.filter((k) => !agreedOn.includes(k))
  return left.length > 0 ? left : [...CONFIRM_KINDS]
}
const CONFIRM_KINDS: readonly ConfirmKind[] = ['document', 'dateOfBirth']

/**
 * Whether a details request's identifiers, of the kinds `accepted`, agree with
 * the record: a document with the same number (same issuer where both name
 * one), or the same full date of birth, which the 1 January placeholder of an
 * unknown day is not.
 */
export function confirms(
  confirm: DetailsConfirmation | undefined,
  record: MigrantRecord,
  accepted: readonly ConfirmKind[] = CONFIRM_KINDS,
): boolean {
  if (confirm === undefined) return false
  const sameDocument =
    accepted.includes('document') &&
    confirm.documents.some((c) =>
      record.documents.some(
        (d) =>
          normalizeDocumentNumber(d.number) === normalizeDocumentNumber(c.number) &&
          normalizeDocumentNumber(c.number) !== '' &&
          (c.issuer === '' || d.issuer === '' || c.issuer === d.issuer),
      ),
    )
  const sameDate =
    accepted.includes('dateOfBirth') && isFullDate(confirm.dateOfBirth) && record.dateOfBirth === confirm.dateOfBirth
  return sameDocument || sameDate
}

function blankOutcome(
  base: ResponseBase,
  status: Status,
  ruleIds: string[],
  recordIds: string[] = [],
  guards: RecordGuard[] = [],
): Outcome {
  return { response: makeResponse({ ...base, status }), ruleIds, recordIds, guards }
}

/** The persisted limits of the applicable rules, as counter keys. */
function limitChecks(rules: readonly PolicyRule[], req: QueryRequest): LimitCheck[] {
  const checks: LimitCheck[] = []
  for (const r of rules) {
    if (r.limits.perPeerPerDay) {
      checks.push({ key: `peer-day:${req.requesterCountry}:${r.id}`, windowMs: DAY_MS, limit: r.limits.perPeerPerDay })
    }
    if (r.limits.perCaseworkerPerHour) {
      checks.push({
        key: `caseworker-hour:${req.requesterCountry}:${req.caseworkerPseudonym}:${r.id}`,
        windowMs: HOUR_MS,
        limit: r.limits.perCaseworkerPerHour,
      })
    }
    if (r.limits.perPurposePerDay) {
      checks.push({
        key: `purpose-day:${req.requesterCountry}:${req.purpose}:${r.id}`,
        windowMs: DAY_MS,
        limit: r.limits.perPurposePerDay,
      })
    }
  }
  return checks
}

const HOUR_MS = 3600_000
const DAY_MS = 24 * HOUR_MS

/** What the audit's keyed queryHash covers: the whole question, a details request's confirming identifiers included. */
function canonicalQuery(req: QueryRequest): string {
  if (req.query.kind === 'identify') return JSON.stringify(req.query.identify)
  const { handle, fields, confirm } = req.query.details
  return JSON.stringify({ handle: hex(handle), fields, ...(confirm === undefined ? {} : { confirm }) })
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex')
}
