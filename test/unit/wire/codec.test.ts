import { describe, expect, it } from 'vitest'
import {
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  partialDateFromWire,
  partialDateToWire,
} from '../../../src/wire/codec.js'
import type { QueryResponse } from '../../../src/wire/types.js'
import { identifyRequest } from '../../helpers/rawQuery.js'

describe('codec', () => {
  it('decodeRequest(encodeRequest(r)) returns r for identify', () => {
    const req = identifyRequest('GRC', 'ITA', {
      query: {
        kind: 'identify',
        identify: {
          names: [{ given: 'محمد', family: 'الحسن', script: 'Arab', transliterated: false }],
          dateOfBirth: '1990-03',
          sex: 'M',
          nationalities: ['SYR', 'IRQ'],
          documents: [{ type: 'passport', number: 'N1', issuer: 'SYR' }],
        },
      },
    })
    expect(decodeRequest(encodeRequest(req))).toEqual(req)
  })

  it('decodeRequest(encodeRequest(r)) returns r for identify with a place of birth', () => {
    const req = identifyRequest('GRC', 'ITA', {
      query: {
        kind: 'identify',
        identify: {
          names: [{ given: 'Ahmad', family: 'Haddad', script: 'Latn', transliterated: true }],
          nationalities: [],
          documents: [],
          placeOfBirth: 'كوباني',
          placeOfBirthCountry: 'SYR',
        },
      },
    })
    const decoded = decodeRequest(encodeRequest(req))
    expect(decoded).toEqual(req)
    expect(decoded.query.kind === 'identify' && decoded.query.identify.placeOfBirth).toBe('كوباني')
  })

  it('decodeRequest(encodeRequest(r)) returns r for details', () => {
    const req = identifyRequest('GRC', 'ITA', {
      query: { kind: 'details', details: { handle: new Uint8Array([1, 2, 3]), fields: ['names', 'documents'] } },
    })
    expect(decodeRequest(encodeRequest(req))).toEqual(req)
  })

  it('round-trips a response with every released value kind', () => {
    const res: QueryResponse = {
      protocolVersion: 1,
      requestId: new Uint8Array(16).fill(1),
      responderCountry: 'ITA',
      requestDigest: new Uint8Array(32).fill(2),
      status: 'OK',
      message: 'ok',
      hits: [{ handle: new Uint8Array([9]), band: 'possible', handleExpiresAtMs: 1_800_000_000_123 }],
      released: [
        { name: 'sex', form: 'exact', ruleId: 'r1', value: { text: 'F' } },
        { name: 'nationalities', form: 'exact', ruleId: 'r1', value: { texts: ['ERI'] } },
        { name: 'documents', form: 'presence', ruleId: 'r1', value: { present: true } },
        { name: 'dateOfBirth', form: 'year_only', ruleId: 'r1', value: { date: '1987' } },
        {
          name: 'names',
          form: 'exact',
          ruleId: 'guard:minor',
          value: { names: [{ given: 'A', family: 'B', script: 'Latn', transliterated: true }] },
        },
        {
          name: 'documents',
          form: 'masked',
          ruleId: 'r2',
          value: { documents: [{ type: 'passport', number: '***123', issuer: 'ERI' }] },
        },
      ],
      withheld: [{ name: 'placeOfBirth', ruleId: 'default-deny' }],
      auditLeafIndex: 2 ** 40,
      issuedAtMs: 1_800_000_000_000,
    }
    expect(decodeResponse(encodeResponse(res))).toEqual(res)
  })

  it.each([
    ['1990', { year: 1990, month: 0, day: 0 }],
    ['1990-03', { year: 1990, month: 3, day: 0 }],
    ['1990-03-12', { year: 1990, month: 3, day: 12 }],
  ])('partial date %s travels as %o and back', (text, wire) => {
    expect(partialDateToWire(text)).toEqual(wire)
    expect(partialDateFromWire(wire)).toBe(text)
  })

  it('decodeRequest() refuses bytes that are not a request as MALFORMED', () => {
    expect(() => decodeRequest(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    )
  })
})
