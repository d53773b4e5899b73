import type { Caller } from '../api/roles.js'
import { ROLE_PURPOSES } from '../api/roles.js'
import { ApiError, type DetailsInput, type PeerResultJson, type QueryInput, type QueryOutput } from '../api/types.js'
import type { AuditLog } from '../audit/auditLog.js'
import type { FederationView } from '../network/federation.js'
import type { OutgoingQuery, PeerResult, QueryClient } from '../network/queryClient.js'
import type { Policy } from '../policy/policyFile.js'
import type { Db } from '../records/database.js'
import { hex } from '../records/queryService.js'
import type { Clock } from '../util/clock.js'
import { MrnError } from '../util/errors.js'
import type { IdentifyQuery, QueryRequest } from '../wire/types.js'

export interface OutgoingComponents {
  db: Db
  audit: AuditLog
  client: QueryClient
  federation: FederationView
  clock: Clock
  policy: () => Policy
}

/** A caseworker's questions to peers, from the local API to the wire and back, audited both ways. */
export class OutgoingQueries {
  private readonly db: Db
  private readonly audit: AuditLog
  private readonly client: QueryClient
  private readonly federation: FederationView
  private readonly clock: Clock
  private readonly policy: () => Policy
  private readonly country: string

  constructor(components: OutgoingComponents, init: { country: string }) {
    this.db = components.db
    this.audit = components.audit
    this.client = components.client
    this.federation = components.federation
    this.clock = components.clock
    this.policy = components.policy
    this.country = init.country
  }

  /**
   * Outgoing identify: 1. purpose allowed for the caller's role 2. targets are
   * members 3. build and validate one request per target 4. audit "query sent"
   * 5. fan out in parallel 6. audit each "response received" 7. merge.
   */
  async query(caller: Caller, input: QueryInput): Promise<QueryOutput> {
    this.checkPurpose(caller, input.purpose, input.legalBasis)
    const targets = this.resolveTargets(input.to)
    const identify: IdentifyQuery = {
      names: (input.person.names ?? []).map((n) => ({
        given: n.given ?? '',
        family: n.family ?? '',
        script: n.script ?? '',
        transliterated: n.transliterated ?? false,
      })),
      dateOfBirth: input.person.dateOfBirth,
      sex: input.person.sex,
      nationalities: input.person.nationalities ?? [],
      documents: (input.person.documents ?? []).map((d) => ({
        type: d.type ?? '',
        number: d.number,
        issuer: d.issuer ?? '',
      })),
    }
    const results = await this.exchange(targets, outgoingQuery(caller, input, { kind: 'identify', identify }))
    return { results: results.map(toJson) }
  }

  async details(caller: Caller, input: DetailsInput): Promise<PeerResultJson> {
    this.checkPurpose(caller, input.purpose, input.legalBasis)
    const [target] = this.resolveTargets([input.country])
    const handle = new Uint8Array(Buffer.from(input.handle, 'base64url'))
    const [result] = await this.exchange(
      [target as string],
      outgoingQuery(caller, input, { kind: 'details', details: { handle, fields: input.fields ?? [] } }),
    )
    return toJson(result as PeerResult)
  }

  private checkPurpose(caller: Caller, purpose: QueryInput['purpose'], legalBasis: string): void {
    // A policy with a roles section decides alone; without one, the built-in table applies.
    const table = this.policy().roles
    const allowed = table ? (table[caller.role] ?? []) : ROLE_PURPOSES[caller.role]
    if (!allowed.includes(purpose)) {
      throw new ApiError(403, `role ${caller.role} may not send queries for purpose ${purpose}`)
    }
    if (purpose !== 'STATISTICS' && legalBasis.trim() === '') {
      throw new ApiError(400, `legalBasis is required for purpose ${purpose}`)
    }
  }

  resolveTargets(to: QueryInput['to']): string[] {
    if (to === 'all') {
      const all = this.federation
        .members()
        .map((m) => m.country)
        .filter((c) => c !== this.country)
      if (all.length === 0) throw new ApiError(400, 'the federation has no other members')
      return all
    }
    for (const c of to) {
      if (c === this.country) throw new ApiError(400, `${c} is this node; ask the local records instead`)
      if (this.federation.byCountry(c) === undefined) throw new ApiError(400, `${c} is not a federation member`)
    }
    return [...new Set(to)]
  }

  private async exchange(targets: string[], outgoing: OutgoingQuery): Promise<PeerResult[]> {
    let requests: QueryRequest[]
    try {
      requests = targets.map((t) => this.client.buildRequest(t, outgoing))
    } catch (err) {
      if (err instanceof MrnError) throw new ApiError(400, err.message)
      throw err
    }
    const first = requests[0] as QueryRequest
    this.audit.append(
      {
        kind: 'query_sent',
        requests: requests.map((r) => ({ country: r.targetCountry, requestId: hex(r.requestId) })),
        purpose: outgoing.purpose,
        legalBasis: outgoing.legalBasis,
        caseReferenceHash: this.audit.keyedHash(outgoing.caseReference),
        caseworker: outgoing.caseworkerPseudonym,
        step: outgoing.query.kind,
        queryHash: this.audit.keyedHash(JSON.stringify(first.query)),
      },
      this.clock.nowMs(),
    )
    const results = await this.client.fanOut(requests)
    const nowMs = this.clock.nowMs()
    this.db.transaction(() => {
      for (const r of results) {
        this.audit.append(
          {
            kind: 'response_received',
            requestId: r.requestId,
            responder: r.country,
            outcome: r.outcome,
            ...(r.response ? { peerAuditLeafIndex: r.response.auditLeafIndex } : {}),
            ...(r.responseDigest ? { responseDigest: r.responseDigest } : {}),
          },
          nowMs,
        )
      }
    })()
    return results
  }
}

/** The caller-chosen part of a request: purpose, legal basis, case, the caseworker's pseudonym and role. */
function outgoingQuery(
  caller: Caller,
  input: { purpose: QueryInput['purpose']; legalBasis: string; caseReference?: string },
  query: OutgoingQuery['query'],
): OutgoingQuery {
  return {
    purpose: input.purpose,
    legalBasis: input.legalBasis,
    caseReference: input.caseReference ?? '',
    caseworkerPseudonym: caller.pseudonym,
    caseworkerRole: caller.role,
    query,
  }
}

function toJson(r: PeerResult): PeerResultJson {
  const out: PeerResultJson = { country: r.country, outcome: r.outcome, requestId: r.requestId, latencyMs: r.latencyMs }
  if (r.detail !== undefined) out.detail = r.detail
  const res = r.response
  if (res === undefined) return out
  out.status = res.status
  out.peerAuditLeafIndex = res.auditLeafIndex
  if (res.hits.length > 0) {
    out.hits = res.hits.map((h) => ({
      handle: Buffer.from(h.handle).toString('base64url'),
      band: h.band,
      expiresAt: new Date(h.handleExpiresAtMs).toISOString(),
    }))
  }
  if (res.released.length > 0 || res.withheld.length > 0) {
    out.released = res.released
    out.withheld = res.withheld
  }
  return out
}
