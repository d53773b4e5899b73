import type { Command } from 'commander'
import { runDemo } from '../../sim/demo.js'
import { integerOption, printJson } from '../output.js'
import { printDetails } from './details.js'
import { printResults } from './query.js'

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'run a three-country federation (GRC, ITA, DEU) as separate processes on loopback in a temporary directory and walk through four queries: a hit with details, a purpose refused by policy, a no-hit, and a peer that is down',
    )
    .option('--json', 'print {"cases":[{"name","ok",...}]} instead of the walkthrough')
    .option('--keep', 'keep the temporary directory (nodes, keys, databases) for inspection')
    .option('--records <n>', 'synthetic records per node', integerOption(10, 1_000_000), 300)
    .option('--seed <n>', 'seed for the synthetic population', integerOption(0, 2 ** 31 - 1), 20261126)
    .addHelpText('after', '\nExit code 0 when all four cases behave as expected, 1 otherwise.')
    .action(async (opts: { json?: boolean; keep?: boolean; records: number; seed: number }) => {
      const say = opts.json ? undefined : (line: string): void => void process.stdout.write(`${line}\n`)
      const report = await runDemo({
        keep: opts.keep ?? false,
        recordsPerNode: opts.records,
        seed: opts.seed,
        ...(say ? { say } : {}),
      })
      if (opts.json) {
        printJson(report)
      } else {
        process.stdout.write('\nResults\n')
        for (const c of report.cases) {
          process.stdout.write(`\n[${c.ok ? 'ok' : 'FAILED'}] ${c.name}: expected ${c.expected}\n`)
          const identify = c.results.filter((r) => r.released === undefined)
          if (identify.length > 0) printResults(identify)
          for (const d of c.results.filter((r) => r.released !== undefined)) printDetails(d)
        }
        const passed = report.cases.filter((c) => c.ok).length
        process.stdout.write(
          `\n${passed} of ${report.cases.length} cases as expected, in ${report.seconds.toFixed(1)} s.${opts.keep ? ` Kept ${report.workDir}` : ' Processes stopped, files removed.'}\n`,
        )
      }
      if (report.cases.some((c) => !c.ok)) process.exitCode = 1
    })
}
