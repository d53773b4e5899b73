import { Command } from 'commander'
import { registerAudit } from './cmds/audit.js'
import { registerAuthority } from './cmds/authority.js'
import { registerBackup } from './cmds/backup.js'
import { registerDemo } from './cmds/demo.js'
import { registerDetails } from './cmds/details.js'
import { registerDoctor } from './cmds/doctor.js'
import { registerEvidence } from './cmds/evidence.js'
import { registerFederation } from './cmds/federation.js'
import { registerGenerate } from './cmds/generate.js'
import { registerImport } from './cmds/import.js'
import { registerInit } from './cmds/init.js'
import { registerKey } from './cmds/key.js'
import { registerMatch } from './cmds/match.js'
import { registerPassphrase } from './cmds/passphrase.js'
import { registerPolicy } from './cmds/policy.js'
import { registerQuery } from './cmds/query.js'
import { registerSim } from './cmds/sim.js'
import { registerStart } from './cmds/start.js'
import { registerStatus } from './cmds/status.js'
import { registerToken } from './cmds/token.js'

/** The `mrn` command tree. */
export function buildProgram(): Command {
  const program = new Command('mrn')
    .description(
      'Migrant-records node: answers signed, purpose-tagged queries from federation peers over Noise-encrypted libp2p, releases only what local policy allows, and audits every exchange.',
    )
    .version('0.1.0')
    .showHelpAfterError('(add --help for the options and examples)')
    .addHelpText(
      'after',
      `
Operators:   init, federation add|remove|list|entry|apply|rotate, import, policy check|explain|apply, token create|list|revoke,
             start, status, passphrase change, doctor, backup, restore, key rotate|activate
Authority:   authority init|add|remove|rotate|list|sign (the federation authority that signs the membership)
Caseworkers: query, details, evidence (against your own node's local API, with MRN_TOKEN)
Matching:    match pairs|explain, generate (synthetic populations with ground truth)
Auditors:    audit verify|show|open|checkpoint|prove|subject
Try it:      mrn demo; mrn sim --out ./sim-report

Exit codes: 0 ok, 1 failure, 2 usage error.`,
    )
  // Before the subcommands exist, so that they inherit it: main.ts maps commander's errors to exit code 2.
  program.exitOverride()
  registerInit(program)
  registerStart(program)
  registerImport(program)
  registerToken(program)
  registerPassphrase(program)
  registerBackup(program)
  registerKey(program)
  registerFederation(program)
  registerAuthority(program)
  registerQuery(program)
  registerDetails(program)
  registerStatus(program)
  registerDoctor(program)
  registerEvidence(program)
  registerPolicy(program)
  registerAudit(program)
  registerMatch(program)
  registerGenerate(program)
  registerDemo(program)
  registerSim(program)
  return program
}
