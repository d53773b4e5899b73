import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/** Linux's default range of ephemeral ports, used when /proc does not say. */
const DEFAULT_EPHEMERAL: readonly [number, number] = [32768, 60999]
/** Ports chosen below the ephemeral range start here (clear of well-known and registered services' low ports). */
const LOWEST = 10_000
/** Ports this process has handed out already. */
const handedOut = new Set<number>()

/** The range the OS takes local ports of outgoing connections from. */
export function ephemeralRange(path = '/proc/sys/net/ipv4/ip_local_port_range'): readonly [number, number] {
  try {
    const [lo, hi] = readFileSync(path, 'utf8').trim().split(/\s+/).map(Number)
    if (lo !== undefined && hi !== undefined && lo > 0 && hi >= lo) return [lo, hi]
  } catch {
    // not Linux, or no /proc: the usual range
  }
  return DEFAULT_EPHEMERAL
}

function listen(host: string, port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer()
    server.unref()
    server.on('error', () => resolve(undefined))
    server.listen(port, host, () => {
      const address = server.address()
      const bound = typeof address === 'object' && address !== null ? address.port : undefined
      server.close(() => resolve(bound))
    })
  })
}

/**
 * A free TCP port on `host` for a node to listen on later (the port is free
 * when returned; another process may take it before). Chosen at random
 * below the OS's ephemeral range, so that no outgoing connection is given it
 * as its local port in the meantime (which made a later listen fail with
 * EADDRINUSE); any free port if none there is free.
 */
export async function freePort(host: string): Promise<number> {
  const max = ephemeralRange()[0] - 1
  for (let i = 0; i < 50 && max > LOWEST; i++) {
    const candidate = LOWEST + Math.floor(Math.random() * (max - LOWEST + 1))
    // never the same port twice in one process (a simulation initialises many nodes before any starts)
    if (handedOut.has(candidate)) continue
    const port = await listen(host, candidate)
    if (port !== undefined) {
      handedOut.add(port)
      return port
    }
  }
  const any = await listen(host, 0)
  if (any === undefined) throw new Error(`no free TCP port on ${host}`)
  return any
}
