import type { Connection, Libp2p, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import type { Logger } from '../util/logger.js'
import { toNumber } from '../wire/codec.js'
import { mrn } from '../wire/gen/mrn.js'
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
    try {
      const signal = AbortSignal.timeout(this.timeoutMs)
      const lp = lpStream(stream, { maxDataLength: MAX_REQUEST_BYTES })
      const req = pb.EvidenceRequest.decode((await lp.read({ signal })).subarray())
      const index = toNumber(req.leafIndex)
      const member = this.c.federation.byPeerId(connection.remotePeer.toString())
      const evidence = member === undefined ? undefined : this.c.handler(member, index)
      const res = { found: evidence !== undefined, ...evidence }
      await lp.write(pb.EvidenceResponse.encode(res).finish(), { signal })
      await stream.close({ signal })
    } catch (err) {
      this.c.logger.warn('evidence stream failed', { error: (err as Error).name })
      stream.abort(err instanceof Error ? err : new Error(String(err)))
    }
  }
}

/** Asks `responder` for the evidence of leaf `leafIndex`; undefined if it has none for us or cannot be reached. */
export async function requestEvidence(
  libp2p: Pick<Libp2p, 'dialProtocol'>,
  responder: Member,
  leafIndex: number,
  timeoutMs: number,
): Promise<Evidence | undefined> {
  const signal = AbortSignal.timeout(timeoutMs)
  let stream: Stream
  try {
    stream = await libp2p.dialProtocol(peerIdFromString(responder.peerId), EVIDENCE_PROTOCOL, { signal })
  } catch {
    return undefined
  }
  try {
    const lp = lpStream(stream, { maxDataLength: MAX_EVIDENCE_BYTES })
    await lp.write(pb.EvidenceRequest.encode({ leafIndex }).finish(), { signal })
    const res = pb.EvidenceResponse.decode((await lp.read({ signal })).subarray())
    await stream.close({ signal }).catch(() => undefined)
    return res.found
      ? { checkpoint: res.checkpoint, leafData: res.leafData, inclusionProof: res.inclusionProof }
      : undefined
  } catch {
    stream.abort(new Error('evidence exchange failed'))
    return undefined
  }
}
