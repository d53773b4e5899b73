import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import { parse, stringify } from 'yaml'
import { AuditLog } from '../src/audit/auditLog.js'
import { createMatcher } from '../src/matching/matcher.js'
import { addMember, Federation } from '../src/network/federation.js'
import { createHost } from '../src/network/host.js'
import type { OutgoingQuery } from '../src/network/queryClient.js'
import { NODE_FILES } from '../src/node/config.js'
import { initNode } from '../src/node/init.js'
import { MrnNode } from '../src/node/node.js'
import { openDatabase } from '../src/records/database.js'
import { RequestState } from '../src/records/requestState.js'
import type { MigrantRecord } from '../src/records/schema.js'
import { RecordStore } from '../src/records/store.js'
import { generatePopulation } from '../src/sim/generator.js'
import { startNodeProcess } from '../src/sim/nodeProcess.js'
import { silentLogger } from '../src/util/logger.js'
import { encodeRequest } from '../src/wire/codec.js'
import { signEnvelope } from '../src/wire/envelope.js'
import { CERT_EXTENSIONS, makeCertificates } from './certs.js'
import { ECHO_PROTOCOL } from './echoProtocol.js'
import { identifyOf } from './responder.js'
import { measure, type RunStats, round, summarize } from './stats.js'

const RECORDS = 10_000
const OPS = { 1: 2_000, 32: 6_000 } as const
const ROUNDS = 2
const WARMUP = 300

/**
 * npm run bench -- query: signed identify queries between two node processes
 * over one connection, beside a bare libp2p stream-per-request echo on the
 * same transport stack and an https echo with mutual TLS, all in this run.
 */
export async function benchQuery(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'mrn-bench-query-'))
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(root, { recursive: true, force: true })]
  try {
    // Two nodes; ITA holds the records and runs as its own process.
    const entries = []
    for (const country of ['GRC', 'ITA']) {
      entries.push(
        await initNode({ dir: join(root, country), country, listen: ['/ip4/127.0.0.1/tcp/0'], groups: ['dublin'] }),
      )
    }
    for (const country of ['GRC', 'ITA'])
      for (const e of entries) addMember(join(root, country, NODE_FILES.federation), e)
    const itaYaml = join(root, 'ITA', NODE_FILES.config)
    writeFileSync(
      itaYaml,
      stringify({ ...parse(readFileSync(itaYaml, 'utf8')), rateLimits: { perPeerPerMinute: 100_000_000 } }),
    )
    const population = generatePopulation({ countries: ['ITA'], recordsPerCountry: RECORDS, overlap: 0, seed: 1 })
      .records.ITA as MigrantRecord[]
    // Queries repeat records that carry a passport, so that every one is a hit.
    const people = population.filter((r) => r.documents.some((d) => d.type === 'passport'))
    // The Dublin rule without its per-caseworker quota, which one benchmark caseworker would spend in seconds.
    writeFileSync(
      join(root, 'ITA', NODE_FILES.policy),
      'version: 1\nrules:\n  - id: bench\n    from: { groups: [dublin] }\n    purposes: [ASYLUM_RESPONSIBILITY]\n    showBand: true\n',
    )
    const db = openDatabase(join(root, 'ITA', NODE_FILES.database))
    new RecordStore(db, createMatcher()).putMany(population, Date.now())
    db.close()
    const ita = await startNodeProcess(join(root, 'ITA'))
    cleanups.push(() => ita.stop())
    const grc = await MrnNode.open(join(root, 'GRC'), { logger: silentLogger })
    await grc.start({ api: false })
    cleanups.push(() => grc.stop())

    // The record itself as the query: every query is a hit.
    const queryFor = (p: MigrantRecord): OutgoingQuery => ({
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: 'Regulation (EU) No 604/2013, Art. 34',
      caseReference: 'BENCH-1',
      caseworkerPseudonym: 'cw-bench',
      caseworkerRole: 'caseworker',
      query: { kind: 'identify', identify: identifyOf(p) },
    })
    let i = 0
    const query = async (): Promise<void> => {
      const r = await grc.client.send(grc.client.buildRequest('ITA', queryFor(people[(i++ * 7919) % people.length]!)))
      if (r.outcome !== 'ok') throw new Error(`query failed: ${r.outcome} ${r.detail ?? ''}`)
    }
    // The echo payload is as large as a real signed query envelope.
    const payload = await signEnvelope(
      encodeRequest(grc.client.buildRequest('ITA', queryFor(people[0]!))),
      await generateKeyPair('Ed25519'),
    )

    // Baseline servers in their own process.
    const certDir = join(root, 'certs')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(certDir)
    for (const [name, text] of Object.entries(CERT_EXTENSIONS)) writeFileSync(join(certDir, name), text)
    makeCertificates(certDir)
    const clientKey = await generateKeyPair('Ed25519')
    const echoScript = fileURLToPath(new URL('./echoServers.js', import.meta.url))
    const echo = spawn(process.execPath, [echoScript, peerIdFromPrivateKey(clientKey).toString(), certDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    cleanups.push(() => {
      echo.kill('SIGTERM')
    })
    const ready = await new Promise<{ peerId: string; addresses: string[]; httpsPort: number }>((resolve, reject) => {
      createInterface({ input: echo.stdout! }).once('line', (line) => resolve(JSON.parse(line)))
      echo.once('exit', (code) => reject(new Error(`echo servers exited ${code}`)))
    })
    const echoFederation = new Federation([
      { country: 'ECH', peerId: ready.peerId, addresses: ready.addresses, groups: [] },
    ])
    const client = await createHost({
      privateKey: clientKey,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      federation: echoFederation,
      inboundConnectionsPerSecond: 1000,
    })
    await client.start()
    cleanups.push(() => client.stop())
    const echoPeer = peerIdFromString(ready.peerId)
    const libp2pEcho = async (): Promise<void> => {
      const stream = await client.dialProtocol(echoPeer, ECHO_PROTOCOL)
      const lp = lpStream(stream)
      await lp.write(payload)
      await lp.read()
      await stream.close()
    }
    const agent = new Agent({
      keepAlive: true,
      maxSockets: 32,
      key: readFileSync(join(certDir, 'client.key')),
      cert: readFileSync(join(certDir, 'client.crt')),
      ca: readFileSync(join(certDir, 'ca.crt')),
    })
    cleanups.push(() => agent.destroy())
    const httpsEcho = (): Promise<void> =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: ready.httpsPort, method: 'POST', path: '/', agent }, (res) => {
          res.on('data', () => undefined)
          res.on('end', () => resolve())
        })
        req.on('error', reject)
        req.end(payload)
      })

    const scenarios = {
      'mrn signed identify query': query,
      'bare libp2p echo (stream per request)': libp2pEcho,
      'https echo, mutual TLS (keep-alive)': httpsEcho,
    }
    for (const op of Object.values(scenarios)) for (let w = 0; w < WARMUP; w++) await op()

    const results: { scenario: string; concurrency: number; stats: RunStats }[] = []
    for (const concurrency of [1, 32] as const) {
      const latencies: Record<string, number[]> = {}
      const wall: Record<string, number> = {}
      // Alternate scenarios round by round, so drift in machine load hits all of them alike.
      for (let r = 0; r < ROUNDS; r++) {
        for (const [name, op] of Object.entries(scenarios)) {
          const m = await measure(op, OPS[concurrency] / ROUNDS, concurrency)
          latencies[name] = [...(latencies[name] ?? []), ...m.latenciesMs]
          wall[name] = (wall[name] ?? 0) + m.wallMs
        }
      }
      for (const name of Object.keys(scenarios)) {
        results.push({ scenario: name, concurrency, stats: summarize(latencies[name]!, wall[name]!) })
      }
    }
    printQueryReport(results, payload.length)
    printCommitCost(root)
  } finally {
    for (const c of cleanups.reverse()) await c()
  }
}

function printQueryReport(
  results: { scenario: string; concurrency: number; stats: RunStats }[],
  payloadBytes: number,
): void {
  const lines = [
    `query benchmark: ${RECORDS} records at the responder, ${payloadBytes}-byte request envelope, rounds alternated`,
    '',
    '| scenario | concurrency | ops | p50 ms | p99 ms | ops/s | p50 vs libp2p echo | p50 vs https mTLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const r of results) {
    const echo = results.find((x) => x.concurrency === r.concurrency && x.scenario.startsWith('bare libp2p'))!
    const tls = results.find((x) => x.concurrency === r.concurrency && x.scenario.startsWith('https'))!
    lines.push(
      `| ${r.scenario} | ${r.concurrency} | ${r.stats.ops} | ${r.stats.p50Ms} | ${r.stats.p99Ms} | ${r.stats.opsPerSecond} | ${round(r.stats.p50Ms / echo.stats.p50Ms, 2)}x | ${round(r.stats.p50Ms / tls.stats.p50Ms, 2)}x |`,
    )
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

/**
 * What one durable commit of a query's writes costs here (seen id, handle,
 * audit entry), with synchronous=FULL as the node runs and with NORMAL (no
 * fsync per commit) for comparison: the share of the round trip that is the
 * price of "nothing disclosed that is not logged first".
 */
function printCommitCost(root: string): void {
  const line: string[] = []
  for (const sync of ['FULL', 'NORMAL']) {
    const db = openDatabase(join(root, `commit-${sync}.db`))
    db.pragma(`synchronous = ${sync}`)
    const requests = new RequestState(db)
    const audit = new AuditLog(db, new Uint8Array(32))
    const entry = JSON.parse(JSON.stringify({ kind: 'node_started', peerId: 'x'.repeat(52) }))
    const latencies: number[] = []
    for (let n = 0; n < 2_000; n++) {
      const t0 = performance.now()
      db.transaction(() => {
        requests.remember(new Uint8Array(randomBytes(16)), 'GRC', Date.now() + 60_000)
        requests.putHandle(new Uint8Array(randomBytes(16)), {
          recordId: 'ITA-1',
          requester: 'GRC',
          purpose: 'ASYLUM_RESPONSIBILITY',
          expiresAtMs: Date.now(),
        })
        audit.append({ ...entry, padding: 'p'.repeat(600) }, Date.now())
      })()
      latencies.push(performance.now() - t0)
    }
    db.close()
    const s = summarize(latencies, 1)
    line.push(`synchronous=${sync}: p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms`)
  }
  process.stdout.write(`\ncommit of one query's writes (seen id + handle + audit entry): ${line.join('; ')}\n`)
}
