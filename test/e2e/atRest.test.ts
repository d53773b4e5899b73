import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FILES } from '../../src/node/config.js'
import { startNodeProcess } from '../../src/sim/nodeProcess.js'
import { makeRecord } from '../helpers/federation.js'
import { mrn } from '../helpers/mrnCli.js'

const NAME = 'Zarathustra'
const DOCUMENT = 'QX7781234'
const PASS = { MRN_KEY_PASSPHRASE: 'the first long passphrase' }

/** Does any file of the node directory (database, WAL, shared memory) hold these bytes? */
const onDisk = (dir: string, text: string): boolean =>
  readdirSync(dir)
    .filter((f) => f.startsWith(NODE_FILES.database))
    .some((f) => readFileSync(join(dir, f)).includes(Buffer.from(text)))
const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

/** Runs the node as its own process and stops it (start writes, stop checkpoints and closes). */
async function startAndStop(dir: string, env: Record<string, string>): Promise<void> {
  const saved = process.env.MRN_KEY_PASSPHRASE
  if (env.MRN_KEY_PASSPHRASE) process.env.MRN_KEY_PASSPHRASE = env.MRN_KEY_PASSPHRASE
  else delete process.env.MRN_KEY_PASSPHRASE
  try {
    const node = await startNodeProcess(dir)
    await node.stop()
  } finally {
    if (saved === undefined) delete process.env.MRN_KEY_PASSPHRASE
    else process.env.MRN_KEY_PASSPHRASE = saved
  }
}

describe('records at rest', () => {
  let root: string

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mrn-rest-'))
    const record = makeRecord({
      id: 'R-1',
      names: [{ given: NAME, family: 'Quillfeather', script: 'Latn', transliterated: false, type: 'primary' }],
      documents: [{ type: 'passport', number: DOCUMENT, issuer: 'SYR' }],
    })
    writeFileSync(join(root, 'records.jsonl'), `${JSON.stringify(record)}\n`)
  })

  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
  })

  /** A node of its own for each test: init, import the record, run once; returns its directory and init's stderr. */
  let n = 0
  async function node(env: Record<string, string>): Promise<{ dir: string; initStderr: string }> {
    const dir = join(root, `node-${n++}`)
    const init = await mrn(['init', '--dir', dir, '--country', 'GRC', '--json'], env)
    expect(init.code).toBe(0)
    expect((await mrn(['import', '--dir', dir, join(root, 'records.jsonl')], env)).code).toBe(0)
    await startAndStop(dir, env)
    return { dir, initStderr: init.stderr }
  }

  it('without a passphrase: said plainly at init, and the records are readable in the files', async () => {
    const { dir, initStderr } = await node({})
    expect(initStderr).toMatch(/no MRN_KEY_PASSPHRASE: the node key and the records are stored in clear/)
    expect(onDisk(dir, NAME)).toBe(true)
    expect(onDisk(dir, DOCUMENT)).toBe(true)
  })

  it('with a passphrase: no name or document number anywhere in the database files', async () => {
    const { dir, initStderr } = await node(PASS)
    expect(initStderr).toBe('')
    expect(onDisk(dir, NAME)).toBe(false)
    expect(onDisk(dir, DOCUMENT)).toBe(false)
    expect(onDisk(dir, 'SQLite format 3')).toBe(false)
  })

  it('refuses to start with a wrong passphrase, saying so, and changes nothing', async () => {
    const { dir } = await node(PASS)
    const before = digest(join(dir, NODE_FILES.database))
    const r = await mrn(['start', '--dir', dir], { MRN_KEY_PASSPHRASE: 'not the passphrase' })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/cannot decrypt the node key: wrong MRN_KEY_PASSPHRASE/)
    expect(digest(join(dir, NODE_FILES.database))).toBe(before)
    expect(existsSync(join(dir, NODE_FILES.lock))).toBe(false)
  })

  it('re-keys with `mrn passphrase change`: the old passphrase no longer opens it, the new one does', async () => {
    const { dir } = await node(PASS)
    const NEW = 'the second long passphrase'
    const changed = await mrn(['passphrase', 'change', '--dir', dir], { ...PASS, MRN_NEW_KEY_PASSPHRASE: NEW })
    expect(changed.stderr).toBe('')
    expect(changed.code).toBe(0)
    const old = await mrn(['audit', 'verify', '--dir', dir], PASS)
    expect(old.code).not.toBe(0)
    const verified = await mrn(['audit', 'verify', '--dir', dir], { MRN_KEY_PASSPHRASE: NEW })
    expect(verified.stdout).toMatch(/^ok: /)
    expect(onDisk(dir, NAME)).toBe(false)
  })

  it('encrypts a node that was stored in clear', async () => {
    const { dir } = await node({})
    const NEW = 'a third long passphrase'
    const r = await mrn(['passphrase', 'change', '--dir', dir], { MRN_NEW_KEY_PASSPHRASE: NEW })
    expect(r.code).toBe(0)
    expect(onDisk(dir, NAME)).toBe(false)
    expect(onDisk(dir, DOCUMENT)).toBe(false)
    const verified = await mrn(['audit', 'verify', '--dir', dir], { MRN_KEY_PASSPHRASE: NEW })
    expect(verified.stdout).toMatch(/^ok: /)
    const withoutPassphrase = await mrn(['audit', 'verify', '--dir', dir])
    expect(withoutPassphrase.stderr).toMatch(/the database is encrypted; set MRN_KEY_PASSPHRASE/)
  })

  it('backs up encrypted as the node is: no name, document or SQLite header in the file; the wrong passphrase restores nothing', async () => {
    const { dir } = await node(PASS)
    const file = join(root, `backup-${n}`)
    const b = await mrn(['backup', '--dir', dir, '--out', file], PASS)
    expect(b.stderr).toBe('')
    expect(b.stdout).toContain('Encrypted with the node passphrase')
    const bytes = readFileSync(file)
    for (const text of [NAME, DOCUMENT, 'SQLite format 3']) expect(bytes.includes(Buffer.from(text))).toBe(false)
    const into = join(root, `restored-${n}`)
    const wrong = await mrn(['restore', '--from', file, '--dir', into], { MRN_KEY_PASSPHRASE: 'not the passphrase' })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/cannot decrypt the database: wrong passphrase/)
    expect(existsSync(join(into, NODE_FILES.config))).toBe(false)
    const right = await mrn(['restore', '--from', file, '--dir', into], PASS)
    expect(right.stderr).toBe('')
    expect(right.code).toBe(0)
    expect(onDisk(into, NAME)).toBe(false)
    // a node alone in its federation has no witness to ask: it continues where its backup ended
    await startAndStop(into, PASS)
    const verified = await mrn(['audit', 'verify', '--dir', into], PASS)
    expect(verified.stdout).toMatch(/^ok: /)
  })
})
