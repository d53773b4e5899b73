import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMatcher } from '../src/matching/matcher.js'
import type { OutgoingQuery } from '../src/network/queryClient.js'
import type { MrnNode } from '../src/node/node.js'
import { openDatabase } from '../src/records/database.js'
import type { MigrantRecord } from '../src/records/schema.js'
import { RecordStore } from '../src/records/store.js'
import { generatePopulation } from '../src/sim/generator.js'
import { type BenchFederation, benchFederation, identifyOf } from './responder.js'
import { measure, round, summarize } from './stats.js'

const IMPORT_RECORDS = Number(process.env.MRN_BENCH_AT_REST_IMPORT ?? 50_000)
const QUERY_RECORDS = 10_000
const QUERIES = 2_000
const ROUNDS = 2
const PASSPHRASE = 'benchmark passphrase, long enough'

/**
 * npm run bench -- at-rest: what encryption at rest costs. Import of
 * generated records into a clear and an encrypted database, and signed
 * identify round trips against a clear and an encrypted responder process,
 * rounds alternated, in the same run.
 */
export async function benchAtRest(): Promise<void> {
  const population = generatePopulation({ countries: ['ITA'], recordsPerCountry: IMPORT_RECORDS, overlap: 0, seed: 9 })
    .records.ITA as MigrantRecord[]
  const root = mkdtempSync(join(tmpdir(), 'mrn-bench-rest-'))
  const importMs: Record<string, number[]> = { clear: [], encrypted: [] }
  try {
    for (let r = 0; r < ROUNDS; r++) {
      for (const mode of ['clear', 'encrypted'] as const) {
        const db = openDatabase(join(root, `${mode}-${r}.db`), {
          passphrase: mode === 'encrypted' ? PASSPHRASE : undefined,
        })
        const t0 = performance.now()
        new RecordStore(db, createMatcher()).putMany(population, Date.now())
        importMs[mode]?.push(performance.now() - t0)
        db.close()
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }

  const records = population.slice(0, QUERY_RECORDS)
  const people = records.filter((p) => p.documents.length > 0)
  const feds: Record<string, BenchFederation> = {}
  const policy =
    'version: 1\nrules:\n  - id: bench\n    from: { groups: [dublin] }\n    purposes: [ASYLUM_RESPONSIBILITY]\n    showBand: true\n'
  const config = { rateLimits: { perPeerPerMinute: 100_000_000 } }
  try {
    feds.clear = await benchFederation({ responder: 'ITA', requesters: ['GRC'], records, policy, config })
    feds.encrypted = await benchFederation({
      responder: 'ITA',
      requesters: ['GRC'],
      records,
      policy,
      config,
      passphrase: PASSPHRASE,
    })
    let i = 0
    const query = (grc: MrnNode) => async (): Promise<void> => {
      const p = people[(i++ * 7919) % people.length] as MigrantRecord
      const q: OutgoingQuery = {
        purpose: 'ASYLUM_RESPONSIBILITY',
        legalBasis: 'Regulation (EU) No 604/2013, Art. 34',
        caseReference: '',
        caseworkerPseudonym: 'cw-bench',
        caseworkerRole: 'caseworker',
        query: { kind: 'identify', identify: identifyOf(p) },
      }
      const r = await grc.client.send(grc.client.buildRequest('ITA', q))
      if (r.outcome !== 'ok') throw new Error(`query: ${r.outcome} ${r.detail ?? ''}`)
    }
    const ops = {
      clear: query(feds.clear.requesters.GRC as MrnNode),
      encrypted: query(feds.encrypted.requesters.GRC as MrnNode),
    }
    for (const op of Object.values(ops)) for (let w = 0; w < 200; w++) await op()
    const latencies: Record<string, number[]> = { clear: [], encrypted: [] }
    const wall: Record<string, number> = { clear: 0, encrypted: 0 }
    for (let r = 0; r < ROUNDS; r++) {
      for (const [mode, op] of Object.entries(ops)) {
        const m = await measure(op, QUERIES / ROUNDS, 1)
        latencies[mode]?.push(...m.latenciesMs)
        wall[mode] = (wall[mode] ?? 0) + m.wallMs
      }
    }
    const c = summarize(latencies.clear as number[], wall.clear as number)
    const e = summarize(latencies.encrypted as number[], wall.encrypted as number)
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
    const ic = mean(importMs.clear as number[])
    const ie = mean(importMs.encrypted as number[])
    process.stdout.write(
      [
        `at-rest benchmark: import of ${IMPORT_RECORDS} records (${ROUNDS} rounds each), identify round trips against a ${QUERY_RECORDS}-record responder process (${QUERIES} each, concurrency 1), rounds alternated`,
        '',
        '| measure | clear | encrypted | encrypted ÷ clear |',
        '| --- | --- | --- | --- |',
        `| import, records/s | ${Math.round(IMPORT_RECORDS / (ic / 1000))} | ${Math.round(IMPORT_RECORDS / (ie / 1000))} | ${round(ic / ie, 2)}x throughput |`,
        `| identify p50 ms | ${c.p50Ms} | ${e.p50Ms} | ${round(e.p50Ms / c.p50Ms, 2)}x |`,
        `| identify p99 ms | ${c.p99Ms} | ${e.p99Ms} | ${round(e.p99Ms / c.p99Ms, 2)}x |`,
        '',
      ].join('\n'),
    )
  } finally {
    for (const f of Object.values(feds)) await f.close()
  }
}
