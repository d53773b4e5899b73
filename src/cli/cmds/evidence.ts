import type { Command } from 'commander'
import { UsageError } from '../../util/errors.js'
import { apiClientFrom } from '../apiTarget.js'
import { printJson } from '../output.js'
import { addApiOptions } from './query.js'

export function registerEvidence(program: Command): void {
  addApiOptions(
    program
      .command('evidence')
      .description(
        "fetch and check a peer's proof that an exchange is in its audit log: the entry at the leaf index its answer carried, an inclusion proof, and its signed (and co-signed) checkpoint",
      ),
  )
    .requiredOption('--country <code>', 'the peer that answered')
    .requiredOption('--index <n>', 'the audit leaf index of its answer (peerAuditLeafIndex in query --json)')
    .option('--json', 'print the evidence as JSON (keep it: it proves what was disclosed)')
    .action(
      async (opts: { country: string; index: string; json?: boolean; dir?: string; api?: string; token?: string }) => {
        if (!/^\d+$/.test(opts.index)) throw new UsageError(`--index must be a whole number: got "${opts.index}"`)
        const ev = await apiClientFrom(opts).evidence({
          country: opts.country.toUpperCase(),
          leafIndex: Number(opts.index),
        })
        if (opts.json) printJson(ev)
        else {
          process.stdout.write(
            `${ev.country} leaf ${ev.leafIndex}: ${ev.verified ? 'included in a checkpoint signed by its log key' : 'NOT VERIFIED'}; response digest ${ev.responseDigestMatches ? 'matches' : 'does not match'} ours; co-signed by ${ev.cosignedBy.length ? ev.cosignedBy.join(', ') : 'no witness yet'}\n\n${ev.checkpoint}`,
          )
        }
        if (!ev.verified) process.exitCode = 1
      },
    )
}
