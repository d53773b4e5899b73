import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/audit/auditLog.js'
import { verifyAuditLog } from '../../src/audit/verify.js'
import { openDatabase } from '../../src/records/database.js'
import { projectRoot } from '../../src/util/projectRoot.js'

describe('audit log durability', () => {
  it('still verifies after the appending process is killed with SIGKILL mid-append', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mrn-crash-')), 'node.db')
    const key = await generateKeyPair('Ed25519')
    const seed = Buffer.from(key.raw.subarray(0, 32)).toString('hex')
    const pub = Buffer.from(key.publicKey.raw).toString('hex')
    const dist = (p: string): string => pathToFileURL(join(projectRoot(), 'dist', 'src', p)).href
    // The child appends as fast as it can, one transaction per entry, and checkpoints every 50.
    const script = `
      const { openDatabase } = await import(${JSON.stringify(dist('records/database.js'))})
      const { AuditLog } = await import(${JSON.stringify(dist('audit/auditLog.js'))})
      const db = openDatabase(${JSON.stringify(path)})
      const log = new AuditLog(db, new Uint8Array(32))
      const signer = { name: 'mrn-audit/TST/x', seed: Buffer.from('${seed}', 'hex'), publicKey: Buffer.from('${pub}', 'hex') }
      for (let i = 0; ; i++) {
        log.append({ kind: 'node_started', peerId: 'p' + i }, Date.now())
        if (i % 50 === 49) log.checkpoint(signer.name, signer, Date.now())
        if (i === 300) process.stdout.write('busy\\n')
      }
    `
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', () => resolve())
      child.once('exit', (code) => reject(new Error(`appender exited early (${code})`)))
    })
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGKILL')
    await exited
    const db = openDatabase(path)
    const log = new AuditLog(db, new Uint8Array(32))
    const result = verifyAuditLog(log, { name: 'mrn-audit/TST/x', publicKey: key.publicKey.raw })
    db.close()
    expect(result.entries).toBeGreaterThan(300)
    expect(result).toMatchObject({ ok: true })
  })
})
