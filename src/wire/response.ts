import { STATUS_MESSAGE } from './status.js'
import type { QueryResponse, Status } from './types.js'
import { PROTOCOL_VERSION } from './types.js'

/** A response with the fixed message for its status and empty result lists, to fill in. */
export function makeResponse(
  fields: Pick<QueryResponse, 'requestId' | 'responderCountry' | 'requestDigest' | 'issuedAtMs'> & { status: Status },
): QueryResponse {
  return {
    protocolVersion: PROTOCOL_VERSION,
    message: STATUS_MESSAGE[fields.status],
    hits: [],
    released: [],
    withheld: [],
    auditLeafIndex: 0,
    ...fields,
  }
}
