import { execFile, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/audit/auditLog.js'
import { NODE_FILES } from '../../src/node/config.js'
import { openDatabase } from '../../src/records/database.js'
import { startNodeProcess } from '../../src/sim/nodeProcess.js'
import { mrnEntryPoint } from '../../src/util/mrnBinary.js'

const run = promisify(execFile)
const mode = (path: string): number => statSync(path).mode & 0o777

/** Runs mrn under umask 000, as a careless service manager might. */
async function mrnLooseUmask(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('sh', [
      '-c',
      'umask 000 && exec "$0" "$@"',
      process.execPath,
      mrnEntryPoint(),
      ...args,
    ])
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('node files', () => {
  let root: string
  let dir: string

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'mrn-files-'))
    dir = join(root, 'grc')
    mkdirSync(dir, { mode: 0o777 })
    chmodSync(dir, 0o777)
    const init = await mrnLooseUmask(['init', '--dir', dir, '--country', 'GRC', '--json'])
    expect(init.code).toBe(0)
    expect(init.stderr).toMatch(/stored in clear/) // no passphrase here
  })

  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
  })

  it('are owner-only, directory included, whatever the umask and although the directory existed', async () => {
    expect(mode(dir)).toBe(0o700)
    for (const f of readdirSync(dir)) expect([f, mode(join(dir, f))]).toEqual([f, 0o600])
    // Running: the database's -wal and -shm, and the lock, are owner-only too.
    const node = await startNodeProcess(dir)
    try {
      const files = readdirSync(dir)
      expect(files).toEqual(expect.arrayContaining([NODE_FILES.lock, `${NODE_FILES.database}-wal`]))
      for (const f of files) expect([f, mode(join(dir, f))]).toEqual([f, 0o600])
    } finally {
      await node.stop()
    }
  })

  it.each([
    [
      'readable by others',
      (p: string) => chmodSync(p, 0o644),
      /permissions 0644 are too open for the node secret; run: chmod 600/,
    ],
    ['empty', (p: string) => writeFileSync(p, ''), /node secret must be 32 random bytes in base64: got an empty file/],
    ['short', (p: string) => writeFileSync(p, Buffer.alloc(8).toString('base64')), /got 8 bytes/],
    ['missing', (p: string) => rmSync(p), /node secret is missing/],
  ])('refuses to start with a node secret that is %s, naming the file', async (_, spoil, message) => {
    const copy = join(root, `spoilt-${Math.random().toString(36).slice(2)}`)
    await run('cp', ['-a', dir, copy])
    spoil(join(copy, NODE_FILES.secret))
    const r = await mrnLooseUmask(['start', '--dir', copy]).catch((e) => e)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).toContain(join(copy, NODE_FILES.secret))
    expect(existsSync(join(copy, NODE_FILES.lock))).toBe(false)
  })

  it.each([50, 300, 700, 1200])(
    'stops cleanly on SIGTERM %i ms after `mrn start`: lock removed, every start followed by its stop entry',
    async (delayMs) => {
      const child = spawn(process.execPath, [mrnEntryPoint(), 'start', '--dir', dir, '--log-level', 'silent'], {
        stdio: 'ignore',
      })
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      // The delay is the test's input (the moment of the stop), not a wait for an event.
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      child.kill('SIGTERM')
      await exited
      expect(existsSync(join(dir, NODE_FILES.lock))).toBe(false)
      const db = openDatabase(join(dir, NODE_FILES.database))
      const kinds = new AuditLog(db, new Uint8Array(32)).list(0, 100_000).map((r) => r.entry.kind)
      db.close()
      expect(kinds.filter((k) => k === 'node_started').length).toBe(kinds.filter((k) => k === 'node_stopped').length)
      if (kinds.length > 0) expect(kinds.at(-1)).toBe('node_stopped')
    },
  )
})
