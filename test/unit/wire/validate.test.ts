import { describe, expect, it } from 'vitest'
import type { QueryRequest } from '../../../src/wire/types.js'
import { validateRequest } from '../../../src/wire/validate.js'
import { identifyRequest } from '../../helpers/rawQuery.js'

const baseQuery = identifyRequest('GRC', 'ITA').query
const identify = baseQuery.kind === 'identify' ? baseQuery.identify : undefined

describe('validateRequest', () => {
  it('accepts a well-formed identify request', () => {
    expect(() => validateRequest(identifyRequest('GRC', 'ITA'))).not.toThrow()
  })

  it('accepts STATISTICS without a legal basis', () => {
    expect(() =>
      validateRequest(identifyRequest('GRC', 'ITA', { purpose: 'STATISTICS', legalBasis: '' })),
    ).not.toThrow()
  })

  it.each<[string, Partial<QueryRequest>, RegExp]>([
    ['a short request id', { requestId: new Uint8Array(8) }, /requestId must be 16 bytes/],
    ['a lower-case country', { requesterCountry: 'grc' }, /requesterCountry/],
    ['a missing legal basis', { legalBasis: '  ' }, /legalBasis is required for ASYLUM_RESPONSIBILITY/],
    ['no caseworker pseudonym', { caseworkerPseudonym: '' }, /caseworkerPseudonym/],
    ['expiry before issue', { expiresAtMs: 1, issuedAtMs: 2 }, /expiresAtMs/],
    ['another protocol version', { protocolVersion: 2 }, /protocolVersion/],
    [
      'identify without name or document',
      { query: { kind: 'identify', identify: { names: [], nationalities: [], documents: [] } } },
      /at least one name or document/,
    ],
    [
      'a bad date of birth',
      {
        query: {
          kind: 'identify',
          identify: { ...identify!, dateOfBirth: '1990-13' },
        },
      },
      /dateOfBirth/,
    ],
    ['an empty handle', { query: { kind: 'details', details: { handle: new Uint8Array(), fields: [] } } }, /handle/],
  ])('refuses %s as INVALID_REQUEST', (_what, overrides, message) => {
    expect(() => validateRequest(identifyRequest('GRC', 'ITA', overrides))).toThrow(message)
    expect(() => validateRequest(identifyRequest('GRC', 'ITA', overrides))).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST' }),
    )
  })
})
