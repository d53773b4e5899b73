import { resolve } from 'node:path'
import type { Command } from 'commander'
import { AuditLog, openCommitment } from '../../audit/auditLog.js'
import { auditOrigin, memberVerifierKey, noteSigner } from '../../audit/logIdentity.js'
import { subjectReport } from '../../audit/subjectReport.js'
import { verifyAuditLog } from '../../audit/verify.js'
import { logPeerIdOf, type Member, memberLogKey, witnessKeysOf } from '../../network/federation.js'
import { loadNodeConfig, type NodeConfig } from '../../node/config.js'
import { loadKeyFile, PASSPHRASE_ENV, readPassphrase } from '../../node/identity.js'
import { selfEntry, witnessMembers } from '../../node/members.js'
import { openNodeDatabase } from '../../node/nodeDatabase.js'
import { checkAgainstCosigned, integrityProblems } from '../../node/storageCheck.js'
import type { Db } from '../../records/database.js'
import { OperationError, UsageError } from '../../util/errors.js'
import { loadNodeSecret } from '../../util/privateFiles.js'
import { wholeNumber } from '../flags.js'
import { printJson, printTable } from '../output.js'

function withLog<T>(dir: string, fn: (log: AuditLog, config: NodeConfig, self: Member, db: Db) => T): T {
  const config = loadNodeConfig(resolve(dir))
  const self = selfEntry(config, Date.now())
  if (self === undefined)
    throw new UsageError(`${config.paths.federation}: does not list this node (${config.country})`)
  const db = openNodeDatabase(config)
  try {
    const secret = loadNodeSecret(config.paths.secret)
    return fn(new AuditLog(db, secret), config, self, db)
  } finally {
    db.close()
  }
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

export function registerAudit(program: Command): void {
  const audit = program
    .command('audit')
    .description("the node's tamper-evident audit log (RFC 6962 Merkle log with signed checkpoints)")
  audit
    .command('verify')
    .description(
      "recompute every leaf and subtree hash, open every answer's commitment, check every checkpoint root and signature and every co-signature (against the federation members' keys), the database's full integrity check and the log against the co-signed checkpoint kept beside it; report the first bad index, and the entries a restore from a backup lost",
    )
    .requiredOption('--dir <dir>', 'node directory')
    .option('--json', 'print the result as JSON')
    .action((opts: { dir: string; json?: boolean }) => {
      const result = withLog(opts.dir, (log, config, self, db) => {
        // current and previous keys: a member that re-keyed still vouches for what it co-signed before
        const witnesses = witnessKeysOf(witnessMembers(config), self.peerId)
        // signed by the node's current key, or by a key it rotated from
        const v = verifyAuditLog(log, memberLogKey(self), witnesses)
        if (!v.ok) return v
        // The records' and every other table's integrity, and the log against its co-signed checkpoint.
        const problems = integrityProblems(db, true)
        if (problems.length > 0) {
          return {
            ...v,
            ok: false,
            problem: `the database fails SQLite's integrity check: ${problems.slice(0, 5).join('; ')}`,
          }
        }
        try {
          checkAgainstCosigned(log, config.paths.cosigned)
        } catch (err) {
          return { ...v, ok: false, problem: (err as Error).message }
        }
        return v
      })
      if (opts.json) printJson(result)
      else if (result.ok) {
        process.stdout.write(
          `ok: ${result.entries} entries, ${result.checkpoints} checkpoints, ${result.cosignatures} co-signatures verify\n`,
        )
        for (const g of result.lost) {
          process.stdout.write(
            `lost in a restore from a backup (${new Date(g.atMs).toISOString()}): entries ${g.from} to ${g.to - 1}; the log continues from the checkpoint of size ${g.to} its witnesses co-signed\n`,
          )
        }
      } else if (result.firstBadIndex === undefined) process.stdout.write(`FAILED: ${result.problem}\n`)
      else process.stdout.write(`FAILED at index ${result.firstBadIndex}: ${result.problem}\n`)
      if (!result.ok) process.exitCode = 1
    })
  audit
    .command('show')
    .description('list audit entries (no personal data: record ids, pseudonyms, keyed hashes, digests)')
    .requiredOption('--dir <dir>', 'node directory')
    .option('--since <index>', 'first leaf index', wholeNumber('--since'), 0)
    .option('--limit <n>', 'most entries', wholeNumber('--limit'), 100)
    .option('--json', 'print the entries as JSON')
    .action((opts: { dir: string; since: number; limit: number; json?: boolean }) => {
      const rows = withLog(opts.dir, (log) => log.list(opts.since, opts.limit))
      if (opts.json) return printJson(rows)
      printTable(
        ['INDEX', 'TIME', 'KIND', 'WHO', 'PURPOSE', 'STATUS', 'RECORDS', 'GUARDS'],
        rows.map((r) => {
          const e = r.entry as Record<string, unknown>
          const local = r.entry.kind === 'query_received' ? r.entry.local : undefined
          const notAsked = (e.notAsked as { country: string; guard: string }[] | undefined) ?? []
          return [
            r.index,
            new Date(r.atMs).toISOString(),
            r.entry.kind,
            (e.requester ?? e.responder ?? e.peerId ?? e.caseworker ?? '') as string,
            (e.purpose ?? '') as string,
            (e.status ??
              e.outcome ??
              e.code ??
              e.action ??
              (r.entry.kind === 'log_restored' ? `lost ${r.entry.lostFrom}..${r.entry.lostTo - 1}` : '')) as string,
            local?.recordIds.join(',') ?? '',
            [
              ...(local?.guards.map((g) => `${g.recordId}:${g.guard}`) ?? []),
              ...notAsked.map((n) => `not asked ${n.country}:${n.guard}`),
            ].join(' '),
          ]
        }),
      )
    })
  audit
    .command('open')
    .description(
      "open one answer entry's commitment to its local decisions (rule ids, records disclosed, records a guard hid): what an auditor on site checks and a requester's copy of the leaf never shows",
    )
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--index <n>', 'leaf index of a query_received entry', wholeNumber('--index'))
    .option('--json', 'print {"index","commitment","salt","decisions","opens"} (base64)')
    .action((opts: { dir: string; index: number; json?: boolean }) => {
      const out = withLog(opts.dir, (log) => {
        if (opts.index >= log.size()) throw new UsageError(`--index ${opts.index}: the log has ${log.size()} entries`)
        const { entry } = log.entry(opts.index)
        if (entry.kind !== 'query_received' || entry.localCommitment === undefined) {
          throw new UsageError(`--index ${opts.index} is a ${entry.kind} entry, which has no commitment to open`)
        }
        const opening = log.opening(opts.index)
        if (opening === undefined) throw new OperationError(`entry ${opts.index}: its opening is missing`)
        const decisions = openCommitment(entry.localCommitment, opening)
        return {
          index: opts.index,
          commitment: entry.localCommitment,
          salt: b64(opening.salt),
          decisionsBytes: b64(opening.decisions),
          opens: decisions !== undefined,
          ...(decisions ? { decisions } : {}),
        }
      })
      if (opts.json) printJson(out)
      else if (!out.opens)
        process.stdout.write(`entry ${out.index}: the stored opening does NOT match the commitment\n`)
      else {
        const d = out.decisions
        process.stdout.write(
          `entry ${out.index}: commitment ${out.commitment} opens (HMAC-SHA256 with salt ${out.salt})\n` +
            `  rules:   ${d?.ruleIds.join(', ') || '-'}\n  records: ${d?.recordIds.join(', ') || '-'}\n` +
            `  guards:  ${d?.guards.map((g) => `${g.recordId} ${g.guard}`).join(', ') || '-'}\n`,
        )
      }
      if (!out.opens) process.exitCode = 1
    })
  audit
    .command('checkpoint')
    .description(
      `sign a checkpoint of the current log (needs the node key; ${PASSPHRASE_ENV} if it is encrypted) and print it with the verifier key`,
    )
    .requiredOption('--dir <dir>', 'node directory')
    .option('--json', 'print {"checkpoint": "<note text>", "verifierKey": "<vkey>"}')
    .action((opts: { dir: string; json?: boolean }) => {
      const out = withLog(opts.dir, (log, config, self) => {
        const key = loadKeyFile(config.paths.key, readPassphrase())
        const origin = auditOrigin(config.country, logPeerIdOf(self))
        const cp = log.checkpoint(origin, noteSigner(key, origin), Date.now())
        return { checkpoint: cp.note, verifierKey: memberVerifierKey(config.country, self.peerId, logPeerIdOf(self)) }
      })
      if (opts.json) return printJson(out)
      process.stdout.write(`${out.checkpoint}\nverifier key: ${out.verifierKey}\n`)
    })
  audit
    .command('prove')
    .description('print an inclusion proof of one entry against the tree of a given size (default: current)')
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--index <n>', 'leaf index (a response carries it as audit_leaf_index)', wholeNumber('--index'))
    .option('--size <n>', 'tree size (e.g. of a co-signed checkpoint)', wholeNumber('--size'))
    .option('--json', 'print {"leafHash","size","rootHash","proof":[...]} (base64)')
    .action((opts: { dir: string; index: number; size?: number; json?: boolean }) => {
      const out = withLog(opts.dir, (log) => {
        const size = opts.size ?? log.size()
        if (size > log.size()) throw new OperationError(`the log has ${log.size()} entries, not ${size}`)
        if (opts.index >= size) throw new UsageError(`--index ${opts.index} is not below --size ${size}`)
        return {
          leafHash: b64(log.leafHash(opts.index)),
          size,
          rootHash: b64(log.rootHash(size)),
          proof: log.inclusionProof(opts.index, size).map(b64),
        }
      })
      if (opts.json) return printJson(out)
      process.stdout.write(
        `leaf ${opts.index} ${out.leafHash}\ntree size ${out.size} root ${out.rootHash}\nproof:\n${out.proof.map((p) => `  ${p}`).join('\n')}\n`,
      )
    })
  audit
    .command('subject')
    .description(
      "the data subject's access report: every query that touched this record, by whom, when, why, and what was released or withheld",
    )
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--record <id>', 'local record id')
    .option('--json', 'print the report as JSON')
    .action((opts: { dir: string; record: string; json?: boolean }) => {
      const { rows, unopened } = withLog(opts.dir, (log) => subjectReport(log, opts.record))
      if (unopened.length > 0) {
        // The report would be incomplete: say so, and fail.
        process.stderr.write(
          `mrn: ${unopened.length} answer entries could not be opened (first at index ${unopened[0]}); run \`mrn audit verify\`\n`,
        )
        process.exitCode = 1
      }
      if (opts.json) return printJson({ record: opts.record, queries: rows, unopened })
      if (rows.length === 0) return void process.stdout.write(`No query has touched record ${opts.record}.\n`)
      printTable(
        ['INDEX', 'TIME', 'REQUESTER', 'PURPOSE', 'LEGAL BASIS', 'STEP', 'STATUS', 'RELEASED', 'WITHHELD / GUARD'],
        rows.map((r) => [
          r.index,
          r.at,
          r.requester,
          r.purpose,
          r.legalBasis,
          r.step,
          r.status,
          r.released.map((f) => `${f.field}:${f.form}`).join(' '),
          r.guard ?? r.withheld.map((w) => `${w.field}:${w.ruleId}`).join(' '),
        ]),
      )
    })
}
