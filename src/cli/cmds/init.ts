import { resolve } from 'node:path'
import type { Command } from 'commander'
import { memberVerifierKey } from '../../audit/logIdentity.js'
import { PASSPHRASE_ENV, PASSPHRASE_FILE_ENV, readPassphrase } from '../../node/identity.js'
import { DEFAULT_LISTEN, initNode } from '../../node/init.js'
import { STORED_IN_CLEAR_WARNING } from '../../node/nodeDatabase.js'
import { integerOption, listOption, printJson, repeatable } from '../output.js'

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(
      `create a node directory (0700, every file 0600): Ed25519 key and database, both encrypted when ${PASSPHRASE_ENV} or ${PASSPHRASE_FILE_ENV} is set (else stored in clear, with a warning), node.yaml, starter policy.yaml and a federation.yaml listing this node; prints this node's federation entry`,
    )
    .requiredOption('--dir <dir>', 'node directory to create (must be absent or empty)')
    .requiredOption('--country <code>', "this node's country, ISO 3166-1 alpha-3 (e.g. GRC)")
    .option(
      '--listen <multiaddr>',
      `libp2p listen address, repeatable; tcp/0 picks a free port now (default ${DEFAULT_LISTEN})`,
      repeatable,
    )
    .option(
      '--announce <multiaddr>',
      'address peers should dial if it differs from --listen (NAT, containers; required with 0.0.0.0), repeatable',
      repeatable,
    )
    .option('--api-port <port>', 'local API port on 127.0.0.1 (default: a free port)', integerOption(1, 65535))
    .option(
      '--metrics-port <port>',
      'port of /metrics, /healthz and /readyz on 127.0.0.1 (default: a free port)',
      integerOption(1, 65535),
    )
    .option('--group <names>', 'federation groups of this node, comma separated (e.g. dublin,schengen)', listOption)
    .option(
      '--authority <key>',
      "pin a federation authority's key (mrn authority init prints it): members then come from the versions it signs (mrn federation apply), never from federation.yaml",
    )
    .option('--json', 'print the federation entry as JSON (input for `mrn federation add --entry`)')
    .action(
      async (opts: {
        dir: string
        country: string
        listen?: string[]
        announce?: string[]
        apiPort?: number
        metricsPort?: number
        group?: string[]
        authority?: string
        json?: boolean
      }) => {
        const dir = resolve(opts.dir)
        const passphrase = readPassphrase()
        if (passphrase === undefined) process.stderr.write(`mrn: ${STORED_IN_CLEAR_WARNING}\n`)
        const entry = await initNode({
          dir,
          country: opts.country,
          listen: opts.listen ?? [DEFAULT_LISTEN],
          ...(opts.announce ? { announce: opts.announce } : {}),
          ...(opts.apiPort === undefined ? {} : { apiPort: opts.apiPort }),
          ...(opts.metricsPort === undefined ? {} : { metricsPort: opts.metricsPort }),
          groups: opts.group ?? [],
          ...(opts.authority === undefined ? {} : { authority: opts.authority }),
          passphrase,
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
