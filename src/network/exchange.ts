import type { Libp2p, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import type { Logger } from '../util/logger.js'
import { acceptedKeysOf, type Member } from './federation.js'

/** Who to dial: a member's current key, and the previous ones still in a rotation's overlap. */
export type DialTarget = Pick<Member, 'peerId' | 'previousKeys'>
type Dialer = Pick<Libp2p, 'dialProtocol'> & Partial<Pick<Libp2p, 'getConnections'>>

/**
 * Opens a stream to a member on `protocols`. A member in a key rotation's
 * overlap may still run its old key: a key it is connected with is tried
 * first, then its current key, then the previous ones; the last error is
 * thrown if none opens.
 */
export async function dialMember(
  libp2p: Dialer,
  member: DialTarget,
  protocols: string | string[],
  options: { signal?: AbortSignal },
): Promise<Stream> {
  const keys = acceptedKeysOf(member, Date.now())
  if (keys.length === 1) return libp2p.dialProtocol(peerIdFromString(member.peerId), protocols, options)
  const connected = keys.filter((k) => (libp2p.getConnections?.(peerIdFromString(k)).length ?? 0) > 0)
  let last: unknown
  for (const k of [...connected, ...keys.filter((x) => !connected.includes(x))]) {
    try {
      return await libp2p.dialProtocol(peerIdFromString(k), protocols, options)
    } catch (err) {
      last = err
      if (options.signal?.aborted) break
    }
  }
  throw last
}

/**
 * The requesting side of the one-request, one-response protocols (witness,
 * witnessed, proof, federation): dials the member (dialMember) on `protocol`, writes one
 * length-prefixed frame, reads one back (at most `maxResponseBytes`), decodes
 * it with `decode` and closes the stream, all within `timeoutMs`. Undefined
 * when no stream opened, or when the exchange or the decoding failed (the
 * stream is then aborted).
 */
export async function exchangeOnce<T>(
  libp2p: Dialer,
  peer: DialTarget,
  protocol: string,
  request: Uint8Array,
  options: { maxResponseBytes: number; timeoutMs: number; decode: (frame: Uint8Array) => T },
): Promise<T | undefined> {
  const signal = AbortSignal.timeout(options.timeoutMs)
  let stream: Stream
  try {
    stream = await dialMember(libp2p, peer, protocol, { signal })
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
  answer: (frame: Uint8Array) => Uint8Array | Promise<Uint8Array>,
): Promise<void> {
  try {
    const signal = AbortSignal.timeout(options.timeoutMs)
    const lp = lpStream(stream, { maxDataLength: options.maxRequestBytes })
    const response = await answer((await lp.read({ signal })).subarray())
    await lp.write(response, { signal })
    await stream.close({ signal })
  } catch (err) {
    options.logger.warn(`${options.what} stream failed`, { error: (err as Error).name })
    stream.abort(err instanceof Error ? err : new Error(String(err)))
  }
}
