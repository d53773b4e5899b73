import { randomBytes } from 'node:crypto'
import type { Libp2p, PrivateKey, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import type { Clock } from '../util/clock.js'
import type { Logger } from '../util/logger.js'
import type { QueryMetrics } from '../util/queryMetrics.js'
import { decodeResponse, encodeRequest } from '../wire/codec.js'
import { openEnvelope, sha256, signEnvelope } from '../wire/envelope.js'
import type { QueryBody, QueryRequest, QueryResponse, Status } from '../wire/types.js'
import { PROTOCOL_VERSION } from '../wire/types.js'
import { REQUEST_ID_BYTES, validateRequest } from '../wire/validate.js'
import { dialMember } from './exchange.js'
import { acceptedKeysOf, type FederationView, type Member } from './federation.js'
import { QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2, QUERY_PROTOCOLS } from './protocol.js'

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
  /** Counts what was sent and what came of it (node/metrics.ts). */
  metrics?: QueryMetrics
  /** One line per request sent (ids, countries, purpose, step, outcome; never personal data). */
  logger?: Logger
}

export interface QueryClientInit {
  country: string
  peerTimeoutMs: number
  maxFrameBytes: number
  requestLifetimeMs: number
  /** Protocols offered, preferred first (default: 2.0.0, then 1.0.0). */
  protocols?: readonly string[]
  /** /mrn/query/2.0.0: requests in flight on one stream; more wait for a slot (the responder refuses beyond its own limit). */
  maxInFlightPerStream?: number
  /** /mrn/query/2.0.0: a stream with nothing in flight for this long is closed (below the responder's idle timeout). */
  idleTimeoutMs?: number
}

export const DEFAULT_CLIENT_MAX_IN_FLIGHT = 32
export const DEFAULT_CLIENT_IDLE_TIMEOUT_MS = 30_000
/** How long a member that answered only /mrn/query/1.0.0 is asked on 1.0.0 directly. */
const V1_ONLY_MEMORY_MS = 10 * 60_000

/** A response frame whose signature verified, and what it says. */
interface OpenedResponse {
  response: QueryResponse
  body: Uint8Array
}

/**
 * The requester side of the query protocols. Each member gets one long-lived
 * /mrn/query/2.0.0 stream, opened on first use, shared by every request to it
 * and closed when idle; a member that speaks only /mrn/query/1.0.0 gets one
 * stream per request. Either way each request is signed, timed and verified
 * on its own.
 */
export class QueryClient {
  private readonly c: QueryClientComponents
  private readonly init: QueryClientInit
  private readonly protocols: readonly string[]
  private readonly channels = new Map<string, Promise<MuxChannel | Stream>>()
  private readonly v1Only = new Map<string, number>()
  private closed = false

  constructor(components: QueryClientComponents, init: QueryClientInit) {
    this.c = components
    this.init = init
    this.protocols = init.protocols ?? QUERY_PROTOCOLS
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
   * 1. sign  2. the member's stream (opened by PeerId on first use; the host
   * knows every member's addresses)  3. write the frame, wait for the frame
   * answering it, both under the per-peer timeout  4. verify signature (member
   * key), request digest, id and responder.
   */
  async send(request: QueryRequest, options: { signal?: AbortSignal } = {}): Promise<PeerResult> {
    const result = await this.exchange(request, options)
    this.c.metrics?.sent(
      {
        // only member countries: a typo names no new time series
        peerCountry: this.c.federation.byCountry(request.targetCountry) ? request.targetCountry : 'unknown',
        purpose: request.purpose,
        step: request.query.kind,
        outcome: result.outcome,
      },
      result.latencyMs / 1000,
      result.detail,
    )
    this.c.logger?.info('query sent', {
      requestId: result.requestId,
      peer: request.targetCountry,
      purpose: request.purpose,
      step: request.query.kind,
      outcome: result.outcome,
      ...(result.response ? { status: result.response.status } : {}),
      ms: result.latencyMs,
      ...(result.detail ? { detail: result.detail } : {}),
    })
    return result
  }

  private async exchange(request: QueryRequest, options: { signal?: AbortSignal }): Promise<PeerResult> {
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
    if (this.closed) return result('unreachable', { detail: 'the client is closed' })

    const envelope = await signEnvelope(encodeRequest(request), this.c.privateKey)
    const digest = sha256(envelope)
    const deadline = new AbortController()
    const timer = setTimeout(
      () => deadline.abort(new TimeoutError('no answer within the per-peer timeout')),
      this.init.peerTimeoutMs,
    )
    const onCallerAbort = (): void => deadline.abort(options.signal?.reason)
    options.signal?.addEventListener('abort', onCallerAbort, { once: true })
    if (options.signal?.aborted) onCallerAbort()
    const timedOut = (): boolean => deadline.signal.reason instanceof TimeoutError
    try {
      let transport: MuxChannel | Stream
      try {
        transport = await this.transportFor(member, deadline.signal)
      } catch (err) {
        // no stream could be opened in time: unreachable, whatever stopped the dial
        const detail = timedOut() ? 'no stream opened within the per-peer timeout' : endedEarly(member.country, err)
        return result('unreachable', { detail })
      }
      let opened: OpenedResponse | string
      try {
        if (transport instanceof MuxChannel) {
          opened = await transport.request(envelope, digest, deadline.signal)
        } else {
          opened = await openResponse(
            await exchangeV1(transport, envelope, this.init.maxFrameBytes, deadline.signal),
            member,
          )
        }
      } catch (err) {
        const outcome = err instanceof StreamRefused ? 'invalid' : timedOut() ? 'timeout' : 'unreachable'
        return result(outcome, { detail: outcome === 'unreachable' ? endedEarly(member.country, err) : describe(err) })
      }
      const verified = typeof opened === 'string' ? opened : bindResponse(opened, member, request, digest)
      if (typeof verified === 'string') return result('invalid', { detail: verified })
      return result(OUTCOME_OF_STATUS[verified.response.status], {
        response: verified.response,
        // Of the body, as the responder's audit entry records it: the two can be compared.
        responseDigest: Buffer.from(sha256(verified.body)).toString('base64'),
      })
    } finally {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onCallerAbort)
    }
  }

  /** Closes every long-lived stream; requests in flight on them fail as unreachable. */
  async close(): Promise<void> {
    this.closed = true
    const channels = [...this.channels.values()]
    this.channels.clear()
    for (const pending of channels) {
      const channel = await pending.catch(() => undefined)
      if (channel instanceof MuxChannel) await channel.close()
    }
  }

  /**
   * The member's long-lived 2.0.0 stream, opened once for every request that
   * asks while it opens; or, for a member that speaks only 1.0.0, a fresh stream.
   */
  private async transportFor(member: Member, signal: AbortSignal): Promise<MuxChannel | Stream> {
    const peer = member.peerId
    const v1Until = this.v1Only.get(peer)
    if (v1Until !== undefined && performance.now() < v1Until) {
      return dialMember(this.c.libp2p, member, QUERY_PROTOCOL_V1, { signal })
    }
    let pending = this.channels.get(peer)
    const opener = pending === undefined
    if (pending === undefined) {
      // shared by every request waiting for it, so bounded by its own timeout, not the opener's
      pending = dialMember(this.c.libp2p, member, [...this.protocols], {
        signal: AbortSignal.timeout(this.init.peerTimeoutMs),
      }).then((stream): MuxChannel | Stream => {
        if (stream.protocol !== QUERY_PROTOCOL_V2) {
          this.v1Only.set(peer, performance.now() + V1_ONLY_MEMORY_MS)
          this.channels.delete(peer)
          return stream
        }
        return new MuxChannel(stream, member, {
          maxFrameBytes: this.init.maxFrameBytes,
          maxInFlight: this.init.maxInFlightPerStream ?? DEFAULT_CLIENT_MAX_IN_FLIGHT,
          idleTimeoutMs: this.init.idleTimeoutMs ?? DEFAULT_CLIENT_IDLE_TIMEOUT_MS,
          onClose: () => {
            if (this.channels.get(peer) === pending) this.channels.delete(peer)
          },
        })
      })
      pending.catch(() => {
        if (this.channels.get(peer) === pending) this.channels.delete(peer)
      })
      this.channels.set(peer, pending)
    }
    const transport = await raceAbort(pending, signal)
    // A 1.0.0 stream serves the one request that opened it; the others open their own.
    if (!(transport instanceof MuxChannel)) return opener ? transport : this.transportFor(member, signal)
    if (transport.isClosed()) {
      if (this.channels.get(peer) === pending) this.channels.delete(peer)
      return this.transportFor(member, signal)
    }
    return transport
  }
}

class TimeoutError extends Error {
  override name = 'TimeoutError'
}

/** The member broke the protocol on a 2.0.0 stream (a frame not its answer, a refusal naming no request). */
class StreamRefused extends Error {
  override name = 'StreamRefused'
}

/** /mrn/query/1.0.0: one frame out, one frame back, on a stream of its own. */
async function exchangeV1(
  stream: Stream,
  envelope: Uint8Array,
  maxFrameBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  try {
    const lp = lpStream(stream, { maxDataLength: maxFrameBytes })
    await lp.write(envelope, { signal })
    const frame = (await lp.read({ signal })).subarray()
    await stream.close({ signal }).catch(() => undefined)
    return frame
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}

interface MuxChannelInit {
  maxFrameBytes: number
  maxInFlight: number
  idleTimeoutMs: number
  onClose: (channel: MuxChannel) => void
}

interface Waiter {
  resolve: (opened: OpenedResponse | string) => void
  reject: (err: unknown) => void
}

/**
 * One /mrn/query/2.0.0 stream to one member: writes request frames, reads
 * response frames and hands each to the request whose envelope digest it
 * names. A frame that does not verify as the member's makes the whole stream
 * untrustworthy: every request on it fails and it is closed.
 */
class MuxChannel {
  private readonly stream: Stream
  private readonly member: Member
  private readonly lp: ReturnType<typeof lpStream>
  private readonly init: MuxChannelInit
  private readonly pending = new Map<string, Waiter>()
  private readonly slots: (() => void)[] = []
  private readonly idleTimer: ReturnType<typeof setTimeout>
  private closed = false

  constructor(stream: Stream, member: Member, init: MuxChannelInit) {
    this.stream = stream
    this.member = member
    this.init = init
    this.lp = lpStream(stream, { maxDataLength: init.maxFrameBytes })
    this.idleTimer = setTimeout(() => {
      if (this.pending.size > 0) this.idleTimer.refresh()
      else void this.close()
    }, init.idleTimeoutMs)
    this.idleTimer.unref?.()
    void this.readLoop()
  }

  isClosed(): boolean {
    return this.closed || this.stream.status !== 'open'
  }

  /** Sends one request frame; resolves with its verified answer, or why the answer was refused. */
  async request(envelope: Uint8Array, digest: Uint8Array, signal: AbortSignal): Promise<OpenedResponse | string> {
    while (this.pending.size >= this.init.maxInFlight) {
      await raceAbort(new Promise<void>((resolve) => this.slots.push(resolve)), signal)
    }
    if (this.closed) throw new Error('query stream closed')
    const key = Buffer.from(digest).toString('hex')
    const answered = new Promise<OpenedResponse | string>((resolve, reject) => {
      this.pending.set(key, { resolve, reject })
    })
    const forget = (): void => {
      if (this.pending.delete(key)) this.slots.shift()?.()
      this.idleTimer.refresh()
    }
    try {
      await this.lp.write(envelope, { signal })
      return await raceAbort(answered, signal)
    } catch (err) {
      if (!this.closed && !signal.aborted) this.fail(err)
      throw err
    } finally {
      forget()
      answered.catch(() => undefined)
    }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.fail(new Error('query stream closed by the requester'))
    await this.stream.close().catch(() => this.stream.abort(new Error('close failed')))
  }

  private async readLoop(): Promise<void> {
    try {
      while (true) {
        const frame = (await this.lp.read()).subarray()
        const opened = await openResponse(frame, this.member)
        if (typeof opened === 'string') {
          throw new StreamRefused(`the member sent a frame that is not its answer (${opened}); stream closed`)
        }
        const key = Buffer.from(opened.response.requestDigest).toString('hex')
        const waiter = this.pending.get(key)
        if (waiter !== undefined) waiter.resolve(opened)
        else if (opened.response.requestDigest.length === 0) {
          // A refusal of a frame the member could not read (too large): it names no request.
          throw new StreamRefused(
            `the member refused a frame on this stream (${opened.response.status}); stream closed`,
          )
        }
        // else: a late answer, to a request that gave up (timed out, or its caller aborted): dropped
      }
    } catch (err) {
      this.fail(err)
      this.stream.abort(err instanceof Error ? err : new Error(String(err)))
    }
  }

  /** Fails every request in flight and every one waiting for a slot. */
  private fail(err: unknown): void {
    if (!this.closed) {
      this.closed = true
      clearTimeout(this.idleTimer)
      this.init.onClose(this)
    }
    for (const w of this.pending.values()) w.reject(err)
    this.pending.clear()
    for (const wake of this.slots.splice(0)) wake()
  }
}

/** Resolves as `promise` does, or rejects with the signal's reason when it aborts first. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort)
        resolve(v)
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(e)
      },
    )
  })
}

/** Checks a response frame; returns the response and its body bytes, or why it was refused. */
export async function verifyResponse(
  frame: Uint8Array,
  member: Member,
  request: QueryRequest,
  requestDigest: Uint8Array,
): Promise<OpenedResponse | string> {
  const opened = await openResponse(frame, member)
  return typeof opened === 'string' ? opened : bindResponse(opened, member, request, requestDigest)
}

/** The frame's signature is the member's and its body decodes; or why not. */
async function openResponse(frame: Uint8Array, member: Member): Promise<OpenedResponse | string> {
  try {
    // its current key, or (in a rotation's overlap) the key it may still run
    let body: Uint8Array | undefined
    for (const peerId of acceptedKeysOf(member, Date.now())) {
      const key = peerIdFromString(peerId).publicKey
      if (key === undefined) return 'member PeerId carries no public key'
      body = await openEnvelope(frame, key)
      if (body !== undefined) break
    }
    if (body === undefined) return 'response signature does not verify'
    return { response: decodeResponse(body), body }
  } catch (err) {
    return `undecodable response: ${describe(err)}`
  }
}

/** The opened response answers this request (digest, id) and comes from the member asked; or why not. */
function bindResponse(
  opened: OpenedResponse,
  member: Member,
  request: QueryRequest,
  requestDigest: Uint8Array,
): OpenedResponse | string {
  const { response } = opened
  if (!Buffer.from(response.requestDigest).equals(requestDigest)) return 'response answers another request (digest)'
  if (response.responderCountry !== member.country) return 'response names another responder'
  // A refusal before the request could be decoded carries no request id; the digest still binds it.
  if (response.requestId.length > 0 && !Buffer.from(response.requestId).equals(request.requestId)) {
    return 'response carries another request id'
  }
  return opened
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 200)
  // libp2p sometimes rejects with the stream's or connection's event itself
  if (err instanceof Event) return `the connection ended (${err.type} event)`
  return String(err).slice(0, 200)
}

/**
 * A stream that ended before an answer: most often the peer's gater refused
 * us (its members do not include this node: its federation.yaml, or an older
 * signed membership than ours).
 */
function endedEarly(country: string, err: unknown): string {
  const name = err instanceof Error ? err.name : ''
  const ended = err instanceof Event || /EOF|Reset|Closed|Abort/i.test(name)
  return ended
    ? `${country} refused the connection (${describe(err)}): this node is not in ${country}'s federation (or ${country} has an older membership version)`
    : describe(err)
}
