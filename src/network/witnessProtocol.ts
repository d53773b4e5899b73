import type { Connection, Libp2p, Stream } from '@libp2p/interface'
import type { LastWitnessed, WitnessOutcome } from '../audit/witness.js'
import type { Logger } from '../util/logger.js'
import { toNumber } from '../wire/codec.js'
import { mrn } from '../wire/gen/mrn.js'
import { exchangeOnce, serveOnce } from './exchange.js'
import type { FederationView, Member } from './federation.js'
import { PROTOCOL_PREFIX } from './protocol.js'

export const WITNESS_PROTOCOL = `/${PROTOCOL_PREFIX}/witness/1.0.0`
export const WITNESSED_PROTOCOL = `/${PROTOCOL_PREFIX}/witnessed/1.0.0`
/** The largest witness frame either side reads (a checkpoint note and a consistency proof). */
export const MAX_WITNESS_FRAME_BYTES = 64 * 1024
/** A /mrn/witnessed/1.0.0 request is empty: anything longer is not one. */
const MAX_WITNESSED_REQUEST_BYTES = 1024
export const WITNESS_SERVER_TIMEOUT_MS = 5_000
const pb = mrn.v1

/** What the witness server needs: a decision for one member's request (see audit/witness.ts). */
export type WitnessHandler = (
  member: Member,
  note: string,
  oldSize: number,
  proof: Uint8Array[],
  frontier: Uint8Array[],
) => WitnessOutcome | Promise<WitnessOutcome>
/** The checkpoint of `member`'s log this node last co-signed, if any, with its frontier (/mrn/witnessed/1.0.0). */
export type WitnessedHandler = (member: Member) => LastWitnessed | undefined

/** The witness side of /mrn/witness/1.0.0. */
export class WitnessServer {
  private readonly c: {
    libp2p: Pick<Libp2p, 'handle' | 'unhandle'>
    federation: FederationView
    handler: WitnessHandler
    witnessed: WitnessedHandler
    logger: Logger
  }
  private readonly timeoutMs: number

  constructor(components: WitnessServer['c'], init: { timeoutMs?: number } = {}) {
    this.c = components
    this.timeoutMs = init.timeoutMs ?? WITNESS_SERVER_TIMEOUT_MS
  }

  async start(): Promise<void> {
    await this.c.libp2p.handle(WITNESS_PROTOCOL, (stream, connection) => this.onStream(stream, connection), {
      maxInboundStreams: 8,
    })
    await this.c.libp2p.handle(WITNESSED_PROTOCOL, (stream, connection) => this.onWitnessed(stream, connection), {
      maxInboundStreams: 8,
    })
  }

  async stop(): Promise<void> {
    await this.c.libp2p.unhandle(WITNESS_PROTOCOL)
    await this.c.libp2p.unhandle(WITNESSED_PROTOCOL)
  }

  /** 1. read the (empty) request  2. the peer must be a member  3. answer with its log's last co-signed checkpoint. */
  private async onWitnessed(stream: Stream, connection: Connection): Promise<void> {
    const options = { maxRequestBytes: MAX_WITNESSED_REQUEST_BYTES, timeoutMs: this.timeoutMs, what: 'witnessed' }
    await serveOnce(stream, { ...options, logger: this.c.logger }, (frame) => {
      pb.WitnessedRequest.decode(frame)
      const member = this.c.federation.byPeerId(connection.remotePeer.toString())
      const last = member === undefined ? undefined : this.c.witnessed(member)
      const res: mrn.v1.IWitnessedResponse =
        last === undefined ? {} : { checkpoint: last.note, frontier: last.frontier, cosignature: last.cosignature }
      return pb.WitnessedResponse.encode(res).finish()
    })
  }

  /** 1. read one frame  2. the peer must be a member  3. decide  4. answer, close; 4b. abort on error. */
  private async onStream(stream: Stream, connection: Connection): Promise<void> {
    const options = { maxRequestBytes: MAX_WITNESS_FRAME_BYTES, timeoutMs: this.timeoutMs, what: 'witness' }
    await serveOnce(stream, { ...options, logger: this.c.logger }, async (frame) => {
      const req = pb.WitnessRequest.decode(frame)
      const member = this.c.federation.byPeerId(connection.remotePeer.toString())
      let res: mrn.v1.IWitnessResponse
      if (member === undefined) res = { status: pb.WitnessResponse.Status.BAD_CHECKPOINT }
      else {
        const out = await this.c.handler(
          member,
          req.checkpoint,
          toNumber(req.oldSize),
          req.consistencyProof,
          req.frontier,
        )
        res =
          out.status === 'COSIGNED'
            ? { status: pb.WitnessResponse.Status.COSIGNED, cosignature: out.cosignature, lastSize: out.size }
            : { status: pb.WitnessResponse.Status[out.status], lastSize: out.lastSize }
      }
      return pb.WitnessResponse.encode(res).finish()
    })
  }
}

export type CosignResult =
  | { status: 'COSIGNED'; cosignature: string }
  | { status: 'OLD_SIZE_MISMATCH'; lastSize: number }
  | { status: 'CONFLICT' | 'BAD_CHECKPOINT' | 'BAD_PROOF' | 'UNREACHABLE'; lastSize?: number }

/** The log side: asks one member to co-sign a checkpoint. */
export async function requestCosignature(
  libp2p: Pick<Libp2p, 'dialProtocol'>,
  witness: Member,
  note: string,
  oldSize: number,
  proof: Uint8Array[],
  timeoutMs: number,
  frontier: Uint8Array[] = [],
): Promise<CosignResult> {
  const request = pb.WitnessRequest.encode({ checkpoint: note, oldSize, consistencyProof: proof, frontier }).finish()
  const res = await exchangeOnce(libp2p, witness, WITNESS_PROTOCOL, request, {
    maxResponseBytes: MAX_WITNESS_FRAME_BYTES,
    timeoutMs,
    decode: (frame) => pb.WitnessResponse.decode(frame),
  })
  if (res === undefined) return { status: 'UNREACHABLE' }
  const status = pb.WitnessResponse.Status[res.status] as string
  if (status === 'COSIGNED') return { status: 'COSIGNED', cosignature: res.cosignature }
  if (status === 'OLD_SIZE_MISMATCH') return { status, lastSize: toNumber(res.lastSize) }
  if (status === 'CONFLICT' || status === 'BAD_CHECKPOINT' || status === 'BAD_PROOF')
    return { status, lastSize: toNumber(res.lastSize) }
  return { status: 'BAD_CHECKPOINT' }
}

/** A witness's answer to /mrn/witnessed/1.0.0: `last` undefined when it never co-signed our log. */
export interface WitnessedAnswer {
  last: LastWitnessed | undefined
}

/**
 * Asks `witness` which checkpoint of our log it last co-signed, with the
 * frontier and its cosignature; undefined if it is unreachable. Nothing in
 * it is checked here: the caller verifies signatures and the frontier.
 */
export async function requestWitnessed(
  libp2p: Pick<Libp2p, 'dialProtocol'>,
  witness: Member,
  timeoutMs: number,
): Promise<WitnessedAnswer | undefined> {
  return exchangeOnce(libp2p, witness, WITNESSED_PROTOCOL, pb.WitnessedRequest.encode({}).finish(), {
    maxResponseBytes: MAX_WITNESS_FRAME_BYTES,
    timeoutMs,
    decode: (frame) => {
      const res = pb.WitnessedResponse.decode(frame)
      return {
        last:
          res.checkpoint === ''
            ? undefined
            : { note: res.checkpoint, frontier: res.frontier, cosignature: res.cosignature },
      }
    },
  })
}
