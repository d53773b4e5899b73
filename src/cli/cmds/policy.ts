import { resolve } from 'node:path'
import type { Command } from 'commander'
import { createMatcher } from '../../matching/matcher.js'
import { loadFederation } from '../../network/federation.js'
import { loadNodeConfig } from '../../node/config.js'
import { openNodeDatabase } from '../../node/nodeDatabase.js'
import { explainDecision } from '../../policy/explain.js'
import { loadPolicy } from '../../policy/policyFile.js'
import { hasProtectionClaim } from '../../records/schema.js'
import { RecordStore } from '../../records/store.js'
import { OperationError, UsageError } from '../../util/errors.js'
import { PURPOSES } from '../../wire/types.js'
import { listOption, printJson, printTable } from '../output.js'
import { parsePurpose } from './query.js'

export function registerPolicy(program: Command): void {
  const policy = program.command('policy').description('the local policy: what may leave this node, for whom, for what')
  policy
    .command('check')
    .description(
      'validate a policy file and the profiles it includes; errors name the file, the path inside it and the bad value',
    )
    .argument('<file>', 'policy YAML file')
    .option('--json', 'print the resolved policy as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const p = loadPolicy(resolve(file))
      if (opts.json) return printJson(p)
      process.stdout.write(
        `${file}: valid, ${p.rules.length} rule(s): ${p.rules.map((r) => r.id).join(', ') || '(none: everything is denied)'}\n`,
      )
    })
  policy
    .command('explain')
    .description(
      "show, field by field, what this node's policy would release about one record to a requester, and why; nothing is sent",
    )
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--from <country>', 'requesting country (its groups come from federation.yaml)')
    .requiredOption('--purpose <purpose>', `one of ${PURPOSES.join(', ')}`)
    .requiredOption('--record <id>', 'local record id')
    .option('--role <role>', "requesting caseworker's role", 'caseworker')
    .option('--legal-basis <text>', 'legal basis the request would cite', '')
    .option('--step <step>', 'identify or details', 'details')
    .option('--fields <names>', 'fields asked for (default: all)', listOption)
    .option('--json', 'print the explanation as JSON')
    .action(
      (opts: {
        dir: string
        from: string
        purpose: string
        record: string
        role: string
        legalBasis: string
        step: string
        fields?: string[]
        json?: boolean
      }) => {
        if (opts.step !== 'identify' && opts.step !== 'details')
          throw new UsageError(`--step must be identify or details: got "${opts.step}"`)
        const config = loadNodeConfig(resolve(opts.dir))
        const from = opts.from.toUpperCase()
        const groups = loadFederation(config.paths.federation).groupsOf(from)
        const db = openNodeDatabase(config)
        try {
          const record = new RecordStore(db, createMatcher()).get(opts.record)
          if (record === undefined) throw new OperationError(`no record with id "${opts.record}"`)
          const now = Date.now()
          const out = explainDecision(
            loadPolicy(config.paths.policy),
            {
              requesterCountry: from,
              requesterGroups: groups,
              purpose: parsePurpose(opts.purpose),
              role: opts.role,
              legalBasis: opts.legalBasis,
              step: opts.step,
            },
            { ...record, protectionClaim: hasProtectionClaim(record) },
            now,
            opts.fields ?? [],
          )
          if (opts.json) return printJson({ record: record.id, from, groups, ...out })
          if (!out.step.allowed) {
            process.stdout.write(
              `DENIED for ${from} (${groups.join(',') || 'no groups'}): ${out.step.reason} [${out.step.rules.join(', ')}]\n`,
            )
            return
          }
          process.stdout.write(
            `Applicable rules: ${out.step.rules.join(', ')}; band ${out.step.showBand ? 'shown' : 'not shown'}\n`,
          )
          if (out.guard) {
            process.stdout.write(
              `Record ${record.id} is hidden by ${out.guard}: the requester would get NO_HIT, exactly as for no record.\n`,
            )
            return
          }
          if (opts.step === 'identify') {
            process.stdout.write(`Record ${record.id} may be reported as a hit.\n`)
            return
          }
          printTable(
            ['FIELD', 'DECISION', 'FORM', 'DECIDED BY'],
            out.fields.map((f) => [f.field, f.form === 'omit' ? 'withheld' : 'released', f.form, f.decidedBy]),
          )
        } finally {
          db.close()
        }
      },
    )
}
