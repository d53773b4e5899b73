import type { Command } from 'commander'
import type { PeerResultJson } from '../../api/types.js'
import type { FieldValue } from '../../wire/types.js'
import { PURPOSES } from '../../wire/types.js'
import { apiClientFrom } from '../apiTarget.js'
import * as flags from '../flags.js'
import { listOption, printJson, printTable, repeatable } from '../output.js'
import { addApiOptions, parsePurpose } from './query.js'

export function registerDetails(program: Command): void {
  addApiOptions(
    program
      .command('details')
      .description(
        'ask one country for fields of a record behind a handle from `mrn query` (same purpose); the peer policy decides again and names the rule behind each withheld field',
      ),
  )
    .requiredOption('--country <code>', 'the country that returned the handle')
    .requiredOption('--handle <handle>', 'handle from the hit')
    .requiredOption('--purpose <purpose>', `the purpose of the identify query: ${PURPOSES.join(', ')}`)
    .option('--legal-basis <text>', 'legal basis, required for every purpose but STATISTICS', '')
    .option('--case-ref <ref>', 'your case reference')
    .option('--fields <names>', 'fields to ask for, comma separated (default: all the peer may release)', listOption)
    .option(
      '--document <doc>',
      'confirms a `possible` hit: a document of the person, NUMBER or TYPE:ISSUER:NUMBER; repeatable',
      repeatable,
    )
    .option('--dob <date>', 'confirms a `possible` hit: the full date of birth, YYYY-MM-DD')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
The handle must be one this node received from that country's identify answer
(it keeps them until they expire). The outgoing guard decides again as for the
identify step: details about a person who applied for or holds protection are
never asked of a country of their nationality or one they fear (refused, nothing
sent), except by a supervisor for RETURN_READMISSION after a final rejection
recorded in this node's own record.

A \`possible\` hit is a candidate the peer could not tell apart from others
(namesakes, a year of birth only). Its details come only with --document or
--dob agreeing with the peer's record, and not one the question already
matched on (unless the peer's policy turns confirmPossibleHits off); a wrong
one spends the handle, so that a handle cannot be used to guess a date of
birth. Ask \`mrn query\` again for a new one.

A denial names its reason: policy, legal-basis, handle (unknown, expired, or
given for another purpose), confirmation (no identifier given agrees with the
record of a possible hit), rate-limited.

Exit codes: 0 the peer answered (released, withheld or denied), 1 it did not
(unreachable, timeout, invalid, error), 2 a flag is missing or malformed.`,
    )
    .action(
      async (opts: {
        country: string
        handle: string
        purpose: string
        legalBasis: string
        caseRef?: string
        fields?: string[]
        document?: string[]
        dob?: string
        json?: boolean
        dir?: string
        api?: string
        token?: string
      }) => {
        const purpose = parsePurpose(opts.purpose)
        const [country] = flags.countryCodes('--country', [opts.country])
        const documents = (opts.document ?? []).map(flags.document)
        const dateOfBirth = opts.dob === undefined ? undefined : flags.partialDate('--dob', opts.dob)
        const confirm =
          documents.length === 0 && dateOfBirth === undefined
            ? undefined
            : { documents, ...(dateOfBirth === undefined ? {} : { dateOfBirth }) }
        const result = await apiClientFrom(opts).details({
          country: country as string,
          handle: opts.handle,
          purpose,
          legalBasis: flags.legalBasis(purpose, opts.legalBasis),
          ...(opts.fields ? { fields: flags.fields(opts.fields) } : {}),
          ...(opts.caseRef ? { caseReference: opts.caseRef } : {}),
          ...(confirm === undefined ? {} : { confirm }),
        })
        if (opts.json) printJson(result)
        else printDetails(result)
        // As for mrn query: an answer, even a denial, is the command done; no answer is a failure.
        if (!['ok', 'no_hit', 'denied'].includes(result.outcome)) process.exitCode = 1
      },
    )
}

export function formatValue(value: FieldValue): string {
  if ('text' in value) return value.text
  if ('texts' in value) return value.texts.join(', ')
  if ('present' in value) return value.present ? 'yes' : 'no'
  if ('date' in value) return value.date
  if ('names' in value) {
    return value.names
      .map(
        (n) =>
          `${n.given} ${n.family}`.trim() + (n.script ? ` [${n.script}${n.transliterated ? ', translit.' : ''}]` : ''),
      )
      .join('; ')
  }
  return value.documents.map((d) => `${d.type} ${d.issuer} ${d.number}`).join('; ')
}

export function printDetails(r: PeerResultJson): void {
  process.stdout.write(
    `${r.country}: ${r.outcome}${r.status ? ` (${r.status})` : ''}${r.reason ? ` - ${r.reason}` : ''}${r.detail ? ` - ${r.detail}` : ''}\n`,
  )
  const rows: string[][] = []
  for (const f of r.released ?? []) rows.push([f.name, 'released', f.form, f.ruleId, formatValue(f.value)])
  for (const w of r.withheld ?? []) rows.push([w.name, 'withheld', '', w.ruleId, ''])
  if (rows.length > 0) printTable(['FIELD', 'DECISION', 'FORM', 'RULE', 'VALUE'], rows)
}
