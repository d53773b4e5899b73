import type { Connection, Libp2p, Stream } from '@libp2p/interface'
import type { Logger } from '../util/logger.js'
import { toNumber } from '../wire/codec.js'
import { mrn } from '../wire/gen/mrn.js'
import { exchangeOnce, serveOnce } from './exchange.js'
import type { FederationView, Member } from './federation.js'
import { PROTOCOL_PREFIX } from './protocol.js'

export const EVIDENCE_PROTOCOL = `/${PROTOCOL_PREFIX}/proof/1.0.0`
/** The largest answer a requester reads (a checkpoint, a leaf and its path). */
export const MAX_EVIDENCE_BYTES = 256 * 1024
/** A request is one leaf index: anything longer is not one. */
const MAX_REQUEST_BYTES = 1024
export const EVIDENCE_SERVER_TIMEOUT_MS = 5_000
const pb = mrn.v1

export interface Evidence {
  checkpoint: string
  leafData: Uint8Array
  inclusionProof: Uint8Array[]
}

/** What the evidence server needs: the proof for one leaf, if the asking member may have it. */
export type EvidenceHandler = (member: Member, leafIndex: number) => Evidence | undefined

/** Serves inclusion proofs for exchanges with the asking member (/mrn/proof/1.0.0). */
export class EvidenceServer {
  private readonly c: {
    libp2p: Pick<Libp2p, 'handle' | 'unhandle'>
    federation: FederationView
    handler: EvidenceHandler
    logger: Logger
  }

  private readonly timeoutMs: number

  /** `timeoutMs` bounds the whole exchange: reading the request, writing the answer, closing. */
  constructor(components: EvidenceServer['c'], init: { timeoutMs?: number } = {}) {
    this.c = components
    this.timeoutMs = init.timeoutMs ?? EVIDENCE_SERVER_TIMEOUT_MS
  }

  async start(): Promise<void> {
    await this.c.libp2p.handle(EVIDENCE_PROTOCOL, (stream, connection) => this.onStream(stream, connection), {
      maxInboundStreams: 8,
    })
  }

  async stop(): Promise<void> {
    await this.c.libp2p.unhandle(EVIDENCE_PROTOCOL)
  }

  /** 1. read one frame  2. the member asks about its own exchange  3. answer, close; 3b. abort on error. */
  private async onStream(stream: Stream, connection: Connection): Promise<void> {
    const options = { maxRequestBytes: MAX_REQUEST_BYTES, timeoutMs: this.timeoutMs, what: 'evidence' }
    await serveOnce(stream, { ...options, logger: this.c.logger }, (frame) => {
      const index = toNumber(pb.EvidenceRequest.decode(frame).leafIndex)
      const member = this.c.federation.byPeerId(connection.remotePeer.toString())
      const evidence = member === undefined ? undefined : this.c.handler(member, index)
      return pb.EvidenceResponse.encode({ found: evidence !== undefined, ...evidence }).finish()
    })
  }
}

/** Asks `responder` for the evidence of leaf `leafIndex`; undefined if it has none for us or cannot be reached. */
export async function requestEvidence(
  libp2p: Pick<Libp2p, 'dialProtocol'>,
  responder: Member,
  leafIndex: number,
  timeoutMs: number,
): Promise<Evidence | undefined> {
  const res = await exchangeOnce(
    libp2p,
    responder,
    EVIDENCE_PROTOCOL,
    pb.EvidenceRequest.encode({ leafIndex }).finish(),
    { maxResponseBytes: MAX_EVIDENCE_BYTES, timeoutMs, decode: (frame) => pb.EvidenceResponse.decode(frame) },
  )
  return res?.found
    ? { checkpoint: res.checkpoint, leafData: res.leafData, inclusionProof: res.inclusionProof }
    : undefined
}
