import { chmodSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { UsageError } from './errors.js'

/** Every file a node writes is readable by its owner only, and its directory too, whatever the umask. */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_DIR_MODE = 0o700

/** Writes via a temporary file (mode 0600) and rename, so a crash never leaves half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`
  writeFileSync(tmp, data, { mode: PRIVATE_FILE_MODE })
  chmodSync(tmp, PRIVATE_FILE_MODE)
  renameSync(tmp, path)
}

/**
 * Refuses a secret file that group or others may read (as ssh does with its
 * keys), naming the command that fixes it.
 */
export function checkPrivateFile(path: string, what: string): void {
  let mode: number
  try {
    mode = statSync(path).mode & 0o777
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT' ? `${path}: ${what} is missing` : `${path}: cannot read ${what}: ${code ?? String(err)}`,
    )
  }
  if (mode & 0o077) {
    throw new UsageError(
      `${path}: permissions ${mode.toString(8).padStart(4, '0')} are too open for the ${what}; run: chmod 600 ${path}`,
    )
  }
}

export const NODE_SECRET_BYTES = 32

/**
 * Loads node.secret, the key of the audit log's keyed hashes: owner-only, and
 * exactly 32 bytes in base64. A missing, empty or short secret is refused, as
 * keyed hashes under it would be guessable.
 */
export function loadNodeSecret(path: string): Uint8Array {
  checkPrivateFile(path, 'node secret')
  const text = readFileSync(path, 'utf8').trim()
  const secret = Buffer.from(text, 'base64')
  if (text === '' || secret.length !== NODE_SECRET_BYTES || !/^[A-Za-z0-9+/]+=*$/.test(text)) {
    throw new UsageError(
      `${path}: the node secret must be ${NODE_SECRET_BYTES} random bytes in base64: got ${text === '' ? 'an empty file' : `${secret.length} bytes`}`,
    )
  }
  return new Uint8Array(secret)
}
