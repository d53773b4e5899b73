import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../../src/api/client.js'
import { TokenStore } from '../../src/api/tokens.js'
import type { QueryInput } from '../../src/api/types.js'
import { AuditLog } from '../../src/audit/auditLog.js'
import { createMatcher } from '../../src/matching/matcher.js'
import { addMember, type Member } from '../../src/network/federation.js'
import { NODE_FILES } from '../../src/node/config.js'
import { initNode } from '../../src/node/init.js'
import { readActivePolicy } from '../../src/node/livePolicy.js'
import { loadPolicy, policyDigest } from '../../src/policy/policyFile.js'
import { openDatabase } from '../../src/records/database.js'
import { RecordStore } from '../../src/records/store.js'
import { type NodeProcess, startNodeProcess } from '../../src/sim/nodeProcess.js'
import { mrnEntryPoint } from '../../src/util/mrnBinary.js'
import { loadNodeSecret } from '../../src/util/privateFiles.js'
import { makeRecord, startFederation } from '../helpers/federation.js'

const run = promisify(execFile)
const mrn = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await run(process.execPath, [mrnEntryPoint(), ...args])
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/**
 * GRC and ITA as `mrn start` processes in `dirs`, members of each other, ITA
 * holding one record; returns a caseworker's API client on GRC.
 */
async function startPair(dirs: { GRC: string; ITA: string }, procs: Record<string, NodeProcess>): Promise<ApiClient> {
  const entries: Member[] = []
  for (const [country, dir] of Object.entries(dirs)) {
    entries.push(await initNode({ dir, country, listen: ['/ip4/127.0.0.1/tcp/0'], groups: ['dublin'] }))
  }
  for (const dir of Object.values(dirs)) for (const e of entries) addMember(join(dir, NODE_FILES.federation), e)
  const itaDb = openDatabase(join(dirs.ITA, NODE_FILES.database))
  new RecordStore(itaDb, createMatcher()).putMany([makeRecord({ id: 'ITA-1' })], Date.now())
  itaDb.close()
  const grcDb = openDatabase(join(dirs.GRC, NODE_FILES.database))
  const token = new TokenStore(grcDb).create('cw', 'caseworker', Date.now()).token
  grcDb.close()
  procs.ITA = await startNodeProcess(dirs.ITA)
  procs.GRC = await startNodeProcess(dirs.GRC)
  return new ApiClient(procs.GRC.ready.api, token)
}

/** Live policy between node processes: `mrn policy apply` changes what a running responder answers, no restart. */
describe('mrn policy apply on a running node', () => {
  const root = mkdtempSync(join(tmpdir(), 'mrn-live-policy-'))
  const dirs = { GRC: join(root, 'GRC'), ITA: join(root, 'ITA') }
  const procs: Record<string, NodeProcess> = {}
  let api: ApiClient
  const question: QueryInput = {
    purpose: 'ASYLUM_RESPONSIBILITY',
    legalBasis: 'Regulation (EU) 604/2013, Art. 34',
    to: ['ITA'],
    person: { documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] },
  }

  beforeAll(async () => {
    api = await startPair(dirs, procs)
  }, 60_000)

  afterAll(async () => {
    for (const p of Object.values(procs)) await p.stop()
  })

  it('enforces an applied policy from the next query, audited with its digest; refuses a bad one and keeps its own', async () => {
    expect((await api.query(question)).results[0]).toMatchObject({ outcome: 'ok' })
    const starter = readFileSync(join(dirs.ITA, NODE_FILES.policy), 'utf8')

    // A policy that admits nobody: ITA denies from now on, without a restart.
    const denyAll = join(root, 'deny-all.yaml')
    writeFileSync(denyAll, 'version: 1\nrules: []\n')
    const applied = await mrn(['policy', 'apply', '--dir', dirs.ITA, denyAll])
    expect(applied.code).toBe(0)
    expect(applied.stdout).toMatch(
      /^applied: the running node \(pid \d+\) enforces .*policy\.yaml from now on \(0 rule\(s\), digest /,
    )
    expect((await api.query(question)).results[0]).toMatchObject({ outcome: 'denied', reason: 'policy' })
    // what the policy would release about ITA-1 to GRC for asylum responsibility
    const explain = (...extra: string[]) =>
      mrn([
        'policy',
        'explain',
        '--dir',
        dirs.ITA,
        '--from',
        'GRC',
        '--purpose',
        'ASYLUM_RESPONSIBILITY',
        '--record',
        'ITA-1',
        ...extra,
      ])
    const explained = await explain()
    expect(explained.stdout).toMatch(/^Policy: active in the running node \(pid \d+\), digest /)
    expect(explained.stdout).toContain('DENIED for GRC')
    // --file explains a draft without applying it
    const starterDraft = join(root, 'starter-draft.yaml')
    writeFileSync(starterDraft, starter) // named profiles resolve from config/policies/, wherever the file is
    const draft = await explain('--legal-basis', '604/2013', '--file', starterDraft)
    expect(draft.stdout).toContain('(draft, --file)')
    expect(draft.stdout).not.toContain('DENIED')

    // A bad file: refused, nothing changes on disk or in the running node.
    const bad = join(root, 'bad.yaml')
    writeFileSync(
      bad,
      'version: 1\nrules:\n  - id: x\n    from: { countries: [ita] }\n    purposes: [ASYLUM_RESPONSIBILITY]\n',
    )
    const refused = await mrn(['policy', 'apply', '--dir', dirs.ITA, bad])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(bad)
    expect(refused.stderr).toContain('must be ISO 3166-1 alpha-3')
    expect(readFileSync(join(dirs.ITA, NODE_FILES.policy), 'utf8')).toBe('version: 1\nrules: []\n')
    expect((await api.query(question)).results[0]).toMatchObject({ outcome: 'denied', reason: 'policy' })

    // Back to the starter (relative includes resolve where the file lives): answered again.
    writeFileSync(join(root, 'starter.yaml'), starter)
    const back = await mrn(['policy', 'apply', '--dir', dirs.ITA, join(root, 'starter.yaml')])
    expect(back.code).toBe(0)
    expect((await api.query(question)).results[0]).toMatchObject({ outcome: 'ok' })

    // The audit log names each policy enforced, by digest.
    await procs.ITA?.stop()
    delete procs.ITA
    const db = openDatabase(join(dirs.ITA, NODE_FILES.database))
    try {
      const log = new AuditLog(db, loadNodeSecret(join(dirs.ITA, NODE_FILES.secret)))
      const changes = log
        .list(0, 100_000)
        .map((r) => r.entry)
        .filter((e) => e.kind === 'policy_changed')
      const digests = changes.map((e) => (e.kind === 'policy_changed' ? e.policyDigest : ''))
      expect(digests).toEqual([
        policyDigest(loadPolicy(denyAll)),
        policyDigest(loadPolicy(join(dirs.ITA, NODE_FILES.policy))),
      ])
    } finally {
      db.close()
    }
  }, 90_000)
})

describe('MrnNode.reloadPolicy (SIGHUP)', () => {
  it('keeps its policy when policy.yaml was edited into something invalid, and says why', async () => {
    const fed = await startFederation([{ country: 'ITA' }])
    try {
      const node = fed.node('ITA')
      const before = readActivePolicy(node.config.paths.activePolicy)
      expect(before?.digest).toBeDefined()
      writeFileSync(node.config.paths.policy, 'version: 2\n')
      const r = node.reloadPolicy()
      expect(r).toMatchObject({ ok: false })
      const after = readActivePolicy(node.config.paths.activePolicy)
      expect(after?.digest).toBe(before?.digest)
      expect(after?.lastReloadError?.message).toContain('policy.yaml')
      // unchanged and valid: nothing new audited
      writeFileSync(node.config.paths.policy, 'version: 1\nrules: []\n')
      const size = node.audit.size()
      expect(node.reloadPolicy()).toMatchObject({ ok: true, changed: true })
      expect(node.audit.size()).toBe(size + 1)
      expect(node.reloadPolicy()).toMatchObject({ ok: true, changed: false })
      expect(node.audit.size()).toBe(size + 1)
    } finally {
      await fed.stop()
    }
  })
})

/** Live membership between node processes: `mrn federation remove` on a running node, no restart. */
describe('mrn federation remove on a running node', () => {
  const root = mkdtempSync(join(tmpdir(), 'mrn-live-fed-'))
  const dirs = { GRC: join(root, 'GRC'), ITA: join(root, 'ITA') }
  const procs: Record<string, NodeProcess> = {}
  let api: ApiClient

  beforeAll(async () => {
    api = await startPair(dirs, procs)
  }, 60_000)

  afterAll(async () => {
    for (const p of Object.values(procs)) await p.stop()
  })

  it('stops answering a removed member at once, closes its connection, and audits the change', async () => {
    const question: QueryInput = {
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: 'Regulation (EU) 604/2013, Art. 34',
      to: ['ITA'],
      person: { documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] },
    }
    expect((await api.query(question)).results[0]).toMatchObject({ outcome: 'ok' })
    const removed = await mrn(['federation', 'remove', '--dir', dirs.ITA, '--country', 'GRC'])
    expect(removed.code).toBe(0)
    expect(removed.stdout).toMatch(/sent to the running node \(pid \d+\), which applies it now/)
    // GRC still lists ITA, but ITA no longer admits GRC: the question goes unanswered
    await expect
      .poll(async () => (await api.query(question)).results[0]?.outcome, { timeout: 10_000, interval: 200 })
      .toBe('unreachable')
    await procs.ITA?.stop()
    delete procs.ITA
    const db = openDatabase(join(dirs.ITA, NODE_FILES.database))
    try {
      const log = new AuditLog(db, loadNodeSecret(join(dirs.ITA, NODE_FILES.secret)))
      const kinds = log.list(0, 100_000).map((r) => r.entry.kind)
      expect(kinds).toContain('federation_changed')
      expect(kinds.indexOf('federation_changed')).toBeLessThan(kinds.lastIndexOf('node_stopped'))
    } finally {
      db.close()
    }
  }, 60_000)
})
