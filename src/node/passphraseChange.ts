import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { rekeyDatabase } from '../records/database.js'
import { OperationError } from '../util/errors.js'
import { PRIVATE_FILE_MODE } from '../util/privateFiles.js'
import { loadNodeConfig } from './config.js'
import { keyFileText, loadKeyFile } from './identity.js'
import { acquireLock } from './lock.js'

/**
 * Re-keys a node at rest: the node key and the database, from passphrase
 * `from` (undefined: stored in clear) to `to` (undefined: store in clear).
 * The node must be stopped (its lock is taken). The new key file is written
 * beside the old one first and swapped in only once the database is
 * re-keyed, so a failure leaves the node as it was.
 */
export function changePassphrase(dir: string, from: string | undefined, to: string | undefined): void {
  const config = loadNodeConfig(dir)
  const release = acquireLock(config.paths.lock)
  try {
    const key = loadKeyFile(config.paths.key, from)
    const next = `${config.paths.key}.new-${process.pid}`
    writeFileSync(next, keyFileText(key, to), { mode: PRIVATE_FILE_MODE, flag: 'wx' })
    try {
      rekeyDatabase(config.paths.database, from, to)
    } catch (err) {
      rmSync(next, { force: true })
      throw err
    }
    try {
      renameSync(next, config.paths.key)
    } catch (err) {
      throw new OperationError(
        `${config.paths.database} is re-keyed, but ${config.paths.key} could not be replaced (${(err as Error).message}); the key under the new passphrase is in ${next}: move it there by hand`,
      )
    }
  } finally {
    release()
  }
}
