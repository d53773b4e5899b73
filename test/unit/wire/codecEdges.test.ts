import { describe, expect, it } from 'vitest'
import {
  decodeEnvelope,
  decodeRequest,
  decodeResponse,
  encodeEnvelope,
  encodeRequest,
  encodeResponse,
  partialDateFromWire,
} from '../../../src/wire/codec.js'
import { mrn } from '../../../src/wire/gen/mrn.js'
import { makeResponse } from '../../../src/wire/response.js'
import { identifyRequest } from '../../helpers/rawQuery.js'

// What a peer's bytes can hold that our own encoder never writes: the decoder's answer to each.
const pb = mrn.v1
const rawRequest = (fields: Record<string, unknown>): Uint8Array =>
  pb.QueryRequest.encode({
    protocolVersion: 1,
    requestId: new Uint8Array(16),
    requesterCountry: 'GRC',
    targetCountry: 'ITA',
    purpose: pb.Purpose.ASYLUM_RESPONSIBILITY,
    issuedAtMs: 1,
    expiresAtMs: 2,
    ...fields,
  }).finish()
const rawResponse = (fields: Record<string, unknown>): Uint8Array =>
  pb.QueryResponse.encode({ protocolVersion: 1, status: pb.Status.OK, ...fields }).finish()

describe('codec: what a peer may send that we never would', () => {
  it.each([
    ['SignedEnvelope', () => decodeEnvelope(new Uint8Array([0x0a, 0xff]))],
    ['QueryRequest', () => decodeRequest(new Uint8Array([0x0a, 0xff]))],
    ['QueryResponse', () => decodeResponse(new Uint8Array([0x0a, 0xff]))],
  ])('truncated %s bytes are MALFORMED, named, with the decoder error kept as the cause', (what, decode) => {
    let caught: unknown
    try {
      decode()
    } catch (err) {
      caught = err
    }
    expect(caught).toMatchObject({ code: 'MALFORMED', message: `cannot decode ${what}` })
    expect((caught as Error).cause).toBeInstanceOf(Error)
  })

  it('decodes bytes fields as plain Uint8Array views, and an absent signature as empty bytes', () => {
    const env = decodeEnvelope(encodeEnvelope({ body: new Uint8Array([1, 2]), signature: new Uint8Array() }))
    expect(Object.getPrototypeOf(env.body)).toBe(Uint8Array.prototype)
    expect(env.body).toEqual(new Uint8Array([1, 2]))
    expect(env.signature).toEqual(new Uint8Array())
    const req = decodeRequest(encodeRequest(identifyRequest('GRC', 'ITA')))
    expect(Object.getPrototypeOf(req.requestId)).toBe(Uint8Array.prototype)
  })

  it('round-trips a request that leaves sex and date of birth out', () => {
    const req = identifyRequest('GRC', 'ITA')
    if (req.query.kind !== 'identify') throw new Error('identify expected')
    expect(req.query.identify.sex).toBeUndefined()
    expect(decodeRequest(encodeRequest(req))).toEqual(req)
  })

  it.each([
    ['0 (unspecified)', 0],
    ['99 (not in the enum)', 99],
  ])('refuses a request whose purpose is %s as INVALID_REQUEST', (_what, purpose) => {
    const bytes = rawRequest({ purpose, identify: { names: [{ given: 'A', family: 'B' }] } })
    expect(() => decodeRequest(bytes)).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', message: `unknown purpose ${purpose}` }),
    )
  })

  it('refuses a request with neither identify nor details', () => {
    expect(() => decodeRequest(rawRequest({}))).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', message: 'request carries neither identify nor details' }),
    )
  })

  it('fills what a peer left out of a name or document with empty values, and an empty sex with undefined', () => {
    const req = decodeRequest(rawRequest({ identify: { names: [{ family: 'B' }], documents: [{ number: 'N1' }] } }))
    expect(req.query).toEqual({
      kind: 'identify',
      identify: {
        names: [{ given: '', family: 'B', script: '', transliterated: false }],
        dateOfBirth: undefined,
        sex: undefined,
        nationalities: [],
        documents: [{ type: '', number: 'N1', issuer: '' }],
      },
    })
  })

  it.each([
    ['0 (unspecified)', 0],
    ['99 (not in the enum)', 99],
  ])('refuses a response whose status is %s as MALFORMED', (_what, status) => {
    expect(() => decodeResponse(rawResponse({ status }))).toThrow(
      expect.objectContaining({ code: 'MALFORMED', message: `cannot decode QueryResponse status ${status}` }),
    )
  })

  it('refuses a released field that carries no value, naming the field', () => {
    const bytes = rawResponse({ released: [{ name: 'sex', form: 'exact', ruleId: 'r1' }] })
    expect(() => decodeResponse(bytes)).toThrow(
      expect.objectContaining({ code: 'MALFORMED', message: 'cannot decode ReleasedField sex without a value' }),
    )
  })

  it('decodes absent released values and withheld entries as empty ones', () => {
    const res = decodeResponse(
      rawResponse({
        released: [
          { name: 'a', text: '' },
          { name: 'b', texts: {} },
          { name: 'c', present: false },
          { name: 'd', names: {} },
          { name: 'e', documents: {} },
          { name: 'f', date: {} },
        ],
        withheld: [{}],
      }),
    )
    expect(res.released.map((f) => f.value)).toEqual([
      { text: '' },
      { texts: [] },
      { present: false },
      { names: [] },
      { documents: [] },
      { date: '' },
    ])
    expect(res.withheld).toEqual([{ name: '', ruleId: '' }])
    expect(res.auditLeafIndex).toBe(0)
    expect(res.issuedAtMs).toBe(0)
  })

  it.each([
    [{ year: 0, month: 3, day: 4 }, undefined],
    [{ year: 990 }, '0990'],
    [{ year: 990, month: 3 }, '0990-03'],
    [{ year: 990, month: 3, day: 4 }, '0990-03-04'],
    [null, undefined],
  ])('partial date %o reads as %s (years padded to four digits, months and days to two)', (wire, text) => {
    expect(partialDateFromWire(wire)).toBe(text)
  })

  it('makeResponse() starts from the fixed message of the status and empty lists', () => {
    const res = makeResponse({
      requestId: new Uint8Array(16),
      responderCountry: 'ITA',
      requestDigest: new Uint8Array(32),
      issuedAtMs: 5,
      status: 'NO_HIT',
    })
    expect(res).toMatchObject({ message: 'no matching record', hits: [], released: [], withheld: [] })
    expect(decodeResponse(encodeResponse(res))).toEqual(res)
  })
})
