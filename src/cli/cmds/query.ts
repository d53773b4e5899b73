import type { Command } from 'commander'
import type { PeerResultJson, QueryInput } from '../../api/types.js'
import { PROTECTION_STATUSES, type ProtectionStatus } from '../../records/schema.js'
import { UsageError } from '../../util/errors.js'
import { PURPOSES, type Purpose } from '../../wire/types.js'
import { type ApiTargetOptions, apiClientFrom, TOKEN_ENV } from '../apiTarget.js'
import { listOption, printJson, printTable, repeatable } from '../output.js'

interface QueryOptions extends ApiTargetOptions {
  purpose: string
  legalBasis?: string
  caseRef?: string
  to: string[]
  given?: string
  family?: string
  script?: string
  transliterated?: boolean
  dob?: string
  sex?: string
  nationality?: string[]
  document?: string[]
  feared?: string[]
  protection?: string
  json?: boolean
}

/** Flags shared by every command that talks to the local API. */
export function addApiOptions(cmd: Command): Command {
  return cmd
    .option('--dir <dir>', 'node directory of the node to ask (reads its API address from node.yaml)')
    .option('--api <url>', 'local API URL instead of --dir, e.g. http://127.0.0.1:7301')
    .option('--token <token>', `API bearer token (default: ${TOKEN_ENV})`)
}

export function parsePurpose(value: string): Purpose {
  const p = value.toUpperCase().replace(/-/g, '_')
  if (!(PURPOSES as readonly string[]).includes(p)) {
    throw new UsageError(`--purpose must be one of ${PURPOSES.join(', ')}: got "${value}"`)
  }
  return p as Purpose
}

/** "passport:SYR:N1234567" or "N1234567" → document. */
export function parseDocument(value: string): { type: string; issuer: string; number: string } {
  const parts = value.split(':')
  if (parts.length === 1) return { type: 'passport', issuer: '', number: value }
  if (parts.length === 3 && parts[2]) return { type: parts[0] || 'passport', issuer: parts[1] ?? '', number: parts[2] }
  throw new UsageError(`--document must be NUMBER or TYPE:ISSUER:NUMBER (e.g. passport:SYR:N1234567): got "${value}"`)
}

function parseProtection(value: string): ProtectionStatus {
  const kind = value.toLowerCase().replace(/-/g, '_')
  if (!(PROTECTION_STATUSES as readonly string[]).includes(kind)) {
    throw new UsageError(`--protection must be one of ${PROTECTION_STATUSES.join(', ')}: got "${value}"`)
  }
  return kind as ProtectionStatus
}

export function registerQuery(program: Command): void {
  addApiOptions(
    program
      .command('query')
      .description(
        'ask peer countries whether they know a person (identify step); hits come with a handle for `mrn details`',
      ),
  )
    .requiredOption('--purpose <purpose>', `one of ${PURPOSES.join(', ')}`)
    .option('--legal-basis <text>', 'legal basis, required for every purpose but STATISTICS', '')
    .option('--case-ref <ref>', 'your case reference (peers log it hashed)')
    .requiredOption('--to <countries>', 'comma-separated countries (GRC,ITA) or "all"', listOption)
    .option('--given <names>', 'given names')
    .option('--family <names>', 'family names')
    .option('--script <code>', 'ISO 15924 script of the names (Latn, Arab, ...)')
    .option('--transliterated', 'the names are a transliteration, not as written')
    .option('--dob <date>', 'date of birth: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--sex <sex>', 'M, F or X')
    .option('--nationality <codes>', 'nationalities, comma separated', listOption)
    .option('--document <doc>', 'identity document, NUMBER or TYPE:ISSUER:NUMBER; repeatable', repeatable)
    .option('--feared <codes>', 'countries the person fears, comma separated (never sent; see below)', listOption)
    .option(
      '--protection <kind>',
      `the person applied for or holds international protection: ${PROTECTION_STATUSES.join(', ')} (never sent)`,
    )
    .option('--json', 'print the per-country results as JSON')
    .addHelpText(
      'after',
      `
Example:
  mrn query --dir ./grc --purpose ASYLUM_RESPONSIBILITY --legal-basis "Reg. 604/2013 Art. 34" \\
            --to all --given Ahmad --family "Al Hassan" --dob 1990-03-12 --document passport:SYR:N0123456

Outcomes per country: ok, no_hit, denied, unreachable, timeout, invalid, error,
and not_asked: the outgoing guard kept this node from asking that country.

Outgoing guard (no policy switches it off): a person who applied for or holds
international protection is never asked about to a country of their
nationality or one they fear. The node looks the person up in its own
records first; --protection, --feared and --nationality add what the
caseworker knows. With --to all those countries are skipped (not_asked);
naming one is refused and nothing is sent anywhere. Only a supervisor's
RETURN_READMISSION question after a final rejection recorded in this node's
own record may ask them.

Exit code 0 when every country answered (ok, no_hit or denied) or was not
asked, 1 otherwise.`,
    )
    .action(async (opts: QueryOptions) => {
      const person: QueryInput['person'] = {}
      if (opts.given || opts.family) {
        person.names = [
          {
            given: opts.given ?? '',
            family: opts.family ?? '',
            ...(opts.script ? { script: opts.script } : {}),
            transliterated: opts.transliterated ?? false,
          },
        ]
      }
      if (opts.dob) person.dateOfBirth = opts.dob
      if (opts.sex) person.sex = opts.sex.toUpperCase()
      if (opts.nationality) person.nationalities = opts.nationality
      if (opts.document) person.documents = opts.document.map(parseDocument)
      if (opts.feared) person.fearedCountries = opts.feared.map((c) => c.toUpperCase())
      if (opts.protection !== undefined) person.protectionClaim = parseProtection(opts.protection)
      if (!person.names && !person.documents) throw new UsageError('give a name (--given/--family) or a --document')
      const input: QueryInput = {
        purpose: parsePurpose(opts.purpose),
        legalBasis: opts.legalBasis ?? '',
        to: opts.to.length === 1 && opts.to[0]?.toLowerCase() === 'all' ? 'all' : opts.to.map((c) => c.toUpperCase()),
        person,
        ...(opts.caseRef ? { caseReference: opts.caseRef } : {}),
      }
      const output = await apiClientFrom(opts).query(input)
      if (opts.json) printJson(output)
      else printResults(output.results)
      if (output.results.some((r) => !['ok', 'no_hit', 'denied', 'not_asked'].includes(r.outcome))) process.exitCode = 1
    })
}

export function printResults(results: PeerResultJson[]): void {
  const rows: (string | number | undefined)[][] = []
  for (const r of results) {
    const first = r.hits?.[0]
    rows.push([
      r.country,
      r.outcome,
      r.hits?.length ?? (r.outcome === 'no_hit' ? 0 : undefined),
      first?.band,
      first?.handle,
      r.outcome === 'not_asked' ? '' : `${r.latencyMs} ms`,
      r.guard ?? r.detail,
    ])
    for (const h of r.hits?.slice(1) ?? []) rows.push(['', '', '', h.band, h.handle, '', ''])
  }
  printTable(['COUNTRY', 'OUTCOME', 'HITS', 'BAND', 'HANDLE', 'LATENCY', 'DETAIL'], rows)
}
