import { resolve } from 'node:path'
import { type Command, Option } from 'commander'
import { MrnNode } from '../../node/node.js'
import { UsageError } from '../../util/errors.js'
import { createLogger, LOG_LEVELS, type LogLevel, logLevelFromEnv } from '../../util/logger.js'

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
    .action(async (opts: { dir: string; logLevel?: LogLevel; json?: boolean }) => {
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
        if (!stopping) await node.start()
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
