import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Member } from '../../../src/network/federation.js'
import { verifyResponse } from '../../../src/network/queryClient.js'
import { encodeRequest, encodeResponse } from '../../../src/wire/codec.js'
import { sha256, signEnvelope } from '../../../src/wire/envelope.js'
import { makeResponse } from '../../../src/wire/response.js'
import type { QueryResponse } from '../../../src/wire/types.js'
import { identifyRequest } from '../../helpers/rawQuery.js'

type Key = Awaited<ReturnType<typeof generateKeyPair>>

describe('verifyResponse(): the requester accepts only the answer to its own request from the member it asked', () => {
  let itaKey: Key
  let otherKey: Key
  let ita: Member
  const request = identifyRequest('GRC', 'ITA')
  const digest = sha256(encodeRequest(request))
  const good = (): QueryResponse =>
    makeResponse({
      requestId: request.requestId,
      responderCountry: 'ITA',
      requestDigest: digest,
      issuedAtMs: request.issuedAtMs,
      status: 'NO_HIT',
    })

  beforeAll(async () => {
    itaKey = await generateKeyPair('Ed25519')
    otherKey = await generateKeyPair('Ed25519')
    ita = { country: 'ITA', peerId: peerIdFromPrivateKey(itaKey).toString(), addresses: [], groups: [] }
  })

  const frame = async (res: QueryResponse, key: Key = itaKey) => signEnvelope(encodeResponse(res), key)

  it('accepts the right answer', async () => {
    const r = await verifyResponse(await frame(good()), ita, request, digest)
    expect(typeof r === 'string' ? r : r.response.status).toBe('NO_HIT')
  })

  it('accepts a refusal that could not name the request id (the digest still binds it)', async () => {
    const r = await verifyResponse(await frame({ ...good(), requestId: new Uint8Array() }), ita, request, digest)
    expect(typeof r).not.toBe('string')
  })

  it.each<[string, (r: QueryResponse) => QueryResponse, Key | undefined, RegExp]>([
    ['signed by a key other than the member', (r) => r, undefined, /signature does not verify/],
    [
      'bound to another request (digest)',
      (r) => ({ ...r, requestDigest: new Uint8Array(32).fill(1) }),
      undefined,
      /another request \(digest\)/,
    ],
    ['naming another responder', (r) => ({ ...r, responderCountry: 'DEU' }), undefined, /names another responder/],
    [
      'carrying another request id',
      (r) => ({ ...r, requestId: new Uint8Array(16).fill(9) }),
      undefined,
      /another request id/,
    ],
  ])('refuses an answer %s', async (what, tamper, _key, message) => {
    const key = what.startsWith('signed by') ? otherKey : itaKey
    const r = await verifyResponse(await frame(tamper(good()), key), ita, request, digest)
    expect(r).toMatch(message)
  })

  it('refuses bytes that are not a signed response', async () => {
    expect(await verifyResponse(new Uint8Array([1, 2, 3]), ita, request, digest)).toMatch(/undecodable|does not verify/)
  })
})
