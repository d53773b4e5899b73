import type { ErrorCode } from '../util/errors.js'
import type { QueryRequest } from '../wire/types.js'

/** What the network layer knows about an inbound request besides its body. */
export interface InboundMeta {
  /** PeerId of the authenticated connection. */
  peerId: string
  /** SHA-256 of the request envelope bytes as received. */
  requestDigest: Uint8Array
}

/**
 * The network layer's only view of the node's data (as Lodestar hands
 * `getReqRespHandler` to its req/resp layer). Both methods resolve to the
 * encoded QueryResponse body once its audit entry is durable (refusals are
 * audited in aggregate), or to undefined: drop the stream without an answer
 * (a peer over its refusal quota).
 */
export interface QueryHandler {
  /** An authenticated, fresh request from a member speaking for its own country, addressed to this node. */
  handleQuery(request: QueryRequest, meta: InboundMeta): Promise<Uint8Array | undefined>
  /** A request refused before the handler saw it (bad signature, not fresh, ...). */
  rejectQuery(code: ErrorCode, meta: InboundMeta, request?: QueryRequest): Promise<Uint8Array | undefined>
}
