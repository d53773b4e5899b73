import { resolve } from 'node:path'
import type { Command } from 'commander'
import { loadNodeConfig } from '../../node/config.js'
import { readPassphrase } from '../../node/identity.js'
import { activateRotation, DEFAULT_OVERLAP_DAYS, prepareRotation } from '../../node/keyRotation.js'
import { selfEntry } from '../../node/members.js'
import { UsageError } from '../../util/errors.js'
import { wholeNumber } from '../flags.js'
import { printJson } from '../output.js'

export function registerKey(program: Command): void {
  const key = program
    .command('key')
    .description("rotate the node's own Ed25519 key, with an overlap in which peers accept both (docs/federation.md)")
  key
    .command('rotate')
    .description(
      'step 1: make a new node key (node.key.next) and a rotation statement signed by the old and the new key (key-rotation.signed) for the peers or the authority; the node keeps its key until `mrn key activate`',
    )
    .requiredOption('--dir <dir>', 'node directory (the node may be running)')
    .option(
      '--overlap-days <n>',
      'how long peers keep accepting the old key, from now',
      wholeNumber('--overlap-days'),
      DEFAULT_OVERLAP_DAYS,
    )
    .option('--json', 'print the statement as JSON')
    .addHelpText(
      'after',
      `
Then, within the overlap:
  hand-exchanged mode: every member's operator runs  mrn federation rotate --dir THEIR_DIR key-rotation.signed
  authority mode:      the authority runs  mrn authority rotate --dir A key-rotation.signed; mrn authority sign ...
                       and a member applies the new version (mrn federation apply); the others fetch it
  and this node:       stop it; mrn key activate --dir D; start it
Peers accept both keys until the overlap ends, so the node may switch at any time before that.
The node's audit log keeps its name (its first key's PeerId): witnesses go on co-signing the
same log, and every checkpoint and co-signature signed by the old key still verifies.`,
    )
    .action(async (opts: { dir: string; overlapDays: number; json?: boolean }) => {
      const config = loadNodeConfig(resolve(opts.dir))
      const self = selfEntry(config, Date.now())
      if (self === undefined)
        throw new UsageError(`${config.paths.federation}: does not list this node (${config.country})`)
      const { rotation: r, statementPath } = await prepareRotation(config, self, readPassphrase(), {
        nowMs: Date.now(),
        overlapDays: opts.overlapDays,
      })
      if (opts.json) return printJson({ ...r, statement: statementPath })
      process.stdout.write(
        `New key ${r.newPeerId} made for ${r.country} (replaces ${r.oldPeerId}; peers accept the old key until ${new Date(r.acceptedUntilMs).toISOString()}).\n` +
          `Statement signed by both keys: ${statementPath}\n` +
          (config.authority === undefined
            ? `Next: each member's operator runs \`mrn federation rotate --dir THEIR_DIR ${statementPath}\`; then stop this node, run \`mrn key activate --dir ${opts.dir}\` and start it.\n`
            : `Next: the authority runs \`mrn authority rotate --dir A ${statementPath}\` and signs a new version; once this node holds it, stop the node, run \`mrn key activate --dir ${opts.dir}\` and start it.\n`),
      )
    })
  key
    .command('activate')
    .description(
      'step 2, with the node stopped: switch the node to the key `mrn key rotate` made (audited as key_rotated); refused in authority mode until the signed membership the node holds lists the new key',
    )
    .requiredOption('--dir <dir>', 'node directory (the node must be stopped)')
    .option('--json', 'print the rotation as JSON')
    .action((opts: { dir: string; json?: boolean }) => {
      const config = loadNodeConfig(resolve(opts.dir))
      const r = activateRotation(config, readPassphrase(), Date.now())
      if (opts.json) return printJson(r)
      process.stdout.write(
        `${r.country} now uses key ${r.newPeerId}; its audit log keeps its name (mrn-audit/${r.country}/${r.logPeerId}). Start the node: peers accept the old key until ${new Date(r.acceptedUntilMs).toISOString()}.\n`,
      )
    })
}
