import { resolve } from 'node:path'
import type { Command } from 'commander'
import { createMatcher } from '../../matching/matcher.js'
import { loadFederation } from '../../network/federation.js'
import { loadNodeConfig, type NodeConfig } from '../../node/config.js'
import { installPolicyFile, readActivePolicy } from '../../node/livePolicy.js'
import { runningPid } from '../../node/lock.js'
import { openNodeDatabase } from '../../node/nodeDatabase.js'
import { explainDecision } from '../../policy/explain.js'
import { loadPolicy, type Policy } from '../../policy/policyFile.js'
import { hasProtectionClaim } from '../../records/schema.js'
import { RecordStore } from '../../records/store.js'
import { OperationError, UsageError } from '../../util/errors.js'
import { PURPOSES } from '../../wire/types.js'
import { integerOption, listOption, printJson, printTable } from '../output.js'
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
    .command('apply')
    .description(
      "make FILE the node's policy: validated where it will live (includes resolved there), installed atomically, and, if the node runs, enforced from its next query without a restart (audited as policy_changed with its digest); an invalid file changes nothing",
    )
    .requiredOption('--dir <dir>', 'node directory')
    .argument('<file>', 'policy YAML file')
    .option('--timeout <ms>', 'how long to wait for the running node to confirm', integerOption(100, 120_000), 10_000)
    .action(async (file: string, opts: { dir: string; timeout: number }) => {
      const config = loadNodeConfig(resolve(opts.dir))
      const { policy: next, digest } = installPolicyFile(resolve(file), config.paths.policy)
      const pid = runningPid(config.paths.lock)
      if (pid === undefined) {
        process.stdout.write(
          `${config.paths.policy}: installed (${next.rules.length} rule(s), digest ${digest}); the node is not running and will enforce it when it starts\n`,
        )
        return
      }
      const sentAtMs = Date.now()
      process.kill(pid, 'SIGHUP')
      const deadline = sentAtMs + opts.timeout
      while (Date.now() < deadline) {
        const active = readActivePolicy(config.paths.activePolicy)
        if (active?.digest === digest) {
          process.stdout.write(
            `applied: the running node (pid ${pid}) enforces ${config.paths.policy} from now on (${next.rules.length} rule(s), digest ${digest})\n`,
          )
          return
        }
        if (active?.lastReloadError && active.lastReloadError.atMs >= sentAtMs - 1000) {
          throw new OperationError(
            `the running node refused the policy and keeps its own: ${active.lastReloadError.message}`,
          )
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new OperationError(
        `the running node (pid ${pid}) did not confirm the new policy within ${opts.timeout} ms; it is installed in ${config.paths.policy} and will be enforced at the latest on restart; check the node's log`,
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
    .option(
      '--file <policy>',
      'explain this draft policy file instead of the one the node enforces (when running) or will enforce (when not)',
    )
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
        file?: string
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
          const { policy: used, source } = policyToExplain(config, opts.file)
          if (!opts.json) process.stdout.write(`Policy: ${source}\n`)
          const out = explainDecision(
            used,
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
          if (opts.json) return printJson({ record: record.id, from, groups, policySource: source, ...out })
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

/**
 * The policy explain answers for: a draft given with --file; else the one the
 * running node enforces (policy.active.json); else policy.yaml, which a
 * stopped node will enforce when it starts.
 */
function policyToExplain(config: NodeConfig, file: string | undefined): { policy: Policy; source: string } {
  if (file !== undefined) return { policy: loadPolicy(resolve(file)), source: `${file} (draft, --file)` }
  const pid = runningPid(config.paths.lock)
  const active = pid === undefined ? undefined : readActivePolicy(config.paths.activePolicy)
  if (active !== undefined) {
    return { policy: active.policy, source: `active in the running node (pid ${pid}), digest ${active.digest}` }
  }
  return { policy: loadPolicy(config.paths.policy), source: `${config.paths.policy} (the node is not running)` }
}
