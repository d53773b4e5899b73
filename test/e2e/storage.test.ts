import { execFile } from 'node:child_process'
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/audit/auditLog.js'
import { NODE_FILES } from '../../src/node/config.js'
import { initNode } from '../../src/node/init.js'
import { MrnNode } from '../../src/node/node.js'
import { openDatabase } from '../../src/records/database.js'
import { generatePopulation } from '../../src/sim/generator.js'
import { silentLogger } from '../../src/util/logger.js'
import { type makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'
import { mrn } from '../helpers/mrnCli.js'

const run = promisify(execFile)
/** The node directory copied, so that each test spoils its own copy. */
async function copyOf(dir: string, name: string): Promise<string> {
  const copy = `${dir}-${name}`
  await run('cp', ['-a', dir, copy])
  return copy
}

describe('a node that never starts on a forgotten or damaged database', () => {
  let fed: TestFederation
  let ita: string
  let before: string

  beforeAll(async () => {
    const records = generatePopulation({ countries: ['ITA'], recordsPerCountry: 1500, overlap: 0, seed: 4 }).records
      .ITA as ReturnType<typeof makeRecord>[]
    fed = await startFederation([{ country: 'GRC' }, { country: 'ITA', records }])
    ita = fed.dirs.ITA as string
    // A copy of ITA as it was before the exchanges below: an "older backup".
    await fed.node('ITA').stop()
    before = await copyOf(ita, 'before')
    const node = await MrnNode.open(ita, { logger: silentLogger })
    await node.start({ api: false })
    fed.nodes.ITA = node
    const grc = fed.node('GRC')
    const caller = grc.tokens.create('cw', 'caseworker', Date.now()).caller
    for (let i = 0; i < 5; i++) {
      await grc.query(caller, {
        purpose: 'ASYLUM_RESPONSIBILITY',
        legalBasis: 'Reg. 604/2013',
        to: ['ITA'],
        person: { documents: [{ type: 'passport', number: `N${i}`, issuer: 'SYR' }] },
      })
    }
    // GRC co-signs ITA's log; ITA keeps the co-signed checkpoint beside its database.
    expect((await node.witnessNow()).map((r) => r.status)).toEqual(['COSIGNED'])
    await node.stop()
  }, 60_000)

  afterAll(async () => {
    await fed?.stop()
  })

  it.each([
    ['deleted', (db: string) => rmSync(db), /node\.db: the database is missing/],
    ['truncated to 0 bytes', (db: string) => truncateSync(db, 0), /node\.db: the database is empty \(0 bytes\)/],
  ])('refuses to start when node.db was %s, and leaves no lock', async (name, spoil, message) => {
    const dir = await copyOf(ita, name.replace(/\W/g, ''))
    spoil(join(dir, NODE_FILES.database))
    rmSync(join(dir, `${NODE_FILES.database}-wal`), { force: true })
    const r = await mrn(['start', '--dir', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(existsSync(join(dir, NODE_FILES.lock))).toBe(false)
  })

  it('refuses a database with overwritten pages (SQLite integrity check)', async () => {
    const dir = await copyOf(ita, 'corrupt')
    const db = join(dir, NODE_FILES.database)
    // Fold the WAL in, then overwrite three pages in the middle of the file.
    const d = openDatabase(db)
    d.pragma('wal_checkpoint(TRUNCATE)')
    d.close()
    const fd = openSync(db, 'r+')
    const size = readFileSync(db).length
    for (const page of [0.4, 0.5, 0.6].map((f) => Math.floor((size * f) / 4096))) {
      writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, page * 4096)
    }
    closeSync(fd)
    const r = await mrn(['start', '--dir', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/node\.db: (fails SQLite's integrity check|cannot open database|.*malformed)/)
    expect(r.stderr).toMatch(/restore node\.db from your latest backup|malformed/)
  })

  it('refuses an older copy of the database: its log is shorter than the checkpoint its witnesses co-signed', async () => {
    const dir = await copyOf(ita, 'rolledback')
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(join(dir, `${NODE_FILES.database}${suffix}`), { force: true })
      if (existsSync(join(before, `${NODE_FILES.database}${suffix}`))) {
        copyFileSync(join(before, `${NODE_FILES.database}${suffix}`), join(dir, `${NODE_FILES.database}${suffix}`))
      }
    }
    await expect(MrnNode.open(dir, { logger: silentLogger })).rejects.toThrow(
      /the audit log has \d+ entries, but its witnesses co-signed a checkpoint of \d+ .*truncated or replaced by an older copy/,
    )
  })

  it('mrn doctor passes a sound node and fails a damaged one; mrn audit verify catches a rolled-back log', async () => {
    const sound = await mrn(['doctor', '--dir', ita, '--no-network', '--json'])
    expect(sound.code).toBe(0)
    const checks = (JSON.parse(sound.stdout) as { checks: { check: string; status: string }[] }).checks
    expect(checks.filter((c) => c.status === 'fail')).toEqual([])
    expect(checks.map((c) => c.check)).toEqual(
      expect.arrayContaining(['file modes', 'node key', 'node secret', 'database', 'audit log', 'clock offset']),
    )
    const dir = await copyOf(ita, 'doctor-rolledback')
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(join(dir, `${NODE_FILES.database}${suffix}`), { force: true })
      if (existsSync(join(before, `${NODE_FILES.database}${suffix}`))) {
        copyFileSync(join(before, `${NODE_FILES.database}${suffix}`), join(dir, `${NODE_FILES.database}${suffix}`))
      }
    }
    const doctor = await mrn(['doctor', '--dir', dir, '--no-network'])
    expect(doctor.code).toBe(1)
    expect(doctor.stdout).toMatch(/audit log\s+FAIL\s+.*replaced by an older copy/)
    const verify = await mrn(['audit', 'verify', '--dir', dir])
    expect(verify.code).toBe(1)
    expect(verify.stdout).toMatch(/FAILED: .*replaced by an older copy/)
  })

  it('refuses an older copy of both the database and its co-signed checkpoint: the witnesses say what they co-signed', async () => {
    const dir = await copyOf(ita, 'rolledback-both')
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(join(dir, `${NODE_FILES.database}${suffix}`), { force: true })
      if (existsSync(join(before, `${NODE_FILES.database}${suffix}`))) {
        copyFileSync(join(before, `${NODE_FILES.database}${suffix}`), join(dir, `${NODE_FILES.database}${suffix}`))
      }
    }
    rmSync(join(dir, NODE_FILES.cosigned)) // the older backup had none
    const node = await MrnNode.open(dir, { logger: silentLogger })
    await expect(node.start({ api: false })).rejects.toThrow(
      /witnesses co-signed a checkpoint of \d+ \(its witnesses\): the database was truncated or replaced by an older copy/,
    )
    expect(existsSync(join(dir, NODE_FILES.lock))).toBe(false)
  })

  it('asks its witnesses to co-sign right after a start that found unwitnessed entries', async () => {
    // ITA's stop wrote node_stopped and a checkpoint that no witness has co-signed yet.
    const dir = await copyOf(ita, 'prompt')
    // No interval will come to the rescue: only the start itself can ask for co-signatures.
    writeFileSync(
      join(dir, NODE_FILES.config),
      `${readFileSync(join(dir, NODE_FILES.config), 'utf8')}audit:\n  checkpointIntervalMs: 86400000\n`,
    )
    const node = await MrnNode.open(dir, { logger: silentLogger })
    const cosignedBefore = Math.max(...node.audit.cosignatures().map((c) => c.size))
    expect(node.audit.size()).toBeGreaterThan(cosignedBefore)
    await node.start({ api: false })
    try {
      // No witnessNow() here, and the interval is a day: the start itself asks.
      await expect
        .poll(() => Math.max(...node.audit.cosignatures().map((c) => c.size)), { timeout: 20_000, interval: 50 })
        .toBeGreaterThan(cosignedBefore)
    } finally {
      await node.stop()
    }
  })

  it("refuses another node's database", async () => {
    const dir = await copyOf(ita, 'swapped')
    copyFileSync(join(fed.dirs.GRC as string, NODE_FILES.database), join(dir, NODE_FILES.database))
    rmSync(join(dir, `${NODE_FILES.database}-wal`), { force: true })
    rmSync(join(dir, NODE_FILES.cosigned), { force: true })
    await expect(MrnNode.open(dir, { logger: silentLogger })).rejects.toThrow(
      /belongs to node GRC .*not to this node \(ITA/,
    )
  })

  it('stops everything when a start fails: exit 1 naming the cause, no lock, ports closed, start and stop audited', async () => {
    // A node of its own (alone in its federation), so that no other test's witnessing is involved.
    const dir = `${ita}-portbusy`
    await initNode({ dir, country: 'ITA', listen: ['/ip4/127.0.0.1/tcp/0'] })
    const yaml = readFileSync(join(dir, NODE_FILES.config), 'utf8')
    const apiPort = Number(/port: (\d+)/.exec(yaml)?.[1])
    const libp2pPort = Number(/tcp\/(\d+)/.exec(yaml)?.[1])
    const blocker = createServer()
    await new Promise<void>((r) => blocker.listen(apiPort, '127.0.0.1', r))
    try {
      const r = await mrn(['start', '--dir', dir])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/address in use/)
    } finally {
      await new Promise((r) => blocker.close(r))
    }
    expect(existsSync(join(dir, NODE_FILES.lock))).toBe(false)
    // The libp2p port is free again: this process can listen on it.
    const probe = createServer()
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject)
      probe.listen(libp2pPort, '127.0.0.1', resolve)
    })
    await new Promise((r) => probe.close(r))
    const db = openDatabase(join(dir, NODE_FILES.database))
    const kinds = new AuditLog(db, new Uint8Array(32)).list(0, 100_000).map((r) => r.entry.kind)
    db.close()
    expect(kinds.slice(-2)).toEqual(['node_started', 'node_stopped'])
  })

  it('refuses misspelt node.yaml keys, naming them with a did-you-mean', async () => {
    const dir = await copyOf(ita, 'badyaml')
    writeFileSync(
      join(dir, NODE_FILES.config),
      `${readFileSync(join(dir, NODE_FILES.config), 'utf8')}ratelimits:\n  perPeerPerMinute: 5\nquery:\n  readTimeoutMS: 100\n`,
    )
    const r = await mrn(['start', '--dir', dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/node\.yaml: ratelimits: unknown key \(did you mean "rateLimits"\?\)/)
    expect(r.stderr).toMatch(/node\.yaml: query\.readTimeoutMS: unknown key \(did you mean "readTimeoutMs"\?\)/)
  })
})

describe('writers wait their turn', () => {
  it('imports 20,000 records while the node answers queries: both complete, both correct', async () => {
    const policy =
      'version: 1\nrules:\n  - id: asylum\n    from: { groups: [dublin] }\n    purposes: [ASYLUM_RESPONSIBILITY]\n'
    // The loop below asks as fast as answers come (thousands a minute on a long-lived stream): the flood
    // limit is not what this test is about.
    // ITA scores on a worker thread of its own (query.scoringThreads), whose read-only connection
    // must see what the import wrote.
    const config = { rateLimits: { perPeerPerMinute: 1_000_000 }, query: { scoringThreads: 1 } }
    const fed = await startFederation([{ country: 'GRC' }, { country: 'ITA', down: true, policy, config }])
    const ita = fed.dirs.ITA as string
    const { startNodeProcess } = await import('../../src/sim/nodeProcess.js')
    const node = await startNodeProcess(ita)
    try {
      const records = generatePopulation({ countries: ['ITA'], recordsPerCountry: 20_000, overlap: 0, seed: 8 }).records
        .ITA as ReturnType<typeof makeRecord>[]
      const file = join(fed.root, 'records.jsonl')
      writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`)
      const grc = fed.node('GRC')
      const caller = grc.tokens.create('cw', 'caseworker', Date.now()).caller
      let importing = true
      const imported = mrn(['import', '--dir', ita, file]).finally(() => {
        importing = false
      })
      const outcomes: string[] = []
      while (importing) {
        const out = await grc.query(caller, {
          purpose: 'ASYLUM_RESPONSIBILITY',
          legalBasis: 'Reg. 604/2013',
          to: ['ITA'],
          person: { documents: [{ type: 'passport', number: `Z${outcomes.length}`, issuer: 'SYR' }] },
        })
        outcomes.push(out.results[0]?.outcome ?? 'none')
      }
      const r = await imported
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/Imported 20000 records/)
      expect(outcomes.length).toBeGreaterThan(0)
      expect(outcomes.filter((o) => o !== 'no_hit')).toEqual([])
      // Once imported, a record is found by its passport.
      const held = records.find((rec) => rec.documents.some((d) => d.type === 'passport'))
      const passport = held?.documents.find((d) => d.type === 'passport')
      expect(passport).toBeDefined()
      const found = await grc.query(caller, {
        purpose: 'ASYLUM_RESPONSIBILITY',
        legalBasis: 'Reg. 604/2013',
        to: ['ITA'],
        person: { documents: [passport as { type: string; number: string; issuer: string }] },
      })
      expect(found.results[0]?.outcome).toBe('ok')
    } finally {
      await node.stop()
      await fed.stop()
    }
  }, 120_000)
})
