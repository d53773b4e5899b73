import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Connection, Stream } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { lpStream, streamPair } from '@libp2p/utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { Federation } from '../../../src/network/federation.js'
import { QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2 } from '../../../src/network/protocol.js'
import { QueryServer } from '../../../src/network/queryServer.js'
import type { InboundMeta, QueryHandler } from '../../../src/records/queryHandler.js'
import { ErrorCode as Codes, type ErrorCode } from '../../../src/util/errors.js'
import { silentLogger } from '../../../src/util/logger.js'
import { decodeEnvelope, encodeRequest } from '../../../src/wire/codec.js'
import { signEnvelope } from '../../../src/wire/envelope.js'
import type { QueryRequest } from '../../../src/wire/types.js'
import { identifyRequest } from '../../helpers/rawQuery.js'

type Key = Awaited<ReturnType<typeof generateKeyPair>>
const NOW = Date.UTC(2026, 10, 27, 12)

/**
 * QueryServer alone, over an in-memory stream pair with an injected clock: no
 * network, no database. The handler is a recorder, so each check before it is
 * seen by the code it hands over.
 */
describe.each([QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2])(
  'QueryServer on %s checks every request before its handler sees it',
  (protocol) => {
    let itaKey: Key
    let grcKey: Key
    let strangerKey: Key
    let federation: Federation
    const calls: { kind: 'answer' | 'refuse'; code?: ErrorCode; request?: QueryRequest }[] = []

    const handler: QueryHandler = {
      handleQuery: async (request) => {
        calls.push({ kind: 'answer', request })
        return new Uint8Array([1])
      },
      rejectQuery: async (code, _meta: InboundMeta, request) => {
        calls.push({ kind: 'refuse', code, ...(request ? { request } : {}) })
        return new Uint8Array([2])
      },
    }

    beforeAll(async () => {
      itaKey = await generateKeyPair('Ed25519')
      grcKey = await generateKeyPair('Ed25519')
      strangerKey = await generateKeyPair('Ed25519')
      const member = (country: string, key: Key) => ({
        country,
        peerId: peerIdFromPrivateKey(key).toString(),
        addresses: [],
        groups: [],
      })
      federation = new Federation([member('ITA', itaKey), member('GRC', grcKey)])
    })

    /** Sends one frame from `from` to a fresh server and returns what the handler was asked. */
    async function exchange(frame: Uint8Array, from: Key = grcKey) {
      const handlers = new Map<string, (stream: Stream, connection: Connection) => Promise<void>>()
      const server = new QueryServer(
        {
          libp2p: {
            handle: async (p: string, h: unknown) => {
              handlers.set(p, h as (stream: Stream, connection: Connection) => Promise<void>)
            },
            unhandle: async () => undefined,
          } as never,
          privateKey: itaKey,
          federation,
          handler,
          clock: { nowMs: () => NOW },
          logger: silentLogger,
        },
        { country: 'ITA', maxFrameBytes: 4096 },
      )
      await server.start()
      const [outbound, inbound] = await streamPair()
      const connection = { remotePeer: peerIdFromPrivateKey(from) } as unknown as Connection
      calls.length = 0
      const served = handlers.get(protocol)?.(inbound, connection)
      const lp = lpStream(outbound, { maxDataLength: 64 * 1024 })
      await lp.write(frame)
      const answer = decodeEnvelope((await lp.read()).subarray())
      if (protocol === QUERY_PROTOCOL_V2) await outbound.close() // 2.0.0: the stream serves until the requester closes it
      await served
      return { call: calls[0], answer, stats: server.stats }
    }
    const fresh = (overrides: Partial<QueryRequest> = {}) =>
      identifyRequest('GRC', 'ITA', { issuedAtMs: NOW, expiresAtMs: NOW + 60_000, ...overrides })
    const signed = async (req: QueryRequest, key: Key = grcKey) => signEnvelope(encodeRequest(req), key)

    it('hands a sound request to the handler, and signs its answer', async () => {
      const { call, answer } = await exchange(await signed(fresh()))
      expect(call?.kind).toBe('answer')
      expect(answer.body).toEqual(new Uint8Array([1]))
    })

    it.each<[string, () => Promise<[Uint8Array, Key?]>, ErrorCode]>([
      [
        'a body signed by another key than the connection',
        async () => [await signed(fresh(), strangerKey)],
        Codes.BAD_SIGNATURE,
      ],
      [
        'a connection from a peer that is not a member',
        async () => [await signed(fresh(), strangerKey), strangerKey],
        Codes.NOT_MEMBER,
      ],
      [
        'a member speaking for another country',
        async () => [await signed(fresh({ requesterCountry: 'ITA' }))],
        Codes.WRONG_COUNTRY,
      ],
      ['a request for another node', async () => [await signed(fresh({ targetCountry: 'DEU' }))], Codes.WRONG_TARGET],
      [
        'an invalid request (no name, no document)',
        async () => [
          await signed(
            fresh({ query: { kind: 'identify', identify: { names: [], nationalities: [], documents: [] } } }),
          ),
        ],
        Codes.INVALID_REQUEST,
      ],
      [
        'a request issued beyond the clock skew in the future',
        async () => [await signed(fresh({ issuedAtMs: NOW + 120_000, expiresAtMs: NOW + 180_000 }))],
        Codes.EXPIRED,
      ],
      [
        'a request that expired beyond the clock skew',
        async () => [await signed(fresh({ issuedAtMs: NOW - 200_000, expiresAtMs: NOW - 61_000 }))],
        Codes.EXPIRED,
      ],
      [
        'a request claiming more than the longest lifetime',
        async () => [await signed(fresh({ expiresAtMs: NOW + 5 * 60_000 + 1 }))],
        Codes.EXPIRED,
      ],
      ['bytes that are not an envelope', async () => [new Uint8Array([0xff, 0xff, 0xff, 0x01])], Codes.MALFORMED],
    ])('refuses %s', async (_, make, code) => {
      const [frame, from] = await make()
      const { call, answer } = await exchange(frame, from)
      expect(call).toMatchObject({ kind: 'refuse', code })
      expect(answer.body).toEqual(new Uint8Array([2]))
    })

    it.each<[string, Partial<QueryRequest>]>([
      ['issued exactly the clock skew ahead', { issuedAtMs: NOW + 60_000, expiresAtMs: NOW + 120_000 }],
      ['expired exactly the clock skew ago', { issuedAtMs: NOW - 120_000, expiresAtMs: NOW - 60_000 }],
      ['living exactly the longest lifetime', { issuedAtMs: NOW, expiresAtMs: NOW + 5 * 60_000 }],
    ])('answers a request %s: the bounds are inclusive', async (_, times) => {
      const { call } = await exchange(await signed(fresh(times)))
      expect(call?.kind).toBe('answer')
    })

    it('refuses a frame over the size cap before reading it', async () => {
      const { call, stats } = await exchange(new Uint8Array(5000).fill(7))
      expect(call).toMatchObject({ kind: 'refuse', code: Codes.FRAME_TOO_LARGE })
      expect(stats.rejected.FRAME_TOO_LARGE).toBe(1)
    })
  },
)
