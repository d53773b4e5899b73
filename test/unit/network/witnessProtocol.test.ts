import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Connection, Stream } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { lpStream, streamPair } from '@libp2p/utils'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LastWitnessed, WitnessOutcome } from '../../../src/audit/witness.js'
import { Federation, type Member } from '../../../src/network/federation.js'
import {
  MAX_WITNESS_FRAME_BYTES,
  requestCosignature,
  requestWitnessed,
  WITNESS_PROTOCOL,
  WITNESSED_PROTOCOL,
  WitnessServer,
} from '../../../src/network/witnessProtocol.js'
import { silentLogger } from '../../../src/util/logger.js'
import { mrn } from '../../../src/wire/gen/mrn.js'
import { hangingDial, rawResponder } from '../../helpers/rawResponder.js'
import { recordingLogger } from '../../helpers/recordingLogger.js'

type Key = Awaited<ReturnType<typeof generateKeyPair>>

/**
 * /mrn/witness/1.0.0 and /mrn/witnessed/1.0.0 over in-memory stream pairs:
 * the witness server with a scripted decision, the log side's requests.
 */
describe('witness protocols without the network', () => {
  let grcKey: Key
  let itaKey: Key
  let strangerKey: Key
  let ita: Member
  let federation: Federation

  beforeAll(async () => {
    ;[grcKey, itaKey, strangerKey] = [
      await generateKeyPair('Ed25519'),
      await generateKeyPair('Ed25519'),
      await generateKeyPair('Ed25519'),
    ]
    const member = (country: string, key: Key): Member => ({
      country,
      peerId: peerIdFromPrivateKey(key).toString(),
      addresses: ['/ip4/127.0.0.1/tcp/1'],
      groups: [],
    })
    ita = member('ITA', itaKey)
    federation = new Federation([member('GRC', grcKey), ita])
  })

  /** A witness (ITA) whose decision is `decide`; dials from `from` reach it over a stream pair. */
  async function witness(
    decide: (member: Member, note: string, oldSize: number, proof: Uint8Array[]) => WitnessOutcome,
    witnessed: (member: Member) => LastWitnessed | undefined = () => undefined,
    from: Key = grcKey,
    timeoutMs = 2_000,
  ) {
    const handlers = new Map<string, (s: Stream, c: Connection) => Promise<void>>()
    const options = new Map<string, unknown>()
    const logger = recordingLogger()
    const calls: { member: string; note: string; oldSize: number; proof: number[][]; frontier: number[][] }[] = []
    const server = new WitnessServer(
      {
        libp2p: {
          handle: async (p: string, h: unknown, o: unknown) => {
            handlers.set(p, h as (s: Stream, c: Connection) => Promise<void>)
            options.set(p, o)
          },
          unhandle: async () => undefined,
        } as never,
        federation,
        handler: (member, note, oldSize, proof, frontier) => {
          calls.push({
            member: member.country,
            note,
            oldSize,
            proof: proof.map((p) => [...p]),
            frontier: frontier.map((h) => [...h]),
          })
          return decide(member, note, oldSize, proof)
        },
        witnessed,
        logger,
      },
      { timeoutMs },
    )
    await server.start()
    const connection = { remotePeer: peerIdFromPrivateKey(from) } as unknown as Connection
    const libp2p = {
      dialProtocol: async (_peer: unknown, protocol: string) => {
        const [outbound, inbound] = await streamPair({ protocol })
        void handlers.get(protocol)?.(inbound, connection)
        return outbound
      },
    }
    /** Serves `stream` as the protocol's handler would, to completion. */
    const serveRaw = (protocol: string, stream: Stream) => handlers.get(protocol)?.(stream, connection)
    return { libp2p, calls, options, lines: logger.lines, serveRaw }
  }

  it('answers a co-signature on the wire with the size it co-signed', async () => {
    const { serveRaw } = await witness(() => ({ status: 'COSIGNED', cosignature: '— sig', size: 9 }))
    const [outbound, inbound] = await streamPair({ protocol: WITNESS_PROTOCOL })
    const served = serveRaw(WITNESS_PROTOCOL, inbound)
    const lp = lpStream(outbound)
    await lp.write(mrn.v1.WitnessRequest.encode({ checkpoint: 'n', oldSize: 4, consistencyProof: [] }).finish())
    const res = mrn.v1.WitnessResponse.decode((await lp.read()).subarray())
    await served
    expect({ status: res.status, cosignature: res.cosignature, lastSize: Number(res.lastSize.toString()) }).toEqual({
      status: mrn.v1.WitnessResponse.Status.COSIGNED,
      cosignature: '— sig',
      lastSize: 9,
    })
  })

  it('registers both protocols at most 8 streams in', async () => {
    const { options } = await witness(() => ({ status: 'OLD_SIZE_MISMATCH', lastSize: 0 }))
    expect(Object.fromEntries(options)).toEqual({
      [WITNESS_PROTOCOL]: { maxInboundStreams: 8 },
      [WITNESSED_PROTOCOL]: { maxInboundStreams: 8 },
    })
  })

  it('carries sizes past 2^32 exactly, both ways', async () => {
    const { libp2p, calls } = await witness(() => ({ status: 'OLD_SIZE_MISMATCH', lastSize: 2 ** 40 + 3 }))
    expect(await requestCosignature(libp2p, ita, 'n', 2 ** 33 + 1, [], 2_000)).toEqual({
      status: 'OLD_SIZE_MISMATCH',
      lastSize: 2 ** 40 + 3,
    })
    expect(calls[0]?.oldSize).toBe(2 ** 33 + 1)
  })

  it.each([
    [WITNESS_PROTOCOL, 'witness stream failed'],
    [WITNESSED_PROTOCOL, 'witnessed stream failed'],
  ])('%s: aborts a stream that sends nothing within the timeout, and logs why', async (protocol, message) => {
    const { serveRaw, lines, calls } = await witness(
      () => ({ status: 'OLD_SIZE_MISMATCH', lastSize: 0 }),
      undefined,
      grcKey,
      20,
    )
    const [outbound, inbound] = await streamPair({ protocol })
    await serveRaw(protocol, inbound)
    expect(inbound.status).toBe('aborted')
    expect(lines).toEqual([{ level: 'warn', msg: message, fields: { error: 'TimeoutError' } }])
    expect(calls).toEqual([])
    outbound.abort(new Error('done'))
  })

  it.each([
    [WITNESS_PROTOCOL, MAX_WITNESS_FRAME_BYTES + 1],
    [WITNESSED_PROTOCOL, 1025],
  ])('%s: aborts a request longer than %i bytes unread', async (protocol, bytes) => {
    const { serveRaw, lines, calls } = await witness(() => ({ status: 'OLD_SIZE_MISMATCH', lastSize: 0 }))
    const [outbound, inbound] = await streamPair({ protocol })
    const served = serveRaw(protocol, inbound)
    await lpStream(outbound).write(new Uint8Array(bytes))
    await served
    expect(inbound.status).toBe('aborted')
    expect(lines[0]?.fields).toEqual({ error: 'InvalidDataLengthError' })
    expect(calls).toEqual([])
  })

  it('takes an answer it does not know, or that is not one, for what it is', async () => {
    const unknownStatus = rawResponder(new Uint8Array([0x08, 0x63])) // field 1 (status) = 99
    expect(await requestCosignature(unknownStatus.libp2p, ita, 'n', 0, [], 2_000)).toEqual({
      status: 'BAD_CHECKPOINT',
    })
    const garbage = rawResponder(new Uint8Array([0xff, 0xff, 0xff]))
    expect(await requestCosignature(garbage.libp2p, ita, 'n', 0, [], 2_000)).toEqual({ status: 'UNREACHABLE' })
    expect(garbage.streams[0]?.status).toBe('aborted')
    const garbled = rawResponder(new Uint8Array([0xff, 0xff, 0xff]))
    expect(await requestWitnessed(garbled.libp2p, ita, 2_000)).toBeUndefined()
    expect(garbled.streams[0]?.status).toBe('aborted')
  })

  it('reads answers up to 64 KiB and refuses longer ones', async () => {
    const note = (bytes: number) => 'x'.repeat(bytes)
    const fits = rawResponder(
      mrn.v1.WitnessedResponse.encode({ checkpoint: note(MAX_WITNESS_FRAME_BYTES - 10) }).finish(),
    )
    expect((await requestWitnessed(fits.libp2p, ita, 2_000))?.last?.note).toHaveLength(MAX_WITNESS_FRAME_BYTES - 10)
    const tooLong = rawResponder(
      mrn.v1.WitnessedResponse.encode({ checkpoint: note(MAX_WITNESS_FRAME_BYTES) }).finish(),
    )
    expect(await requestWitnessed(tooLong.libp2p, ita, 2_000)).toBeUndefined()
    const cosigned = (bytes: number) =>
      mrn.v1.WitnessResponse.encode({
        status: mrn.v1.WitnessResponse.Status.COSIGNED,
        cosignature: note(bytes),
      }).finish()
    expect(
      await requestCosignature(rawResponder(cosigned(MAX_WITNESS_FRAME_BYTES - 10)).libp2p, ita, 'n', 0, [], 2_000),
    ).toMatchObject({ status: 'COSIGNED' })
    expect(
      await requestCosignature(rawResponder(cosigned(MAX_WITNESS_FRAME_BYTES)).libp2p, ita, 'n', 0, [], 2_000),
    ).toEqual({ status: 'UNREACHABLE' })
  })

  it('gives up on a dial that does not complete within the timeout', async () => {
    expect(await requestCosignature(hangingDial, ita, 'n', 0, [], 30)).toEqual({ status: 'UNREACHABLE' })
    expect(await requestWitnessed(hangingDial, ita, 30)).toBeUndefined()
  })

  it('hands the checkpoint, old size, proof and frontier to the decision, and returns its co-signature', async () => {
    const { libp2p, calls } = await witness(() => ({ status: 'COSIGNED', cosignature: '— sig', size: 9 }))
    const proof = [new Uint8Array([1, 2]), new Uint8Array([3])]
    const frontier = [new Uint8Array([7]), new Uint8Array([8, 9])]
    expect(await requestCosignature(libp2p, ita, 'note text\n', 4, proof, 2_000, frontier)).toEqual({
      status: 'COSIGNED',
      cosignature: '— sig',
    })
    expect(await requestCosignature(libp2p, ita, 'n\n', 0, [], 2_000)).toMatchObject({ status: 'COSIGNED' })
    expect(calls).toEqual([
      { member: 'GRC', note: 'note text\n', oldSize: 4, proof: [[1, 2], [3]], frontier: [[7], [8, 9]] },
      { member: 'GRC', note: 'n\n', oldSize: 0, proof: [], frontier: [] },
    ])
  })

  it.each<[WitnessOutcome, unknown]>([
    [
      { status: 'OLD_SIZE_MISMATCH', lastSize: 12 },
      { status: 'OLD_SIZE_MISMATCH', lastSize: 12 },
    ],
    [
      { status: 'CONFLICT', lastSize: 7, detail: 'x' },
      { status: 'CONFLICT', lastSize: 7 },
    ],
    [
      { status: 'BAD_PROOF', lastSize: 3, detail: 'x' },
      { status: 'BAD_PROOF', lastSize: 3 },
    ],
    [
      { status: 'BAD_CHECKPOINT', lastSize: 0, detail: 'x' },
      { status: 'BAD_CHECKPOINT', lastSize: 0 },
    ],
  ])('carries a refusal %o to the log side with the size the witness knows', async (outcome, expected) => {
    const { libp2p } = await witness(() => outcome)
    expect(await requestCosignature(libp2p, ita, 'n', 1, [], 2_000)).toEqual(expected)
  })

  it('answers a connection from a non-member BAD_CHECKPOINT without asking the decision', async () => {
    const { libp2p, calls } = await witness(
      () => ({ status: 'COSIGNED', cosignature: 's', size: 1 }),
      () => ({ note: 'never', frontier: [], cosignature: '' }),
      strangerKey,
    )
    expect(await requestCosignature(libp2p, ita, 'n', 0, [], 2_000)).toEqual({ status: 'BAD_CHECKPOINT', lastSize: 0 })
    expect(calls).toEqual([])
    expect(await requestWitnessed(libp2p, ita, 2_000)).toStrictEqual({ last: undefined })
  })

  it('reports the checkpoint the witness last co-signed for the asking member, or none', async () => {
    const asked: string[] = []
    const { libp2p } = await witness(
      () => ({ status: 'OLD_SIZE_MISMATCH', lastSize: 0 }),
      (member) => {
        asked.push(member.country)
        return member.country === 'GRC'
          ? { note: 'checkpoint of GRC\n', frontier: [new Uint8Array([5, 6])], cosignature: '— w sig' }
          : undefined
      },
    )
    const answer = await requestWitnessed(libp2p, ita, 2_000)
    expect(answer?.last?.note).toBe('checkpoint of GRC\n')
    expect(answer?.last?.frontier.map((h) => [...h])).toEqual([[5, 6]])
    expect(answer?.last?.cosignature).toBe('— w sig')
    expect(asked).toEqual(['GRC'])
    const none = await witness(
      () => ({ status: 'OLD_SIZE_MISMATCH', lastSize: 0 }),
      () => undefined,
    )
    // Reachable, and never co-signed our log: an answer without a checkpoint, not silence.
    expect(await requestWitnessed(none.libp2p, ita, 2_000)).toStrictEqual({ last: undefined })
  })

  it('is UNREACHABLE when no stream opens, and when the witness never answers within the timeout', async () => {
    const refusing = { dialProtocol: async () => Promise.reject(new Error('dial refused')) }
    expect(await requestCosignature(refusing, ita, 'n', 0, [], 2_000)).toEqual({ status: 'UNREACHABLE' })
    expect(await requestWitnessed(refusing, ita, 2_000)).toBeUndefined()
    const silent = {
      dialProtocol: async (_peer: unknown, protocol: string) => (await streamPair({ protocol }))[0],
    }
    expect(await requestCosignature(silent, ita, 'n', 0, [], 50)).toEqual({ status: 'UNREACHABLE' })
    expect(await requestWitnessed(silent, ita, 50)).toBeUndefined()
  })

  it('serves both protocols and stops serving them', async () => {
    const handled: string[] = []
    const unhandled: string[] = []
    const server = new WitnessServer({
      libp2p: {
        handle: async (p: string) => {
          handled.push(p)
        },
        unhandle: async (p: string) => {
          unhandled.push(p)
        },
      } as never,
      federation,
      handler: () => ({ status: 'OLD_SIZE_MISMATCH', lastSize: 0 }),
      witnessed: () => undefined,
      logger: silentLogger,
    })
    await server.start()
    await server.stop()
    expect(handled).toEqual([WITNESS_PROTOCOL, WITNESSED_PROTOCOL])
    expect(unhandled).toEqual([WITNESS_PROTOCOL, WITNESSED_PROTOCOL])
    expect(WITNESS_PROTOCOL).toBe('/mrn/witness/1.0.0')
    expect(WITNESSED_PROTOCOL).toBe('/mrn/witnessed/1.0.0')
  })
})
