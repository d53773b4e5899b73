/**
 * Node 20 lacks `Promise.withResolvers` (added in Node 22), and libp2p 3 calls
 * it during the Noise handshake: without it every handshake fails and the
 * dialer only sees ECONNRESET. Every entry point (the CLI, benchmarks, vitest's
 * setup) imports this module before anything from libp2p. Delete it once the
 * project requires Node >= 22.
 */
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>(): PromiseWithResolvers<T> {
      let resolve!: (value: T | PromiseLike<T>) => void
      let reject!: (reason?: unknown) => void
      const promise = new Promise<T>((res, rej) => {
        resolve = res
        reject = rej
      })
      return { promise, resolve, reject }
    },
  })
}

export {}
