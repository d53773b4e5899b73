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
import { QUERY_PROTOCOL } from './protocol.js'

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
}

export const DEFAULT_READ_TIMEOUT_MS = 2_000
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024
export const DEFAULT_MAX_INBOUND_STREAMS = 64
export const DEFAULT_MAX_OUTBOUND_STREAMS = 128
export const DEFAULT_CLOCK_SKEW_MS = 60_000
export const DEFAULT_MAX_REQUEST_LIFETIME_MS = 5 * 60_000

/** Counters for `mrn status` and the sim report; no personal data. */
export interface QueryServerStats {
  streams: number
  answered: number
  rejected: Partial<Record<ErrorCode, number>>
  timedOut: number
  /** Streams dropped without an answer: the peer was over its refusal quota. */
  dropped: number
}

/**
 * The responder side of /mrn/query/1.0.0: one length-prefixed signed request
 * and one signed response per stream.
 */
export class QueryServer {
  readonly stats: QueryServerStats = { streams: 0, answered: 0, rejected: {}, timedOut: 0, dropped: 0 }
  private readonly c: QueryServerComponents
  private readonly country: string
  private readonly readTimeoutMs: number
  private readonly maxFrameBytes: number
  private readonly maxInboundStreams: number
  private readonly maxOutboundStreams: number
  private readonly clockSkewMs: number
  private readonly maxRequestLifetimeMs: number

  constructor(components: QueryServerComponents, init: QueryServerInit) {
    this.c = components
    this.country = init.country
    this.readTimeoutMs = init.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS
    this.maxFrameBytes = init.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES
    this.maxInboundStreams = init.maxInboundStreams ?? DEFAULT_MAX_INBOUND_STREAMS
    this.maxOutboundStreams = init.maxOutboundStreams ?? DEFAULT_MAX_OUTBOUND_STREAMS
    this.clockSkewMs = init.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS
    this.maxRequestLifetimeMs = init.maxRequestLifetimeMs ?? DEFAULT_MAX_REQUEST_LIFETIME_MS
  }

  async start(): Promise<void> {
    await this.c.libp2p.handle(QUERY_PROTOCOL, (stream, connection) => this.onStream(stream, connection), {
      maxInboundStreams: this.maxInboundStreams,
      maxOutboundStreams: this.maxOutboundStreams,
    })
  }

  async stop(): Promise<void> {
    await this.c.libp2p.unhandle(QUERY_PROTOCOL)
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
      if (err instanceof MrnError) return this.refuse(err.code, meta, request)
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

function isTooLarge(err: unknown): boolean {
  const name = (err as Error | undefined)?.name
  return name === 'InvalidDataLengthError' || name === 'InvalidMessageLengthError'
}
