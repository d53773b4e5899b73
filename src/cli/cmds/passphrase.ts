import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { PASSPHRASE_ENV, PASSPHRASE_FILE_ENV, readPassphrase } from '../../node/identity.js'
import { changePassphrase } from '../../node/passphraseChange.js'
import { UsageError } from '../../util/errors.js'
import { checkPrivateFile } from '../../util/privateFiles.js'

export const NEW_PASSPHRASE_ENV = 'MRN_NEW_KEY_PASSPHRASE'

export function registerPassphrase(program: Command): void {
  const cmd = program.command('passphrase').description('the passphrase that encrypts the node key and the database')
  cmd
    .command('change')
    .description(
      're-key a stopped node: the node key and every page of the database, from the current passphrase (none if stored in clear) to a new one',
    )
    .requiredOption('--dir <dir>', 'node directory (the node must not be running)')
    .option(
      '--new-passphrase-file <file>',
      `owner-only file holding the new passphrase (default: ${NEW_PASSPHRASE_ENV})`,
    )
    .option('--clear', 'store the key and the records in clear from now on (not recommended)')
    .addHelpText(
      'after',
      `
The current passphrase comes from ${PASSPHRASE_ENV} or ${PASSPHRASE_FILE_ENV} (unset if the
node is stored in clear); the new one from --new-passphrase-file or ${NEW_PASSPHRASE_ENV}.
Afterwards start the node with the new passphrase.

Example:
  MRN_KEY_PASSPHRASE_FILE=/etc/mrn/old MRN_NEW_KEY_PASSPHRASE="$(cat /etc/mrn/new)" \\
    mrn passphrase change --dir /srv/mrn`,
    )
    .action((opts: { dir: string; newPassphraseFile?: string; clear?: boolean }) => {
      let to: string | undefined
      if (opts.clear) {
        if (opts.newPassphraseFile || process.env[NEW_PASSPHRASE_ENV]) {
          throw new UsageError(`--clear takes no new passphrase (--new-passphrase-file, ${NEW_PASSPHRASE_ENV})`)
        }
      } else if (opts.newPassphraseFile) {
        checkPrivateFile(opts.newPassphraseFile, 'new passphrase file')
        to = readFileSync(opts.newPassphraseFile, 'utf8').replace(/\r?\n$/, '')
      } else {
        to = process.env[NEW_PASSPHRASE_ENV]
      }
      if (!opts.clear && !to) {
        throw new UsageError(`no new passphrase: give --new-passphrase-file or set ${NEW_PASSPHRASE_ENV} (or --clear)`)
      }
      if (to !== undefined && to.length < 12)
        throw new UsageError('the new passphrase must have at least 12 characters')
      const from = readPassphrase()
      changePassphrase(resolve(opts.dir), from, to)
      process.stdout.write(
        to === undefined
          ? `${opts.dir}: the node key and the database are now stored in clear\n`
          : `${opts.dir}: the node key and the database are now encrypted with the new passphrase; start the node with it\n`,
      )
    })
}
