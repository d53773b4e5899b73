import type { Command } from 'commander'
import { restoreBackup, takeBackup } from '../../node/backup.js'
import { readPassphrase } from '../../node/identity.js'
import { printJson } from '../output.js'

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      "take a consistent snapshot of a node, running or not, into one file: the database (encrypted as the node is, with the node passphrase), node.yaml, the node key and secret, policy.yaml, federation.yaml and the latest co-signed checkpoint; audited in the node's log (docs/operations.md)",
    )
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--out <file>', 'backup file to write (never overwritten)')
    .option('--json', 'print {"country","file","takenAtMs","records","auditSize","cosignedSize","encrypted"}')
    .action((opts: { dir: string; out: string; json?: boolean }) => {
      const b = takeBackup(opts.dir, opts.out, readPassphrase(), Date.now())
      if (opts.json) return printJson(b)
      process.stdout.write(
        `Backup of ${b.country} written to ${b.file}: ${b.records} records, audit log of ${b.auditSize} entries (co-signed up to ${b.cosignedSize}), ${new Date(b.takenAtMs).toISOString()}.\n` +
          (b.encrypted
            ? 'Encrypted with the node passphrase; it holds the node key and secret: keep it as safe as the node.\n'
            : 'WARNING: stored in clear (the node has no passphrase), with the node key, secret and records: keep it as safe as the node.\n'),
      )
    })
  program
    .command('restore')
    .description(
      'bring a node back from a backup into an empty directory. The next `mrn start` asks the witnesses where the log ended before it answers anything, continues from that co-signed checkpoint and records the entries in between as lost (docs/operations.md)',
    )
    .requiredOption('--from <file>', 'backup file (mrn backup)')
    .requiredOption('--dir <dir>', 'node directory to create (must not hold a node)')
    .option('--json', 'print {"country","dir","takenAtMs","auditSize","cosignedSize"}')
    .action((opts: { from: string; dir: string; json?: boolean }) => {
      const r = restoreBackup(opts.from, opts.dir, readPassphrase())
      if (opts.json) return printJson(r)
      process.stdout.write(
        `Restored ${r.country} into ${r.dir} from the backup of ${new Date(r.takenAtMs).toISOString()} (audit log of ${r.auditSize} entries, co-signed up to ${r.cosignedSize}).\n` +
          `Next: mrn start --dir ${opts.dir}. Before answering anything it asks its witnesses where its log ended, continues from there, and records the entries written after the backup as lost; records imported and tokens created after the backup must be imported and created again.\n`,
      )
    })
}
