import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Connection, Stream } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { lpStream, streamPair } from '@libp2p/utils'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  EVIDENCE_PROTOCOL,
  type Evidence,
  EvidenceServer,
  MAX_EVIDENCE_BYTES,
  requestEvidence,
} from '../../../src/network/evidenceProtocol.js'
import { Federation, type Member } from '../../../src/network/federation.js'
import { type LogFields, type Logger, silentLogger } from '../../../src/util/logger.js'
import { mrn } from '../../../src/wire/gen/mrn.js'
import { hangingDial, rawResponder } from '../../helpers/rawResponder.js'

type Key = Awaited<ReturnType<typeof generateKeyPair>>

const EVIDENCE: Evidence = {
  checkpoint: 'mrn-audit/ITA/x\n9\nroot\n\n— sig\n',
  leafData: new Uint8Array([1, 2, 3]),
  inclusionProof: [new Uint8Array(32).fill(4), new Uint8Array(32).fill(5)],
}

/** /mrn/proof/1.0.0 over in-memory stream pairs: the server with a scripted handler, the requester's side. */
describe('evidence protocol without the network', () => {
  let grcKey: Key
  let strangerKey: Key
  let ita: Member
  let federation: Federation

  beforeAll(async () => {
    const itaKey = await generateKeyPair('Ed25519')
    ;[grcKey, strangerKey] = [await generateKeyPair('Ed25519'), await generateKeyPair('Ed25519')]
    const member = (country: string, key: Key): Member => ({
      country,
      peerId: peerIdFromPrivateKey(key).toString(),
      addresses: ['/ip4/127.0.0.1/tcp/1'],
      groups: [],
    })
    ita = member('ITA', itaKey)
    federation = new Federation([member('GRC', grcKey), ita])
  })

  /** An evidence server (ITA) whose handler is `handler`; dials from `from` reach it over a stream pair. */
  async function server(
    handler: (member: Member, index: number) => Evidence | undefined,
    from: Key = grcKey,
    init: { timeoutMs?: number } = {},
  ) {
    const asked: { member: string; index: number }[] = []
    const warnings: string[] = []
    const warned: LogFields[] = []
    let onStream: ((s: Stream, c: Connection) => Promise<void>) | undefined
    let served: Promise<void> | undefined
    const logger = {
      ...silentLogger,
      warn: (message: string, fields: LogFields = {}) => {
        warnings.push(message)
        warned.push(fields)
      },
    } as Logger
    const s = new EvidenceServer(
      {
        libp2p: {
          handle: async (protocol: string, h: unknown, options: unknown) => {
            expect(protocol).toBe(EVIDENCE_PROTOCOL)
            expect(options).toEqual({ maxInboundStreams: 8 })
            onStream = h as typeof onStream
          },
          unhandle: async () => undefined,
        } as never,
        federation,
        handler: (member, index) => {
          asked.push({ member: member?.country ?? 'nobody', index })
          return handler(member, index)
        },
        logger,
      },
      init,
    )
    await s.start()
    const connection = { remotePeer: peerIdFromPrivateKey(from) } as unknown as Connection
    const libp2p = {
      dialProtocol: async (_peer: unknown, protocol: string) => {
        const [outbound, inbound] = await streamPair({ protocol })
        served = onStream?.(inbound, connection)
        return outbound
      },
    }
    return {
      libp2p,
      asked,
      warnings,
      warned,
      served: () => served,
      inbound: (stream: Stream) => onStream?.(stream, connection),
    }
  }

  it('hands the leaf index to the handler and returns its evidence intact', async () => {
    const { libp2p, asked, warnings } = await server(() => EVIDENCE)
    expect(await requestEvidence(libp2p, ita, 2 ** 33, 2_000)).toEqual(EVIDENCE)
    expect(asked).toEqual([{ member: 'GRC', index: 2 ** 33 }])
    expect(warnings).toEqual([])
  })

  it('returns nothing when the handler has nothing for the member', async () => {
    const { libp2p, asked } = await server(() => undefined)
    expect(await requestEvidence(libp2p, ita, 4, 2_000)).toBeUndefined()
    expect(asked).toEqual([{ member: 'GRC', index: 4 }])
  })

  it('answers a non-member "not found" without asking the handler', async () => {
    const { libp2p, asked } = await server(() => EVIDENCE, strangerKey)
    expect(await requestEvidence(libp2p, ita, 0, 2_000)).toBeUndefined()
    expect(asked).toEqual([])
  })

  it('returns nothing when no stream opens, or when no answer comes within the timeout', async () => {
    const refusing = { dialProtocol: async () => Promise.reject(new Error('dial refused')) }
    expect(await requestEvidence(refusing, ita, 0, 2_000)).toBeUndefined()
    const silent = { dialProtocol: async (_peer: unknown, protocol: string) => (await streamPair({ protocol }))[0] }
    const started = Date.now()
    expect(await requestEvidence(silent, ita, 0, 50)).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it('returns nothing for an answer that is not an EvidenceResponse', async () => {
    const libp2p = {
      dialProtocol: async (_peer: unknown, protocol: string) => {
        const [outbound, inbound] = await streamPair({ protocol })
        void (async () => {
          const lp = lpStream(inbound)
          await lp.read()
          await lp.write(new Uint8Array([0xff, 0xff, 0xff]))
        })()
        return outbound
      },
    }
    expect(await requestEvidence(libp2p, ita, 0, 2_000)).toBeUndefined()
    const garbled = rawResponder(new Uint8Array([0xff, 0xff, 0xff]))
    expect(await requestEvidence(garbled.libp2p, ita, 0, 2_000)).toBeUndefined()
    expect(garbled.streams[0]?.status).toBe('aborted')
  })

  it('aborts a stream whose request is over 1 KiB, even a valid one, and says so in its log', async () => {
    const { inbound, warnings, warned, asked } = await server(() => EVIDENCE)
    const [outbound, serverSide] = await streamPair({ protocol: EVIDENCE_PROTOCOL })
    const served = inbound(serverSide)
    // leafIndex 1, then an unknown bytes field (15) of 1,100 bytes that a decoder skips.
    const request = mrn.v1.EvidenceRequest.encode({ leafIndex: 1 }).finish()
    const unknown = new Uint8Array([0x7a, (1_100 & 0x7f) | 0x80, 1_100 >> 7, ...new Uint8Array(1_100)])
    expect(mrn.v1.EvidenceRequest.decode(new Uint8Array([...request, ...unknown])).leafIndex.toString()).toBe('1')
    await lpStream(outbound).write(new Uint8Array([...request, ...unknown]))
    await served
    expect(serverSide.status).toBe('aborted')
    expect(warnings).toEqual(['evidence stream failed'])
    expect(warned).toEqual([{ error: 'InvalidDataLengthError' }])
    expect(asked).toEqual([])
  })

  it('aborts a stream that sends no request within its timeout', async () => {
    const { inbound, warned, asked } = await server(() => EVIDENCE, grcKey, { timeoutMs: 20 })
    const [outbound, serverSide] = await streamPair({ protocol: EVIDENCE_PROTOCOL })
    await inbound(serverSide)
    expect(serverSide.status).toBe('aborted')
    expect(warned).toEqual([{ error: 'TimeoutError' }])
    expect(asked).toEqual([])
    outbound.abort(new Error('done'))
  })

  it('gives up on a dial that does not complete within the timeout', async () => {
    // The dial only ends when its signal aborts: without the signal, the request would wait forever.
    expect(await requestEvidence(hangingDial, ita, 0, 30)).toBeUndefined()
  })

  it('reads an answer up to 256 KiB, refuses a longer one and aborts its stream', async () => {
    const withProof = (bytes: number) =>
      mrn.v1.EvidenceResponse.encode({ ...EVIDENCE, found: true, leafData: new Uint8Array(bytes) }).finish()
    const fits = withProof(MAX_EVIDENCE_BYTES - 200)
    expect(fits.length).toBeLessThanOrEqual(MAX_EVIDENCE_BYTES)
    expect(await requestEvidence(rawResponder(fits).libp2p, ita, 0, 2_000)).toMatchObject({
      checkpoint: EVIDENCE.checkpoint,
    })
    const tooLong = rawResponder(withProof(MAX_EVIDENCE_BYTES))
    expect(await requestEvidence(tooLong.libp2p, ita, 0, 2_000)).toBeUndefined()
    expect(tooLong.streams[0]?.status).toBe('aborted')
  })

  it('stops serving the protocol', async () => {
    const unhandled: string[] = []
    const s = new EvidenceServer({
      libp2p: { handle: async () => undefined, unhandle: async (p: string) => unhandled.push(p) } as never,
      federation,
      handler: () => undefined,
      logger: silentLogger,
    })
    await s.stop()
    expect(unhandled).toEqual(['/mrn/proof/1.0.0'])
  })
})
