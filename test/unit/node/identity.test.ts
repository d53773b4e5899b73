import { chmodSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createKeyFile, loadKeyFile } from '../../../src/node/identity.js'

const dir = mkdtempSync(join(tmpdir(), 'mrn-key-'))

describe('node key file', () => {
  it('loadKeyFile() returns the key that createKeyFile() wrote, in the clear', async () => {
    const path = join(dir, 'plain.key')
    const key = await createKeyFile(path, undefined)
    expect(loadKeyFile(path, undefined).equals(key)).toBe(true)
  })

  it('encrypts the key with a passphrase and needs it back', async () => {
    const path = join(dir, 'enc.key')
    const key = await createKeyFile(path, 's3cret')
    expect(readFileSync(path, 'utf8')).not.toContain(Buffer.from(key.raw).toString('base64'))
    expect(loadKeyFile(path, 's3cret').equals(key)).toBe(true)
    expect(() => loadKeyFile(path, undefined)).toThrow(/encrypted; set MRN_KEY_PASSPHRASE/)
    expect(() => loadKeyFile(path, 'wrong')).toThrow(/cannot decrypt/)
  })

  it('refuses a key file that others can read', async () => {
    const path = join(dir, 'open.key')
    await createKeyFile(path, undefined)
    chmodSync(path, 0o644)
    expect(() => loadKeyFile(path, undefined)).toThrow(/permissions 0644 are too open/)
  })
})
