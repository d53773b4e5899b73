import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../src/util/errors.js'
import { ERROR_STATUS, STATUS_MESSAGE } from '../../../src/wire/status.js'
import { STATUSES } from '../../../src/wire/types.js'

// These are part of the contract between countries (proto/mrn/v1/query.proto, Status): a peer sees
// the status and its fixed text and nothing else, so a change to either must be a decision, not an accident.
describe('wire statuses', () => {
  it('maps every error code to the status a peer sees', () => {
    expect(ERROR_STATUS).toEqual({
      MALFORMED: 'INVALID',
      FRAME_TOO_LARGE: 'INVALID',
      INVALID_REQUEST: 'INVALID',
      BAD_SIGNATURE: 'UNAUTHENTICATED',
      NOT_MEMBER: 'UNAUTHENTICATED',
      WRONG_COUNTRY: 'UNAUTHENTICATED',
      WRONG_TARGET: 'INVALID',
      EXPIRED: 'EXPIRED',
      REPLAY: 'REPLAY',
      RATE_LIMITED: 'RATE_LIMITED',
      POLICY_DENIED: 'DENIED',
      HANDLE_REFUSED: 'DENIED',
      UNAVAILABLE: 'UNAVAILABLE',
      INTERNAL: 'INTERNAL',
    })
    expect(Object.keys(ERROR_STATUS).sort()).toEqual(Object.values(ErrorCode).sort())
  })

  it('has one fixed, public text per status, all different, none naming a record or a rule', () => {
    expect(STATUS_MESSAGE).toEqual({
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
    })
    expect(Object.keys(STATUS_MESSAGE).sort()).toEqual([...STATUSES].sort())
    expect(new Set(Object.values(STATUS_MESSAGE)).size).toBe(STATUSES.length)
  })
})
