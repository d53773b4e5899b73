import type { PeerOutcome } from '../network/queryClient.js'
import type { ProtectionStatus } from '../records/schema.js'
import type {
  IdentityDocument,
  MatchBand,
  PersonName,
  Purpose,
  ReleasedField,
  Status,
  WithheldField,
} from '../wire/types.js'
import type { Caller } from './roles.js'

/** Body of POST /v1/queries. */
export interface QueryInput {
  purpose: Purpose
  legalBasis: string
  caseReference?: string
  /** Countries to ask, or "all" for every other member. */
  to: string[] | 'all'
  person: {
    names?: Partial<PersonName>[]
    dateOfBirth?: string
    sex?: string
    nationalities?: string[]
    documents?: IdentityDocument[]
    /** Place of birth as written (a town or city, any script) and its country (alpha-3): they tell namesakes apart. */
    placeOfBirth?: string
    placeOfBirthCountry?: string
    /** Countries the person fears. Never sent: read by the outgoing guard only. */
    fearedCountries?: string[]
    /** The person applied for or holds international protection (as the record schema's status kinds). Never sent. */
    protectionClaim?: ProtectionStatus
  }
}

/**
 * A per-country outcome: a peer's (PeerOutcome), or `not_asked` when the
 * outgoing guard kept this node from asking that country at all.
 */
export type ResultOutcome = PeerOutcome | 'not_asked'

/** Body of POST /v1/details. */
export interface DetailsInput {
  country: string
  /** base64url, as returned in a hit. */
  handle: string
  fields?: string[]
  purpose: Purpose
  legalBasis: string
  caseReference?: string
  /**
   * Identifiers that say which candidate is meant: a peer releases the details
   * behind a `possible` hit only if one agrees with its record (a document
   * number, or a full date of birth); a wrong one spends the handle.
   */
  confirm?: {
    documents?: { type?: string; number: string; issuer?: string }[]
    dateOfBirth?: string
  }
}

export interface HitJson {
  handle: string
  band: MatchBand
  expiresAt: string
}

/** One country's answer. */
export interface PeerResultJson {
  country: string
  outcome: ResultOutcome
  /** With `not_asked`: the guard that kept this node from asking. */
  guard?: string
  /** The peer's wire status, when it answered. */
  status?: Status
  /**
   * Why, for outcome "denied": `policy` (no rule admits the request),
   * `legal-basis` (a rule would, with another legal basis), `handle` (details:
   * unknown, expired or another requester's handle), `confirmation` (details
   * behind a `possible` hit: no identifier given agrees with the record; the
   * handle is spent), `rate-limited`.
   */
  reason?: 'policy' | 'legal-basis' | 'handle' | 'confirmation' | 'rate-limited'
  requestId: string
  latencyMs: number
  hits?: HitJson[]
  /**
   * Identify: the hits do not single out one person (several candidates, or
   * one `possible`); `settleWith` names the identifiers the question lacked
   * that would (`document`, `dateOfBirth`), which `mrn details` also takes to
   * confirm a possible hit.
   */
  ambiguous?: { candidates: number; settleWith: ('document' | 'dateOfBirth')[] }
  released?: ReleasedField[]
  withheld?: WithheldField[]
  /** Index of this exchange in the responder's audit log. */
  peerAuditLeafIndex?: number
  /** Local diagnostic for unreachable, timeout and invalid outcomes. */
  detail?: string
}

export interface QueryOutput {
  results: PeerResultJson[]
}

export interface StatusOutput {
  country: string
  peerId: string
  addresses: string[]
  uptimeSeconds: number
  records: number
  /** False: the node key and the records are stored in clear on disk (no passphrase). */
  encryptedAtRest: boolean
  auditEntries: number
  audit: {
    entries: number
    checkpointSize: number
    cosignatures: number
    cosignedSize: number
    /** Peer checkpoints this node refused to co-sign (fork, rollback, bad proof). */
    refusedToCosign: number
    /** Times a witness refused to co-sign this node's checkpoint. */
    cosignRefused: number
  }
  /**
   * Where membership comes from: "hand-exchanged" (each operator adds members
   * to federation.yaml from entries exchanged out of band; no federation
   * authority signs it), or "authority" (the latest membership signed by the
   * pinned federation authority: `membershipVersion`, absent before the first).
   */
  membership: 'hand-exchanged' | 'authority'
  /** The pinned authority key (base64), in authority mode. */
  authority?: string
  membershipVersion?: number
  members: {
    country: string
    peerId: string
    groups: string[]
    connected: boolean
    /** Last answer from it, request answered for it, or connection opened, since this node started (ISO 8601). */
    lastContact?: string
    /** Last failed exchange with it since start. */
    lastError?: { at: string; outcome: string; detail?: string }
    /** Authority mode: the signed membership version it last said it holds or sent us, since start (absent: not heard yet). */
    membershipVersion?: number
  }[]
  refusedConnections: number
  queryServer: {
    streams: number
    answered: number
    rejected: Record<string, number>
    timedOut: number
    /** Identify queries whose scoring stopped at query.scoringBudgetMs. */
    scoringBudgetExceeded: number
    /** Streams dropped without an answer: the peer was over its refusal quota. */
    dropped: number
  }
  /** Every refused request by error code (answered or dropped), as the aggregate audit entries count them. */
  refusals: { byCode: Record<string, number>; dropped: number }
}

/** Body of POST /v1/evidence: prove an exchange is in a peer's audit log. */
export interface EvidenceInput {
  country: string
  /** The peerAuditLeafIndex of a result. */
  leafIndex: number
}

export interface EvidenceOutput {
  country: string
  leafIndex: number
  /** The checkpoint is signed by the peer's log key and the entry is included in it. */
  verified: boolean
  /** The entry's response digest equals the one this node recorded on receipt. */
  responseDigestMatches: boolean
  /** The checkpoint note, with the co-signatures the peer holds. */
  checkpoint: string
  /** Witness keys whose co-signatures on the checkpoint verify. */
  cosignedBy: string[]
  entry: Record<string, unknown>
  inclusionProof: string[]
}

/** What the local API needs from the node; the composition root hands it in. */
export interface LocalApiBackend {
  verifyToken(token: string): Caller | undefined
  query(caller: Caller, input: QueryInput): Promise<QueryOutput>
  details(caller: Caller, input: DetailsInput): Promise<PeerResultJson>
  evidence(caller: Caller, input: EvidenceInput): Promise<EvidenceOutput>
  status(): StatusOutput
}

/** An error the API returns with this HTTP status and message. */
export class ApiError extends Error {
  readonly statusCode: number

  constructor(statusCode: number, message: string) {
    super(message)
    this.name = 'ApiError'
    this.statusCode = statusCode
  }
}
