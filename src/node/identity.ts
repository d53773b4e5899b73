import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { z } from 'zod'
import { OperationError, UsageError } from '../util/errors.js'
import { checkPrivateFile } from '../util/privateFiles.js'
import { validate } from '../util/yamlFile.js'

/** Environment variable holding the passphrase that encrypts the node key at rest. */
export const PASSPHRASE_ENV = 'MRN_KEY_PASSPHRASE'
/** A file holding the passphrase (for service managers that hand secrets over as files). */
export const PASSPHRASE_FILE_ENV = 'MRN_KEY_PASSPHRASE_FILE'

/**
 * The node passphrase, which encrypts the node key and the database: from
 * MRN_KEY_PASSPHRASE, or from the owner-only file MRN_KEY_PASSPHRASE_FILE
 * names (one trailing newline ignored). Undefined when neither is set.
 */
export function readPassphrase(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const direct = env[PASSPHRASE_ENV]
  const file = env[PASSPHRASE_FILE_ENV]
  if (direct && file) throw new UsageError(`set ${PASSPHRASE_ENV} or ${PASSPHRASE_FILE_ENV}, not both`)
  if (direct) return direct
  if (!file) return undefined
  checkPrivateFile(file, `passphrase file (${PASSPHRASE_FILE_ENV})`)
  const text = readFileSync(file, 'utf8').replace(/\r?\n$/, '')
  if (text === '') throw new UsageError(`${file}: the passphrase file (${PASSPHRASE_FILE_ENV}) is empty`)
  return text
}

// scrypt parameters: N=2^15 costs ~100 ms and 32 MiB here, once per start.
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

const keyFileSchema = z.discriminatedUnion('encrypted', [
  z.object({ version: z.literal(1), type: z.literal('Ed25519'), encrypted: z.literal(false), key: z.base64() }),
  z.object({
    version: z.literal(1),
    type: z.literal('Ed25519'),
    encrypted: z.literal(true),
    kdf: z.object({ name: z.literal('scrypt'), salt: z.base64(), N: z.number(), r: z.number(), p: z.number() }),
    cipher: z.object({ name: z.literal('aes-256-gcm'), iv: z.base64(), tag: z.base64() }),
    ciphertext: z.base64(),
  }),
])

/** Creates a new Ed25519 node key and writes it with mode 0600, encrypted if a passphrase is given. */
export async function createKeyFile(path: string, passphrase: string | undefined): Promise<PrivateKey> {
  const key = await generateKeyPair('Ed25519')
  writeFileSync(path, keyFileText(key, passphrase), { mode: 0o600, flag: 'wx' })
  return key
}

/** The key file's text: the key in clear, or AES-256-GCM under a scrypt key from the passphrase. */
export function keyFileText(key: PrivateKey, passphrase: string | undefined): string {
  const raw = privateKeyToProtobuf(key)
  let file: unknown
  if (passphrase) {
    const salt = randomBytes(16)
    const iv = randomBytes(12)
    const secret = scryptSync(passphrase, salt, 32, SCRYPT)
    const cipher = createCipheriv('aes-256-gcm', secret, iv)
    const ciphertext = Buffer.concat([cipher.update(raw), cipher.final()])
    file = {
      version: 1,
      type: 'Ed25519',
      encrypted: true,
      kdf: { name: 'scrypt', salt: salt.toString('base64'), N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p },
      cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
      ciphertext: ciphertext.toString('base64'),
    }
  } else {
    file = { version: 1, type: 'Ed25519', encrypted: false, key: Buffer.from(raw).toString('base64') }
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Loads the node key. Refuses a key file that group or others can read (as ssh
 * does), and an encrypted key without the passphrase.
 */
export function loadKeyFile(path: string, passphrase: string | undefined): PrivateKey {
  checkPrivateFile(path, 'node key')
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new UsageError(`${path}: cannot read node key: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(`${path}: not a node key file (expected JSON)`)
  }
  const file = validate(path, keyFileSchema, data)
  if (!file.encrypted) return privateKeyFromProtobuf(Buffer.from(file.key, 'base64'))
  if (!passphrase) {
    throw new UsageError(`${path}: the node key is encrypted; set ${PASSPHRASE_ENV} or ${PASSPHRASE_FILE_ENV}`)
  }
  try {
    const secret = scryptSync(passphrase, Buffer.from(file.kdf.salt, 'base64'), 32, {
      N: file.kdf.N,
      r: file.kdf.r,
      p: file.kdf.p,
      maxmem: SCRYPT.maxmem,
    })
    const decipher = createDecipheriv('aes-256-gcm', secret, Buffer.from(file.cipher.iv, 'base64'))
    decipher.setAuthTag(Buffer.from(file.cipher.tag, 'base64'))
    const raw = Buffer.concat([decipher.update(Buffer.from(file.ciphertext, 'base64')), decipher.final()])
    return privateKeyFromProtobuf(raw)
  } catch {
    throw new OperationError(`${path}: cannot decrypt the node key: wrong ${PASSPHRASE_ENV}?`)
  }
}
