import type { Connection, Libp2p, PrivateKey, Stream } from '@libp2p/interface'
import { lpStream } from '@libp2p/utils'
import type { InboundMeta, QueryHandler } from '../records/queryHandler.js'
import type { Clock } from '../util/clock.js'
import { ErrorCode, MrnError } from '../util/errors.js'
import type { Logger } from '../util/logger.js'
import { decodeRequest } from '../wire/codec.js'
import { openEnvelope, sha256, signEnvelope } from '../wire/envelope.js'
import type { QueryRequest } from '../wire/types.js'
import { validateRequest } from '../wire/validate.js'
import type { FederationView } from './federation.js'
import { QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2 } from './protocol.js'

export interface QueryServerComponents {
  libp2p: Pick<Libp2p, 'handle' | 'unhandle'>
  privateKey: PrivateKey
  federation: FederationView
  handler: QueryHandler
  clock: Clock
  logger: Logger
}

export interface QueryServerInit {
  country: string
  readTimeoutMs?: number
  maxFrameBytes?: number
  maxInboundStreams?: number
  maxOutboundStreams?: number
  clockSkewMs?: number
  maxRequestLifetimeMs?: number
  /** /mrn/query/2.0.0: requests one stream may have unanswered; more are refused RATE_LIMITED. */
  maxInFlightPerStream?: number
  /** /mrn/query/2.0.0: a stream with nothing in flight and no new request for this long is closed. */
  idleTimeoutMs?: number
  /** /mrn/query/2.0.0: long-lived streams one connection may hold. */
  maxMuxStreamsPerConnection?: number
}

export const DEFAULT_READ_TIMEOUT_MS = 2_000
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024
export const DEFAULT_MAX_INBOUND_STREAMS = 64
export const DEFAULT_MAX_OUTBOUND_STREAMS = 128
export const DEFAULT_CLOCK_SKEW_MS = 60_000
export const DEFAULT_MAX_REQUEST_LIFETIME_MS = 5 * 60_000
export const DEFAULT_MAX_IN_FLIGHT_PER_STREAM = 32
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000
export const DEFAULT_MAX_MUX_STREAMS_PER_CONNECTION = 4

/** Counters for `mrn status` and the sim report; no personal data. */
export interface QueryServerStats {
  /** /mrn/query/1.0.0 streams. */
  streams: number
  /** Request frames read, on either protocol. */
  requests: number
  answered: number
  rejected: Partial<Record<ErrorCode, number>>
  timedOut: number
  /** Requests left without an answer: the peer was over its refusal quota. */
  dropped: number
  /** /mrn/query/2.0.0 streams opened, and closed for being idle. */
  muxStreams: number
  idleClosed: number
}

/**
 * The responder side of the query protocols: /mrn/query/1.0.0 (one
 * length-prefixed signed request and one signed response per stream) and
 * /mrn/query/2.0.0 (many requests per long-lived stream, each answered by its
 * own signed response as soon as it is ready, matched by request digest).
 * Every request is checked and audited on its own either way.
 */
export class QueryServer {
  readonly stats: QueryServerStats = {
    streams: 0,
    requests: 0,
    answered: 0,
    rejected: {},
    timedOut: 0,
    dropped: 0,
    muxStreams: 0,
    idleClosed: 0,
  }
  private readonly c: QueryServerComponents
  private readonly country: string
  private readonly readTimeoutMs: number
  private readonly maxFrameBytes: number
  private readonly maxInboundStreams: number
  private readonly maxOutboundStreams: number
  private readonly clockSkewMs: number
  private readonly maxRequestLifetimeMs: number
  private readonly maxInFlightPerStream: number
  private readonly idleTimeoutMs: number
  private readonly maxMuxStreamsPerConnection: number
  private readonly muxStreams = new Set<Stream>()

  constructor(components: QueryServerComponents, init: QueryServerInit) {
    this.c = components
    this.country = init.country
    this.readTimeoutMs = init.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS
    this.maxFrameBytes = init.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES
    this.maxInboundStreams = init.maxInboundStreams ?? DEFAULT_MAX_INBOUND_STREAMS
    this.maxOutboundStreams = init.maxOutboundStreams ?? DEFAULT_MAX_OUTBOUND_STREAMS
    this.clockSkewMs = init.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS
    this.maxRequestLifetimeMs = init.maxRequestLifetimeMs ?? DEFAULT_MAX_REQUEST_LIFETIME_MS
    this.maxInFlightPerStream = init.maxInFlightPerStream ?? DEFAULT_MAX_IN_FLIGHT_PER_STREAM
    this.idleTimeoutMs = init.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
    this.maxMuxStreamsPerConnection = init.maxMuxStreamsPerConnection ?? DEFAULT_MAX_MUX_STREAMS_PER_CONNECTION
  }

  async start(): Promise<void> {
    await this.c.libp2p.handle(QUERY_PROTOCOL_V1, (stream, connection) => this.onStream(stream, connection), {
      maxInboundStreams: this.maxInboundStreams,
      maxOutboundStreams: this.maxOutboundStreams,
    })
    await this.c.libp2p.handle(QUERY_PROTOCOL_V2, (stream, connection) => this.onMuxStream(stream, connection), {
      maxInboundStreams: this.maxMuxStreamsPerConnection,
      maxOutboundStreams: this.maxMuxStreamsPerConnection,
    })
  }

  async stop(): Promise<void> {
    await this.c.libp2p.unhandle(QUERY_PROTOCOL_V1)
    await this.c.libp2p.unhandle(QUERY_PROTOCOL_V2)
    for (const stream of this.muxStreams) stream.abort(new Error('responder stopping'))
    this.muxStreams.clear()
  }

  /** /mrn/query/2.0.0 streams open now (each member keeps one or a few). */
  openMuxStreams(): number {
    return this.muxStreams.size
  }

  /**
   * 1. read one frame (size cap, read timeout)  2. verify the envelope signature
   * against the connection's PeerId  3. decode and validate the body
   * 4. member speaks for its own country, target is this node  5. freshness
   * 6. hand to the query handler (replay, rate limit, match, policy, minimize,
   * durable audit)  7. sign, write, close.  7b. on a refusal, the handler audits
   * it and builds the status-only response; on a stream error, abort.
   */
  private async onStream(stream: Stream, connection: Connection): Promise<void> {
    this.stats.streams++
    const peerId = connection.remotePeer.toString()
    const log = this.c.logger.child({ peer: peerId.slice(-8) })
    const lp = lpStream(stream, { maxDataLength: this.maxFrameBytes })
    let frame: Uint8Array
    try {
      frame = (await lp.read({ signal: AbortSignal.timeout(this.readTimeoutMs) })).subarray()
    } catch (err) {
      if (isTooLarge(err)) {
        await this.respond(
          lp,
          stream,
          await this.refuse(ErrorCode.FRAME_TOO_LARGE, { peerId, requestDigest: new Uint8Array() }),
        )
        return
      }
      this.stats.timedOut++
      log.info('query stream closed without a request', { reason: (err as Error).name })
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      return
    }
    this.stats.requests++
    const meta: InboundMeta = { peerId, requestDigest: sha256(frame) }
    let body: Uint8Array | undefined
    try {
      body = await this.accept(frame, connection, meta)
    } catch (err) {
      log.error('query handler failed', { error: (err as Error).message })
      body = await this.refuse(ErrorCode.INTERNAL, meta)
    }
    await this.respond(lp, stream, body)
  }

  /**
   * /mrn/query/2.0.0: reads frames until the requester closes its side, the
   * stream stays idle (nothing in flight, no new frame) past the idle timeout,
   * or a frame breaks the framing. Each frame is one request, checked exactly
   * as on 1.0.0 and answered by its own signed frame as soon as its audit
   * entry is durable, so answers may overtake each other; the response's
   * request digest names the request it answers. Beyond `maxInFlightPerStream`
   * unanswered requests, a request is refused RATE_LIMITED unread. A request
   * over the peer's refusal quota gets no answer; the stream stays open.
   */
  private async onMuxStream(stream: Stream, connection: Connection): Promise<void> {
    this.stats.muxStreams++
    this.muxStreams.add(stream)
    const peerId = connection.remotePeer.toString()
    const log = this.c.logger.child({ peer: peerId.slice(-8) })
    const lp = lpStream(stream, { maxDataLength: this.maxFrameBytes })
    const idle = new AbortController()
    let inFlight = 0
    const timer = setTimeout(function check(this: void) {
      if (inFlight > 0) timer.refresh()
      else idle.abort(new Error('idle'))
    }, this.idleTimeoutMs)
    timer.unref?.()
    const writes: Promise<void>[] = []
    const answer = async (frame: Uint8Array, meta: InboundMeta, overLimit: boolean): Promise<void> => {
      try {
        const body = overLimit
          ? await this.refuse(ErrorCode.RATE_LIMITED, meta)
          : await this.accept(frame, connection, meta).catch(async (err: unknown) => {
              log.error('query handler failed', { error: (err as Error).message })
              return this.refuse(ErrorCode.INTERNAL, meta)
            })
        if (body === undefined) {
          this.stats.dropped++
          return
        }
        await lp.write(await signEnvelope(body, this.c.privateKey))
      } catch (err) {
        stream.abort(err instanceof Error ? err : new Error(String(err)))
      } finally {
        inFlight--
        timer.refresh()
      }
    }
    try {
      while (true) {
        let frame: Uint8Array
        try {
          const read = await lp.read({ signal: idle.signal })
          frame = read.subarray()
        } catch (err) {
          if (isTooLarge(err)) {
            // The framing is lost: answer the refusal, finish what is in flight, close.
            await Promise.allSettled(writes)
            const body = await this.refuse(ErrorCode.FRAME_TOO_LARGE, { peerId, requestDigest: new Uint8Array() })
            if (body !== undefined) await lp.write(await signEnvelope(body, this.c.privateKey)).catch(() => undefined)
            await stream.close().catch(() => undefined)
            return
          }
          if (idle.signal.aborted) {
            this.stats.idleClosed++
            await stream
              .close({ signal: AbortSignal.timeout(this.readTimeoutMs) })
              .catch(() => stream.abort(new Error('idle')))
            return
          }
          if (stream.remoteWriteStatus !== 'writable' && stream.status === 'open') {
            // the requester closed its side: answer what is in flight, then close ours
            await Promise.allSettled(writes)
            await stream.close().catch(() => undefined)
            return
          }
          stream.abort(err instanceof Error ? err : new Error(String(err)))
          return
        }
        timer.refresh()
        this.stats.requests++
        const overLimit = inFlight >= this.maxInFlightPerStream
        inFlight++
        const pending = answer(frame, { peerId, requestDigest: sha256(frame) }, overLimit)
        writes.push(pending)
        void pending.then(() => writes.splice(writes.indexOf(pending), 1))
      }
    } finally {
      clearTimeout(timer)
      this.muxStreams.delete(stream)
    }
  }

  /** Steps 2 to 6; returns the response body to sign. */
  private async accept(frame: Uint8Array, connection: Connection, meta: InboundMeta): Promise<Uint8Array | undefined> {
    let request: QueryRequest | undefined
    try {
      const publicKey = connection.remotePeer.publicKey
      if (publicKey === undefined) throw new MrnError(ErrorCode.BAD_SIGNATURE, 'remote peer has no inline public key')
      const body = await openEnvelope(frame, publicKey)
      if (body === undefined) throw new MrnError(ErrorCode.BAD_SIGNATURE, 'envelope signature does not verify')
      request = decodeRequest(body)
      const member = this.c.federation.byPeerId(meta.peerId)
      if (member === undefined) throw new MrnError(ErrorCode.NOT_MEMBER, 'peer is not a federation member')
      if (member.country !== request.requesterCountry) {
        throw new MrnError(ErrorCode.WRONG_COUNTRY, `member ${member.country} claimed ${request.requesterCountry}`)
      }
      if (request.targetCountry !== this.country) {
        throw new MrnError(ErrorCode.WRONG_TARGET, `request targets ${request.targetCountry}`)
      }
      validateRequest(request)
      this.checkFreshness(request)
    } catch (err) {
      if (err instanceof MrnError) {
        // Why, for the operator (a peer's clock off, a wrong target): the peer gets the status alone.
        this.c.logger.debug('request refused before its handler', {
          peer: meta.peerId.slice(-8),
          code: err.code,
          reason: err.message,
        })
        return this.refuse(err.code, meta, request)
      }
      throw err
    }
    this.stats.answered++
    return this.c.handler.handleQuery(request, meta)
  }

  private checkFreshness(req: QueryRequest): void {
    const now = this.c.clock.nowMs()
    if (req.issuedAtMs > now + this.clockSkewMs) throw new MrnError(ErrorCode.EXPIRED, 'issued in the future')
    if (req.expiresAtMs < now - this.clockSkewMs) throw new MrnError(ErrorCode.EXPIRED, 'expired')
    if (req.expiresAtMs - req.issuedAtMs > this.maxRequestLifetimeMs) {
      throw new MrnError(ErrorCode.EXPIRED, 'lifetime longer than allowed')
    }
  }

  private refuse(code: ErrorCode, meta: InboundMeta, request?: QueryRequest): Promise<Uint8Array | undefined> {
    this.stats.rejected[code] = (this.stats.rejected[code] ?? 0) + 1
    return this.c.handler.rejectQuery(code, meta, request)
  }

  /** Signs and writes the answer; without one (a peer over its refusal quota), drops the stream. */
  private async respond(lp: ReturnType<typeof lpStream>, stream: Stream, body: Uint8Array | undefined): Promise<void> {
    if (body === undefined) {
      this.stats.dropped++
      stream.abort(new Error('refused without an answer: over the refusal quota'))
      return
    }
    try {
      const signal = AbortSignal.timeout(this.readTimeoutMs)
      await lp.write(await signEnvelope(body, this.c.privateKey), { signal })
      await stream.close({ signal })
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    }
  }
}

/** A frame announced longer than the cap (`lpStream` refuses it before reading its bytes). */
function isTooLarge(err: unknown): boolean {
  return err instanceof Error && err.name === 'InvalidDataLengthError'
}
