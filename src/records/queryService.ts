import { randomBytes } from 'node:crypto'
import type { AuditEntry, AuditLog } from '../audit/auditLog.js'
import type { Matcher } from '../matching/types.js'
import type { FederationView } from '../network/federation.js'
import { decideFields, decideStep, guardRecord, type RequestContext } from '../policy/decide.js'
import type { Policy } from '../policy/policyFile.js'
import type { Clock } from '../util/clock.js'
import { ErrorCode as Codes, type ErrorCode } from '../util/errors.js'
import type { RateLimiter } from '../util/rateLimiter.js'
import { encodeResponse } from '../wire/codec.js'
import { sha256 } from '../wire/envelope.js'
import { makeResponse } from '../wire/response.js'
import { ERROR_STATUS } from '../wire/status.js'
import type {
  Hit,
  MatchBand,
  QueryRequest,
  QueryResponse,
  ReleasedField,
  Status,
  WithheldField,
} from '../wire/types.js'
import type { Db } from './database.js'
import { releaseField } from './minimize.js'
import type { InboundMeta, QueryHandler } from './queryHandler.js'
import type { RequestState } from './requestState.js'
import { hasProtectionClaim, type MigrantRecord } from './schema.js'
import type { RecordStore } from './store.js'

export const HANDLE_BYTES = 16
/** Most hits one identify answer carries (best first); a query matching more is too vague to disclose more. */
export const MAX_HITS = 10

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
  /** Inbound quota per requesting country. */
  peerLimiter: RateLimiter
}

export interface QueryServiceInit {
  country: string
  handleLifetimeMs: number
  /** Added to a request's expiry while its id is remembered, to cover clock skew. */
  clockSkewMs: number
}

interface Outcome {
  response: QueryResponse
  ruleIds: string[]
  recordIds: string[]
  released: ReleasedField[]
  withheld: WithheldField[]
}

/**
 * Answers authenticated queries from the node's records: replay check, rate
 * limit, matching, policy, minimization and the audit entry, all inside one
 * SQLite transaction, so the entry is durable before the response exists.
 */
export class QueryService implements QueryHandler {
  private readonly c: QueryServiceComponents
  private readonly country: string
  private readonly handleLifetimeMs: number
  private readonly clockSkewMs: number

  constructor(components: QueryServiceComponents, init: QueryServiceInit) {
    this.c = components
    this.country = init.country
    this.handleLifetimeMs = init.handleLifetimeMs
    this.clockSkewMs = init.clockSkewMs
  }

  handleQuery(req: QueryRequest, meta: InboundMeta): Uint8Array {
    // 1. replay  2. rate limit  3. step policy  4. match or resolve handle  5. guards + rules
    // 6. minimize  7. audit (durable) and encode, all in one transaction.
    return this.c.db.transaction(() => {
      const nowMs = this.c.clock.nowMs()
      if (this.c.requests.isSeen(req.requestId)) return this.rejectQuery(Codes.REPLAY, meta, req)
      if (!this.c.peerLimiter.allow(req.requesterCountry, nowMs)) return this.rejectQuery(Codes.RATE_LIMITED, meta, req)
      this.c.requests.remember(req.requestId, req.requesterCountry, req.expiresAtMs + this.clockSkewMs)

      const ctx: RequestContext = {
        requesterCountry: req.requesterCountry,
        requesterGroups: this.c.federation.groupsOf(req.requesterCountry),
        purpose: req.purpose,
        step: req.query.kind,
      }
      const base = {
        requestId: req.requestId,
        responderCountry: this.country,
        requestDigest: meta.requestDigest,
        issuedAtMs: nowMs,
      }
      const outcome = this.answer(req, ctx, base, nowMs)
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
          ruleIds: outcome.ruleIds,
          recordIds: outcome.recordIds,
          released: outcome.released.map((f) => ({ field: f.name, form: f.form })),
          withheld: outcome.withheld.map((w) => ({ field: w.name, ruleId: w.ruleId })),
          queryHash: this.c.audit.keyedHash(canonicalQuery(req)),
          responseDigest: Buffer.from(sha256(body)).toString('base64'),
        }
        return { entry, value: body }
      })
    })()
  }

  rejectQuery(code: ErrorCode, meta: InboundMeta, req?: QueryRequest): Uint8Array {
    const nowMs = this.c.clock.nowMs()
    const status = ERROR_STATUS[code]
    return this.c.audit.appendWith(nowMs, (index) => {
      const response = makeResponse({
        requestId: req?.requestId ?? new Uint8Array(),
        responderCountry: this.country,
        requestDigest: meta.requestDigest,
        issuedAtMs: nowMs,
        status,
      })
      response.auditLeafIndex = index
      const body = encodeResponse(response)
      const entry: AuditEntry = {
        kind: 'query_rejected',
        peerId: meta.peerId,
        code,
        status,
        requestDigest: Buffer.from(meta.requestDigest).toString('base64'),
        responseDigest: Buffer.from(sha256(body)).toString('base64'),
      }
      if (req !== undefined) {
        entry.requester = req.requesterCountry
        entry.requestId = hex(req.requestId)
      }
      return { entry, value: body }
    })
  }

  private answer(
    req: QueryRequest,
    ctx: RequestContext,
    base: Omit<Parameters<typeof makeResponse>[0], 'status'>,
    nowMs: number,
  ): Outcome {
    const respond = (status: Status, extra: Partial<Outcome> = {}): Outcome => ({
      response: makeResponse({ ...base, status }),
      ruleIds: [],
      recordIds: [],
      released: [],
      withheld: [],
      ...extra,
    })
    const step = decideStep(this.c.policy(), ctx)
    if (!step.allowed) return respond('DENIED', { ruleIds: [step.ruleId] })
    const ruleIds = step.rules.map((r) => r.id)
    const today = new Date(nowMs).toISOString().slice(0, 10)

    if (req.query.kind === 'identify') {
      const query = this.c.matcher.prepare(req.query.identify)
      const stats = this.c.records.nameStatistics()
      const matches: { id: string; band: Exclude<MatchBand, 'undisclosed'>; weight: number }[] = []
      for (const candidate of this.c.records.candidates(this.c.matcher.queryKeys(query))) {
        const match = this.c.matcher.compare(query, candidate.prepared, stats)
        if (match.band !== 'none') matches.push({ id: candidate.id, band: match.band, weight: match.weight })
      }
      matches.sort((a, b) => b.weight - a.weight)
      const hits: Hit[] = []
      const recordIds: string[] = []
      for (const match of matches) {
        if (hits.length === MAX_HITS) break
        const record = this.c.records.get(match.id)
        // A guarded record is answered exactly as no record: no hit, no trace in the response.
        if (record === undefined || guardRecord(policyView(record), ctx, today) !== undefined) continue
        const handle = new Uint8Array(randomBytes(HANDLE_BYTES))
        const expiresAtMs = nowMs + this.handleLifetimeMs
        this.c.requests.putHandle(handle, {
          recordId: record.id,
          requester: req.requesterCountry,
          purpose: req.purpose,
          expiresAtMs,
        })
        hits.push({ handle, band: step.showBand ? match.band : 'undisclosed', handleExpiresAtMs: expiresAtMs })
        recordIds.push(record.id)
      }
      if (hits.length === 0) return respond('NO_HIT', { ruleIds })
      const outcome = respond('OK', { ruleIds, recordIds })
      outcome.response.hits = hits
      return outcome
    }

    // details
    const binding = this.c.requests.getHandle(req.query.details.handle)
    if (
      binding === undefined ||
      binding.requester !== req.requesterCountry ||
      binding.purpose !== req.purpose ||
      binding.expiresAtMs < nowMs
    ) {
      return respond('DENIED', { ruleIds: ['handle-refused'] })
    }
    const record = this.c.records.get(binding.recordId)
    if (record === undefined || guardRecord(policyView(record), ctx, today) !== undefined) {
      return respond('NO_HIT', { ruleIds })
    }
    const fields = decideFields(step, req.query.details.fields)
    const released: ReleasedField[] = []
    const withheld: WithheldField[] = fields.withhold.map((w) => ({ name: w.field, ruleId: w.ruleId }))
    for (const { field } of fields.release) {
      const value = releaseField(record, field)
      if (value === undefined) withheld.push({ name: field, ruleId: 'not-recorded' })
      else released.push(value)
    }
    const outcome = respond('OK', { ruleIds, recordIds: [record.id], released, withheld })
    outcome.response.released = released
    outcome.response.withheld = withheld
    return outcome
  }
}

function policyView(record: MigrantRecord): Parameters<typeof guardRecord>[0] {
  return {
    nationalities: record.nationalities,
    fearedCountries: record.fearedCountries,
    protectionClaim: hasProtectionClaim(record),
    retentionUntil: record.retentionUntil,
    restrictions: record.restrictions,
    consentScopes: record.consentScopes,
  }
}

function canonicalQuery(req: QueryRequest): string {
  return req.query.kind === 'identify'
    ? JSON.stringify(req.query.identify)
    : JSON.stringify({ handle: hex(req.query.details.handle), fields: req.query.details.fields })
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex')
}
