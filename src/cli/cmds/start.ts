import { resolve } from 'node:path'
import { type Command, Option } from 'commander'
import { MrnNode } from '../../node/node.js'
import { UsageError } from '../../util/errors.js'
import { createLogger, LOG_LEVELS, type LogLevel, logLevelFromEnv } from '../../util/logger.js'
import { wholeNumber } from '../flags.js'

export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'run the node: libp2p query protocols, the local API and the metrics port, until SIGINT or SIGTERM; SIGHUP reloads policy.yaml and federation.yaml',
    )
    .requiredOption('--dir <dir>', 'node directory')
    .addOption(
      new Option(
        '--log-level <level>',
        'JSON lines on stderr: one per query on both sides, connections, start and stop; never personal data (default: MRN_LOG_LEVEL or info)',
      ).choices(LOG_LEVELS),
    )
    .option('--json', 'print one JSON line {"event":"ready",...} on stdout once listening')
    .option(
      '--restore-min-witnesses <n>',
      'after `mrn restore`: how many witnesses must say where the log ended before the node continues it (default: every other member)',
      wholeNumber('--restore-min-witnesses'),
    )
    .action(async (opts: { dir: string; logLevel?: LogLevel; json?: boolean; restoreMinWitnesses?: number }) => {
      const fromEnv = logLevelFromEnv()
      if (opts.logLevel === undefined && typeof fromEnv === 'object') throw new UsageError(fromEnv.error)
      const logger = createLogger(opts.logLevel ? { level: opts.logLevel } : {})
      // Signal handlers come first: a stop at any moment, even while starting, is a clean
      // stop (node_stopped in the audit log, lock removed) once start has finished or failed.
      let signalled: () => void = () => undefined
      const stopRequested = new Promise<void>((resolveStop) => {
        signalled = resolveStop
      })
      let stopping = false
      const onSignal = (): void => {
        stopping = true
        signalled()
      }
      process.on('SIGINT', onSignal)
      process.on('SIGTERM', onSignal)
      let onReload = (): void => undefined
      const onHangup = (): void => onReload()
      process.on('SIGHUP', onHangup)
      try {
        const node = await MrnNode.open(resolve(opts.dir), { logger })
        // SIGHUP: read policy.yaml and federation.yaml again and apply what is valid
        // (mrn policy apply and mrn federation add/remove send it to a running node).
        onReload = () => {
          if (stopping) return
          node.reloadPolicy()
          void node.reloadFederation()
        }
        if (!stopping)
          await node.start(
            opts.restoreMinWitnesses === undefined ? {} : { restoreMinWitnesses: opts.restoreMinWitnesses },
          )
        if (!stopping && node.restored !== undefined) printRestored(node)
        if (!stopping) printReady(node, opts.json ?? false)
        await stopRequested
        await node.stop().catch((err: unknown) => logger.error('stop failed', { error: (err as Error).message }))
      } finally {
        process.off('SIGINT', onSignal)
        process.off('SIGTERM', onSignal)
        process.off('SIGHUP', onHangup)
      }
    })
}

/** What a start that finished a restore says (stderr: stdout may be the --json ready line). */
function printRestored(node: MrnNode): void {
  const r = node.restored
  if (r === undefined) return
  const lost = r.lostTo > r.lostFrom ? `entries ${r.lostFrom} to ${r.lostTo - 1} lost` : 'no co-signed entry lost'
  process.stderr.write(
    `Restore finished: ${r.answered} of ${r.asked} witnesses answered; the log continues at ${r.lostTo} (${lost}; recorded in the log).\n`,
  )
  if (r.behind.length > 0)
    process.stderr.write(
      `Witnesses ${r.behind.join(', ')} had co-signed less than ${r.lostTo}: the lost entries cannot be proven to them, so they will not co-sign this log again until their operators reset it (docs/operations.md).\n`,
    )
  for (const why of r.ignored) process.stderr.write(`Answer not used: ${why}\n`)
}

function printReady(node: MrnNode, json: boolean): void {
  const ready = {
    event: 'ready',
    country: node.config.country,
    peerId: node.peerId,
    addresses: node.libp2p.getMultiaddrs().map((m) => m.toString()),
    api: `http://${node.config.api.host}:${node.apiPort()}`,
    metrics: node.metricsUrl() ?? 'off',
    pid: process.pid,
  }
  if (json) process.stdout.write(`${JSON.stringify(ready)}\n`)
  else {
    process.stdout.write(
      `${ready.country} node running\n  peerId ${ready.peerId}\n  listen ${ready.addresses.join(' ')}\n  api    ${ready.api}\n  metrics ${ready.metrics} (/metrics, /healthz, /readyz)\nPress Ctrl-C to stop.\n`,
    )
  }
}
