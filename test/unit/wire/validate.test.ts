import { describe, expect, it } from 'vitest'
import type { QueryRequest } from '../../../src/wire/types.js'
import { validateRequest } from '../../../src/wire/validate.js'
import { identifyRequest } from '../../helpers/rawQuery.js'

const baseQuery = identifyRequest('GRC', 'ITA').query
const identify = baseQuery.kind === 'identify' ? baseQuery.identify : undefined

const name = (given: string, family: string) => ({ given, family, script: 'Latn', transliterated: false })
const withNames = (names: ReturnType<typeof name>[]): Partial<QueryRequest> => ({
  query: { kind: 'identify', identify: { ...identify!, names } },
})

describe('validateRequest', () => {
  it('accepts the largest question about one person', () => {
    const names = Array.from({ length: 8 }, () => name('Abcdefgh Ijklmnop Qrstuvwx Yzabcdef', 'G H I J'))
    expect(() => validateRequest(identifyRequest('GRC', 'ITA', withNames(names)))).not.toThrow()
  })

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
    [
      'nine names',
      withNames(Array.from({ length: 9 }, (_, i) => name(`Given${i}`, 'Family'))),
      /names: one person per question, at most 8: got 9/,
    ],
    ['a name of nine parts', withNames([name('A B C D E', 'F G-H I')]), /names\[0\]: at most 8 name parts: got 9/],
    [
      'a name of 129 characters',
      withNames([name('a'.repeat(64), 'b'.repeat(65))]),
      /names\[0\]: at most 128 characters: got 129/,
    ],
    [
      'nine nationalities',
      { query: { kind: 'identify', identify: { ...identify!, nationalities: Array(9).fill('SYR') } } },
      /nationalities: one person per question, at most 8/,
    ],
    [
      'nine documents',
      {
        query: {
          kind: 'identify',
          identify: { ...identify!, documents: Array(9).fill({ type: 'passport', number: 'N1', issuer: 'SYR' }) },
        },
      },
      /documents: one person per question, at most 8/,
    ],
  ])('refuses %s as INVALID_REQUEST', (_what, overrides, message) => {
    expect(() => validateRequest(identifyRequest('GRC', 'ITA', overrides))).toThrow(message)
    expect(() => validateRequest(identifyRequest('GRC', 'ITA', overrides))).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST' }),
    )
  })
})
