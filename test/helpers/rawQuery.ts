import { randomBytes } from 'node:crypto'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import { QUERY_PROTOCOL_V1 } from '../../src/network/protocol.js'
import type { OutgoingQuery } from '../../src/network/queryClient.js'
import { decodeEnvelope, decodeResponse, encodeRequest } from '../../src/wire/codec.js'
import { signEnvelope } from '../../src/wire/envelope.js'
import type { QueryRequest, QueryResponse } from '../../src/wire/types.js'
import { PROTOCOL_VERSION } from '../../src/wire/types.js'

/** A valid identify request from `from` to `to`, to be tampered with by tests. */
export function identifyRequest(from: string, to: string, overrides: Partial<QueryRequest> = {}): QueryRequest {
  const now = Date.now()
  return {
    protocolVersion: PROTOCOL_VERSION,
    requestId: new Uint8Array(randomBytes(16)),
    requesterCountry: from,
    targetCountry: to,
    purpose: 'ASYLUM_RESPONSIBILITY',
    legalBasis: 'Reg. 604/2013 Art. 34',
    caseReference: 'case-1',
    caseworkerPseudonym: 'cw-test',
    caseworkerRole: 'caseworker',
    issuedAtMs: now,
    expiresAtMs: now + 60_000,
    query: {
      kind: 'identify',
      identify: { names: [], nationalities: [], documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] },
    },
    ...overrides,
  }
}

/** What a caseworker asks (an identify question about the sample passport), for QueryClient.buildRequest. */
export function outgoingIdentify(overrides: Partial<OutgoingQuery> = {}): OutgoingQuery {
  return {
    purpose: 'ASYLUM_RESPONSIBILITY',
    legalBasis: 'Reg. 604/2013 Art. 34',
    caseReference: 'c',
    caseworkerPseudonym: 'cw',
    caseworkerRole: 'caseworker',
    query: identifyRequest('GRC', 'ITA').query,
    ...overrides,
  }
}

export async function signedRequest(req: QueryRequest, key: PrivateKey): Promise<Uint8Array> {
  return signEnvelope(encodeRequest(req), key)
}

/** Writes one raw frame on a new query stream to `peerId` and reads the one answer frame. */
export async function sendFrame(libp2p: Libp2p, peerId: string, frame: Uint8Array): Promise<Uint8Array> {
  const stream = await libp2p.dialProtocol(peerIdFromString(peerId), QUERY_PROTOCOL_V1)
  const lp = lpStream(stream, { maxDataLength: 1024 * 1024 })
  await lp.write(frame)
  const answer = (await lp.read({ signal: AbortSignal.timeout(10_000) })).subarray()
  await stream.close().catch(() => undefined)
  return answer
}

/** Decodes a response envelope without verifying it (tests verify separately where it matters). */
export function responseOf(frame: Uint8Array): QueryResponse {
  return decodeResponse(decodeEnvelope(frame).body)
}

/** A per-country result without the fields that differ per request (id, latency, audit index), for comparing answers. */
export function withoutPerRequestFields(result: object | undefined): Record<string, unknown> {
  return { ...result, requestId: '', latencyMs: 0, peerAuditLeafIndex: 0 }
}
