import type { Stream } from '@libp2p/interface'
import { lpStream, streamPair } from '@libp2p/utils'

/**
 * A dialer whose far end reads one length-prefixed frame and answers `answer`
 * (raw bytes, length-prefixed), as no sound responder would: for the requester
 * side's checks on what comes back. `streams` are the requester's ends.
 */
export function rawResponder(answer: Uint8Array): {
  libp2p: { dialProtocol: (peer: unknown, protocol: string) => Promise<Stream> }
  streams: Stream[]
} {
  const streams: Stream[] = []
  const libp2p = {
    dialProtocol: async (_peer: unknown, protocol: string) => {
      const [outbound, inbound] = await streamPair({ protocol })
      streams.push(outbound)
      void (async () => {
        const lp = lpStream(inbound, { maxDataLength: 1024 * 1024 })
        await lp.read()
        await lp.write(answer)
      })().catch(() => undefined)
      return outbound
    },
  }
  return { libp2p, streams }
}

/** A dial that never connects; like libp2p's, it gives up when its signal aborts. */
export const hangingDial = {
  dialProtocol: (_peer: unknown, _protocol: unknown, options?: { signal?: AbortSignal }) =>
    new Promise<never>((_resolve, reject) =>
      options?.signal?.addEventListener('abort', () => reject(options.signal?.reason ?? new Error('aborted'))),
    ),
}
