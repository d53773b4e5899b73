import type { ErrorCode } from '../util/errors.js'
import type { Status } from './types.js'

/**
 * The one table from error code to wire status (as tRPC maps codes to HTTP
 * statuses). A peer sees the status and STATUS_MESSAGE[status], nothing else.
 */
export const ERROR_STATUS: Record<ErrorCode, Status> = {
  MALFORMED: 'INVALID',
  FRAME_TOO_LARGE: 'INVALID',
  INVALID_REQUEST: 'INVALID',
  BAD_SIGNATURE: 'UNAUTHENTICATED',
  NOT_MEMBER: 'UNAUTHENTICATED',
  WRONG_COUNTRY: 'UNAUTHENTICATED',
  // A request meant for another country is malformed rather than forged: the
  // signer is a member speaking for itself, it just addressed the wrong node.
  WRONG_TARGET: 'INVALID',
  EXPIRED: 'EXPIRED',
  REPLAY: 'REPLAY',
  RATE_LIMITED: 'RATE_LIMITED',
  POLICY_DENIED: 'DENIED',
  HANDLE_REFUSED: 'DENIED',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
}

/** Fixed, public text per status. */
export const STATUS_MESSAGE: Record<Status, string> = {
  OK: 'ok',
  NO_HIT: 'no matching record',
  DENIED: 'refused by the responder policy',
  INVALID: 'request is malformed or invalid',
  UNAUTHENTICATED: 'requester could not be authenticated',
  REPLAY: 'request id already seen',
  EXPIRED: 'request is outside the freshness window',
  RATE_LIMITED: 'quota exceeded, retry later',
  UNAVAILABLE: 'responder unavailable',
  INTERNAL: 'responder failed to answer',
}
