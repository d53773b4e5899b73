import { describe, expect, it } from 'vitest'
import type { DetailsConfirmation, QueryRequest } from '../../../src/wire/types.js'
import { nameTokens, validateRequest } from '../../../src/wire/validate.js'
import { identifyRequest } from '../../helpers/rawQuery.js'

const baseQuery = identifyRequest('GRC', 'ITA').query
const identify = baseQuery.kind === 'identify' ? baseQuery.identify : undefined

const name = (given: string, family: string) => ({ given, family, script: 'Latn', transliterated: false })
const withNames = (names: ReturnType<typeof name>[]): Partial<QueryRequest> => ({
  query: { kind: 'identify', identify: { ...identify!, names } },
})

describe('validateRequest', () => {
  it('accepts the largest question about one person', () => {
    // Twelve parts, as a full Arabic name can have: Abd al-Rahman Mustafa Abd al-Rahman Ja'abari, and more.
    const names = Array.from({ length: 8 }, () => name('Abcdefgh Ijklmnop Qrstuvwx Yzabcdef', 'G H I J K L-M N'))
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
    [
      'a name of thirteen parts',
      withNames([name('A B C D E F G', 'H I-J K L M')]),
      /names\[0\]: at most 12 name parts: got 13/,
    ],
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

describe('validateRequest at the edges', () => {
  const text = (n: number): string => 'x'.repeat(n)
  const details = (handle: number, fields: number): Partial<QueryRequest> => ({
    query: {
      kind: 'details',
      details: { handle: new Uint8Array(handle), fields: Array.from({ length: fields }, (_, i) => `f${i}`) },
    },
  })
  const confirmDetails = (confirm: DetailsConfirmation): Partial<QueryRequest> => ({
    query: { kind: 'details', details: { handle: new Uint8Array(16), fields: [], confirm } },
  })
  const withIdentify = (over: Partial<NonNullable<typeof identify>>): Partial<QueryRequest> => ({
    query: { kind: 'identify', identify: { ...identify!, ...over } },
  })

  it.each<[string, Partial<QueryRequest>]>([
    ['texts of 512 characters', { legalBasis: text(512), caseReference: text(512), caseworkerRole: text(512) }],
    ['a pseudonym of 512 characters', { caseworkerPseudonym: text(512) }],
    ['a handle of 64 bytes and 32 fields', details(64, 32)],
    ['a name of 128 characters', withNames([name('a'.repeat(64), 'b'.repeat(64))])],
    ['a document without issuer', withIdentify({ documents: [{ type: 'passport', number: 'N1', issuer: '' }] })],
    ['a year of birth only', withIdentify({ dateOfBirth: '1990' })],
    ['a full date of birth on the 31st', withIdentify({ dateOfBirth: '1990-12-31' })],
    ['a year and month of birth', withIdentify({ dateOfBirth: '1990-03' })],
    ['names without a document', withIdentify({ names: [name('Amina', 'Haddad')], documents: [] })],
    ['nationalities in ISO 3166-1 alpha-3', withIdentify({ nationalities: ['SYR', 'IRQ'] })],
    [
      'a place of birth of 128 characters and its country',
      withIdentify({ placeOfBirth: 'ح'.repeat(128), placeOfBirthCountry: 'SYR' }),
    ],
  ])('accepts %s', (_what, overrides) => {
    expect(() => validateRequest(identifyRequest('GRC', 'ITA', overrides))).not.toThrow()
  })

  it.each<[string, Partial<QueryRequest>, string]>([
    [
      'a place of birth of 129 characters',
      withIdentify({ placeOfBirth: 'ح'.repeat(129) }),
      'identify.placeOfBirth: at most 128 characters',
    ],
    [
      'a country of birth of two letters',
      withIdentify({ placeOfBirthCountry: 'SY' }),
      'identify.placeOfBirthCountry must be ISO 3166-1 alpha-3',
    ],
    ['a target country of two letters', { targetCountry: 'IT' }, 'targetCountry must be ISO 3166-1 alpha-3'],
    ['a requester country with a prefix', { requesterCountry: 'XGRC' }, 'requesterCountry must be ISO 3166-1 alpha-3'],
    ['a requester country with a suffix', { requesterCountry: 'GRCX' }, 'requesterCountry must be ISO 3166-1 alpha-3'],
    ['a legal basis of 513 characters', { legalBasis: text(513) }, 'legalBasis is longer than 512 characters'],
    ['a case reference of 513 characters', { caseReference: text(513) }, 'caseReference is longer than 512 characters'],
    [
      'a pseudonym of 513 characters',
      { caseworkerPseudonym: text(513) },
      'caseworkerPseudonym is longer than 512 characters',
    ],
    ['a role of 513 characters', { caseworkerRole: text(513) }, 'caseworkerRole is longer than 512 characters'],
    ['expiry at the instant of issue', { issuedAtMs: 5, expiresAtMs: 5 }, 'expiresAtMs must be after issuedAtMs'],
    ['a handle of 65 bytes', details(65, 1), 'details handle is missing or too long'],
    ['33 fields', details(16, 33), 'details fields are limited to 32'],
    ['a lower-case nationality', withIdentify({ nationalities: ['syr'] }), 'nationalities must be ISO 3166-1 alpha-3'],
    [
      'a blank document number',
      withIdentify({ documents: [{ type: 'passport', number: ' ', issuer: 'SYR' }] }),
      'identify.documents: document number is empty',
    ],
    [
      'a document issuer of two letters',
      withIdentify({ documents: [{ type: 'passport', number: 'N1', issuer: 'SY' }] }),
      'identify.documents: document issuer must be ISO 3166-1 alpha-3',
    ],
    [
      'a confirmation with 9 documents',
      confirmDetails({
        documents: Array.from({ length: 9 }, (_, i) => ({ type: 'passport', number: `N${i}`, issuer: '' })),
      }),
      'details.confirmDocuments: at most 8: got 9',
    ],
    [
      'a confirmation with a blank document number',
      confirmDetails({ documents: [{ type: 'passport', number: ' ', issuer: '' }] }),
      'details.confirmDocuments: document number is empty',
    ],
    [
      'a confirmation with a document issuer of two letters',
      confirmDetails({ documents: [{ type: 'passport', number: 'N1', issuer: 'SY' }] }),
      'details.confirmDocuments: document issuer must be ISO 3166-1 alpha-3',
    ],
    [
      'a confirmation on day 32',
      confirmDetails({ documents: [], dateOfBirth: '1990-03-32' }),
      'details.confirmDateOfBirth is not a valid partial date',
    ],
    [
      'a date of birth on day 00',
      withIdentify({ dateOfBirth: '1990-03-00' }),
      'dateOfBirth is not a valid partial date',
    ],
    [
      'a date of birth on day 32',
      withIdentify({ dateOfBirth: '1990-03-32' }),
      'dateOfBirth is not a valid partial date',
    ],
    [
      'a date of birth ending in a dash',
      withIdentify({ dateOfBirth: '1990-03-' }),
      'dateOfBirth is not a valid partial date',
    ],
  ])('refuses %s with the message naming the field', (_what, overrides, message) => {
    expect(() => validateRequest(identifyRequest('GRC', 'ITA', overrides))).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', message }),
    )
  })

  it('nameTokens() counts runs of letters, marks and digits, and finds none in punctuation', () => {
    expect(nameTokens('Jean-Luc', "O'Brien 2")).toEqual(['Jean', 'Luc', 'O', 'Brien', '2'])
    expect(nameTokens('', '- .')).toEqual([])
  })
})
