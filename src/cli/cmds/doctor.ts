import { resolve } from 'node:path'
import type { Command } from 'commander'
import { runDoctor } from '../../node/doctor.js'
import { printJson, printTable } from '../output.js'

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      "check a node directory before trusting it: files and modes, key and secret, configuration, policy, federation, the database's full integrity check, the audit log against its co-signed checkpoint, witnesses' clock offsets, and (node stopped) which peers answer",
    )
    .requiredOption('--dir <dir>', 'node directory')
    .option('--no-network', 'skip dialling the peers')
    .option('--json', 'print the checks as JSON')
    .addHelpText('after', '\nExit code 0 when nothing failed (warnings allowed), 1 otherwise.')
    .action(async (opts: { dir: string; network: boolean; json?: boolean }) => {
      const checks = await runDoctor(resolve(opts.dir), { network: opts.network })
      if (opts.json) printJson({ ok: checks.every((c) => c.status !== 'fail'), checks })
      else
        printTable(
          ['CHECK', 'STATUS', 'DETAIL'],
          checks.map((c) => [c.check, c.status.toUpperCase(), c.detail]),
        )
      if (checks.some((c) => c.status === 'fail')) process.exitCode = 1
    })
}
