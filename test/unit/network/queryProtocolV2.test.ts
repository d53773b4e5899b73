import { createHash } from 'node:crypto'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Connection, Stream } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { lpStream, streamPair } from '@libp2p/utils'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { Federation } from '../../../src/network/federation.js'
import { QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2 } from '../../../src/network/protocol.js'
import { QueryClient, type QueryClientComponents, type QueryClientInit } from '../../../src/network/queryClient.js'
import { QueryServer, type QueryServerInit } from '../../../src/network/queryServer.js'
import type { InboundMeta, QueryHandler } from '../../../src/records/queryHandler.js'
import type { ErrorCode as Code } from '../../../src/util/errors.js'
import { silentLogger } from '../../../src/util/logger.js'
import { encodeResponse } from '../../../src/wire/codec.js'
import { signEnvelope } from '../../../src/wire/envelope.js'
import { makeResponse } from '../../../src/wire/response.js'
import { ERROR_STATUS } from '../../../src/wire/status.js'
import type { QueryRequest } from '../../../src/wire/types.js'
import { identifyRequest } from '../../helpers/rawQuery.js'
import { recordingLogger } from '../../helpers/recordingLogger.js'

type Key = Awaited<ReturnType<typeof generateKeyPair>>
const NOW = Date.UTC(2026, 10, 27, 12)
const clock = { nowMs: () => NOW }

/**
 * QueryClient and QueryServer over in-memory stream pairs, no network, no
 * database: the client's dial opens a stream pair and hands its far end to
 * the server's handler for the protocol both pick. The server's handler is
 * scripted per test (answer now, later, never), and timeouts are driven by
 * fake timers.
 */
describe('/mrn/query/2.0.0 between QueryClient and QueryServer', () => {
  let itaKey: Key
  let grcKey: Key
  let federation: Federation

  beforeAll(async () => {
    itaKey = await generateKeyPair('Ed25519')
    grcKey = await generateKeyPair('Ed25519')
    const member = (country: string, key: Key) => ({
      country,
      peerId: peerIdFromPrivateKey(key).toString(),
      addresses: [],
      groups: [],
    })
    federation = new Federation([member('ITA', itaKey), member('GRC', grcKey)])
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  /** Each request's answer waits for the test to release it (or is answered at once). */
  interface Scripted {
    handler: QueryHandler
    seen: QueryRequest[]
    release: (index: number, how?: 'answer' | 'drop') => void
    autoAnswer: boolean
  }

  function scriptedHandler(autoAnswer = true): Scripted {
    const waiting: { resolve: (body: Uint8Array | undefined) => void; body: Uint8Array }[] = []
    const s: Scripted = {
      seen: [],
      autoAnswer,
      release: (index, how = 'answer') => {
        const w = waiting[index]
        w?.resolve(how === 'answer' ? w.body : undefined)
      },
      handler: {
        handleQuery: async (request, meta) => {
          s.seen.push(request)
          const body = answerBody(request, meta, 'NO_HIT')
          if (s.autoAnswer) return body
          return new Promise((resolve) => waiting.push({ resolve, body }))
        },
        rejectQuery: async (code: Code, meta: InboundMeta, request?: QueryRequest) =>
          answerBody(request, meta, ERROR_STATUS[code]),
      },
    }
    return s
  }

  function answerBody(request: QueryRequest | undefined, meta: InboundMeta, status: 'NO_HIT' | string): Uint8Array {
    return encodeResponse(
      makeResponse({
        requestId: request?.requestId ?? new Uint8Array(),
        responderCountry: 'ITA',
        requestDigest: meta.requestDigest,
        issuedAtMs: NOW,
        status: status as 'NO_HIT',
      }),
    )
  }

  /** A client (GRC) whose dials reach `server` (ITA) over stream pairs; `speaks` is what the server end accepts. */
  async function link(
    options: {
      handler?: QueryHandler
      server?: Partial<QueryServerInit>
      client?: Partial<QueryClientInit>
      /** Metrics, a logger, another dial for the client. */
      clientComponents?: Partial<QueryClientComponents>
      speaks?: string[]
    } = {},
  ) {
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
        handler: options.handler ?? scriptedHandler().handler,
        clock,
        logger: silentLogger,
      },
      { country: 'ITA', maxFrameBytes: 4096, ...options.server },
    )
    await server.start()
    const speaks = options.speaks ?? [QUERY_PROTOCOL_V2, QUERY_PROTOCOL_V1]
    const dials: string[] = []
    /** The protocols each dial offered, preferred first. */
    const offers: string[][] = []
    const streams: Stream[] = []
    const outbounds: Stream[] = []
    const connection = { remotePeer: peerIdFromPrivateKey(grcKey) } as unknown as Connection
    const client = new QueryClient(
      {
        libp2p: {
          dialProtocol: async (_peer: unknown, protocols: string | string[]) => {
            const offered = typeof protocols === 'string' ? [protocols] : protocols
            offers.push([...offered])
            const protocol = offered.find((p) => speaks.includes(p))
            if (protocol === undefined) throw new Error('protocol selection failed')
            dials.push(protocol)
            const [outbound, inbound] = await streamPair({ protocol })
            streams.push(inbound)
            outbounds.push(outbound)
            outbound.protocol = protocol // as libp2p's dialProtocol sets the protocol it negotiated
            void handlers.get(protocol)?.(inbound, connection)
            return outbound
          },
        } as never,
        privateKey: grcKey,
        federation,
        clock,
        ...options.clientComponents,
      },
      { country: 'GRC', peerTimeoutMs: 1_000, maxFrameBytes: 4096, requestLifetimeMs: 60_000, ...options.client },
    )
    const request = () => identifyRequest('GRC', 'ITA', { issuedAtMs: NOW, expiresAtMs: NOW + 60_000 })
    return { server, client, dials, offers, streams, outbounds, request }
  }

  it('sends many requests on one stream and gives each the answer to it, whatever the order of the answers', async () => {
    const script = scriptedHandler(false)
    const { client, dials, request } = await link({ handler: script.handler })
    const requests = Array.from({ length: 5 }, request)
    const results = client.fanOut(requests)
    await vi.waitFor(() => expect(script.seen).toHaveLength(5))
    for (const i of [3, 1, 4, 0, 2]) script.release(i)
    const out = await results
    expect(dials).toEqual([QUERY_PROTOCOL_V2])
    expect(out.map((r) => r.outcome)).toEqual(Array(5).fill('no_hit'))
    out.forEach((r, i) => {
      expect(r.response?.requestId).toEqual(requests[i]?.requestId)
    })
    await client.close()
  })

  it('keeps using the stream for later requests, and opens a new one after the old one broke', async () => {
    const { client, dials, streams, outbounds, request } = await link()
    expect((await client.send(request())).outcome).toBe('no_hit')
    expect((await client.send(request())).outcome).toBe('no_hit')
    expect(dials).toHaveLength(1)
    streams[0]?.abort(new Error('connection lost'))
    await vi.waitFor(() => expect(outbounds[0]?.status).not.toBe('open'))
    expect((await client.send(request())).outcome).toBe('no_hit')
    expect(dials).toHaveLength(2)
    await client.close()
  })

  it('falls back to one stream per request for a member that speaks only 1.0.0, and remembers it', async () => {
    const { client, dials, request } = await link({ speaks: [QUERY_PROTOCOL_V1] })
    const out = await client.fanOut([request(), request(), request()])
    expect(out.map((r) => r.outcome)).toEqual(['no_hit', 'no_hit', 'no_hit'])
    expect(dials).toEqual([QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V1])
    expect((await client.send(request())).outcome).toBe('no_hit')
    expect(dials).toHaveLength(4)
  })

  it('speaks only 1.0.0 when told to', async () => {
    const { client, dials, request } = await link({ client: { protocols: [QUERY_PROTOCOL_V1] } })
    expect((await client.send(request())).outcome).toBe('no_hit')
    expect(dials).toEqual([QUERY_PROTOCOL_V1])
  })

  it('the responder refuses requests beyond its in-flight limit as RATE_LIMITED, and answers the rest', async () => {
    const script = scriptedHandler(false)
    const { client, server, request } = await link({
      handler: script.handler,
      server: { maxInFlightPerStream: 2 },
      client: { maxInFlightPerStream: 10 },
    })
    const results = client.fanOut(Array.from({ length: 4 }, request))
    await vi.waitFor(() => expect(server.stats.rejected.RATE_LIMITED).toBe(2))
    script.release(0)
    script.release(1)
    const out = await results
    expect(out.map((r) => r.outcome).sort()).toEqual(['denied', 'denied', 'no_hit', 'no_hit'])
    expect(out.filter((r) => r.response?.status === 'RATE_LIMITED')).toHaveLength(2)
    await client.close()
  })

  it('the requester keeps at most its in-flight limit on the stream and sends the rest as answers come', async () => {
    const script = scriptedHandler(false)
    // The responder's limit equals the requester's: a third request in flight would be refused RATE_LIMITED.
    const { client, server, request } = await link({
      handler: script.handler,
      client: { maxInFlightPerStream: 2 },
      server: { maxInFlightPerStream: 2 },
    })
    const results = client.fanOut(Array.from({ length: 4 }, request))
    await vi.waitFor(() => expect(script.seen).toHaveLength(2))
    script.release(0)
    await vi.waitFor(() => expect(script.seen).toHaveLength(3))
    script.release(1)
    script.release(2)
    await vi.waitFor(() => expect(script.seen).toHaveLength(4))
    script.release(3)
    expect((await results).map((r) => r.outcome)).toEqual(Array(4).fill('no_hit'))
    expect(server.stats.rejected.RATE_LIMITED).toBeUndefined()
    await client.close()
  })

  it('a request without an answer times out alone; the stream keeps serving the others', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const script = scriptedHandler(false)
    const { client, dials, request } = await link({ handler: script.handler })
    const slow = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(1))
    const fast = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(2))
    script.release(1)
    expect((await fast).outcome).toBe('no_hit')
    await vi.advanceTimersByTimeAsync(1_000)
    const timedOut = await slow
    expect(timedOut).toMatchObject({ outcome: 'timeout' })
    script.release(0) // the late answer is dropped, not given to anyone
    const next = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(3))
    script.release(2)
    expect((await next).outcome).toBe('no_hit')
    expect(dials).toHaveLength(1)
    await client.close()
  })

  it('a request over the refusal quota gets no answer and times out; the stream stays open', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const script = scriptedHandler(false)
    const { client, server, dials, request } = await link({ handler: script.handler })
    const dropped = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(1))
    script.release(0, 'drop')
    await vi.waitFor(() => expect(server.stats.dropped).toBe(1))
    await vi.advanceTimersByTimeAsync(1_000)
    expect((await dropped).outcome).toBe('timeout')
    const next = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(2))
    script.release(1)
    expect((await next).outcome).toBe('no_hit')
    expect(dials).toHaveLength(1)
    await client.close()
  })

  it('the responder closes a stream idle past its timeout, never one with requests in flight', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const script = scriptedHandler(false)
    const { client, server, dials, request } = await link({
      handler: script.handler,
      server: { idleTimeoutMs: 5_000 },
      client: { idleTimeoutMs: 60_000, peerTimeoutMs: 20_000 },
    })
    const slow = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(1))
    await vi.advanceTimersByTimeAsync(12_000) // idle timer fires twice with one request in flight
    expect(server.stats.idleClosed).toBe(0)
    script.release(0)
    expect((await slow).outcome).toBe('no_hit')
    await vi.advanceTimersByTimeAsync(5_001)
    await vi.waitFor(() => expect(server.stats.idleClosed).toBe(1))
    const next = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(2))
    script.release(1)
    expect((await next).outcome).toBe('no_hit')
    expect(dials).toHaveLength(2)
    await client.close()
  })

  it('the requester closes its idle stream and opens a new one for the next request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { client, dials, streams, request } = await link({ client: { idleTimeoutMs: 2_000 } })
    expect((await client.send(request())).outcome).toBe('no_hit')
    await vi.advanceTimersByTimeAsync(2_001)
    await vi.waitFor(() => expect(streams[0]?.remoteWriteStatus).not.toBe('writable'))
    expect((await client.send(request())).outcome).toBe('no_hit')
    expect(dials).toHaveLength(2)
    await client.close()
  })

  it('server.stop() ends its long-lived streams; requests in flight on them fail as unreachable', async () => {
    const script = scriptedHandler(false)
    const { client, server, request } = await link({ handler: script.handler })
    const pending = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(1))
    await server.stop()
    expect((await pending).outcome).toBe('unreachable')
    await client.close()
  })

  it('client.close() fails its requests in flight as unreachable and refuses new ones', async () => {
    const script = scriptedHandler(false)
    const { client, request } = await link({ handler: script.handler })
    const pending = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(1))
    await client.close()
    expect((await pending).outcome).toBe('unreachable')
    expect(await client.send(request())).toMatchObject({ outcome: 'unreachable', detail: 'the client is closed' })
  })

  it('counts and logs each request by member country, purpose, step and outcome; its digest is of the body', async () => {
    const sent: { labels: Record<string, string>; seconds: number; detail?: string }[] = []
    const logger = recordingLogger()
    const bodies: Uint8Array[] = []
    const script = scriptedHandler()
    const recording: QueryHandler = {
      ...script.handler,
      handleQuery: async (req, meta) => {
        const body = (await script.handler.handleQuery(req, meta)) as Uint8Array
        bodies.push(body)
        return body
      },
    }
    const metrics = {
      received: () => undefined,
      guardActivations: () => undefined,
      sent: (labels: Record<string, string>, seconds: number, detail?: string) =>
        sent.push({ labels, seconds, ...(detail === undefined ? {} : { detail }) }),
    }
    const { client, request } = await link({ handler: recording, clientComponents: { metrics, logger } })
    const req = request()
    const result = await client.send(req)
    expect(result).toMatchObject({
      country: 'ITA',
      outcome: 'no_hit',
      requestId: Buffer.from(req.requestId).toString('hex'),
    })
    expect(result.responseDigest).toBe(
      createHash('sha256')
        .update(bodies[0] as Uint8Array)
        .digest('base64'),
    )
    expect(result.latencyMs).toBeGreaterThan(0)
    expect(result.latencyMs * 100).toBeCloseTo(Math.round(result.latencyMs * 100), 6)
    expect(sent).toEqual([
      {
        labels: { peerCountry: 'ITA', purpose: 'ASYLUM_RESPONSIBILITY', step: 'identify', outcome: 'no_hit' },
        seconds: result.latencyMs / 1000,
      },
    ])
    expect(logger.lines).toEqual([
      {
        level: 'info',
        msg: 'query sent',
        fields: {
          requestId: result.requestId,
          peer: 'ITA',
          purpose: 'ASYLUM_RESPONSIBILITY',
          step: 'identify',
          outcome: 'no_hit',
          status: 'NO_HIT',
          ms: result.latencyMs,
        },
      },
    ])
    // A country outside the federation: no dial, unreachable, counted under one label whatever was typed.
    const stranger = await client.send(identifyRequest('GRC', 'XYZ', { issuedAtMs: NOW, expiresAtMs: NOW + 60_000 }))
    expect(stranger).toMatchObject({ country: 'XYZ', outcome: 'unreachable', detail: 'not a federation member' })
    expect(sent[1]).toMatchObject({
      labels: { peerCountry: 'unknown', outcome: 'unreachable' },
      detail: 'not a federation member',
    })
    expect(logger.lines[1]?.fields).toMatchObject({
      peer: 'XYZ',
      outcome: 'unreachable',
      detail: 'not a federation member',
    })
    expect(logger.lines[1]?.fields).not.toHaveProperty('status')
    await client.close()
  })

  it('ends a request when its caller aborts, as unreachable, before or while it is in flight', async () => {
    const script = scriptedHandler(false)
    const { client, request } = await link({ handler: script.handler, client: { peerTimeoutMs: 60_000 } })
    const before = new AbortController()
    before.abort(new Error('caseworker gave up'))
    expect(await client.send(request(), { signal: before.signal })).toMatchObject({ outcome: 'unreachable' })
    const during = new AbortController()
    const pending = client.send(request(), { signal: during.signal })
    await vi.waitFor(() => expect(script.seen).toHaveLength(1))
    during.abort(new Error('caseworker gave up'))
    const ended = await pending
    expect(ended.outcome).toBe('unreachable')
    expect(ended.detail).toMatch(/caseworker gave up/)
    await client.close()
  })

  it('gives up on a member whose stream does not open within the per-peer timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let dialled = 0
    const { client, request } = await link({
      clientComponents: {
        libp2p: {
          // A dial that never connects; like libp2p's, it gives up when its signal aborts.
          dialProtocol: (_peer: unknown, _protocols: unknown, options: { signal: AbortSignal }) => {
            dialled++
            return new Promise<never>((_resolve, reject) =>
              options.signal.addEventListener('abort', () => reject(options.signal.reason)),
            )
          },
        } as never,
      },
    })
    const pending = client.send(request())
    await vi.waitFor(() => expect(dialled).toBe(1))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await pending).toMatchObject({
      outcome: 'unreachable',
      detail: 'no stream opened within the per-peer timeout',
    })
    await client.close()
  })

  it('tells the caseworker when a 1.0.0 member closes the stream without answering, and what to check', async () => {
    const script = scriptedHandler(false)
    const { client, request } = await link({ handler: script.handler, speaks: [QUERY_PROTOCOL_V1] })
    const pending = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(1))
    script.release(0, 'drop')
    const ended = await pending
    expect(ended.outcome).toBe('unreachable')
    expect(ended.detail).toMatch(
      /^ITA refused the connection \(.*\): this node is not in ITA's federation \(or ITA has an older membership version\)$/,
    )
  })

  it.each<[string, string]>([
    ['OK', 'ok'],
    ['NO_HIT', 'no_hit'],
    ['DENIED', 'denied'],
    ['RATE_LIMITED', 'denied'],
    ['INVALID', 'invalid'],
    ['UNAUTHENTICATED', 'invalid'],
    ['REPLAY', 'invalid'],
    ['EXPIRED', 'invalid'],
    ['UNAVAILABLE', 'error'],
    ['INTERNAL', 'error'],
  ])('shows the caseworker a %s answer as %s', async (status, outcome) => {
    const { client, request } = await link({
      handler: {
        handleQuery: async (req, meta) => answerBody(req, meta, status),
        rejectQuery: async (_code, meta, req) => answerBody(req, meta, 'INVALID'),
      },
    })
    expect(await client.send(request())).toMatchObject({ outcome, response: { status } })
    await client.close()
  })

  it('asks a 1.0.0-only member on 1.0.0 directly for ten minutes, then offers 2.0.0 again', async () => {
    vi.useFakeTimers({ toFake: ['performance'] })
    const { client, offers, request } = await link({ speaks: [QUERY_PROTOCOL_V1] })
    await client.send(request())
    await client.send(request())
    vi.advanceTimersByTime(10 * 60_000 - 1)
    await client.send(request())
    vi.advanceTimersByTime(1) // exactly ten minutes after it learned: the memory has run out
    await client.send(request())
    expect(offers).toEqual([
      [QUERY_PROTOCOL_V2, QUERY_PROTOCOL_V1],
      [QUERY_PROTOCOL_V1],
      [QUERY_PROTOCOL_V1],
      [QUERY_PROTOCOL_V2, QUERY_PROTOCOL_V1],
    ])
  })

  it('fails the requests waiting for an in-flight slot too when the stream breaks, rather than leave them', async () => {
    const script = scriptedHandler(false)
    const { client, streams, request } = await link({ handler: script.handler, client: { maxInFlightPerStream: 1 } })
    const first = client.send(request())
    await vi.waitFor(() => expect(script.seen).toHaveLength(1))
    const waiting = client.send(request()) // no slot: waits for the first
    streams[0]?.abort(new Error('connection lost'))
    expect((await first).outcome).toBe('unreachable')
    expect((await waiting).outcome).toBe('unreachable')
    await client.close()
  })

  it.each<[string, unknown, RegExp]>([
    [
      "an event (libp2p rejects with the connection's close event)",
      new Event('close'),
      /^ITA refused the connection \(the connection ended \(close event\)\): this node is not in ITA's federation \(or ITA has an older membership version\)$/,
    ],
    ['an error of its own', new RangeError('no addresses for ITA'), /^RangeError: no addresses for ITA$/],
    ['something else', 'dial failed', /^dial failed$/],
    ['a long message', new Error('x'.repeat(500)), /^Error: x{193}$/],
  ])('says what ended a dial that failed with %s', async (_what, failure, detail) => {
    const { client, request } = await link({
      clientComponents: { libp2p: { dialProtocol: async () => Promise.reject(failure) } as never },
    })
    const result = await client.send(request())
    expect(result.outcome).toBe('unreachable')
    expect(result.detail).toMatch(detail)
  })

  it('builds a request with a fresh id, both countries and its lifetime, and refuses an invalid one', async () => {
    const { client } = await link({ client: { requestLifetimeMs: 45_000 } })
    const query = {
      purpose: 'ASYLUM_RESPONSIBILITY' as const,
      legalBasis: 'Regulation (EU) 604/2013',
      caseReference: 'case-1',
      caseworkerPseudonym: 'cw-1',
      caseworkerRole: 'caseworker',
      query: {
        kind: 'identify' as const,
        identify: { names: [], nationalities: [], documents: [{ type: 'passport', number: 'N1', issuer: 'SYR' }] },
      },
    }
    const [a, b] = [client.buildRequest('ITA', query), client.buildRequest('ITA', query)]
    expect(a).toMatchObject({
      protocolVersion: 1,
      requesterCountry: 'GRC',
      targetCountry: 'ITA',
      issuedAtMs: NOW,
      expiresAtMs: NOW + 45_000,
    })
    expect(a.requestId).toHaveLength(16)
    expect(Buffer.from(a.requestId).equals(Buffer.from(b.requestId))).toBe(false)
    expect(() =>
      client.buildRequest('ITA', {
        ...query,
        query: { kind: 'identify', identify: { names: [], nationalities: [], documents: [] } },
      }),
    ).toThrow()
  })
})

/** The requester against a scripted responder: what it does with answers a sound responder never sends. */
describe('QueryClient on 2.0.0 against a responder that misbehaves', () => {
  let itaKey: Key
  let grcKey: Key
  let otherKey: Key
  let federation: Federation

  beforeAll(async () => {
    itaKey = await generateKeyPair('Ed25519')
    grcKey = await generateKeyPair('Ed25519')
    otherKey = await generateKeyPair('Ed25519')
    federation = new Federation(
      [
        ['ITA', itaKey],
        ['GRC', grcKey],
      ].map(([country, key]) => ({
        country: country as string,
        peerId: peerIdFromPrivateKey(key as Key).toString(),
        addresses: [],
        groups: [],
      })),
    )
  })

  /** The responder end is handed to `respond`, which reads request frames and writes whatever it likes. */
  function clientAgainst(respond: (lp: ReturnType<typeof lpStream>, stream: Stream) => Promise<void>) {
    let dials = 0
    const client = new QueryClient(
      {
        libp2p: {
          dialProtocol: async () => {
            dials++
            const [outbound, inbound] = await streamPair({ protocol: QUERY_PROTOCOL_V2 })
            void respond(lpStream(inbound), inbound).catch(() => undefined)
            outbound.protocol = QUERY_PROTOCOL_V2
            return outbound
          },
        } as never,
        privateKey: grcKey,
        federation,
        clock,
      },
      { country: 'GRC', peerTimeoutMs: 2_000, maxFrameBytes: 4096, requestLifetimeMs: 60_000 },
    )
    return { client, dials: () => dials }
  }

  const request = () => identifyRequest('GRC', 'ITA', { issuedAtMs: NOW, expiresAtMs: NOW + 60_000 })
  const noHit = (digest: Uint8Array, over: Record<string, unknown> = {}) =>
    encodeResponse({
      ...makeResponse({
        requestId: new Uint8Array(),
        responderCountry: 'ITA',
        requestDigest: digest,
        issuedAtMs: NOW,
        status: 'NO_HIT',
      }),
      ...over,
    })
  const digestOf = (frame: Uint8Array) => new Uint8Array(createHash('sha256').update(frame).digest())

  it('fails every request on the stream as invalid when a frame is not signed by the member, and reopens', async () => {
    let streamsSeen = 0
    const { client, dials } = clientAgainst(async (lp) => {
      streamsSeen++
      const first = streamsSeen === 1
      const a = (await lp.read()).subarray()
      if (first) {
        await lp.read()
        await lp.write(await signEnvelope(noHit(digestOf(a)), otherKey))
      } else {
        await lp.write(await signEnvelope(noHit(digestOf(a)), itaKey))
      }
    })
    const out = await client.fanOut([request(), request()])
    expect(out.map((r) => r.outcome)).toEqual(['invalid', 'invalid'])
    expect(out[0]?.detail).toMatch(
      /^StreamRefused: the member sent a frame that is not its answer \(response signature does not verify\)/,
    )
    expect((await client.send(request())).outcome).toBe('no_hit')
    expect(dials()).toBe(2)
    await client.close()
  })

  it('refuses an answer naming another responder or request id, and only that request', async () => {
    const { client } = clientAgainst(async (lp) => {
      const frames = [(await lp.read()).subarray(), (await lp.read()).subarray(), (await lp.read()).subarray()]
      await lp.write(await signEnvelope(noHit(digestOf(frames[0]!), { responderCountry: 'DEU' }), itaKey))
      await lp.write(await signEnvelope(noHit(digestOf(frames[1]!), { requestId: new Uint8Array(16).fill(7) }), itaKey))
      await lp.write(await signEnvelope(noHit(digestOf(frames[2]!)), itaKey))
    })
    const out = await client.fanOut([request(), request(), request()])
    expect(out.map((r) => [r.outcome, r.detail])).toEqual([
      ['invalid', 'response names another responder'],
      ['invalid', 'response carries another request id'],
      ['no_hit', undefined],
    ])
    await client.close()
  })

  it('treats a refusal that names no request (a frame it could not read) as the end of the stream', async () => {
    const { client } = clientAgainst(async (lp, stream) => {
      await lp.read()
      await lp.write(await signEnvelope(noHit(new Uint8Array(), { status: 'INVALID' }), itaKey))
      await stream.close()
    })
    const [r] = await client.fanOut([request()])
    expect(r?.outcome).toBe('invalid')
    expect(r?.detail).toMatch(/refused a frame on this stream \(INVALID\)/)
    await client.close()
  })

  it('an answer to a request nobody asked is ignored, and the asked one still gets its own', async () => {
    const { client } = clientAgainst(async (lp) => {
      const a = (await lp.read()).subarray()
      await lp.write(await signEnvelope(noHit(new Uint8Array(32).fill(3)), itaKey))
      await lp.write(await signEnvelope(noHit(digestOf(a)), itaKey))
    })
    expect((await client.send(request())).outcome).toBe('no_hit')
    await client.close()
  })

  it('a stream the responder resets fails the requests in flight as unreachable', async () => {
    const { client } = clientAgainst(async (lp, stream) => {
      await lp.read()
      stream.abort(new Error('reset'))
    })
    const r = await client.send(request())
    expect(r.outcome).toBe('unreachable')
    await client.close()
  })
})
