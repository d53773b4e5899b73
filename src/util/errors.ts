/**
 * Conditions that callers catch and that map to a wire status. The `detail`
 * text is for the local log only: peers only ever see the status and the fixed
 * message from the table in wire/status.ts.
 */
export const ErrorCode = {
  /** The frame was not a decodable SignedEnvelope or QueryRequest. */
  MALFORMED: 'MALFORMED',
  /** The frame exceeded the size cap. */
  FRAME_TOO_LARGE: 'FRAME_TOO_LARGE',
  /** The envelope signature does not verify against the connection's PeerId. */
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  /** The remote PeerId is not a federation member. */
  NOT_MEMBER: 'NOT_MEMBER',
  /** A member claimed to speak for another country. */
  WRONG_COUNTRY: 'WRONG_COUNTRY',
  /** The request targets a country other than this node's. */
  WRONG_TARGET: 'WRONG_TARGET',
  /** A required field is missing or out of range. */
  INVALID_REQUEST: 'INVALID_REQUEST',
  /** Outside the freshness window (expired, or issued too far in the future). */
  EXPIRED: 'EXPIRED',
  /** The request id was already seen. */
  REPLAY: 'REPLAY',
  /** A quota is spent. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Local policy refuses this requester, purpose or step. */
  POLICY_DENIED: 'POLICY_DENIED',
  /** The details handle is unknown, expired, or bound to another requester or purpose. */
  HANDLE_REFUSED: 'HANDLE_REFUSED',
  /** The node is stopping or a dependency is down. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** Anything unexpected. */
  INTERNAL: 'INTERNAL',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** An error with a typed code; `detail` never leaves this node. */
export class MrnError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, detail: string, options?: ErrorOptions) {
    super(detail, options)
    this.name = 'MrnError'
    this.code = code
  }
}

/** A problem with user input (a file, a flag) that the CLI prints without a stack trace. */
export class UsageError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'UsageError'
  }
}

/** A failure the CLI reports as "error: <message>" with exit code 1, without a stack trace. */
export class OperationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'OperationError'
  }
}
