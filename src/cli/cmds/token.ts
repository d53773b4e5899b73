import { resolve } from 'node:path'
import type { Command } from 'commander'
import { ROLES } from '../../api/roles.js'
import { TokenStore } from '../../api/tokens.js'
import { AuditLog } from '../../audit/auditLog.js'
import { loadNodeConfig } from '../../node/config.js'
import { openNodeDatabase } from '../../node/nodeDatabase.js'
import { loadNodeSecret } from '../../util/privateFiles.js'
import { printJson, printTable } from '../output.js'

/** The node's tokens; creating and revoking one is audited in the node's log (admin_action). */
function withTokens<T>(dir: string, fn: (tokens: TokenStore) => T): T {
  const config = loadNodeConfig(resolve(dir))
  const db = openNodeDatabase(config)
  try {
    return fn(new TokenStore(db, new AuditLog(db, loadNodeSecret(config.paths.secret))))
  } finally {
    db.close()
  }
}

export function registerToken(program: Command): void {
  const token = program
    .command('token')
    .description('local API bearer tokens (stored hashed in the node database; creating and revoking one is audited)')
  token
    .command('create')
    .description('create a token and print it once; it cannot be shown again')
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--name <name>', 'who will use it (stays local; peers see a pseudonym)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--json', 'print {"token","name","role","pseudonym"} as JSON')
    .action((opts: { dir: string; name: string; role: string; json?: boolean }) => {
      const { token: text, caller } = withTokens(opts.dir, (t) => t.create(opts.name, opts.role, Date.now()))
      if (opts.json) return printJson({ token: text, ...caller })
      process.stdout.write(
        `Token for ${caller.name} (${caller.role}, pseudonym ${caller.pseudonym}):\n${text}\nKeep it secret: use it as MRN_TOKEN or --token.\n`,
      )
    })
  token
    .command('list')
    .description('list token holders (never the tokens)')
    .requiredOption('--dir <dir>', 'node directory')
    .option('--json', 'print as JSON')
    .action((opts: { dir: string; json?: boolean }) => {
      const list = withTokens(opts.dir, (t) => t.list())
      if (opts.json) return printJson(list)
      printTable(
        ['NAME', 'ROLE', 'PSEUDONYM', 'CREATED'],
        list.map((t) => [t.name, t.role, t.pseudonym, new Date(t.createdAtMs).toISOString()]),
      )
    })
  token
    .command('revoke')
    .description('revoke the token of a holder')
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--name <name>', 'token holder')
    .action((opts: { dir: string; name: string }) => {
      const gone = withTokens(opts.dir, (t) => t.revoke(opts.name))
      if (!gone) {
        process.stderr.write(`error: no token named "${opts.name}"\n`)
        process.exitCode = 1
        return
      }
      process.stdout.write(`Revoked the token of ${opts.name}\n`)
    })
}
