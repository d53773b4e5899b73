// Baselines for bench/query.ts, run as their own process: bare libp2p echoes
// on the node's transport stack (a stream per request, and one long-lived
// stream), and an https echo
// with mutual TLS. Prints one JSON line with their addresses, then serves
// until SIGTERM.
import '../src/polyfill.js'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import { Federation } from '../src/network/federation.js'
import { createHost } from '../src/network/host.js'

import { ECHO_MUX_PROTOCOL, ECHO_PROTOCOL } from './echoProtocol.js'

const [clientPeerId, certDir] = process.argv.slice(2)
if (!clientPeerId || !certDir) throw new Error('usage: echoServers.js <client peerId> <cert dir>')

const key = await generateKeyPair('Ed25519')
const federation = new Federation([
  {
    country: 'CLI',
    peerId: peerIdFromString(clientPeerId).toString(),
    addresses: ['/ip4/127.0.0.1/tcp/1'],
    groups: [],
  },
])
const host = await createHost({
  privateKey: key,
  listen: ['/ip4/127.0.0.1/tcp/0'],
  federation,
  inboundConnectionsPerSecond: 1000,
})
await host.start()
await host.handle(
  ECHO_PROTOCOL,
  async (stream) => {
    const lp = lpStream(stream)
    await lp.write(await lp.read())
    await stream.close()
  },
  { maxInboundStreams: 256 },
)
await host.handle(
  ECHO_MUX_PROTOCOL,
  async (stream) => {
    const lp = lpStream(stream)
    try {
      while (true) await lp.write(await lp.read())
    } catch {
      stream.abort(new Error('echo stream ended'))
    }
  },
  { maxInboundStreams: 16 },
)

const https = createServer(
  {
    key: readFileSync(`${certDir}/server.key`),
    cert: readFileSync(`${certDir}/server.crt`),
    ca: readFileSync(`${certDir}/ca.crt`),
    requestCert: true,
    rejectUnauthorized: true,
  },
  (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => res.end(Buffer.concat(chunks)))
  },
)
https.keepAliveTimeout = 60_000
await new Promise<void>((r) => https.listen(0, '127.0.0.1', r))
const httpsPort = (https.address() as { port: number }).port

process.stdout.write(
  `${JSON.stringify({ event: 'ready', peerId: host.peerId.toString(), addresses: host.getMultiaddrs().map(String), httpsPort })}\n`,
)
process.on('SIGTERM', () => {
  https.close()
  void Promise.resolve(host.stop()).then(() => process.exit(0))
})
