import type { Caller } from '../api/roles.js'
import { ROLE_PURPOSES } from '../api/roles.js'
import { ApiError, type DetailsInput, type PeerResultJson, type QueryInput, type QueryOutput } from '../api/types.js'
import type { AuditLog, GuardedCountry } from '../audit/auditLog.js'
import { ambiguity } from '../matching/ambiguity.js'
import { discriminatingAgreement } from '../matching/matcher.js'
import type { Matcher, PreparedSubject } from '../matching/types.js'
import type { FederationView } from '../network/federation.js'
import type { OutgoingQuery, PeerResult, QueryClient } from '../network/queryClient.js'
import { decideOutgoing, type OutgoingGuardDecision, type ProtectionFacts } from '../policy/outgoingGuard.js'
import type { Policy } from '../policy/policyFile.js'
import type { GroupCommit } from '../records/groupCommit.js'
import { hex } from '../records/queryService.js'
import { GRANTED_STATUSES, protectionFacts } from '../records/schema.js'
import type { SentHandles } from '../records/sentHandles.js'
import type { RecordStore } from '../records/store.js'
import type { Clock } from '../util/clock.js'
import { MrnError } from '../util/errors.js'
import type { QueryMetrics } from '../util/queryMetrics.js'
import type { DetailsConfirmation, IdentifyQuery, QueryRequest } from '../wire/types.js'

export interface OutgoingComponents {
  /** Shared with the node's answers: the requester's audit entries are durable before it sends or returns. */
  commit: GroupCommit
  audit: AuditLog
  client: QueryClient
  federation: FederationView
  clock: Clock
  policy: () => Policy
  /** This node's own records and matcher: the outgoing guard looks the person up here first. */
  records: RecordStore
  matcher: Matcher
  sentHandles: SentHandles
  /** Counts the outgoing guard's activations (one total). */
  metrics?: QueryMetrics
}

/** Where the guard's facts came from, in words for the caseworker. */
const SOURCE_WORDS = { query: 'as the query declares', record: "as this node's own records show" } as const

/** A caseworker's questions to peers, from the local API to the wire and back, audited both ways. */
export class OutgoingQueries {
  private readonly commit: GroupCommit
  private readonly audit: AuditLog
  private readonly client: QueryClient
  private readonly federation: FederationView
  private readonly clock: Clock
  private readonly policy: () => Policy
  private readonly records: RecordStore
  private readonly matcher: Matcher
  private readonly sentHandles: SentHandles
  private readonly country: string
  private readonly metrics: QueryMetrics | undefined

  constructor(components: OutgoingComponents, init: { country: string }) {
    this.records = components.records
    this.matcher = components.matcher
    this.sentHandles = components.sentHandles
    this.commit = components.commit
    this.audit = components.audit
    this.client = components.client
    this.federation = components.federation
    this.clock = components.clock
    this.policy = components.policy
    this.metrics = components.metrics
    this.country = init.country
  }

  /**
   * Outgoing identify: 1. purpose allowed for the caller's role 2. targets are
   * members 3. the outgoing guard: countries the person must not be asked
   * about (from the query's declared protection and this node's own records
   * of the person), skipped with `to: all`, refused when named, unless the
   * return exception applies 4. build and validate one request per target
   * 5. audit "query sent" (or "query refused") 6. fan out in parallel 7. audit
   * each "response received" 8. remember the handles received 9. merge.
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
      ...(input.person.placeOfBirth ? { placeOfBirth: input.person.placeOfBirth } : {}),
      ...(input.person.placeOfBirthCountry ? { placeOfBirthCountry: input.person.placeOfBirthCountry } : {}),
    }
    const subject = this.matcher.prepare(identify)
    const declared = declaredProtection(input.person)
    const outgoing = outgoingQuery(caller, input, { kind: 'identify', identify })
    const guard = this.guard(caller, input.purpose, subject, declared)
    const plan = this.plan(targets, input.to === 'all', guard, outgoing, caller)
    // The handles received are remembered in the same commit as the responses' audit entries.
    const results = await this.exchange(plan.ask, outgoing, plan, (received, nowMs) =>
      this.sentHandles.putAll(
        received.flatMap((r) =>
          (r.response?.hits ?? []).map((hit) => ({
            handle: hit.handle,
            country: r.country,
            expiresAtMs: Math.max(hit.handleExpiresAtMs, nowMs),
          })),
        ),
        subject,
        declared,
      ),
    )
    const answered = results.map((r) => {
      const json = toJson(r)
      const unclear = ambiguity(json.hits?.map((h) => h.band) ?? [], identify)
      return unclear === undefined ? json : { ...json, ambiguous: unclear }
    })
    return { results: [...answered, ...plan.notAsked.map(notAskedJson)] }
  }

  async details(caller: Caller, input: DetailsInput): Promise<PeerResultJson> {
    this.checkPurpose(caller, input.purpose, input.legalBasis)
    const [target] = this.resolveTargets([input.country]) as [string]
    const handle = new Uint8Array(Buffer.from(input.handle, 'base64url'))
    // The same outgoing guard as for identify, decided again for this caller and purpose,
    // from the identify question the handle answered and this node's records as they are now.
    const sent = this.sentHandles.get(handle)
    if (sent === undefined || sent.expiresAtMs < this.clock.nowMs()) {
      throw new ApiError(400, 'handle: not one this node received from an identify answer, or it has expired')
    }
    if (sent.country !== target) {
      throw new ApiError(400, `handle: it was issued by ${sent.country}, not ${target}; ask ${sent.country}`)
    }
    const confirm = confirmationOf(input)
    const outgoing = outgoingQuery(caller, input, {
      kind: 'details',
      details: { handle, fields: input.fields ?? [], ...(confirm === undefined ? {} : { confirm }) },
    })
    // Identifiers added to confirm the candidate are about the same person: the guard weighs them too.
    const subject =
      confirm === undefined
        ? sent.subject
        : {
            ...sent.subject,
            dateOfBirth: confirm.dateOfBirth ?? sent.subject.dateOfBirth,
            documents: [
              ...sent.subject.documents,
              ...this.matcher.prepare({ names: [], nationalities: [], documents: confirm.documents }).documents,
            ],
          }
    const guard = this.guard(caller, input.purpose, subject, sent.declared)
    const plan = this.plan([target], false, guard, outgoing, caller)
    const [result] = await this.exchange(plan.ask, outgoing, plan)
    return toJson(result as PeerResult)
  }

  /** The outgoing guard's decision for a question about `subject`. */
  private guard(
    caller: Caller,
    purpose: string,
    subject: PreparedSubject,
    declared: ProtectionFacts | undefined,
  ): OutgoingGuardDecision {
    const facts: ProtectionFacts[] = declared ? [declared] : []
    // This node's own records of the person, matched as a peer would match them (no network);
    // and any record holding a document the question names, whatever else disagrees: a protected
    // person's document number is never sent to the state they fled, under any name.
    const stats = this.records.nameStatistics()
    for (const candidate of this.records.candidates(this.matcher.weightedQueryKeys(subject))) {
      const match = this.matcher.compare(subject, candidate.prepared, stats)
      if (match.band === 'none' && !discriminatingAgreement(subject, match).includes('document')) continue
      const record = this.records.get(candidate.id)
      if (record !== undefined) facts.push(protectionFacts(record))
    }
    this.matcher.release?.(subject)
    return decideOutgoing(facts, { purpose, role: caller.role })
  }

  /**
   * Which targets to ask. A guarded country named explicitly refuses the
   * whole question (audited, nothing sent); with `to: all` it is skipped.
   * Under the exception every target is asked, and the guarded ones noted.
   */
  private plan(
    targets: readonly string[],
    toAll: boolean,
    decision: OutgoingGuardDecision,
    outgoing: OutgoingQuery,
    caller: Caller,
  ): { ask: string[]; notAsked: GuardedCountry[]; askedUnderException: GuardedCountry[] } {
    const hit = targets.filter((t) => decision.guarded.has(t))
    const named = hit.map((country) => ({ country, guard: decision.guarded.get(country)?.guard as string }))
    if (!decision.exception) this.metrics?.guardActivations(hit.length)
    if (decision.exception) return { ask: [...targets], notAsked: [], askedUnderException: named }
    if (hit.length > 0 && !toAll) {
      this.audit.append(
        {
          kind: 'query_refused',
          purpose: outgoing.purpose,
          legalBasis: outgoing.legalBasis,
          caseReferenceHash: this.audit.keyedHash(outgoing.caseReference),
          caseworker: outgoing.caseworkerPseudonym,
          role: caller.role,
          step: outgoing.query.kind,
          queryHash: this.audit.keyedHash(JSON.stringify(outgoing.query)),
          notAsked: named,
        },
        this.clock.nowMs(),
      )
      const why = hit
        .map((c) => {
          const g = decision.guarded.get(c)
          return `${c} (${g?.guard}: ${g?.sources.map((s) => SOURCE_WORDS[s]).join(' and ')}, the person applied for or holds international protection and ${c} is a country of nationality or one they fear)`
        })
        .join('; ')
      throw new ApiError(
        403,
        `not sent to any country: this person must not be asked about to ${why}. ` +
          'Leave that country out, or ask "all" to skip it; only a supervisor\'s RETURN_READMISSION question after a final rejection recorded here may ask it.',
      )
    }
    return { ask: targets.filter((t) => !decision.guarded.has(t)), notAsked: named, askedUnderException: [] }
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

  private async exchange(
    targets: string[],
    outgoing: OutgoingQuery,
    guarded: { notAsked: GuardedCountry[]; askedUnderException: GuardedCountry[] },
    /** More writes for the commit of the responses' audit entries. */
    alsoCommit?: (results: readonly PeerResult[], nowMs: number) => void,
  ): Promise<PeerResult[]> {
    let requests: QueryRequest[]
    try {
      requests = targets.map((t) => this.client.buildRequest(t, outgoing))
    } catch (err) {
      if (err instanceof MrnError) throw new ApiError(400, err.message)
      throw err
    }
    const sent = {
      kind: 'query_sent',
      requests: requests.map((r) => ({ country: r.targetCountry, requestId: hex(r.requestId) })),
      purpose: outgoing.purpose,
      legalBasis: outgoing.legalBasis,
      caseReferenceHash: this.audit.keyedHash(outgoing.caseReference),
      caseworker: outgoing.caseworkerPseudonym,
      step: outgoing.query.kind,
      queryHash: this.audit.keyedHash(JSON.stringify(outgoing.query)),
      ...(guarded.notAsked.length > 0 ? { notAsked: guarded.notAsked } : {}),
      ...(guarded.askedUnderException.length > 0 ? { askedUnderException: guarded.askedUnderException } : {}),
    } as const
    // Durable before anything is sent (group commit: awaited, shared with the node's other writes).
    await this.commit.run(() => this.audit.append(sent, this.clock.nowMs()))
    if (requests.length === 0) return []
    const results = await this.client.fanOut(requests)
    await this.commit.run(() => {
      const nowMs = this.clock.nowMs()
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
      alsoCommit?.(results, nowMs)
    })
    return results
  }
}

/** The protection the caseworker declared in the query, as guard facts (never sent to peers). */
function declaredProtection(person: QueryInput['person']): ProtectionFacts | undefined {
  if (person.protectionClaim === undefined) return undefined
  return {
    source: 'query',
    nationalities: person.nationalities ?? [],
    fearedCountries: person.fearedCountries ?? [],
    protectionClaim: true,
    granted: (GRANTED_STATUSES as readonly string[]).includes(person.protectionClaim),
    finalRejection: false,
  }
}

function notAskedJson(n: GuardedCountry): PeerResultJson {
  return { country: n.country, outcome: 'not_asked', guard: n.guard, requestId: '', latencyMs: 0 }
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

/** The confirmation a details request carries on the wire; undefined when it names no identifier. */
function confirmationOf(input: DetailsInput): DetailsConfirmation | undefined {
  const documents = (input.confirm?.documents ?? []).map((d) => ({
    type: d.type ?? 'passport',
    number: d.number,
    issuer: d.issuer ?? '',
  }))
  const dateOfBirth = input.confirm?.dateOfBirth
  // Refused here rather than by the peer, which would spend the handle on it.
  if (dateOfBirth !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) {
    throw new ApiError(
      400,
      `confirm.dateOfBirth: a possible hit is confirmed by the full date, YYYY-MM-DD: got "${dateOfBirth}"`,
    )
  }
  if (dateOfBirth?.endsWith('-01-01')) {
    throw new ApiError(
      400,
      'confirm.dateOfBirth: 1 January cannot confirm a hit (registries write it for an unknown day); give a document instead',
    )
  }
  if (documents.length === 0 && dateOfBirth === undefined) return undefined
  return { documents, ...(dateOfBirth === undefined ? {} : { dateOfBirth }) }
}

function toJson(r: PeerResult): PeerResultJson {
  const out: PeerResultJson = { country: r.country, outcome: r.outcome, requestId: r.requestId, latencyMs: r.latencyMs }
  if (r.detail !== undefined) out.detail = r.detail
  const res = r.response
  if (res === undefined) return out
  out.status = res.status
  out.peerAuditLeafIndex = res.auditLeafIndex
  if (res.status === 'RATE_LIMITED') out.reason = 'rate-limited'
  else if (res.status === 'DENIED' && res.denialReason !== undefined) {
    out.reason = res.denialReason === 'legal_basis' ? 'legal-basis' : res.denialReason
  }
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
