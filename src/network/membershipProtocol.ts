import type { Connection, Libp2p, Stream } from '@libp2p/interface'
import type { Logger } from '../util/logger.js'
import { mrn } from '../wire/gen/mrn.js'
import { exchangeOnce, serveOnce } from './exchange.js'
import type { FederationView, Member } from './federation.js'
import { MAX_MEMBERSHIP_BYTES } from './membership.js'
import { PROTOCOL_PREFIX } from './protocol.js'

export const MEMBERSHIP_PROTOCOL = `/${PROTOCOL_PREFIX}/federation/1.0.0`
/** A request is one small varint: anything longer is not one. */
const MAX_REQUEST_BYTES = 64
const SERVER_TIMEOUT_MS = 5_000
const pb = mrn.v1

/** The signed membership this node holds and its version, if it holds one. */
export type MembershipSource = () => { version: number; bytes: Uint8Array } | undefined

/**
 * The serving side of /mrn/federation/1.0.0: a member asks with the version
 * it holds and gets this node's signed membership if it is newer. Only
 * members are answered (the gater admits no one else anyway); the document
 * carries the authority's signature, which the asking node checks.
 */
export class MembershipServer {
  private readonly c: {
    libp2p: Pick<Libp2p, 'handle' | 'unhandle'>
    federation: FederationView
    source: MembershipSource
    logger: Logger
    /** Told the version each member says it holds when it asks. */
    onAsked?: (peerId: string, haveVersion: number) => void
  }

  constructor(components: MembershipServer['c']) {
    this.c = components
  }

  async start(): Promise<void> {
    await this.c.libp2p.handle(MEMBERSHIP_PROTOCOL, (stream, connection) => this.onStream(stream, connection), {
      maxInboundStreams: 4,
    })
  }

  async stop(): Promise<void> {
    await this.c.libp2p.unhandle(MEMBERSHIP_PROTOCOL)
  }

  private async onStream(stream: Stream, connection: Connection): Promise<void> {
    const options = { maxRequestBytes: MAX_REQUEST_BYTES, timeoutMs: SERVER_TIMEOUT_MS, what: 'membership' }
    await serveOnce(stream, { ...options, logger: this.c.logger }, (frame) => {
      const req = pb.MembershipRequest.decode(frame)
      const peerId = connection.remotePeer.toString()
      const member = this.c.federation.isMember(peerId)
      if (member) this.c.onAsked?.(peerId, req.haveVersion)
      const held = member ? this.c.source() : undefined
      const newer = held !== undefined && held.version > req.haveVersion
      return pb.MembershipResponse.encode(newer ? { signedMembership: held.bytes } : {}).finish()
    })
  }
}

/**
 * Asks `peer` for a signed membership newer than `haveVersion`: its bytes
 * (unverified: the caller checks the signature and version), or undefined if
 * it has none newer or does not answer.
 */
export async function requestMembership(
  libp2p: Pick<Libp2p, 'dialProtocol'>,
  peer: Member,
  haveVersion: number,
  timeoutMs: number,
): Promise<Uint8Array | undefined> {
  const res = await exchangeOnce(
    libp2p,
    peer,
    MEMBERSHIP_PROTOCOL,
    pb.MembershipRequest.encode({ haveVersion }).finish(),
    {
      maxResponseBytes: MAX_MEMBERSHIP_BYTES + 64,
      timeoutMs,
      decode: (frame) => pb.MembershipResponse.decode(frame),
    },
  )
  return res !== undefined && res.signedMembership.length > 0 ? res.signedMembership : undefined
}
