import { createWriteStream } from 'node:fs'
import type { Command } from 'commander'
import { generatePopulation } from '../../sim/generator.js'
import { UsageError } from '../../util/errors.js'
import { integerOption, listOption } from '../output.js'

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description(
      'write a synthetic population for one country as JSON Lines (the `mrn import` schema), with people who also appear in the --overlap-with countries, each recorded their own way: names drawn Zipf-like from pools of hundreds, registration habits per origin (unknown birthdays as 1 January or the year alone, patronymic naming, documents for part of the people, the town of birth for part of the records; docs/matching.md); deterministic for a seed and country list',
    )
    .requiredOption('--country <code>', 'the country whose records to write')
    .requiredOption(
      '--count <n>',
      'records for that country (and for each overlap country)',
      integerOption(1, 100_000_000),
    )
    .option('--seed <n>', 'random seed', integerOption(0, 2 ** 31 - 1), 1)
    .option(
      '--overlap-with <countries>',
      'other countries that record some of the same people, comma separated',
      listOption,
    )
    .option(
      '--overlap <share>',
      'share of records that are people also recorded elsewhere, 0..1',
      Number.parseFloat,
      0.3,
    )
    .option('--out <file>', 'records file (default: standard output)')
    .option(
      '--truth <file>',
      'also write the ground truth: one JSON line per person, {"person","records":[{"country","id"}]}',
    )
    .addHelpText(
      'after',
      `
Run it once per country with the same --seed and the same set of countries
(--country plus --overlap-with, in any order) and the shared people line up:
  mrn generate --country GRC --count 1000 --overlap-with ITA,DEU --out grc.jsonl --truth truth.jsonl
  mrn generate --country ITA --count 1000 --overlap-with GRC,DEU --out ita.jsonl`,
    )
    .action(
      async (opts: {
        country: string
        count: number
        seed: number
        overlapWith?: string[]
        overlap: number
        out?: string
        truth?: string
      }) => {
        if (!/^[A-Z]{3}$/.test(opts.country))
          throw new UsageError(`--country must be ISO 3166-1 alpha-3: got "${opts.country}"`)
        if (!Number.isInteger(opts.count) || opts.count < 1)
          throw new UsageError(`--count must be a positive whole number: got ${opts.count}`)
        if (!Number.isInteger(opts.seed)) throw new UsageError(`--seed must be a whole number: got ${opts.seed}`)
        if (!(opts.overlap >= 0 && opts.overlap <= 1))
          throw new UsageError(`--overlap must be between 0 and 1: got ${opts.overlap}`)
        const others = (opts.overlapWith ?? []).map((c) => c.toUpperCase())
        for (const c of others)
          if (!/^[A-Z]{3}$/.test(c)) throw new UsageError(`--overlap-with: "${c}" is not ISO 3166-1 alpha-3`)
        // Sorted, so every country's run builds the same population.
        const countries = [...new Set([opts.country, ...others])].sort()
        const pop = generatePopulation({
          countries,
          recordsPerCountry: opts.count,
          overlap: opts.overlap,
          seed: opts.seed,
        })
        await writeLines(
          opts.out,
          (pop.records[opts.country] ?? []).map((r) => JSON.stringify(r)),
        )
        if (opts.truth)
          await writeLines(
            opts.truth,
            pop.truth.map((t) => JSON.stringify(t)),
          )
      },
    )
}

async function writeLines(path: string | undefined, lines: string[]): Promise<void> {
  if (path === undefined) {
    for (const line of lines) {
      if (!process.stdout.write(`${line}\n`)) await new Promise((r) => process.stdout.once('drain', r))
    }
    return
  }
  const out = createWriteStream(path)
  for (const line of lines) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject)
    out.end(() => resolve())
  })
}
