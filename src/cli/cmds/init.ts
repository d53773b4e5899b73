import { resolve } from 'node:path'
import type { Command } from 'commander'
import { memberVerifierKey } from '../../audit/logIdentity.js'
import { PASSPHRASE_ENV } from '../../node/identity.js'
import { DEFAULT_LISTEN, initNode } from '../../node/init.js'
import { listOption, printJson, repeatable } from '../output.js'

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(
      `create a node directory: Ed25519 key (mode 0600; encrypted when ${PASSPHRASE_ENV} is set), node.yaml, empty database, starter policy.yaml and a federation.yaml listing this node; prints this node's federation entry`,
    )
    .requiredOption('--dir <dir>', 'node directory to create (must be absent or empty)')
    .requiredOption('--country <code>', "this node's country, ISO 3166-1 alpha-3 (e.g. GRC)")
    .option(
      '--listen <multiaddr>',
      `libp2p listen address, repeatable; tcp/0 picks a free port now (default ${DEFAULT_LISTEN})`,
      repeatable,
    )
    .option('--api-port <port>', 'local API port on 127.0.0.1 (default: a free port)', (v) => Number.parseInt(v, 10))
    .option('--group <names>', 'federation groups of this node, comma separated (e.g. dublin,schengen)', listOption)
    .option('--json', 'print the federation entry as JSON (input for `mrn federation add --entry`)')
    .action(
      async (opts: {
        dir: string
        country: string
        listen?: string[]
        apiPort?: number
        group?: string[]
        json?: boolean
      }) => {
        const dir = resolve(opts.dir)
        const entry = await initNode({
          dir,
          country: opts.country,
          listen: opts.listen ?? [DEFAULT_LISTEN],
          ...(opts.apiPort === undefined ? {} : { apiPort: opts.apiPort }),
          groups: opts.group ?? [],
          passphrase: process.env[PASSPHRASE_ENV],
        })
        if (opts.json) return printJson(entry)
        process.stdout.write(
          [
            `Created ${entry.country} node in ${dir}`,
            '',
            'Federation entry (give this to the other members):',
            `  country:   ${entry.country}`,
            `  peerId:    ${entry.peerId}`,
            `  addresses: ${entry.addresses.join(' ')}`,
            `  groups:    ${entry.groups.join(',') || '(none)'}`,
            '',
            `Audit checkpoints verify with the note key: ${memberVerifierKey(entry.country, entry.peerId)}`,
            '',
            'Next:',
            `  mrn federation add --dir ${opts.dir} --entry <their entry.json>   # for each peer`,
            `  mrn import --dir ${opts.dir} records.jsonl`,
            `  mrn token create --dir ${opts.dir} --name alice --role caseworker`,
            `  mrn start --dir ${opts.dir}`,
            '',
          ].join('\n'),
        )
      },
    )
}
