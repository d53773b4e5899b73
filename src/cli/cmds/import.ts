import { resolve } from 'node:path'
import type { Command } from 'commander'
import { createMatcher } from '../../matching/matcher.js'
import { loadNodeConfig } from '../../node/config.js'
import { runningPid } from '../../node/lock.js'
import { openNodeDatabase } from '../../node/nodeDatabase.js'
import { importRecordsFile } from '../../records/importer.js'
import { defaultPrepareThreads, MAX_PREPARE_THREADS } from '../../records/preparePool.js'
import { RecordStore } from '../../records/store.js'
import { UsageError } from '../../util/errors.js'
import { printJson } from '../output.js'
import { importProgressLine } from '../progress.js'

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'import records from a JSON Lines file (one record per line, schema in docs/records.md); all or nothing: any bad line aborts the import with nothing written; on a terminal, progress is shown on stderr. With the node stopped, records are written as they are prepared (faster, less memory); while it runs, every line is prepared first, so that its answers wait only for the write',
    )
    .requiredOption('--dir <dir>', 'node directory')
    .argument('<file>', 'JSON Lines file, or - for standard input')
    .option('--json', 'print the result as JSON')
    .option(
      '--threads <n>',
      `threads that check and prepare records before the write (1 to ${MAX_PREPARE_THREADS}; default: one per core, here ${defaultPrepareThreads()}); fewer leave more CPU to a node answering queries meanwhile`,
    )
    .action(async (file: string, opts: { dir: string; json?: boolean; threads?: string }) => {
      const threads = opts.threads === undefined ? undefined : Number(opts.threads)
      if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= MAX_PREPARE_THREADS)) {
        throw new UsageError(`--threads must be a whole number from 1 to ${MAX_PREPARE_THREADS}: got "${opts.threads}"`)
      }
      const config = loadNodeConfig(resolve(opts.dir))
      // A running node's answers wait for the import's write lock: hold it for the write alone then.
      const overlap = runningPid(config.paths.lock) === undefined
      const db = openNodeDatabase(config)
      try {
        const started = performance.now()
        // Progress on a terminal only; a pipe or a file gets the result alone.
        const progress = importProgressLine(opts.json ? { write: () => true } : process.stderr)
        let result: Awaited<ReturnType<typeof importRecordsFile>>
        try {
          result = await importRecordsFile(file, new RecordStore(db, createMatcher()), Date.now(), progress.update, {
            ...(threads === undefined ? {} : { threads }),
            overlap,
          })
        } finally {
          progress.done()
        }
        const seconds = (performance.now() - started) / 1000
        if (opts.json) printJson({ ...result, seconds })
        else {
          process.stdout.write(
            `Imported ${result.lines} records (${result.inserted} new, ${result.updated} updated) in ${seconds.toFixed(2)} s\n`,
          )
        }
      } finally {
        db.close()
      }
    })
}
