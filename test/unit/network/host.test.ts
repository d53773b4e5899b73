import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { Federation } from '../../../src/network/federation.js'
import { createHost } from '../../../src/network/host.js'

/** The libp2p host, built but not started: what it knows before it dials anyone. */
describe('createHost()', () => {
  const member = async (country: string, port: number) => {
    const key = await generateKeyPair('Ed25519')
    return {
      key,
      entry: {
        country,
        peerId: peerIdFromPrivateKey(key).toString(),
        addresses: [`/ip4/127.0.0.1/tcp/${port}`, `/ip4/10.0.0.1/tcp/${port}`],
        groups: [],
      },
    }
  }

  it("knows every other member's addresses, so it can dial by PeerId, and lists none for itself", async () => {
    const self = await member('GRC', 4001)
    const ita = await member('ITA', 4002)
    const host = await createHost({
      privateKey: self.key,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      federation: new Federation([self.entry, ita.entry]),
      inboundConnectionsPerSecond: 50,
    })
    const known = await host.peerStore.get(peerIdFromString(ita.entry.peerId))
    expect(known.addresses.map((a) => a.multiaddr.toString()).sort()).toEqual([...ita.entry.addresses].sort())
    expect(await host.peerStore.has(peerIdFromString(self.entry.peerId))).toBe(false)
    expect(host.status).not.toBe('started')
    await host.stop()
  })

  it("joins libp2p's own metrics to the node's registry when it is given one", async () => {
    const self = await member('GRC', 4001)
    const registry = new Registry()
    const host = await createHost({
      privateKey: self.key,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      federation: new Federation([self.entry]),
      inboundConnectionsPerSecond: 50,
      metrics: registry,
    })
    const names = (await registry.getMetricsAsJSON()).map((m) => m.name)
    expect(names.some((n) => n.startsWith('libp2p_'))).toBe(true)
    expect(names).toContain('process_cpu_seconds_total')
    await host.stop()
  })

  it('publishes the addresses it is told to announce', async () => {
    const self = await member('GRC', 4001)
    const host = await createHost({
      privateKey: self.key,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      announce: ['/ip4/203.0.113.7/tcp/4001'],
      federation: new Federation([self.entry]),
      inboundConnectionsPerSecond: 50,
    })
    await host.start()
    expect(host.getMultiaddrs().map((a) => a.toString())).toEqual([
      `/ip4/203.0.113.7/tcp/4001/p2p/${self.entry.peerId}`,
    ])
    await host.stop()
  })

  it('refuses a non-member at its gate, and reports it', async () => {
    const self = await member('GRC', 4001)
    const stranger = await member('XYZ', 4003)
    const refused: string[] = []
    const host = await createHost({
      privateKey: self.key,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      federation: new Federation([self.entry]),
      inboundConnectionsPerSecond: 50,
      onConnectionRefused: (p) => refused.push(p),
    })
    await host.start()
    await expect(host.dial(peerIdFromString(stranger.entry.peerId))).rejects.toThrow()
    expect(refused).toEqual([stranger.entry.peerId])
    await host.stop()
  })

  it('connects two members over TCP with Noise and Yamux, each listening where it was told', async () => {
    const grc = await member('GRC', 4001)
    const ita = await member('ITA', 4002)
    const federation = new Federation([grc.entry, ita.entry])
    const hosts = await Promise.all(
      [grc, ita].map((m) =>
        createHost({
          privateKey: m.key,
          listen: ['/ip4/127.0.0.1/tcp/0'],
          federation,
          inboundConnectionsPerSecond: 50,
        }),
      ),
    )
    const [a, b] = hosts as [Awaited<ReturnType<typeof createHost>>, Awaited<ReturnType<typeof createHost>>]
    try {
      await a.start()
      await b.start()
      // no --announce: it publishes the address it listens on
      expect(b.getMultiaddrs().map((x) => x.toString())).toEqual([
        expect.stringMatching(new RegExp(`^/ip4/127\\.0\\.0\\.1/tcp/\\d+/p2p/${ita.entry.peerId}$`)),
      ])
      const connection = await a.dial(b.getMultiaddrs()[0] as Parameters<typeof a.dial>[0])
      expect(connection.remotePeer.toString()).toBe(ita.entry.peerId)
      expect(connection.encryption).toBe('/noise')
      expect(connection.multiplexer).toBe('/yamux/1.0.0')
    } finally {
      for (const h of hosts) await h.stop()
    }
  })
})
