import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { type Multiaddr, multiaddr } from '@multiformats/multiaddr'
import { stringify } from 'yaml'
import { addMember, type Member } from '../network/federation.js'
import { checkAuthorityKey } from '../network/membership.js'
import { openDatabase } from '../records/database.js'
import { UsageError } from '../util/errors.js'
import { freePort } from '../util/ports.js'
import { NODE_SECRET_BYTES, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../util/privateFiles.js'
import { projectRoot } from '../util/projectRoot.js'
import { NODE_FILES } from './config.js'
import { createKeyFile } from './identity.js'
import { checkIdentity } from './storageCheck.js'

export interface InitOptions {
  dir: string
  country: string
  listen: string[]
  apiPort?: number
  /** Port of the metrics and health endpoints (a free one when absent). */
  metricsPort?: number
  groups?: string[]
  passphrase?: string | undefined
  /** Policy file to start from; default config/policies/starter.yaml. */
  policyTemplate?: string
  /**
   * Addresses peers should dial, when they differ from `listen` (NAT, a
   * container, or a listen address of 0.0.0.0 / ::, which names no host).
   */
  announce?: string[]
  /** The federation authority's key to pin (authority mode: members from its signed versions). */
  authority?: string
}

export const DEFAULT_LISTEN = '/ip4/127.0.0.1/tcp/0'

/**
 * Creates a node directory: key (0600, encrypted when a passphrase is given),
 * node secret, node.yaml, empty database, starter policy, and a federation
 * file listing this node. A tcp/0 listen address is resolved to a free port
 * now, so the federation entry printed stays valid across restarts.
 */
export async function initNode(options: InitOptions): Promise<Member> {
  const { dir, country } = options
  if (!/^[A-Z]{3}$/.test(country)) {
    throw new UsageError(`--country must be 3 upper-case letters (ISO 3166-1 alpha-3): got "${country}"`)
  }
  if (existsSync(join(dir, NODE_FILES.config))) throw new UsageError(`${dir}: already holds a node (node.yaml exists)`)
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new UsageError(`${dir}: directory is not empty`)
  const listen = await Promise.all(options.listen.map(resolveListen))
  const announce = (options.announce ?? []).map((a) => checkAnnounce(a))
  if (options.authority !== undefined) checkAuthorityKey(options.authority)
  // The federation entry is what peers dial: an unspecified address would send them to themselves.
  const unspecified = listen.filter((a) => /^\/ip4\/0\.0\.0\.0\/|^\/ip6\/::\//.test(a))
  if (unspecified.length > 0 && announce.length === 0) {
    throw new UsageError(
      `--listen ${unspecified[0]} names no host peers can dial: add --announce with this node's reachable address, e.g. --announce /ip4/203.0.113.7/tcp/4001 (or /dns4/node.example.org/tcp/4001)`,
    )
  }
  const apiPort = options.apiPort ?? (await freePort('127.0.0.1'))
  let metricsPort = options.metricsPort ?? (await freePort('127.0.0.1'))
  while (metricsPort === apiPort) metricsPort = await freePort('127.0.0.1')

  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  // Also when the directory existed (empty) before: the records, keys and log live here.
  chmodSync(dir, PRIVATE_DIR_MODE)
  const key = await createKeyFile(join(dir, NODE_FILES.key), options.passphrase)
  writeFileSync(join(dir, NODE_FILES.secret), randomBytes(NODE_SECRET_BYTES).toString('base64'), {
    mode: PRIVATE_FILE_MODE,
    flag: 'wx',
  })
  const config = {
    country,
    listen,
    ...(announce.length > 0 ? { announce } : {}),
    api: { host: '127.0.0.1', port: apiPort },
    metrics: { host: '127.0.0.1', port: metricsPort },
    ...(options.authority === undefined ? {} : { authority: options.authority }),
  }
  writeFileSync(
    join(dir, NODE_FILES.config),
    `# Node configuration; see README.md "Running a real node" for every setting.\n${stringify(config)}`,
    { flag: 'wx', mode: PRIVATE_FILE_MODE },
  )
  const db = openDatabase(join(dir, NODE_FILES.database), { passphrase: options.passphrase })
  checkIdentity(db, join(dir, NODE_FILES.database), { country, peerId: peerIdFromPrivateKey(key).toString() })
  db.close()
  writeFileSync(
    join(dir, NODE_FILES.policy),
    readFileSync(options.policyTemplate ?? join(projectRoot(), 'config', 'policies', 'starter.yaml')),
    { flag: 'wx', mode: PRIVATE_FILE_MODE },
  )
  const self: Member = {
    country,
    peerId: peerIdFromPrivateKey(key).toString(),
    addresses: announce.length > 0 ? announce : listen,
    groups: options.groups ?? [],
  }
  addMember(join(dir, NODE_FILES.federation), self)
  return self
}

async function resolveListen(address: string): Promise<string> {
  let ma: ReturnType<typeof multiaddr>
  try {
    ma = multiaddr(address)
  } catch (err) {
    throw new UsageError(`--listen: not a multiaddr: "${address}" (${(err as Error).message})`)
  }
  const parts = ma.getComponents()
  const host = parts[0]
  const tcpPart = parts[1]
  if (parts.length !== 2 || !host || !tcpPart || !['ip4', 'ip6'].includes(host.name) || tcpPart.name !== 'tcp') {
    throw new UsageError(`--listen: expected /ip4/<address>/tcp/<port> or /ip6/...: got "${address}"`)
  }
  if (tcpPart.value !== '0') return address
  const port = await freePort(host.value ?? '127.0.0.1')
  return `/${host.name}/${host.value}/tcp/${port}`
}

/** An address to publish: a multiaddr with a host (ip4, ip6, dns) and a TCP port, not 0. */
function checkAnnounce(address: string): string {
  let ma: Multiaddr
  try {
    ma = multiaddr(address)
  } catch (err) {
    throw new UsageError(`--announce: not a multiaddr: "${address}" (${(err as Error).message})`)
  }
  const [host, tcpPart] = ma.getComponents()
  const hostOk = host !== undefined && ['ip4', 'ip6', 'dns', 'dns4', 'dns6'].includes(host.name)
  if (!hostOk || tcpPart?.name !== 'tcp' || tcpPart.value === '0' || /^(0\.0\.0\.0|::)$/.test(host?.value ?? '')) {
    throw new UsageError(
      `--announce: expected a reachable /ip4/<address>/tcp/<port>, /ip6/... or /dns4/<name>/tcp/<port>: got "${address}"`,
    )
  }
  return address
}
