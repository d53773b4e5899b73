import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import { parseFaults } from '../../sim/faults.js'
import { renderHtml, type SimReport } from '../../sim/report.js'
import { runSimulation, SIM_COUNTRIES, type SimOptions } from '../../sim/simulation.js'
import { UsageError } from '../../util/errors.js'
import { printJson, printTable } from '../output.js'

const int =
  (flag: string, min: number, max: number) =>
  (v: string): number => {
    const n = Number(v)
    if (!Number.isInteger(n) || n < min || n > max)
      throw new UsageError(`${flag} must be a whole number from ${min} to ${max}: got "${v}"`)
    return n
  }

export function registerSim(program: Command): void {
  program
    .command('sim')
    .description(
      'run a whole federation on this machine: N country nodes as separate processes with generated populations and ground truth, Q caseworker queries, optional faults; report matching quality against the truth, latency, denials, guard violations and audit verification',
    )
    .option(
      '--countries <n>',
      `number of countries (${SIM_COUNTRIES.slice(0, 4).join(', ')}, ...)`,
      int('--countries', 2, SIM_COUNTRIES.length),
      4,
    )
    .option(
      '--records-per-country <n>',
      'generated records per country',
      int('--records-per-country', 10, 5_000_000),
      2000,
    )
    .option(
      '--overlap <share>',
      'share of records that are people also recorded elsewhere, 0..1',
      Number.parseFloat,
      0.3,
    )
    .option(
      '--queries <n>',
      'caseworker identify queries (details follow on hits)',
      int('--queries', 1, 10_000_000),
      500,
    )
    .option('--concurrency <n>', 'queries in flight', int('--concurrency', 1, 1024), 8)
    .option('--seed <n>', 'seed for population and queries', int('--seed', 0, 2 ** 31), 1)
    .option('--faults <spec>', 'e.g. kill:ITA@0.3,restart:ITA@0.6,pause:DEU@0.5:2000 (at shares of the queries)')
    .option('--out <dir>', 'write report.json and report.html (self-contained) here')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        opts: Omit<SimOptions, 'faults' | 'workDir' | 'onProgress'> & { faults?: string; out?: string; json?: boolean },
      ) => {
        if (!(opts.overlap >= 0 && opts.overlap <= 1))
          throw new UsageError(`--overlap must be between 0 and 1: got ${opts.overlap}`)
        const faults = parseFaults(opts.faults)
        const countries = SIM_COUNTRIES.slice(0, opts.countries)
        for (const f of faults) {
          if (!countries.includes(f.country))
            throw new UsageError(`--faults: ${f.country} is not one of ${countries.join(', ')}`)
        }
        const showProgress = !opts.json && process.stderr.isTTY
        const report = await runSimulation({
          ...opts,
          faults,
          ...(showProgress
            ? {
                onProgress: (done: number, total: number) => {
                  const width = 30
                  const filled = Math.round((done / total) * width)
                  process.stderr.write(
                    `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} queries`,
                  )
                  if (done === total) process.stderr.write('\n')
                },
              }
            : {}),
        })
        if (opts.out) {
          const dir = resolve(opts.out)
          mkdirSync(dir, { recursive: true })
          writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`)
          writeFileSync(join(dir, 'report.html'), renderHtml(report))
        }
        if (opts.json) printJson(report)
        else {
          process.stdout.write(
            `${report.queries} queries over ${countries.length} countries in ${report.seconds.toFixed(1)} s: p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms, p99 ${report.latencyMs.p99} ms, ${report.throughputQps} q/s\n` +
              `matching against ground truth: precision ${report.matching.precision} (strong hits ${report.matching.strongPrecision}), recall ${report.matching.recall} (strong ${report.matching.strong.recall})\n` +
              `details: ${report.matching.detailsReleased} released of ${report.matching.detailsAsked} asked, ${report.matching.detailsUnconfirmed} refused unconfirmed, ${report.matching.wrongDetails} about a stranger${wrongCases(report.matching.wrongDetailsCases)}\n` +
              `guard violations: ${report.guardViolations}; unreachable ${report.unreachable}, timeouts ${report.timeouts}, errors ${report.errors}\n` +
              `denials: ${
                Object.entries(report.denials)
                  .map(([r, n]) => `${r} ${n}`)
                  .join(', ') || 'none'
              }\n\n`,
          )
          printTable(
            ['COUNTRY', 'AUDIT ENTRIES', 'VERIFIED', 'CO-SIGNED CHECKPOINTS'],
            Object.entries(report.audit).map(([c, a]) => [
              c,
              a.entries,
              a.verified ? 'yes' : `NO: ${a.problem}`,
              a.cosignedCheckpoints,
            ]),
          )
          for (const f of report.faults) process.stdout.write(`fault at ${(f.atMs / 1000).toFixed(1)} s: ${f.event}\n`)
          if (opts.out) process.stdout.write(`report: ${join(resolve(opts.out), 'report.html')}\n`)
        }
        if (report.guardViolations > 0 || Object.values(report.audit).some((a) => !a.verified)) process.exitCode = 1
      },
    )
}

/** The first few releases of details about a stranger, by generated record ids, for the summary line. */
function wrongCases(cases: SimReport['matching']['wrongDetailsCases']): string {
  if (cases.length === 0) return ''
  const shown = cases.slice(0, 10).map((c) => `${c.asked} → ${c.released} ${c.band}`)
  return ` (asked → released: ${shown.join(', ')}${cases.length > 10 ? ', …' : ''})`
}
