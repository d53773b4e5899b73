import { randomBytes } from 'node:crypto'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import type { Clock } from '../util/clock.js'
import { decodeResponse, encodeRequest } from '../wire/codec.js'
import { openEnvelope, sha256, signEnvelope } from '../wire/envelope.js'
import type { QueryBody, QueryRequest, QueryResponse, Status } from '../wire/types.js'
import { PROTOCOL_VERSION } from '../wire/types.js'
import { REQUEST_ID_BYTES, validateRequest } from '../wire/validate.js'
import type { FederationView, Member } from './federation.js'
import { QUERY_PROTOCOL } from './protocol.js'

/**
 * What a caseworker sees per country:
 * - ok: answered (hits for identify, fields for details)
 * - no_hit: no record, or none that may be revealed
 * - denied: the peer's policy or quota refused
 * - unreachable: no connection could be made
 * - timeout: connected, but no answer within the per-peer timeout
 * - invalid: the answer failed verification, or the peer judged our request invalid
 * - error: the peer said it failed (INTERNAL, UNAVAILABLE)
 */
export type PeerOutcome = 'ok' | 'no_hit' | 'denied' | 'unreachable' | 'timeout' | 'invalid' | 'error'

export interface PeerResult {
  country: string
  outcome: PeerOutcome
  requestId: string
  latencyMs: number
  /** The verified response, when one was received. */
  response?: QueryResponse
  /** SHA-256 (base64) of the response body, as the responder's audit entry for the exchange records it. */
  responseDigest?: string
  /** Local diagnostic for unreachable/timeout/invalid; never shown to peers. */
  detail?: string
}

export const OUTCOME_OF_STATUS: Record<Status, PeerOutcome> = {
  OK: 'ok',
  NO_HIT: 'no_hit',
  DENIED: 'denied',
  RATE_LIMITED: 'denied',
  INVALID: 'invalid',
  UNAUTHENTICATED: 'invalid',
  REPLAY: 'invalid',
  EXPIRED: 'invalid',
  UNAVAILABLE: 'error',
  INTERNAL: 'error',
}

/** The fields of a request that the caller chooses; the client adds id, countries and times. */
export type OutgoingQuery = Pick<
  QueryRequest,
  'purpose' | 'legalBasis' | 'caseReference' | 'caseworkerPseudonym' | 'caseworkerRole'
> & { query: QueryBody }

export interface QueryClientComponents {
  libp2p: Pick<Libp2p, 'dialProtocol'>
  privateKey: PrivateKey
  federation: FederationView
  clock: Clock
}

export interface QueryClientInit {
  country: string
  peerTimeoutMs: number
  maxFrameBytes: number
  requestLifetimeMs: number
}

/** The requester side of /mrn/query/1.0.0. */
export class QueryClient {
  private readonly c: QueryClientComponents
  private readonly init: QueryClientInit

  constructor(components: QueryClientComponents, init: QueryClientInit) {
    this.c = components
    this.init = init
  }

  /** Builds the signed-ready request for one target country (fresh id and times). */
  buildRequest(target: string, q: OutgoingQuery): QueryRequest {
    const now = this.c.clock.nowMs()
    const req: QueryRequest = {
      protocolVersion: PROTOCOL_VERSION,
      requestId: new Uint8Array(randomBytes(REQUEST_ID_BYTES)),
      requesterCountry: this.init.country,
      targetCountry: target,
      issuedAtMs: now,
      expiresAtMs: now + this.init.requestLifetimeMs,
      ...q,
    }
    validateRequest(req)
    return req
  }

  /** Sends each request to its country in parallel; one result per request, in order. */
  async fanOut(requests: readonly QueryRequest[], options: { signal?: AbortSignal } = {}): Promise<PeerResult[]> {
    return Promise.all(requests.map((r) => this.send(r, options)))
  }

  /**
   * 1. sign  2. dial (by PeerId; the host knows every member's addresses)
   * 3. write one frame, read one frame, both under the per-peer timeout
   * 4. verify signature (member key), request digest, id and responder.
   */
  async send(request: QueryRequest, options: { signal?: AbortSignal } = {}): Promise<PeerResult> {
    const started = performance.now()
    const requestId = Buffer.from(request.requestId).toString('hex')
    const result = (outcome: PeerOutcome, extra: Partial<PeerResult> = {}): PeerResult => ({
      country: request.targetCountry,
      outcome,
      requestId,
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
      ...extra,
    })
    const member = this.c.federation.byCountry(request.targetCountry)
    if (member === undefined) return result('unreachable', { detail: 'not a federation member' })

    const envelope = await signEnvelope(encodeRequest(request), this.c.privateKey)
    const timeout = AbortSignal.timeout(this.init.peerTimeoutMs)
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout

    let stream: Awaited<ReturnType<QueryClientComponents['libp2p']['dialProtocol']>>
    try {
      stream = await this.c.libp2p.dialProtocol(peerIdFromString(member.peerId), QUERY_PROTOCOL, { signal })
    } catch (err) {
      return result('unreachable', { detail: describe(err) })
    }
    let frame: Uint8Array
    try {
      const lp = lpStream(stream, { maxDataLength: this.init.maxFrameBytes })
      await lp.write(envelope, { signal })
      frame = (await lp.read({ signal })).subarray()
      await stream.close({ signal }).catch(() => undefined)
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      return result(timeout.aborted ? 'timeout' : 'unreachable', { detail: describe(err) })
    }
    const verified = await verifyResponse(frame, member, request, sha256(envelope))
    if (typeof verified === 'string') return result('invalid', { detail: verified })
    return result(OUTCOME_OF_STATUS[verified.response.status], {
      response: verified.response,
      // Of the body, as the responder's audit entry records it: the two can be compared.
      responseDigest: Buffer.from(sha256(verified.body)).toString('base64'),
    })
  }
}

/** Checks a response frame; returns the response and its body bytes, or why it was refused. */
export async function verifyResponse(
  frame: Uint8Array,
  member: Member,
  request: QueryRequest,
  requestDigest: Uint8Array,
): Promise<{ response: QueryResponse; body: Uint8Array } | string> {
  try {
    const key = peerIdFromString(member.peerId).publicKey
    if (key === undefined) return 'member PeerId carries no public key'
    const body = await openEnvelope(frame, key)
    if (body === undefined) return 'response signature does not verify'
    const response = decodeResponse(body)
    if (!Buffer.from(response.requestDigest).equals(requestDigest)) return 'response answers another request (digest)'
    if (response.responderCountry !== member.country) return 'response names another responder'
    // A refusal before the request could be decoded carries no request id; the digest still binds it.
    if (response.requestId.length > 0 && !Buffer.from(response.requestId).equals(request.requestId)) {
      return 'response carries another request id'
    }
    return { response, body }
  } catch (err) {
    return `undecodable response: ${describe(err)}`
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 200)
  return String(err).slice(0, 200)
}
