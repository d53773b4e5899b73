import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PeerId, Stream } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { streamPair } from '@libp2p/utils'
import { describe, expect, it } from 'vitest'
import { dialMember, exchangeOnce, serveOnce } from '../../../src/network/exchange.js'
import { recordingLogger } from '../../helpers/recordingLogger.js'

const newPeerId = async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
const PROTOCOL = '/test/1.0.0'

describe('one request, one response exchanges', () => {
  it('gives up within its time on a peer that never answers, and aborts the stream', async () => {
    let local: Stream | undefined
    const libp2p = {
      dialProtocol: async () => {
        const [outbound] = await streamPair({ protocol: PROTOCOL })
        local = outbound
        return outbound
      },
    }
    const res = await exchangeOnce(libp2p, { peerId: await newPeerId() }, PROTOCOL, new Uint8Array([1]), {
      maxResponseBytes: 64,
      timeoutMs: 200,
      decode: (f) => f,
    })
    expect(res).toBeUndefined()
    expect(local?.status).toBe('aborted')
  }, 10_000)

  it('gives up within its time on a requester that never sends its request, and logs it by name', async () => {
    const [, inbound] = await streamPair({ protocol: PROTOCOL })
    const logger = recordingLogger()
    await serveOnce(inbound, { maxRequestBytes: 64, timeoutMs: 200, what: 'test', logger }, () => new Uint8Array(1))
    expect(logger.lines.map((l) => l.msg)).toEqual(['test stream failed'])
    expect(inbound.status).toBe('aborted')
  }, 10_000)

  it('closes both ends after a good exchange', async () => {
    const [outbound, inbound] = await streamPair({ protocol: PROTOCOL })
    const logger = recordingLogger()
    const served = serveOnce(inbound, { maxRequestBytes: 64, timeoutMs: 2_000, what: 'test', logger }, (f) =>
      f.map((b) => b + 1),
    )
    const res = await exchangeOnce(
      { dialProtocol: async () => outbound },
      { peerId: await newPeerId() },
      PROTOCOL,
      new Uint8Array([1, 2]),
      { maxResponseBytes: 64, timeoutMs: 2_000, decode: (f) => [...f] },
    )
    await served
    expect(res).toEqual([2, 3])
    expect(logger.lines).toEqual([])
  })
})

describe('dialing a member in a key rotation overlap', () => {
  it('dials the current key alone when there is no overlap', async () => {
    const current = await newPeerId()
    const dialed: string[] = []
    const libp2p = {
      dialProtocol: async (p: PeerId) => {
        dialed.push(p.toString())
        throw new Error('down')
      },
    }
    await expect(dialMember(libp2p, { peerId: current }, PROTOCOL, {})).rejects.toThrow('down')
    expect(dialed).toEqual([current])
  })

  it('tries the key it is connected with first, then the current key, then the previous one', async () => {
    const current = await newPeerId()
    const old = await newPeerId()
    const member = {
      peerId: current,
      previousKeys: [
        {
          peerId: old,
          replacedAt: new Date().toISOString(),
          acceptedUntil: new Date(Date.now() + 60_000).toISOString(),
        },
      ],
    }
    const dialed: string[] = []
    const dialer = (connected: string[], up: string) => ({
      getConnections: (p: PeerId) => (connected.includes(p.toString()) ? [{}] : []) as never,
      dialProtocol: async (p: PeerId) => {
        dialed.push(p.toString())
        if (p.toString() !== up) throw new Error(`not ${p.toString()}`)
        return 'stream' as unknown as Stream
      },
    })
    expect(await dialMember(dialer([], old), member, PROTOCOL, {})).toBe('stream')
    expect(dialed).toEqual([current, old])
    dialed.length = 0
    expect(await dialMember(dialer([old], old), member, PROTOCOL, {})).toBe('stream')
    expect(dialed).toEqual([old])
    // each key once, the connected one first
    dialed.length = 0
    await expect(dialMember(dialer([old], 'nobody'), member, PROTOCOL, {})).rejects.toThrow(`not ${current}`)
    expect(dialed).toEqual([old, current])
    // a libp2p that cannot list its connections: the current key, then the previous one
    dialed.length = 0
    const { getConnections: _none, ...bare } = dialer([], old)
    expect(await dialMember(bare, member, PROTOCOL, {})).toBe('stream')
    expect(dialed).toEqual([current, old])
    // none answers: the last error; an aborted dial tries no further
    dialed.length = 0
    await expect(dialMember(dialer([], 'nobody'), member, PROTOCOL, {})).rejects.toThrow(`not ${old}`)
    dialed.length = 0
    await expect(dialMember(dialer([], 'nobody'), member, PROTOCOL, { signal: AbortSignal.abort() })).rejects.toThrow(
      `not ${current}`,
    )
    expect(dialed).toEqual([current])
    // after the overlap, the old key is not dialed
    dialed.length = 0
    const over = { ...member, previousKeys: [{ ...member.previousKeys[0]!, acceptedUntil: new Date(0).toISOString() }] }
    await expect(dialMember(dialer([], old), over, PROTOCOL, {})).rejects.toThrow(`not ${current}`)
    expect(dialed).toEqual([current])
  })
})
