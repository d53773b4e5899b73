import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/audit/auditLog.js'
import { auditOrigin } from '../../src/audit/logIdentity.js'
import { NODE_FILES } from '../../src/node/config.js'
import type { MrnNode } from '../../src/node/node.js'
import { openDatabase } from '../../src/records/database.js'
import { mrnEntryPoint } from '../../src/util/mrnBinary.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'
import { mrn } from '../helpers/mrnCli.js'

/** `mrn start --json` in its own process: resolves with the ready line and what it wrote on stderr by then. */
function startProcess(dir: string, extra: string[] = []): Promise<{ child: ChildProcess; stderr: () => string }> {
  const child = spawn(
    process.execPath,
    [mrnEntryPoint(), 'start', '--dir', dir, '--json', '--log-level', 'warn', ...extra],
    {
      env: { ...process.env, MRN_KEY_PASSPHRASE: '' },
    },
  )
  let out = ''
  let err = ''
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString()
  })
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('"event":"ready"')) resolve({ child, stderr: () => err })
    })
    child.once('exit', (code) => reject(new Error(`mrn start exited ${code}: ${err}`)))
  })
}

async function stopProcess(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

const ask = (grc: MrnNode, caller: Parameters<MrnNode['query']>[0], n: number) =>
  grc.query(caller, {
    purpose: 'ASYLUM_RESPONSIBILITY',
    legalBasis: 'Reg. 604/2013',
    to: ['ITA'],
    person: { documents: [{ type: 'passport', number: `N${n}`, issuer: 'SYR' }] },
  })

/** The size of ITA's log that `witness` last co-signed, read from its own database. */
function witnessedSize(witness: MrnNode, origin: string): number {
  return (witness.db.prepare('SELECT size FROM witnessed_logs WHERE origin = ?').pluck().get(origin) as number) ?? 0
}

/**
 * The whole path an operator takes after a disk failure, with real nodes:
 * backup while the node runs, more traffic its witnesses co-sign, disk lost,
 * `mrn restore`, `mrn start` in its own process; the witnesses keep
 * co-signing (no fork, no rollback in their eyes), and `mrn audit verify`
 * passes and says which entries were lost.
 */
describe('backup, disk loss and restore', () => {
  let fed: TestFederation
  let ita: string
  let backup: string
  let origin: string

  beforeAll(async () => {
    const records = Array.from({ length: 6 }, (_, i) =>
      makeRecord({ id: `ita-${i}`, documents: [{ type: 'passport', number: `N${i}`, issuer: 'SYR' }] }),
    )
    fed = await startFederation([
      { country: 'GRC' },
      { country: 'DEU' },
      { country: 'ITA', records, config: { audit: { checkpointIntervalMs: 500 } } },
    ])
    ita = fed.dirs.ITA as string
    backup = join(fed.root, 'ita.backup')
    origin = auditOrigin('ITA', fed.node('ITA').peerId)
  }, 60_000)

  afterAll(async () => {
    await fed?.stop()
  })

  it('restores a node whose witnesses then keep co-signing, and whose log verifies, naming what was lost', async () => {
    const grc = fed.node('GRC')
    const caller = grc.tokens.create('cw', 'caseworker', Date.now()).caller
    for (let i = 0; i < 3; i++) await ask(grc, caller, i)
    expect((await fed.node('ITA').witnessNow()).map((r) => r.status)).toEqual(['COSIGNED', 'COSIGNED'])

    // 1. a backup of the running node, by another process
    const b = await mrn(['backup', '--dir', ita, '--out', backup, '--json'])
    expect(b.stderr).toBe('')
    expect(b.code).toBe(0)
    const taken = JSON.parse(b.stdout) as { auditSize: number; records: number; cosignedSize: number }
    expect(taken.records).toBe(6)
    expect(taken.cosignedSize).toBeGreaterThan(0)
    expect(statSync(backup).mode & 0o777).toBe(0o600)
    // a backup is never overwritten
    const again = await mrn(['backup', '--dir', ita, '--out', backup])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('the file exists')

    // 2. more traffic after the backup, co-signed by both witnesses
    for (let i = 3; i < 7; i++) await ask(grc, caller, i)
    expect((await fed.node('ITA').witnessNow()).map((r) => r.status)).toEqual(['COSIGNED', 'COSIGNED'])
    const witnessed = witnessedSize(grc, origin)
    expect(witnessed).toBeGreaterThan(taken.auditSize)
    expect(witnessedSize(fed.node('DEU'), origin)).toBe(witnessed)

    // 3. the disk is lost
    await fed.node('ITA').stop()
    rmSync(ita, { recursive: true, force: true })

    // 4. restore into the empty place, then start in its own process
    const r = await mrn(['restore', '--from', backup, '--dir', ita])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`Restored ITA into ${ita}`)
    expect(existsSync(join(ita, NODE_FILES.key))).toBe(true)
    const { child, stderr } = await startProcess(ita)
    try {
      expect(stderr()).toContain(
        `Restore finished: 2 of 2 witnesses answered; the log continues at ${witnessed} (entries ${taken.auditSize} to ${witnessed - 1} lost`,
      )
      // 5. it answers from the restored records, and its witnesses co-sign its growing log
      const after = await ask(grc, caller, 2)
      expect(after.results.map((x) => x.outcome)).toEqual(['ok'])
      const deadline = Date.now() + 15_000
      while (witnessedSize(grc, origin) <= witnessed || witnessedSize(fed.node('DEU'), origin) <= witnessed) {
        if (Date.now() > deadline) throw new Error(`witnesses stayed at ${witnessedSize(grc, origin)}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(grc.duties.witnessing.refusedToCosign).toBe(0)
      expect(fed.node('DEU').duties.witnessing.refusedToCosign).toBe(0)
    } finally {
      await stopProcess(child)
    }

    // 6. the log verifies and names the loss; the restore is in the log
    const v = await mrn(['audit', 'verify', '--dir', ita])
    expect(v.stderr).toBe('')
    expect(v.code).toBe(0)
    expect(v.stdout).toMatch(
      new RegExp(`lost in a restore from a backup \\(.*\\): entries ${taken.auditSize} to ${witnessed - 1}`),
    )
    const db = openDatabase(join(ita, NODE_FILES.database))
    const log = new AuditLog(db, new Uint8Array(32))
    const restoredEntry = log.list(witnessed, 1)[0]?.entry
    db.close()
    expect(restoredEntry).toMatchObject({ kind: 'log_restored', lostFrom: taken.auditSize, lostTo: witnessed })
  }, 90_000)

  it('refuses a restore into a directory that holds a node, a file that is not a backup, changing nothing', async () => {
    // its own backup: this test does not rely on the one before it
    const own = join(fed.root, `ita-${Date.now()}.backup`)
    expect((await mrn(['backup', '--dir', ita, '--out', own])).code).toBe(0)
    const into = await mrn(['restore', '--from', own, '--dir', ita])
    expect(into.code).toBe(2)
    expect(into.stderr).toContain('already holds a node')
    const notBackup = join(fed.root, 'not-a-backup')
    writeFileSync(notBackup, 'hello')
    const empty = join(fed.root, 'empty')
    const r = await mrn(['restore', '--from', notBackup, '--dir', empty])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/--from .*not-a-backup/)
    expect(existsSync(join(empty, NODE_FILES.config))).toBe(false)
    expect(readFileSync(notBackup, 'utf8')).toBe('hello')
  })
})
