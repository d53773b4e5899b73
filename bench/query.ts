import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
import { QUERY_PROTOCOL_V1 } from '../src/network/protocol.js'
import { type OutgoingQuery, QueryClient } from '../src/network/queryClient.js'
import { NODE_FILES } from '../src/node/config.js'
import { loadKeyFile } from '../src/node/identity.js'
import { initNode } from '../src/node/init.js'
import { MrnNode } from '../src/node/node.js'
import { openDatabase } from '../src/records/database.js'
import { RequestState } from '../src/records/requestState.js'
import type { MigrantRecord } from '../src/records/schema.js'
import { RecordStore } from '../src/records/store.js'
import { generatePopulation } from '../src/sim/generator.js'
import { startNodeProcess } from '../src/sim/nodeProcess.js'
import { systemClock } from '../src/util/clock.js'
import { silentLogger } from '../src/util/logger.js'
import { projectRoot } from '../src/util/projectRoot.js'
import { encodeRequest } from '../src/wire/codec.js'
import { signEnvelope } from '../src/wire/envelope.js'
import { CERT_EXTENSIONS, makeCertificates } from './certs.js'
import { ECHO_MUX_PROTOCOL, ECHO_PROTOCOL } from './echoProtocol.js'
import { identifyOf } from './responder.js'
import { measure, type RunStats, round, summarize } from './stats.js'

const DEFAULT_RECORDS = [10_000, 100_000]
const OPS = { 1: 2_000, 32: 6_000 } as const
const ROUNDS = 2
const WARMUP = 300
const RESPONDERS = ['ITA', 'FRA', 'ESP', 'DEU']

const MRN_V2 = 'mrn identify, /mrn/query/2.0.0 (long-lived stream)'
const MRN_V1 = 'mrn identify, /mrn/query/1.0.0 (stream per request)'
const ECHO_MUX = 'libp2p echo, long-lived stream'
const ECHO = 'libp2p echo, stream per request'
const HTTPS = 'https echo, mutual TLS (keep-alive)'

interface QueryBenchOptions {
  records: number[]
  profile: boolean
  /** The responders' query.scoringThreads (absent: the node's default). */
  scoringThreads?: number
}

/** `--records=10000,100000` (responder sizes, one responder process each) and `--profile`. */
export function queryBenchOptions(argv: readonly string[]): QueryBenchOptions {
  const options: QueryBenchOptions = { records: DEFAULT_RECORDS, profile: false }
  for (const arg of argv) {
    if (arg === '--profile') options.profile = true
    else if (arg.startsWith('--records=')) {
      options.records = arg
        .slice('--records='.length)
        .split(',')
        .map((n) => Number(n.replaceAll('_', '')))
      if (options.records.some((n) => !Number.isInteger(n) || n < 100) || options.records.length > RESPONDERS.length) {
        throw new Error(`--records takes up to ${RESPONDERS.length} comma-separated sizes of at least 100: got ${arg}`)
      }
    } else if (arg.startsWith('--scoring-threads=')) {
      options.scoringThreads = Number(arg.slice('--scoring-threads='.length))
      if (!Number.isInteger(options.scoringThreads) || options.scoringThreads < 0) {
        throw new Error(`--scoring-threads takes a whole number of threads, 0 or more: got ${arg}`)
      }
    } else if (arg.startsWith('--')) {
      throw new Error(`bench query: unknown option ${arg} (--records=N[,M], --scoring-threads=N, --profile)`)
    }
  }
  return options
}

/**
 * npm run bench -- query [--records=10000,100000] [--scoring-threads=N] [--profile]: signed
 * identify queries from a node in this process to responder node processes
 * (one per size), on /mrn/query/2.0.0 and on 1.0.0, beside bare libp2p echoes
 * (a long-lived stream, and a stream per request) and an https echo with
 * mutual TLS, all in this run. --scoring-threads sets the responders'
 * query.scoringThreads (0: scoring on the node's thread). --profile writes a CPU profile of each
 * responder to reports/profile/ and prints its top functions.
 */
export async function benchQuery(argv: readonly string[] = []): Promise<void> {
  const options = queryBenchOptions(argv)
  const root = mkdtempSync(join(tmpdir(), 'mrn-bench-query-'))
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(root, { recursive: true, force: true })]
  try {
    const responders = options.records.map((records, i) => ({ records, country: RESPONDERS[i] as string }))
    const countries = ['GRC', ...responders.map((r) => r.country)]
    const entries = []
    for (const country of countries) {
      entries.push(
        await initNode({ dir: join(root, country), country, listen: ['/ip4/127.0.0.1/tcp/0'], groups: ['dublin'] }),
      )
    }
    for (const country of countries) for (const e of entries) addMember(join(root, country, NODE_FILES.federation), e)
    const peopleOf: Record<string, MigrantRecord[]> = {}
    const processes: Record<string, Awaited<ReturnType<typeof startNodeProcess>>> = {}
    for (const { records, country } of responders) {
      const yamlPath = join(root, country, NODE_FILES.config)
      writeFileSync(
        yamlPath,
        stringify({
          ...parse(readFileSync(yamlPath, 'utf8')),
          rateLimits: { perPeerPerMinute: 100_000_000 },
          ...(options.scoringThreads === undefined ? {} : { query: { scoringThreads: options.scoringThreads } }),
        }),
      )
      const population = generatePopulation({ countries: [country], recordsPerCountry: records, overlap: 0, seed: 1 })
        .records[country] as MigrantRecord[]
      // Queries repeat records that carry a passport, so that every one is a hit.
      peopleOf[country] = population.filter((r) => r.documents.some((d) => d.type === 'passport'))
      // The Dublin rule without its per-caseworker quota, which one benchmark caseworker would spend in seconds.
      writeFileSync(
        join(root, country, NODE_FILES.policy),
        'version: 1\nrules:\n  - id: bench\n    from: { groups: [dublin] }\n    purposes: [ASYLUM_RESPONSIBILITY]\n    showBand: true\n',
      )
      const db = openDatabase(join(root, country, NODE_FILES.database))
      new RecordStore(db, createMatcher()).putMany(population, Date.now())
      db.close()
      const nodeArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'profile', country)}`] : []
      const proc = await startNodeProcess(join(root, country), { nodeArgs, timeoutMs: 120_000 })
      processes[country] = proc
      cleanups.push(() => proc.stop(30_000))
    }
    const grc = await MrnNode.open(join(root, 'GRC'), { logger: silentLogger })
    await grc.start({ api: false })
    cleanups.push(() => grc.stop())
    // The same node's key and federation, speaking only 1.0.0.
    const v1Client = new QueryClient(
      {
        libp2p: grc.libp2p,
        privateKey: loadKeyFile(join(root, 'GRC', NODE_FILES.key), undefined),
        federation: grc.federation,
        clock: systemClock,
      },
      {
        country: 'GRC',
        peerTimeoutMs: grc.config.query.peerTimeoutMs,
        maxFrameBytes: grc.config.query.maxFrameBytes,
        requestLifetimeMs: grc.config.query.requestLifetimeMs,
        protocols: [QUERY_PROTOCOL_V1],
      },
    )

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
    const queryOp = (client: QueryClient, country: string) => async (): Promise<void> => {
      const people = peopleOf[country] as MigrantRecord[]
      const r = await client.send(client.buildRequest(country, queryFor(people[(i++ * 7919) % people.length]!)))
      if (r.outcome !== 'ok') throw new Error(`query to ${country} failed: ${r.outcome} ${r.detail ?? ''}`)
    }
    // The echo payload is as large as a real signed query envelope.
    const first = responders[0]!.country
    const payload = await signEnvelope(
      encodeRequest(grc.client.buildRequest(first, queryFor(peopleOf[first]![0]!))),
      await generateKeyPair('Ed25519'),
    )
    const echoes = await startEchoes(root, payload, cleanups)

    const results: Result[] = []
    for (const { records, country } of responders) {
      const scenarios: Record<string, () => Promise<void>> = {
        [MRN_V2]: queryOp(grc.client, country),
        [MRN_V1]: queryOp(v1Client, country),
        [ECHO_MUX]: echoes.mux,
        [ECHO]: echoes.perStream,
        [HTTPS]: echoes.https,
      }
      for (const op of Object.values(scenarios)) for (let w = 0; w < WARMUP; w++) await op()
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
          results.push({ records, scenario: name, concurrency, stats: summarize(latencies[name]!, wall[name]!) })
        }
      }
    }
    await v1Client.close()
    printQueryReport(results, payload.length)
    printCommitCost(root)
    if (options.profile) {
      for (const { country, records } of responders) {
        await processes[country]?.stop(30_000)
        reportProfile(join(root, 'profile', country), `${records} records`, `query-responder-${records}`)
      }
    }
  } finally {
    for (const c of cleanups.reverse()) await c()
  }
}

interface Result {
  records: number
  scenario: string
  concurrency: number
  stats: RunStats
}

/** The baseline echo servers in their own process, and one operation per baseline. */
async function startEchoes(
  root: string,
  payload: Uint8Array,
  cleanups: (() => Promise<void> | void)[],
): Promise<Record<'mux' | 'perStream' | 'https', () => Promise<void>>> {
  const certDir = join(root, 'certs')
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
  const perStream = async (): Promise<void> => {
    const stream = await client.dialProtocol(echoPeer, ECHO_PROTOCOL)
    const lp = lpStream(stream)
    await lp.write(payload)
    await lp.read()
    await stream.close()
  }
  // One long-lived stream: frames come back in the order they went, so answers are matched first in, first out.
  const muxLp = lpStream(await client.dialProtocol(echoPeer, ECHO_MUX_PROTOCOL))
  const waiting: (() => void)[] = []
  void (async () => {
    try {
      while (true) {
        await muxLp.read()
        waiting.shift()?.()
      }
    } catch {
      // closed at the end of the run
    }
  })()
  const mux = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      waiting.push(resolve)
      muxLp.write(payload).catch(reject)
    })
  const agent = new Agent({
    keepAlive: true,
    maxSockets: 32,
    key: readFileSync(join(certDir, 'client.key')),
    cert: readFileSync(join(certDir, 'client.crt')),
    ca: readFileSync(join(certDir, 'ca.crt')),
  })
  cleanups.push(() => agent.destroy())
  const https = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: ready.httpsPort, method: 'POST', path: '/', agent }, (res) => {
        res.on('data', () => undefined)
        res.on('end', () => resolve())
      })
      req.on('error', reject)
      req.end(payload)
    })
  return { mux, perStream, https }
}

/** Reads the responder's CPU profile (written at its exit), keeps a copy and prints where its time went. */
function reportProfile(dir: string, label: string, name: string): void {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
  if (file === undefined) {
    process.stdout.write(`\nno CPU profile found in ${dir}\n`)
    return
  }
  const outDir = join(projectRoot(), 'reports', 'profile')
  mkdirSync(outDir, { recursive: true })
  const kept = join(outDir, `${name}.cpuprofile`)
  copyFileSync(join(dir, file), kept)
  const top = topFunctions(JSON.parse(readFileSync(kept, 'utf8')) as CpuProfile, 25)
  const lines = [
    '',
    `responder CPU profile, ${label} (${kept}; open in Chrome DevTools or speedscope):`,
    '',
    '| self % | self ms | function | where |',
    '| --- | --- | --- | --- |',
    ...top.map((t) => `| ${t.percent} | ${t.selfMs} | ${t.name} | ${t.where} |`),
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}

interface CpuProfile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
    hitCount?: number
  }[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time per function (summed over the profile's nodes), the largest first; idle time left out. */
export function topFunctions(
  profile: CpuProfile,
  n: number,
): { name: string; where: string; selfMs: number; percent: number }[] {
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfUs = new Map<string, { name: string; where: string; us: number }>()
  let totalUs = 0
  profile.samples.forEach((id, i) => {
    const node = nodeById.get(id)
    if (node === undefined) return
    const { functionName, url, lineNumber } = node.callFrame
    if (functionName === '(idle)') return
    const dt = profile.timeDeltas[i + 1] ?? 0
    const where =
      url === ''
        ? ''
        : `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|src)\//, '$1/')}:${lineNumber + 1}`
    const key = `${functionName}@${where}`
    const entry = selfUs.get(key) ?? { name: functionName || '(anonymous)', where, us: 0 }
    entry.us += dt
    totalUs += dt
    selfUs.set(key, entry)
  })
  return [...selfUs.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, n)
    .map((e) => ({
      name: e.name,
      where: e.where,
      selfMs: round(e.us / 1000, 1),
      percent: round((100 * e.us) / totalUs, 1),
    }))
}

function printQueryReport(results: Result[], payloadBytes: number): void {
  const lines = [
    `query benchmark: ${payloadBytes}-byte request envelope, rounds alternated, ${WARMUP} warm-up operations per scenario`,
    '',
    '| records | scenario | concurrency | ops | p50 ms | p99 ms | ops/s | p50 ÷ https p50 | ops/s ÷ https ops/s | p50 ÷ libp2p long-lived echo p50 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const r of results) {
    const same = (name: string) =>
      results.find((x) => x.records === r.records && x.concurrency === r.concurrency && x.scenario === name)!
    const tls = same(HTTPS)
    const mux = same(ECHO_MUX)
    lines.push(
      `| ${r.records} | ${r.scenario} | ${r.concurrency} | ${r.stats.ops} | ${r.stats.p50Ms} | ${r.stats.p99Ms} | ${r.stats.opsPerSecond} | ${round(r.stats.p50Ms / tls.stats.p50Ms, 2)}x | ${round(r.stats.opsPerSecond / tls.stats.opsPerSecond, 2)}x | ${round(r.stats.p50Ms / mux.stats.p50Ms, 2)}x |`,
    )
  }
  // Scale: throughput at the largest size against the smallest, each read against its own https baseline.
  const sizes = [...new Set(results.map((r) => r.records))]
  if (sizes.length > 1) {
    const norm = (records: number, concurrency: number) => {
      const q = results.find((x) => x.records === records && x.concurrency === concurrency && x.scenario === MRN_V2)!
      const t = results.find((x) => x.records === records && x.concurrency === concurrency && x.scenario === HTTPS)!
      return q.stats.opsPerSecond / t.stats.opsPerSecond
    }
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)]
    lines.push('')
    for (const c of [1, 32]) {
      lines.push(
        `2.0.0 ops/s at ${large} records ÷ at ${small} records, concurrency ${c} (each against its https baseline): ${round(norm(large, c) / norm(small, c), 2)}x`,
      )
    }
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
          confirmWith: [],
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
