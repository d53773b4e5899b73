import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import {
  addMember,
  loadFederation,
  parseMember,
  readMemberEntry,
  removeMember,
  updateMember,
} from '../../network/federation.js'
import { currentMembers, installMembership } from '../../network/membership.js'
import { loadNodeConfig, type NodeConfig } from '../../node/config.js'
import { rotateMember, verifyRotation } from '../../node/keyRotation.js'
import { runningPid } from '../../node/lock.js'
import { loadMembers } from '../../node/members.js'
import { UsageError } from '../../util/errors.js'
import { countryCodes } from '../flags.js'
import { listOption, printJson, printTable, repeatable } from '../output.js'

interface AddOptions {
  dir: string
  entry?: string
  country?: string
  peerId?: string
  address?: string[]
  group?: string[]
  replace?: boolean
}

export function registerFederation(program: Command): void {
  const fed = program
    .command('federation')
    .description(
      'federation members (federation.yaml): only they may connect or be queried; add and remove apply to a running node at once (SIGHUP)',
    )
  fed
    .command('add')
    .description(
      'add or update a member, from a JSON entry (`mrn init --json`, `mrn federation entry --json`) or from flags',
    )
    .requiredOption('--dir <dir>', 'node directory')
    .option('--entry <file>', 'JSON federation entry file, or - for standard input')
    .option('--country <code>', 'member country, ISO 3166-1 alpha-3')
    .option('--peer-id <id>', 'member libp2p PeerId (Ed25519, 12D3KooW...)')
    .option('--address <multiaddr>', 'member address, repeatable', repeatable)
    .option('--group <names>', 'member groups, comma separated', listOption)
    .option(
      '--replace',
      "allow a new PeerId for a country already listed (key rotation); the old one is kept in the member's previousKeys, never accepted again, so that what it co-signed before still verifies",
    )
    .action((opts: AddOptions) => {
      const config = loadNodeConfig(resolve(opts.dir))
      refuseInAuthorityMode(config, 'add')
      let member = opts.entry
        ? readMemberEntry(opts.entry)
        : opts.country || opts.peerId
          ? parseMember('flags', {
              country: opts.country,
              peerId: opts.peerId,
              addresses: opts.address ?? [],
              groups: opts.group ?? [],
            })
          : undefined
      if (member === undefined) throw new UsageError('give --entry <file>, or --country, --peer-id and --address')
      if (opts.entry && opts.group) member = { ...member, groups: opts.group }
      addMember(config.paths.federation, member, { replace: opts.replace ?? false })
      process.stdout.write(
        `Federation: ${member.country} ${member.peerId} added to ${config.paths.federation}; ${applyToRunningNode(config.paths.lock)}\n`,
      )
    })
  fed
    .command('remove')
    .description(
      'remove a member: it may neither connect nor be queried, and a running node closes its connections at once',
    )
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--country <code>', 'the member country to remove, ISO 3166-1 alpha-3')
    .action((opts: { dir: string; country: string }) => {
      const config = loadNodeConfig(resolve(opts.dir))
      refuseInAuthorityMode(config, 'remove')
      const [country] = countryCodes('--country', [opts.country])
      const removed = removeMember(config.paths.federation, country as string, config.country)
      process.stdout.write(
        `Federation: ${removed.country} ${removed.peerId} removed from ${config.paths.federation}; ${applyToRunningNode(config.paths.lock)}\n`,
      )
    })
  fed
    .command('list')
    .description('list members')
    .requiredOption('--dir <dir>', 'node directory')
    .option('--json', 'print as JSON')
    .action((opts: { dir: string; json?: boolean }) => {
      const config = loadNodeConfig(resolve(opts.dir))
      const members = loadMembers(config, undefined, Date.now()).federation.members()
      if (opts.json) return printJson({ members })
      printTable(
        ['COUNTRY', 'PEER ID', 'ADDRESSES', 'GROUPS', ''],
        members.map((m) => [
          m.country,
          m.peerId,
          m.addresses.join(' '),
          m.groups.join(','),
          m.country === config.country ? '(this node)' : '',
        ]),
      )
    })
  fed
    .command('apply')
    .description(
      'apply a membership signed by the federation authority this node pins (authority mode): verified, newer than the one held, applied by a running node at once (connections of removed members closed); the other members fetch it from this node',
    )
    .requiredOption('--dir <dir>', 'node directory')
    .argument('<file>', 'signed membership file (mrn authority sign)')
    .action((file: string, opts: { dir: string }) => {
      const config = loadNodeConfig(resolve(opts.dir))
      if (config.authority === undefined) {
        throw new UsageError(
          `${config.dir}: this node pins no federation authority (node.yaml authority:); its members come from federation.yaml (mrn federation add|remove)`,
        )
      }
      let bytes: Uint8Array
      try {
        bytes = new Uint8Array(readFileSync(file))
      } catch (err) {
        throw new UsageError(`${file}: cannot read it: ${(err as NodeJS.ErrnoException).code ?? err}`)
      }
      const m = installMembership(config.paths.membership, config.authority, bytes, file)
      const current = currentMembers(m, Date.now()).length
      process.stdout.write(
        `Membership version ${m.version} of "${m.federation}" (${current} current members) installed; ${applyToRunningNode(config.paths.lock)}\n`,
      )
    })
  fed
    .command('rotate')
    .description(
      "apply a member's key rotation statement (`mrn key rotate` on its node), hand-exchanged mode: verified against the key listed for it; its new key becomes current and the old one stays accepted until the statement's overlap ends; a running node applies it at once",
    )
    .requiredOption('--dir <dir>', 'node directory')
    .argument('<file>', 'the statement (key-rotation.signed) from the member that rotates')
    .action((file: string, opts: { dir: string }) => {
      const config = loadNodeConfig(resolve(opts.dir))
      refuseInAuthorityMode(config, 'rotate')
      let bytes: Uint8Array
      try {
        bytes = new Uint8Array(readFileSync(file))
      } catch (err) {
        throw new UsageError(`${file}: cannot read it: ${(err as NodeJS.ErrnoException).code ?? err}`)
      }
      const r = verifyRotation(bytes, file)
      if (r.country === config.country)
        throw new UsageError(`${file}: this is this node's own rotation: \`mrn key activate\` applies it here`)
      const m = updateMember(config.paths.federation, r.country, (member) => rotateMember(member, r, file))
      process.stdout.write(
        `Federation: ${m.country} now has key ${m.peerId}; ${r.oldPeerId} accepted until ${new Date(r.acceptedUntilMs).toISOString()}; ${applyToRunningNode(config.paths.lock)}\n`,
      )
    })
  fed
    .command('entry')
    .description("print this node's own federation entry")
    .requiredOption('--dir <dir>', 'node directory')
    .option('--json', 'print as JSON (input for `mrn federation add --entry`)')
    .action((opts: { dir: string; json?: boolean }) => {
      const config = loadNodeConfig(resolve(opts.dir))
      const self = loadFederation(config.paths.federation).byCountry(config.country)
      if (self === undefined)
        throw new UsageError(`${config.paths.federation}: does not list this node (${config.country})`)
      if (opts.json) return printJson(self)
      process.stdout.write(
        `country:   ${self.country}\npeerId:    ${self.peerId}\naddresses: ${self.addresses.join(' ')}\ngroups:    ${self.groups.join(',')}\n`,
      )
    })
}

/** Has a running node read federation.yaml again (SIGHUP); says what happened. */
function applyToRunningNode(lockPath: string): string {
  const pid = runningPid(lockPath)
  if (pid === undefined) return 'the node is not running and will use it when it starts'
  process.kill(pid, 'SIGHUP')
  return `sent to the running node (pid ${pid}), which applies it now and audits the change`
}

/** In authority mode the members come from the authority's signed versions, not from this command. */
function refuseInAuthorityMode(config: NodeConfig, what: string): void {
  if (config.authority !== undefined) {
    throw new UsageError(
      `${config.dir}: this node takes its members from the federation authority it pins; \`federation ${what}\` changes nothing here: ask the authority for a new signed version (mrn authority add|remove|sign) and apply it (mrn federation apply)`,
    )
  }
}
