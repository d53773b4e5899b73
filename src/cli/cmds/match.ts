import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { Command } from 'commander'
import { createMatcher, DEFAULT_NAME_BANDS, nameBand, namePairSimilarity } from '../../matching/matcher.js'
import { loadNodeConfig } from '../../node/config.js'
import { openNodeDatabase } from '../../node/nodeDatabase.js'
import { RecordStore } from '../../records/store.js'
import { OperationError, UsageError } from '../../util/errors.js'
import * as flags from '../flags.js'
import { listOption, printJson, printTable, repeatable } from '../output.js'

export function registerMatch(program: Command): void {
  const match = program.command('match').description('the name matcher, for tuning thresholds and checking decisions')
  match
    .command('pairs')
    .description(
      'read "nameA<TAB>nameB" lines (any scripts) on standard input; print each pair\'s name similarity (0..1) and band',
    )
    .option('--strong <score>', 'similarity for the strong band', Number.parseFloat, DEFAULT_NAME_BANDS.strong)
    .option('--possible <score>', 'similarity for the possible band', Number.parseFloat, DEFAULT_NAME_BANDS.possible)
    .option('--json', 'print one JSON array of {a, b, score, band}')
    .addHelpText('after', '\nExample:\n  printf "Mohammed Al-Hassan\\tمحمد الحسن\\n" | mrn match pairs')
    .action(async (opts: { strong: number; possible: number; json?: boolean }) => {
      if (!(opts.strong > opts.possible))
        throw new UsageError(`--strong must be above --possible: got ${opts.strong} and ${opts.possible}`)
      const results: { a: string; b: string; score: number; band: string }[] = []
      let lineNo = 0
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
        lineNo++
        if (line.trim() === '') continue
        const [a, b, ...rest] = line.split('\t')
        if (a === undefined || b === undefined || rest.length > 0) {
          throw new UsageError(`line ${lineNo}: expected two names separated by one tab`)
        }
        const score = Math.round(namePairSimilarity(a, b) * 1000) / 1000
        const band = nameBand(score, { strong: opts.strong, possible: opts.possible })
        if (opts.json) results.push({ a, b, score, band })
        else process.stdout.write(`${score.toFixed(3)}\t${band}\t${a}\t${b}\n`)
      }
      if (opts.json) printJson(results)
    })
  match
    .command('explain')
    .description('show how an identify query would score against one local record, field by field (nothing is sent)')
    .requiredOption('--dir <dir>', 'node directory')
    .requiredOption('--record <id>', 'local record id')
    .option('--given <names>', 'given names')
    .option('--family <names>', 'family names')
    .option('--dob <date>', 'date of birth: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--sex <sex>', 'M, F or X')
    .option('--nationality <codes>', 'nationalities, comma separated', listOption)
    .option('--document <doc>', 'NUMBER or TYPE:ISSUER:NUMBER; repeatable', repeatable)
    .option('--birthplace <town>', 'town or city of birth, as written (any script)')
    .option('--birth-country <code>', 'country of birth, ISO 3166-1 alpha-3')
    .option('--json', 'print the result as JSON')
    .action(
      (opts: {
        dir: string
        record: string
        given?: string
        family?: string
        dob?: string
        sex?: string
        nationality?: string[]
        document?: string[]
        birthplace?: string
        birthCountry?: string
        json?: boolean
      }) => {
        const config = loadNodeConfig(resolve(opts.dir))
        const db = openNodeDatabase(config)
        try {
          const matcher = createMatcher(config.matching)
          const store = new RecordStore(db, matcher)
          const record = store.get(opts.record)
          if (record === undefined) throw new OperationError(`no record with id "${opts.record}"`)
          const query = matcher.prepare({
            names: opts.given || opts.family ? [{ given: opts.given ?? '', family: opts.family ?? '' }] : [],
            dateOfBirth: opts.dob,
            sex: opts.sex?.toUpperCase(),
            nationalities: opts.nationality ?? [],
            documents: (opts.document ?? []).map(flags.document),
            placeOfBirth: opts.birthplace === undefined ? undefined : flags.place('--birthplace', opts.birthplace),
            placeOfBirthCountry: opts.birthCountry
              ? flags.countryCodes('--birth-country', [opts.birthCountry])[0]
              : undefined,
          })
          if (query.names.length === 0 && query.documents.length === 0)
            throw new UsageError('give a name (--given/--family) or a --document')
          const prepared = matcher.prepare(record)
          const recordKeys = new Set(matcher.recordKeys(prepared))
          const shared = matcher.queryKeys(query).filter((k) => recordKeys.has(k)).length
          const result = matcher.compare(query, prepared, store.nameStatistics())
          const out = {
            record: record.id,
            band: result.band,
            weight: Math.round(result.weight * 10) / 10,
            score: Math.round(result.score * 1000) / 1000,
            sharedBlockingKeys: shared,
            thresholds: config.matching,
            evidence: result.evidence,
          }
          if (opts.json) return printJson(out)
          process.stdout.write(
            `Record ${out.record}: ${out.band} (weight ${out.weight}, score ${out.score}; strong >= ${config.matching.strongThreshold}, possible >= ${config.matching.possibleThreshold})\n`,
          )
          process.stdout.write(
            shared > 0
              ? `Blocking: shares ${shared} key(s) with the query, so an identify query would score it.\n\n`
              : 'Blocking: shares no key with the query; an identify query would not even score it.\n\n',
          )
          printTable(
            ['FIELD', 'OUTCOME', 'WEIGHT'],
            result.evidence.map((e) => [e.field, e.outcome, e.weight.toFixed(1)]),
          )
        } finally {
          db.close()
        }
      },
    )
}
