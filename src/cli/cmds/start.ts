import { resolve } from 'node:path'
import type { Command } from 'commander'
import { MrnNode } from '../../node/node.js'
import { createLogger, type LogLevel } from '../../util/logger.js'

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('run the node: libp2p query protocol and the local API, until SIGINT or SIGTERM')
    .requiredOption('--dir <dir>', 'node directory')
    .option('--log-level <level>', 'debug, info, warn, error or silent (default: MRN_LOG_LEVEL or info)')
    .option('--json', 'print one JSON line {"event":"ready",...} on stdout once listening')
    .action(async (opts: { dir: string; logLevel?: LogLevel; json?: boolean }) => {
      const logger = createLogger(opts.logLevel ? { level: opts.logLevel } : {})
      const node = await MrnNode.open(resolve(opts.dir), { logger })
      await node.start()
      const ready = {
        event: 'ready',
        country: node.config.country,
        peerId: node.peerId,
        addresses: node.libp2p.getMultiaddrs().map((m) => m.toString()),
        api: `http://${node.config.api.host}:${node.apiPort()}`,
        pid: process.pid,
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(ready)}\n`)
      else {
        process.stdout.write(
          `${ready.country} node running\n  peerId ${ready.peerId}\n  listen ${ready.addresses.join(' ')}\n  api    ${ready.api}\nPress Ctrl-C to stop.\n`,
        )
      }
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
          node.stop().then(done, (err: unknown) => {
            logger.error('stop failed', { error: (err as Error).message })
            done()
          })
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
    })
}
