import type { Libp2p, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import type { Logger } from '../util/logger.js'

/**
 * The requesting side of the one-request, one-response protocols (witness,
 * witnessed, proof, federation): dials `peerId` on `protocol`, writes one
 * length-prefixed frame, reads one back (at most `maxResponseBytes`), decodes
 * it with `decode` and closes the stream, all within `timeoutMs`. Undefined
 * when no stream opened, or when the exchange or the decoding failed (the
 * stream is then aborted).
 */
export async function exchangeOnce<T>(
  libp2p: Pick<Libp2p, 'dialProtocol'>,
  peerId: string,
  protocol: string,
  request: Uint8Array,
  options: { maxResponseBytes: number; timeoutMs: number; decode: (frame: Uint8Array) => T },
): Promise<T | undefined> {
  const signal = AbortSignal.timeout(options.timeoutMs)
  let stream: Stream
  try {
    stream = await libp2p.dialProtocol(peerIdFromString(peerId), protocol, { signal })
  } catch {
    return undefined
  }
  try {
    const lp = lpStream(stream, { maxDataLength: options.maxResponseBytes })
    await lp.write(request, { signal })
    const answer = options.decode((await lp.read({ signal })).subarray())
    await stream.close({ signal }).catch(() => undefined)
    return answer
  } catch {
    stream.abort(new Error(`${protocol} exchange failed`))
    return undefined
  }
}

/**
 * The answering side of those protocols: reads one frame (at most
 * `maxRequestBytes`), lets `answer` turn it into the response frame, writes
 * it and closes the stream, all within `timeoutMs`. A frame too long, a
 * decoding that throws or a peer too slow aborts the stream and is logged as
 * `<what> stream failed` (the error's name only).
 */
export async function serveOnce(
  stream: Stream,
  options: { maxRequestBytes: number; timeoutMs: number; what: string; logger: Logger },
  answer: (frame: Uint8Array) => Uint8Array,
): Promise<void> {
  try {
    const signal = AbortSignal.timeout(options.timeoutMs)
    const lp = lpStream(stream, { maxDataLength: options.maxRequestBytes })
    const response = answer((await lp.read({ signal })).subarray())
    await lp.write(response, { signal })
    await stream.close({ signal })
  } catch (err) {
    options.logger.warn(`${options.what} stream failed`, { error: (err as Error).name })
    stream.abort(err instanceof Error ? err : new Error(String(err)))
  }
}
