import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { readMemberEntry } from '../../network/federation.js'
import {
  addToDraft,
  authorityKey,
  draftMembers,
  initAuthority,
  removeFromDraft,
  rotateInDraft,
  signDraft,
} from '../../node/authority.js'
import { readPassphrase } from '../../node/identity.js'
import { UsageError } from '../../util/errors.js'
import { countryCodes } from '../flags.js'
import { listOption, printJson, printTable } from '../output.js'

export function registerAuthority(program: Command): void {
  const authority = program
    .command('authority')
    .description(
      "a federation authority: keeps the membership (members, their groups and validity) and signs versions of it that nodes pinning its key apply without a restart (docs/federation.md); its key is encrypted with MRN_KEY_PASSPHRASE like a node's",
    )
  authority
    .command('init')
    .description('create an authority directory (key and membership) and print the key every node pins')
    .requiredOption('--dir <dir>', 'authority directory to create (empty or absent)')
    .requiredOption('--name <name>', "the federation's name, signed into every version")
    .action(async (opts: { dir: string; name: string }) => {
      const key = await initAuthority(resolve(opts.dir), opts.name, readPassphrase())
      process.stdout.write(
        `Created the authority of "${opts.name}" in ${resolve(opts.dir)}\nAuthority key (pin it on every node: mrn init --authority KEY, or authority: KEY in node.yaml):\n${key}\n`,
      )
    })
  authority
    .command('add')
    .description(
      "add a member from its federation entry (`mrn init --json`, `mrn federation entry --json`), or update its addresses and groups; groups are the authority's, never the entry's",
    )
    .requiredOption('--dir <dir>', 'authority directory')
    .requiredOption('--entry <file>', 'JSON federation entry file, or - for standard input')
    .option('--group <names>', 'the groups this member belongs to, comma separated (e.g. dublin,schengen)', listOption)
    .option('--replace', 'a new PeerId for a listed country (the old one is kept as a previous key)')
    .action((opts: { dir: string; entry: string; group?: string[]; replace?: boolean }) => {
      const member = addToDraft(resolve(opts.dir), readMemberEntry(opts.entry), opts.group ?? [], {
        replace: opts.replace ?? false,
      })
      process.stdout.write(
        `${member.country} ${member.peerId} (groups: ${member.groups.join(',') || 'none'}) is in the membership; publish it with mrn authority sign\n`,
      )
    })
  authority
    .command('rotate')
    .description(
      "apply a member's key rotation statement (`mrn key rotate` on its node): verified against the key the membership lists for it; the new key becomes current, the old one stays accepted until the statement's overlap ends; publish with mrn authority sign",
    )
    .requiredOption('--dir <dir>', 'authority directory')
    .argument('<file>', "the member's statement (key-rotation.signed)")
    .action((file: string, opts: { dir: string }) => {
      let bytes: Uint8Array
      try {
        bytes = new Uint8Array(readFileSync(file))
      } catch (err) {
        throw new UsageError(`${file}: cannot read it: ${(err as NodeJS.ErrnoException).code ?? err}`)
      }
      const m = rotateInDraft(resolve(opts.dir), bytes, file)
      process.stdout.write(
        `${m.country} now has key ${m.peerId} in the membership; publish it with mrn authority sign\n`,
      )
    })
  authority
    .command('remove')
    .description("end a member's membership now (kept as former: what its keys signed before still verifies)")
    .requiredOption('--dir <dir>', 'authority directory')
    .requiredOption('--country <code>', 'member country, ISO 3166-1 alpha-3')
    .action((opts: { dir: string; country: string }) => {
      const [country] = countryCodes('--country', [opts.country])
      removeFromDraft(resolve(opts.dir), country as string, Date.now())
      process.stdout.write(`${country} is no longer a member from now on; publish it with mrn authority sign\n`)
    })
  authority
    .command('list')
    .description('the membership as it stands (signed or not yet)')
    .requiredOption('--dir <dir>', 'authority directory')
    .option('--json', 'print as JSON')
    .action((opts: { dir: string; json?: boolean }) => {
      const members = draftMembers(resolve(opts.dir))
      if (opts.json) return printJson({ members })
      printTable(
        ['COUNTRY', 'PEER ID', 'GROUPS', 'UNTIL', 'ADDRESSES'],
        members.map((m) => [m.country, m.peerId, m.groups.join(','), m.validUntil ?? '', m.addresses.join(' ')]),
      )
    })
  authority
    .command('sign')
    .description(
      'sign the next version of the membership into a file; give it to any member (mrn federation apply), and the others fetch it from that one (/mrn/federation/1.0.0)',
    )
    .requiredOption('--dir <dir>', 'authority directory')
    .requiredOption('--out <file>', 'signed membership file to write (never overwritten)')
    .option('--json', 'print {"federation","version","members"}')
    .action(async (opts: { dir: string; out: string; json?: boolean }) => {
      const dir = resolve(opts.dir)
      const m = await signDraft(dir, resolve(opts.out), authorityKey(dir, readPassphrase()), Date.now())
      const current = m.members.filter((x) => x.validUntilMs === undefined).length
      if (opts.json) return printJson({ federation: m.federation, version: m.version, members: current })
      process.stdout.write(
        `Signed version ${m.version} of "${m.federation}" (${current} current members) into ${resolve(opts.out)}\n`,
      )
    })
}
