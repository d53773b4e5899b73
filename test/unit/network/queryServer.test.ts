import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Connection, Stream } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { lpStream, streamPair } from '@libp2p/utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { Federation } from '../../../src/network/federation.js'
import { QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2 } from '../../../src/network/protocol.js'
import {
  DEFAULT_MAX_FRAME_BYTES,
  DEFAULT_MAX_INBOUND_STREAMS,
  DEFAULT_MAX_MUX_STREAMS_PER_CONNECTION,
  DEFAULT_MAX_OUTBOUND_STREAMS,
  QueryServer,
  type QueryServerInit,
} from '../../../src/network/queryServer.js'
import type { InboundMeta, QueryHandler } from '../../../src/records/queryHandler.js'
import { ErrorCode as Codes, type ErrorCode } from '../../../src/util/errors.js'
import { decodeEnvelope, encodeRequest } from '../../../src/wire/codec.js'
import { signEnvelope } from '../../../src/wire/envelope.js'
import type { QueryRequest } from '../../../src/wire/types.js'
import { identifyRequest } from '../../helpers/rawQuery.js'
import { recordingLogger } from '../../helpers/recordingLogger.js'

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
    const calls: { kind: 'answer' | 'refuse'; code?: ErrorCode; request?: QueryRequest; meta?: InboundMeta }[] = []

    const handler: QueryHandler = {
      handleQuery: async (request) => {
        calls.push({ kind: 'answer', request })
        return new Uint8Array([1])
      },
      rejectQuery: async (code, meta: InboundMeta, request) => {
        calls.push({ kind: 'refuse', code, meta, ...(request ? { request } : {}) })
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

    interface Served {
      server: QueryServer
      /** The options each protocol was registered with. */
      registered: Map<string, unknown>
      logger: ReturnType<typeof recordingLogger>
      /** Opens a stream from `from` (or a connection as given) and serves it on the protocol under test. */
      open: (from?: Key | Connection) => Promise<{ outbound: Stream; served: Promise<void> | undefined }>
    }
    /** A fresh server with a fake libp2p that hands over the protocols' handlers. */
    async function serve(
      init: Partial<QueryServerInit> = { maxFrameBytes: 4096 },
      use: QueryHandler = handler,
    ): Promise<Served> {
      const handlers = new Map<string, (stream: Stream, connection: Connection) => Promise<void>>()
      const registered = new Map<string, unknown>()
      const logger = recordingLogger()
      const server = new QueryServer(
        {
          libp2p: {
            handle: async (p: string, h: unknown, options: unknown) => {
              handlers.set(p, h as (stream: Stream, connection: Connection) => Promise<void>)
              registered.set(p, options)
            },
            unhandle: async () => undefined,
          } as never,
          privateKey: itaKey,
          federation,
          handler: use,
          clock: { nowMs: () => NOW },
          logger,
        },
        { country: 'ITA', ...init },
      )
      await server.start()
      calls.length = 0
      const open = async (from: Key | Connection = grcKey) => {
        const [outbound, inbound] = await streamPair()
        const connection =
          'remotePeer' in from ? from : ({ remotePeer: peerIdFromPrivateKey(from) } as unknown as Connection)
        return { outbound, served: handlers.get(protocol)?.(inbound, connection) }
      }
      return { server, registered, logger, open }
    }

    /** Sends one frame from `from` to a fresh server and returns what the handler was asked. */
    async function exchange(
      frame: Uint8Array,
      from: Key | Connection = grcKey,
      init?: Partial<QueryServerInit>,
      use?: QueryHandler,
    ) {
      const { server, logger, open } = await serve(init, use)
      const { outbound, served } = await open(from)
      const lp = lpStream(outbound, { maxDataLength: 128 * 1024 })
      await lp.write(frame)
      const answer = decodeEnvelope((await lp.read()).subarray())
      if (protocol === QUERY_PROTOCOL_V2) await outbound.close() // 2.0.0: the stream serves until the requester closes it
      await served
      return { call: calls[0], answer, stats: server.stats, lines: logger.lines }
    }
    const fresh = (overrides: Partial<QueryRequest> = {}) =>
      identifyRequest('GRC', 'ITA', { issuedAtMs: NOW, expiresAtMs: NOW + 60_000, ...overrides })
    const signed = async (req: QueryRequest, key: Key = grcKey) => signEnvelope(encodeRequest(req), key)

    it('hands a sound request to the handler, and signs its answer', async () => {
      const { call, answer, stats } = await exchange(await signed(fresh()))
      expect(call?.kind).toBe('answer')
      expect(answer.body).toEqual(new Uint8Array([1]))
      expect(stats).toMatchObject({
        requests: 1,
        answered: 1,
        rejected: {},
        dropped: 0,
        ...(protocol === QUERY_PROTOCOL_V1 ? { streams: 1, muxStreams: 0 } : { streams: 0, muxStreams: 1 }),
      })
    })

    it('refuses a connection whose peer id carries no public key as a bad signature', async () => {
      const keyless = {
        remotePeer: { toString: () => peerIdFromPrivateKey(grcKey).toString(), publicKey: undefined },
      } as unknown as Connection
      const { call } = await exchange(await signed(fresh()), keyless)
      expect(call).toMatchObject({ kind: 'refuse', code: Codes.BAD_SIGNATURE })
    })

    it('answers INTERNAL when the handler fails, and logs the failure under the peer', async () => {
      const failing: QueryHandler = {
        ...handler,
        handleQuery: async () => {
          throw new Error('disk full')
        },
      }
      const { call, answer, lines } = await exchange(await signed(fresh()), grcKey, undefined, failing)
      expect(call).toMatchObject({ kind: 'refuse', code: Codes.INTERNAL })
      expect(answer.body).toEqual(new Uint8Array([2]))
      expect(lines).toEqual([
        {
          level: 'error',
          msg: 'query handler failed',
          fields: { peer: peerIdFromPrivateKey(grcKey).toString().slice(-8), error: 'disk full' },
        },
      ])
    })

    it('registers its protocol with the stream limits it is given, or the defaults', async () => {
      const limits = (registered: Map<string, unknown>) => registered.get(protocol)
      const given = await serve({ maxInboundStreams: 3, maxOutboundStreams: 4, maxMuxStreamsPerConnection: 5 })
      const defaults = await serve({})
      if (protocol === QUERY_PROTOCOL_V1) {
        expect(limits(given.registered)).toEqual({ maxInboundStreams: 3, maxOutboundStreams: 4 })
        expect(limits(defaults.registered)).toEqual({
          maxInboundStreams: DEFAULT_MAX_INBOUND_STREAMS,
          maxOutboundStreams: DEFAULT_MAX_OUTBOUND_STREAMS,
        })
      } else {
        expect(limits(given.registered)).toEqual({ maxInboundStreams: 5, maxOutboundStreams: 5 })
        expect(limits(defaults.registered)).toEqual({
          maxInboundStreams: DEFAULT_MAX_MUX_STREAMS_PER_CONNECTION,
          maxOutboundStreams: DEFAULT_MAX_MUX_STREAMS_PER_CONNECTION,
        })
      }
    })

    it('reads frames up to 64 KiB by default, and refuses a longer one unread', async () => {
      const garbage = (n: number) => new Uint8Array(n).fill(0xff)
      expect((await exchange(garbage(DEFAULT_MAX_FRAME_BYTES), grcKey, {})).call).toMatchObject({
        code: Codes.MALFORMED,
      })
      expect(DEFAULT_MAX_FRAME_BYTES).toBe(64 * 1024)
      expect((await exchange(garbage(DEFAULT_MAX_FRAME_BYTES + 1), grcKey, {})).call).toMatchObject({
        code: Codes.FRAME_TOO_LARGE,
      })
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
      const { call, answer, stats } = await exchange(frame, from)
      expect(call).toMatchObject({ kind: 'refuse', code })
      expect(answer.body).toEqual(new Uint8Array([2]))
      expect(stats).toMatchObject({ requests: 1, answered: 0, rejected: { [code]: 1 } })
    })

    it.each<[string, Partial<QueryRequest>]>([
      ['issued exactly the clock skew ahead', { issuedAtMs: NOW + 60_000, expiresAtMs: NOW + 120_000 }],
      ['expired exactly the clock skew ago', { issuedAtMs: NOW - 120_000, expiresAtMs: NOW - 60_000 }],
      ['living exactly the longest lifetime', { issuedAtMs: NOW, expiresAtMs: NOW + 5 * 60_000 }],
    ])('answers a request %s: the bounds are inclusive', async (_, times) => {
      const { call } = await exchange(await signed(fresh(times)))
      expect(call?.kind).toBe('answer')
    })

    it('refuses a frame over the size cap before reading it, under the peer that sent it', async () => {
      const { call, stats } = await exchange(new Uint8Array(5000).fill(7))
      expect(call).toMatchObject({ kind: 'refuse', code: Codes.FRAME_TOO_LARGE })
      // The frame was never read: no digest, but the peer the connection authenticated.
      expect(call?.meta).toEqual({ peerId: peerIdFromPrivateKey(grcKey).toString(), requestDigest: new Uint8Array() })
      expect(stats.rejected.FRAME_TOO_LARGE).toBe(1)
    })

    it.each<[string, (id: string) => Partial<QueryRequest>, ErrorCode, RegExp]>([
      [
        'issued in the future',
        () => ({ issuedAtMs: NOW + 120_000, expiresAtMs: NOW + 180_000 }),
        Codes.EXPIRED,
        /^issued in the future$/,
      ],
      ['expired', () => ({ issuedAtMs: NOW - 200_000, expiresAtMs: NOW - 61_000 }), Codes.EXPIRED, /^expired$/],
      [
        'too long-lived',
        () => ({ expiresAtMs: NOW + 5 * 60_000 + 1 }),
        Codes.EXPIRED,
        /^lifetime longer than allowed$/,
      ],
      ['for another node', () => ({ targetCountry: 'DEU' }), Codes.WRONG_TARGET, /^request targets DEU$/],
      ['for another country', () => ({ requesterCountry: 'ITA' }), Codes.WRONG_COUNTRY, /^member GRC claimed ITA$/],
    ])('tells the operator, at debug level, why it refused a request %s', async (_what, over, code, reason) => {
      const { lines } = await exchange(await signed(fresh(over(''))))
      expect(lines).toEqual([
        {
          level: 'debug',
          msg: 'request refused before its handler',
          fields: {
            peer: peerIdFromPrivateKey(grcKey).toString().slice(-8),
            code,
            reason: expect.stringMatching(reason),
          },
        },
      ])
    })

    it.each<[string, () => Promise<[Uint8Array, (Key | Connection)?]>, RegExp]>([
      ['a bad signature', async () => [await signed(fresh(), strangerKey)], /^envelope signature does not verify$/],
      [
        'a non-member',
        async () => [await signed(fresh(), strangerKey), strangerKey],
        /^peer is not a federation member$/,
      ],
    ])('says why it refused %s', async (_what, make, reason) => {
      const [frame, from] = await make()
      const { lines } = await exchange(frame, from)
      expect(lines[0]?.fields.reason).toMatch(reason)
    })

    it('says why it refused a peer id that carries no key', async () => {
      const keyless = {
        remotePeer: { toString: () => peerIdFromPrivateKey(grcKey).toString(), publicKey: undefined },
      } as unknown as Connection
      const { lines } = await exchange(await signed(fresh()), keyless)
      expect(lines[0]?.fields.reason).toBe('remote peer has no inline public key')
    })

    it.runIf(protocol === QUERY_PROTOCOL_V2)(
      'answers the requests in flight when the requester closes its side, then closes its own',
      async () => {
        let release: () => void = () => undefined
        const gate = new Promise<void>((resolve) => {
          release = resolve
        })
        const slow: QueryHandler = {
          ...handler,
          handleQuery: async (request) => {
            calls.push({ kind: 'answer', request })
            await gate
            return new Uint8Array([1])
          },
        }
        const { server, open } = await serve({ maxFrameBytes: 4096 }, slow)
        const { outbound, served } = await open()
        const lp = lpStream(outbound)
        await lp.write(await signed(fresh()))
        await lp.write(await signed(fresh()))
        await vi.waitFor(() => expect(calls).toHaveLength(2))
        await outbound.close() // nothing more to ask; both answers still to come
        release()
        const answers = [(await lp.read()).subarray(), (await lp.read()).subarray()]
        expect(answers.map((a) => decodeEnvelope(a).body)).toEqual([new Uint8Array([1]), new Uint8Array([1])])
        await served
        expect(server.stats).toMatchObject({ requests: 2, answered: 2, idleClosed: 0 })
        // The responder closed its side too: the requester reads the end of the stream.
        await expect(lp.read()).rejects.toThrow(/EOF|end/i)
      },
    )

    it.runIf(protocol === QUERY_PROTOCOL_V2)(
      'closes the stream after a frame over the cap, answered or not, and forgets it',
      async () => {
        for (const quotaSpent of [false, true]) {
          const use: QueryHandler = quotaSpent ? { ...handler, rejectQuery: async () => undefined } : handler
          const { server, open } = await serve({ maxFrameBytes: 4096 }, use)
          const { outbound, served } = await open()
          expect(server.openMuxStreams()).toBe(1)
          const lp = lpStream(outbound, { maxDataLength: 64 * 1024 })
          await lp.write(new Uint8Array(5000))
          if (!quotaSpent) expect(decodeEnvelope((await lp.read()).subarray()).body).toEqual(new Uint8Array([2]))
          await served // the responder closed its side and returned
          await expect(lp.read()).rejects.toThrow()
          expect(server.openMuxStreams()).toBe(0)
        }
      },
    )

    it('drops the answer of a refusal over the refusal quota, and counts it', async () => {
      const quotaSpent: QueryHandler = { ...handler, rejectQuery: async () => undefined }
      const { server, open } = await serve({ maxFrameBytes: 4096, readTimeoutMs: 5_000 }, quotaSpent)
      const { outbound, served } = await open()
      const lp = lpStream(outbound)
      await lp.write(new Uint8Array([0xff, 0xff]))
      if (protocol === QUERY_PROTOCOL_V1) {
        // 1.0.0 has nothing more to say on that stream: it is reset, unanswered.
        await expect(lp.read()).rejects.toThrow()
        await served
      } else {
        // 2.0.0 keeps serving the stream: a sound request after it is answered.
        await lp.write(await signed(fresh()))
        expect(decodeEnvelope((await lp.read()).subarray()).body).toEqual(new Uint8Array([1]))
        await outbound.close()
        await served
      }
      expect(server.stats.dropped).toBe(1)
    })
  },
)

describe('QueryServer on /mrn/query/1.0.0 with nothing to read', () => {
  it('gives up on a stream that sends no request within the read timeout, and logs why', async () => {
    const key = await generateKeyPair('Ed25519')
    const peerId = peerIdFromPrivateKey(key)
    let serveStream: ((stream: Stream, connection: Connection) => Promise<void>) | undefined
    const asked: string[] = []
    const logger = recordingLogger()
    const server = new QueryServer(
      {
        libp2p: {
          handle: async (p: string, h: unknown) => {
            if (p === QUERY_PROTOCOL_V1) serveStream = h as typeof serveStream
          },
          unhandle: async () => undefined,
        } as never,
        privateKey: key,
        federation: new Federation([]),
        handler: {
          handleQuery: async () => {
            asked.push('answer')
            return new Uint8Array([1])
          },
          rejectQuery: async () => {
            asked.push('refuse')
            return new Uint8Array([2])
          },
        },
        clock: { nowMs: () => NOW },
        logger,
      },
      { country: 'ITA', readTimeoutMs: 20 },
    )
    await server.start()
    const [outbound, inbound] = await streamPair()
    await serveStream?.(inbound, { remotePeer: peerId } as unknown as Connection)
    expect(server.stats).toMatchObject({ streams: 1, timedOut: 1, requests: 0 })
    expect(asked).toEqual([])
    expect(inbound.status).toBe('aborted')
    expect(logger.lines).toEqual([
      {
        level: 'info',
        msg: 'query stream closed without a request',
        fields: { peer: peerId.toString().slice(-8), reason: 'TimeoutError' },
      },
    ])
    outbound.abort(new Error('done'))
  })
})
