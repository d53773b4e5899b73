import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { prometheusMetrics } from '@libp2p/prometheus-metrics'
import { tcp } from '@libp2p/tcp'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p } from 'libp2p'
import type { Registry } from 'prom-client'
import { acceptedKeysOf, type FederationView } from './federation.js'
import { federationGater } from './gater.js'

export interface HostOptions {
  privateKey: PrivateKey
  listen: string[]
  announce?: string[]
  federation: FederationView
  /** Inbound connections per second accepted from one host (libp2p default 5 is too low for loopback simulations). */
  inboundConnectionsPerSecond: number
  onConnectionRefused?: (peerId: string) => void
  /** A Prometheus registry that libp2p's own metrics (connections, streams, bytes) join. */
  metrics?: Registry
}

/**
 * A libp2p host on TCP with Noise and Yamux that only talks to federation
 * members, and knows every member's addresses so it can dial by PeerId.
 */
export async function createHost(options: HostOptions): Promise<Libp2p> {
  const node = await createLibp2p({
    privateKey: options.privateKey,
    addresses: { listen: options.listen, announce: options.announce ?? [] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionGater: federationGater(options.federation, options.onConnectionRefused),
    ...(options.metrics
      ? {
          // Not preserving: the package keeps one name-to-metric table per process, which would
          // otherwise leave a second node in the same process (tests, simulations) without libp2p metrics.
          metrics: prometheusMetrics({
            registry: options.metrics,
            collectDefaultMetrics: true,
            preserveExistingMetrics: false,
          }),
        }
      : {}),
    connectionManager: {
      inboundConnectionThreshold: options.inboundConnectionsPerSecond,
      maxIncomingPendingConnections: Math.max(10, options.inboundConnectionsPerSecond),
    },
    start: false,
  })
  for (const member of options.federation.members()) {
    if (member.peerId === node.peerId.toString()) continue
    // a member in a key rotation's overlap may still listen with its previous key
    for (const key of acceptedKeysOf(member, Date.now()))
      await node.peerStore.merge(peerIdFromString(key), { multiaddrs: member.addresses.map((a) => multiaddr(a)) })
  }
  return node
}
