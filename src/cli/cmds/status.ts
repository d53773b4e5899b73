import type { Command } from 'commander'
import type { StatusOutput } from '../../api/types.js'
import { apiClientFrom } from '../apiTarget.js'
import { printJson, printTable } from '../output.js'
import { addApiOptions } from './query.js'

export function registerStatus(program: Command): void {
  addApiOptions(
    program
      .command('status')
      .description(
        'show a running node: identity, counts, and per member whether it is connected, when it was last heard from, the last error and (authority mode) the signed membership version it holds',
      ),
  )
    .option('--json', 'print as JSON')
    .action(async (opts: { dir?: string; api?: string; token?: string; json?: boolean }) => {
      const s = await apiClientFrom(opts).status()
      if (opts.json) return printJson(s)
      process.stdout.write(
        `${s.country} node, up ${s.uptimeSeconds} s\n  peerId  ${s.peerId}\n  listen  ${s.addresses.join(' ')}\n  records ${s.records} (${s.encryptedAtRest ? 'encrypted at rest' : 'STORED IN CLEAR: no passphrase'}), audit entries ${s.auditEntries}\n  audit   checkpoint at size ${s.audit.checkpointSize}, co-signed up to ${s.audit.cosignedSize} (${s.audit.cosignatures} co-signatures); refused to co-sign ${s.audit.refusedToCosign} peer checkpoint(s); our checkpoints refused ${s.audit.cosignRefused} time(s)\n  queries received ${s.queryServer.answered} answered, ${Object.values(s.queryServer.rejected).reduce((a, b) => a + b, 0)} rejected, ${s.queryServer.timedOut} silent streams, ${s.queryServer.scoringBudgetExceeded} stopped at the scoring budget\n\n`,
      )
      process.stdout.write(
        s.membership === 'authority'
          ? `membership: authority, ${s.membershipVersion === undefined ? 'no signed version applied yet (mrn federation apply)' : `signed version ${s.membershipVersion}`} (authority key ${s.authority})\n\n`
          : `membership: ${s.membership} (federation.yaml, members added by each operator from exchanged entries; no federation authority signs it)\n\n`,
      )
      const authority = s.membership === 'authority'
      printTable(
        [
          'COUNTRY',
          'CONNECTED',
          'LAST CONTACT',
          'LAST ERROR',
          ...(authority ? ['MEMBERSHIP'] : []),
          'GROUPS',
          'PEER ID',
        ],
        s.members.map((m) => [
          m.country,
          m.peerId === s.peerId ? 'this node' : m.connected ? 'yes' : 'no',
          m.lastContact ?? (m.peerId === s.peerId ? '' : 'never since start'),
          m.lastError
            ? `${m.lastError.at} ${m.lastError.outcome}${m.lastError.detail ? `: ${m.lastError.detail}` : ''}`
            : '',
          ...(authority ? [membershipCell(m, s)] : []),
          m.groups.join(','),
          m.peerId,
        ]),
      )
    })
}

/** The membership version a member holds as this node last heard it ("v3"), or why there is none. */
function membershipCell(m: StatusOutput['members'][number], s: StatusOutput): string {
  if (m.peerId === s.peerId) return s.membershipVersion === undefined ? 'none' : `v${s.membershipVersion}`
  if (m.membershipVersion === undefined) return 'not heard'
  return m.membershipVersion === 0 ? 'none' : `v${m.membershipVersion}`
}
