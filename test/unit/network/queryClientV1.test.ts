import { createHash } from 'node:crypto'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Stream } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { lpStream, streamPair } from '@libp2p/utils'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { Federation } from '../../../src/network/federation.js'
import { QUERY_PROTOCOL_V1, QUERY_PROTOCOL_V2 } from '../../../src/network/protocol.js'
import { QueryClient, type QueryClientInit } from '../../../src/network/queryClient.js'
import { encodeResponse } from '../../../src/wire/codec.js'
import { signEnvelope } from '../../../src/wire/envelope.js'
import { makeResponse } from '../../../src/wire/response.js'
import { identifyRequest } from '../../helpers/rawQuery.js'

type Key = Awaited<ReturnType<typeof generateKeyPair>>
const NOW = Date.UTC(2026, 10, 28, 12)
const clock = { nowMs: () => NOW }
const digestOf = (frame: Uint8Array) => new Uint8Array(createHash('sha256').update(frame).digest())

/**
 * QueryClient's own edges, over in-memory streams: a 1.0.0 responder
 * scripted per test (answers, garbage, silence, too much), dials that fail or
 * hang, and what each reads as for the caseworker; timers driven where the
 * time is what is tested.
 */
describe('QueryClient: latency, dials, 1.0.0 exchanges and what each failure reads as', () => {
  let itaKey: Key
  let grcKey: Key
  let federation: Federation

  beforeAll(async () => {
    itaKey = await generateKeyPair('Ed25519')
    grcKey = await generateKeyPair('Ed25519')
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

  afterEach(() => {
    vi.useRealTimers()
  })

  const request = () => identifyRequest('GRC', 'ITA', { issuedAtMs: NOW, expiresAtMs: NOW + 60_000 })
  const noHit = async (frame: Uint8Array) =>
    signEnvelope(
      encodeResponse(
        makeResponse({
          requestId: new Uint8Array(),
          responderCountry: 'ITA',
          requestDigest: digestOf(frame),
          issuedAtMs: NOW,
          status: 'NO_HIT',
        }),
      ),
      itaKey,
    )

  type Dial = (protocols: string[], signal?: AbortSignal) => Promise<Stream>
  /** A client whose every dial goes to `dial` (each call sees the protocols offered). */
  function clientWith(dial: Dial, init: Partial<QueryClientInit> = {}) {
    return new QueryClient(
      {
        libp2p: {
          dialProtocol: (_peer: unknown, p: string | string[], o?: { signal?: AbortSignal }) =>
            dial(typeof p === 'string' ? [p] : [...p], o?.signal),
        } as never,
        privateKey: grcKey,
        federation,
        clock,
      },
      { country: 'GRC', peerTimeoutMs: 1_000, maxFrameBytes: 4096, requestLifetimeMs: 60_000, ...init },
    )
  }

  /** A 1.0.0 responder: each stream is handed to `respond`. */
  function v1(respond: (lp: ReturnType<typeof lpStream>, stream: Stream) => Promise<void>): Dial {
    return async () => {
      const [outbound, inbound] = await streamPair({ protocol: QUERY_PROTOCOL_V1 })
      outbound.protocol = QUERY_PROTOCOL_V1
      void respond(lpStream(inbound, { maxDataLength: 1 << 20 }), inbound).catch(() => undefined)
      return outbound
    }
  }
  const answering = v1(async (lp) => lp.write(await noHit((await lp.read()).subarray())))

  it('measures the round trip in milliseconds, to two decimals', async () => {
    vi.useFakeTimers({ toFake: ['performance'] })
    vi.advanceTimersByTime(1_000) // the clock does not start at 0
    const client = clientWith(
      v1(async (lp) => {
        const frame = (await lp.read()).subarray()
        vi.advanceTimersByTime(12.3456)
        await lp.write(await noHit(frame))
      }),
    )
    const result = await client.send(request())
    expect(result.outcome).toBe('no_hit')
    expect(result.latencyMs).toBe(12.35)
  })

  it('reads an answer that is not a signed response as invalid, saying so', async () => {
    const client = clientWith(
      v1(async (lp) => {
        await lp.read()
        await lp.write(new Uint8Array([0xff, 0xff, 0x01]))
      }),
    )
    const result = await client.send(request())
    expect(result.outcome).toBe('invalid')
    expect(result.detail).toMatch(/^undecodable response/)
  })

  it('reads silence as a timeout at the per-peer timeout, naming it', async () => {
    const client = clientWith(
      v1(async (lp) => {
        await lp.read()
      }),
      { peerTimeoutMs: 60 },
    )
    const result = await client.send(request())
    expect(result).toMatchObject({
      outcome: 'timeout',
      detail: 'TimeoutError: no answer within the per-peer timeout',
    })
  })

  it('refuses an answer longer than its frame cap on 1.0.0 too', async () => {
    const client = clientWith(
      v1(async (lp) => {
        await lp.read()
        await lp.write(new Uint8Array(2_000))
      }),
      { maxFrameBytes: 1_024 },
    )
    const result = await client.send(request())
    expect(result.outcome).toBe('unreachable')
    expect(result.detail).not.toMatch(/undecodable/)
  })

  it('leaves no listener on the caller signal once a request is answered (a long-lived signal would gather them)', async () => {
    const caller = new AbortController()
    const added = vi.spyOn(caller.signal, 'addEventListener')
    const removed = vi.spyOn(caller.signal, 'removeEventListener')
    const client = clientWith(answering)
    expect((await client.send(request(), { signal: caller.signal })).outcome).toBe('no_hit')
    const listener = added.mock.calls.find((c) => c[0] === 'abort')?.[1]
    expect(listener).toBeDefined()
    expect(removed).toHaveBeenCalledWith('abort', listener)
  })

  it('opens the 2.0.0 stream again after a dial that failed, rather than keep the failure', async () => {
    let dials = 0
    const client = clientWith(async (protocols) => {
      dials++
      if (dials === 1) throw new Error('dial refused')
      const [outbound, inbound] = await streamPair({ protocol: QUERY_PROTOCOL_V2 })
      outbound.protocol = QUERY_PROTOCOL_V2
      expect(protocols[0]).toBe(QUERY_PROTOCOL_V2)
      void (async () => {
        const lp = lpStream(inbound)
        for (;;) await lp.write(await noHit((await lp.read()).subarray()))
      })().catch(() => undefined)
      return outbound
    })
    expect((await client.send(request())).outcome).toBe('unreachable')
    expect((await client.send(request())).outcome).toBe('no_hit')
    expect(dials).toBe(2)
    await client.close()
  })

  it('gives up a 1.0.0 dial that hangs at the per-peer timeout, for a member it knows speaks only 1.0.0', async () => {
    let hang = false
    const client = clientWith(
      async (protocols, signal) => {
        if (!hang) return answering(protocols, signal)
        return new Promise<never>((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(signal.reason ?? new Error('aborted'))),
        )
      },
      { peerTimeoutMs: 60 },
    )
    expect((await client.send(request())).outcome).toBe('no_hit') // learns: 1.0.0 only
    hang = true
    expect(await client.send(request())).toMatchObject({
      outcome: 'unreachable',
      detail: 'no stream opened within the per-peer timeout',
    })
  })

  it('cuts a failure that is not an Error to 200 characters too', async () => {
    const client = clientWith(async () => Promise.reject('y'.repeat(500)))
    const result = await client.send(request())
    expect(result.outcome).toBe('unreachable')
    expect(result.detail).toBe('y'.repeat(200))
  })

  /** A 2.0.0 responder: the stream is handed to `respond`. */
  function v2(respond: (lp: ReturnType<typeof lpStream>) => Promise<void>): Dial {
    return async () => {
      const [outbound, inbound] = await streamPair({ protocol: QUERY_PROTOCOL_V2 })
      outbound.protocol = QUERY_PROTOCOL_V2
      void respond(lpStream(inbound, { maxDataLength: 1 << 20 })).catch(() => undefined)
      return outbound
    }
  }

  it('keeps a 2.0.0 stream open past its idle timeout while a request waits on it', async () => {
    const client = clientWith(
      v2(async (lp) => {
        const frame = (await lp.read()).subarray()
        await new Promise((resolve) => setTimeout(resolve, 150)) // three idle timeouts
        await lp.write(await noHit(frame))
      }),
      { idleTimeoutMs: 50 },
    )
    expect((await client.send(request())).outcome).toBe('no_hit')
    await client.close()
  })

  it('refuses a 2.0.0 answer longer than its frame cap, without reading it', async () => {
    const client = clientWith(
      v2(async (lp) => {
        await lp.read()
        await lp.write(new Uint8Array(2_000))
      }),
      { maxFrameBytes: 1_024 },
    )
    const result = await client.send(request())
    expect(result.outcome).toBe('unreachable')
    await client.close()
  })

  it('fails the requests in flight when the requester closes, saying so', async () => {
    let received: () => void = () => undefined
    const arrived = new Promise<void>((resolve) => {
      received = resolve
    })
    const client = clientWith(
      v2(async (lp) => {
        await lp.read()
        received() // and never answer
      }),
    )
    const pending = client.send(request())
    await arrived
    await client.close()
    const result = await pending
    expect(result.outcome).toBe('unreachable')
    expect(result.detail).toMatch(/query stream closed by the requester/)
  })
})
