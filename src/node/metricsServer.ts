import { createServer, type Server } from 'node:http'
import type { Registry } from 'prom-client'

export interface Readiness {
  ready: boolean
  /** Each check by name: true when it passes, or what is wrong (no personal data). */
  checks: Record<string, true | string>
}

/**
 * GET /metrics (Prometheus text), /healthz (the process answers) and /readyz
 * (200 when every readiness check passes, else 503), on a loopback port of
 * their own and without a token: they carry counts, never personal data.
 */
export async function startMetricsServer(
  options: { host: string; port: number },
  registry: Registry,
  readiness: () => Readiness,
): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('only GET\n')
      return
    }
    if (path === '/metrics') {
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`${(err as Error).message}\n`),
      )
    } else if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}\n')
    } else if (path === '/readyz') {
      const r = readiness()
      res.writeHead(r.ready ? 200 : 503, { 'content-type': 'application/json' }).end(`${JSON.stringify(r)}\n`)
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /metrics, /healthz or /readyz\n')
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return server
}
