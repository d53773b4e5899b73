import type { Command } from 'commander'
import type { PeerResultJson, QueryInput } from '../../api/types.js'
import { PROTECTION_STATUSES, type ProtectionStatus } from '../../records/schema.js'
import { UsageError } from '../../util/errors.js'
import { PURPOSES, type Purpose } from '../../wire/types.js'
import { type ApiTargetOptions, apiClientFrom, TOKEN_ENV } from '../apiTarget.js'
import * as flags from '../flags.js'
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
  birthplace?: string
  birthCountry?: string
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
    .option('--birthplace <town>', 'town or city of birth, as written (any script)')
    .option('--birth-country <code>', 'country of birth, ISO 3166-1 alpha-3')
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

What tells namesakes apart, beyond the name: a document, the full date of
birth, the town or city of birth (--birthplace, any script or spelling) and its
country (--birth-country). A peer answers strong only for a candidate clearly
ahead on one of them.

Outgoing guard (no policy switches it off): a person who applied for or holds
international protection is never asked about to a country of their
nationality or one they fear. The node looks the person up in its own
records first; --protection, --feared and --nationality add what the
caseworker knows. With --to all those countries are skipped (not_asked);
naming one is refused and nothing is sent anywhere. Only a supervisor's
RETURN_READMISSION question after a final rejection recorded in this node's
own record may ask them.

DETAIL says why for a denial: policy (no rule of the peer admits this
question), legal-basis (a rule would, with the legal basis it requires),
rate-limited (a quota of the peer is spent; retry later); and what went wrong
for unreachable, timeout, invalid and error. For an answer that does not
single out one person (several candidates, or one possible hit: namesakes, a
year of birth only) it says so and what would settle it, e.g. "ambiguous: 2
candidates; add a document number or the full date of birth"; \`mrn details\`
of a possible hit takes that identifier (--document, --dob) to confirm it.

Exit codes (the same for every mrn command): 0 the command did its work (here:
every country answered, whatever the answer, or was not asked), 1 it failed
(here: a country unreachable, timed out, or answered invalid or error), 2 a
flag is missing or malformed (nothing was sent).`,
    )
    .action(async (opts: QueryOptions) => {
      const person: QueryInput['person'] = {}
      // Every flag is checked here, before anything is sent (exit code 2, the flag named).
      const purpose = parsePurpose(opts.purpose)
      const legalBasis = flags.legalBasis(purpose, opts.legalBasis)
      const to = flags.targets(opts.to)
      if (opts.given || opts.family) {
        person.names = [
          {
            given: opts.given ?? '',
            family: opts.family ?? '',
            ...(opts.script ? { script: flags.script(opts.script) } : {}),
            transliterated: opts.transliterated ?? false,
          },
        ]
      }
      if (opts.dob) person.dateOfBirth = flags.partialDate('--dob', opts.dob)
      if (opts.sex) person.sex = flags.sex(opts.sex)
      if (opts.nationality) person.nationalities = flags.countryCodes('--nationality', opts.nationality)
      if (opts.document) person.documents = opts.document.map(flags.document)
      if (opts.birthplace !== undefined) person.placeOfBirth = flags.place('--birthplace', opts.birthplace)
      if (opts.birthCountry) person.placeOfBirthCountry = flags.countryCodes('--birth-country', [opts.birthCountry])[0]
      if (opts.feared) person.fearedCountries = flags.countryCodes('--feared', opts.feared)
      if (opts.protection !== undefined) person.protectionClaim = parseProtection(opts.protection)
      if (!person.names && !person.documents) {
        throw new UsageError('give a name (--given and/or --family) or a --document, e.g. --family "Al Hassan"')
      }
      const input: QueryInput = {
        purpose,
        legalBasis,
        to,
        person,
        ...(opts.caseRef ? { caseReference: opts.caseRef } : {}),
      }
      const output = await apiClientFrom(opts).query(input)
      if (opts.json) printJson(output)
      else printResults(output.results)
      if (output.results.some((r) => !['ok', 'no_hit', 'denied', 'not_asked'].includes(r.outcome))) process.exitCode = 1
    })
}

const SETTLER_WORDS = { document: 'a document number', dateOfBirth: 'the full date of birth' } as const

/** "ambiguous: 3 candidates; add a document number or the full date of birth" */
export function ambiguityText(a: NonNullable<PeerResultJson['ambiguous']>): string {
  const head = a.candidates > 1 ? `ambiguous: ${a.candidates} candidates` : 'possible: not clearly this person'
  const words = a.settleWith.map((s) => SETTLER_WORDS[s])
  return words.length > 0
    ? `${head}; add ${words.join(' or ')} (to the query, or to mrn details)`
    : `${head}; confirm with mrn details --document or --dob`
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
      r.guard ?? r.reason ?? (r.ambiguous ? ambiguityText(r.ambiguous) : r.detail),
    ])
    for (const h of r.hits?.slice(1) ?? []) rows.push(['', '', '', h.band, h.handle, '', ''])
  }
  printTable(['COUNTRY', 'OUTCOME', 'HITS', 'BAND', 'HANDLE', 'LATENCY', 'DETAIL'], rows)
}
