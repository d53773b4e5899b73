import { type Db, type OpenDatabaseOptions, openDatabase } from '../records/database.js'
import type { NodeConfig } from './config.js'
import { readPassphrase } from './identity.js'

/**
 * Opens an existing node's database for a command, with the node passphrase
 * (MRN_KEY_PASSPHRASE or MRN_KEY_PASSPHRASE_FILE) when the node has one.
 */
export function openNodeDatabase(config: NodeConfig, options: Omit<OpenDatabaseOptions, 'passphrase'> = {}): Db {
  return openDatabase(config.paths.database, { mustExist: true, ...options, passphrase: readPassphrase() })
}

/** What `mrn init`, `mrn start` and `mrn status` say when a node has no passphrase. */
export const STORED_IN_CLEAR_WARNING =
  'no MRN_KEY_PASSPHRASE: the node key and the records are stored in clear on disk (set a passphrase and run `mrn passphrase change` to encrypt them)'
