import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { AuditLog } from '../audit/auditLog.js'
import { memberAuditKey } from '../audit/logIdentity.js'
import { verifyCosignature } from '../audit/note.js'
import { verifyAuditLog } from '../audit/verify.js'
import {
  Federation,
  logPeerIdOf,
  type Member,
  memberLogKey,
  memberWitnessKeys,
  memberWitnessName,
  witnessKeysOf,
} from '../network/federation.js'
import { createHost } from '../network/host.js'
import { loadPolicy } from '../policy/policyFile.js'
import { type Db, openDatabase } from '../records/database.js'
import { loadNodeSecret, PRIVATE_DIR_MODE } from '../util/privateFiles.js'
import { loadNodeConfig, NODE_FILES, type NodeConfig } from './config.js'
import { loadKeyFile, readPassphrase } from './identity.js'
import { loadMembers, witnessMembers } from './members.js'
import { checkAgainstCosigned, integrityProblems } from './storageCheck.js'

export interface DoctorCheck {
  check: string
  status: 'ok' | 'warn' | 'fail'
  detail: string
}

/**
 * `mrn doctor`: everything an operator should know before trusting a node
 * directory, each check on its own so that one failure does not hide the
 * others: files and modes, key and secret, configuration, policy,
 * federation, database integrity (full), the audit log and its co-signed
 * checkpoint, and (when the node is not running) which peers answer a dial,
 * with each witness's clock offset as its latest co-signature shows it.
 */
export async function runDoctor(
  dir: string,
  options: { network?: boolean; timeoutMs?: number } = {},
): Promise<DoctorCheck[]> {
  const out: DoctorCheck[] = []
  const check = async (name: string, fn: () => string | Promise<string>, warnOnly = false): Promise<void> => {
    try {
      out.push({ check: name, status: 'ok', detail: await fn() })
    } catch (err) {
      out.push({ check: name, status: warnOnly ? 'warn' : 'fail', detail: (err as Error).message })
    }
  }
  let config: NodeConfig | undefined
  await check('node.yaml', () => {
    config = loadNodeConfig(dir)
    return `${config.country}, listening on ${config.listen.join(' ')}`
  })
  if (config === undefined) return out
  const c = config
  await check('file modes', () => {
    const loose: string[] = []
    if ((statSync(dir).mode & 0o777) !== PRIVATE_DIR_MODE)
      loose.push(`${dir} ${(statSync(dir).mode & 0o777).toString(8)}`)
    for (const f of readdirSync(dir)) {
      const mode = statSync(join(dir, f)).mode & 0o777
      if (mode & 0o077) loose.push(`${f} ${mode.toString(8)}`)
    }
    if (loose.length > 0)
      throw new Error(`readable by others: ${loose.join(', ')} (chmod 700 the directory, 600 the files)`)
    return 'directory 0700, files 0600'
  })
  const passphrase = readPassphrase()
  let peerId: string | undefined
  let key: ReturnType<typeof loadKeyFile> | undefined
  await check('node key', () => {
    key = loadKeyFile(c.paths.key, passphrase)
    peerId = peerIdFromPrivateKey(key).toString()
    return `${peerId}${passphrase ? ', encrypted' : ', STORED IN CLEAR (no passphrase)'}`
  })
  await check('node secret', () => {
    loadNodeSecret(c.paths.secret)
    return '32 bytes, owner-only'
  })
  await check('policy', () => `${loadPolicy(c.paths.policy).rules.length} rules`)
  const membersFile = c.authority === undefined ? c.paths.federation : c.paths.membership
  let federation = new Federation([])
  let self: Member | undefined
  await check('federation', () => {
    federation = loadMembers(c, undefined, Date.now()).federation
    self = federation.byCountry(c.country)
    if (self === undefined) throw new Error(`${membersFile}: does not list ${c.country}`)
    if (peerId !== undefined && self.peerId !== peerId)
      throw new Error(`${membersFile}: lists ${c.country} with another key`)
    return `${federation.members().length} members`
  })
  const running = existsSync(c.paths.lock)
  // One read-only connection for the database checks below (closed once they are done).
  let db: Db | undefined
  await check('database', () => {
    db = openDatabase(c.paths.database, { mustExist: true, readonly: true, passphrase })
    const problems = integrityProblems(db, true)
    if (problems.length > 0) throw new Error(`fails SQLite's integrity check: ${problems.slice(0, 5).join('; ')}`)
    const owner = db.prepare("SELECT value FROM node_meta WHERE key = 'peerId'").pluck().get() as string | undefined
    // the database names the node's first key: its log's name, kept through key rotations
    const logPeerId = self === undefined ? peerId : logPeerIdOf(self)
    if (owner !== undefined && logPeerId !== undefined && owner !== logPeerId)
      throw new Error(`belongs to node ${owner}`)
    return `integrity ok${passphrase ? ', encrypted' : ', STORED IN CLEAR'}`
  })
  const log = (): AuditLog => {
    if (db === undefined) throw new Error('the database did not open')
    return new AuditLog(db, loadNodeSecret(c.paths.secret))
  }
  try {
    await check('audit log', () => {
      if (peerId === undefined) throw new Error('needs the node key')
      const witnesses = witnessKeysOf(witnessMembers(c), peerId)
      const key = self === undefined ? memberAuditKey(c.country, peerId) : memberLogKey(self)
      const v = verifyAuditLog(log(), key, witnesses)
      if (!v.ok) throw new Error(`entry ${v.firstBadIndex}: ${v.problem}`)
      checkAgainstCosigned(log(), c.paths.cosigned)
      const cosigned = existsSync(c.paths.cosigned)
        ? 'holds the co-signed checkpoint kept beside it'
        : 'no co-signed checkpoint kept yet'
      return `${v.entries} entries, ${v.checkpoints} checkpoints, ${v.cosignatures} co-signatures verify; ${cosigned}`
    })
    await check(
      'clock offset',
      () => {
        const audit = log()
        const offsets: string[] = []
        for (const m of federation.members()) {
          const keys = memberWitnessKeys(m, Date.now())
          const name = memberWitnessName(m)
          const size = audit.cosignedSize(name)
          const latest = audit.cosignaturesAt(size).find((x) => x.witness === name)
          const note = audit.checkpointCovering(size - 1)?.note
          if (latest === undefined || note === undefined) continue
          const body = note.slice(0, note.indexOf('\n\n') + 1)
          const ts = keys
            .map((w) => verifyCosignature(body, latest.line, w.name, w.publicKey))
            .find((t) => t !== undefined)
          if (ts !== undefined) offsets.push(`${m.country} ${Math.round(ts - latest.atMs / 1000)} s`)
        }
        if (offsets.length === 0) throw new Error('no co-signature yet to compare clocks with')
        return `witness clock minus ours, at their latest co-signature: ${offsets.join(', ')}`
      },
      true,
    )
  } finally {
    ;(db as Db | undefined)?.close()
  }
  if (options.network === false) return out
  if (running) {
    out.push({ check: 'peers', status: 'warn', detail: `the node is running (${NODE_FILES.lock}): see \`mrn status\`` })
    return out
  }
  await check(
    'peers',
    async () => {
      if (key === undefined) throw new Error('needs the node key')
      const host = await createHost({
        privateKey: key,
        listen: [],
        federation,
        inboundConnectionsPerSecond: 10,
      })
      await host.start()
      try {
        const results: string[] = []
        for (const m of federation.members()) {
          if (m.peerId === peerId) continue
          try {
            await host.dial(peerIdFromString(m.peerId), { signal: AbortSignal.timeout(options.timeoutMs ?? 3_000) })
            results.push(`${m.country} reachable`)
          } catch {
            results.push(`${m.country} UNREACHABLE`)
          }
        }
        if (results.some((r) => r.endsWith('UNREACHABLE'))) throw new Error(results.join(', '))
        return results.join(', ') || 'no other members'
      } finally {
        await host.stop()
      }
    },
    true,
  )
  return out
}
