/**
 * The scale benchmark's registry, generated and imported on a worker thread
 * (matching.ts, `matching-scale`): a node never holds a generated population,
 * and a V8 heap that did (two million records made and dropped) scores
 * questions with a worse tail afterwards (at 1M records, p99 17 against 10 ms
 * for the same questions asked again, BENCHMARKS.md), which a garbage
 * collection before measuring does not undo. A worker has a heap of its own,
 * gone with it.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createMatcher } from '../src/matching/matcher.js'
import { openDatabase } from '../src/records/database.js'
import { PreparePool } from '../src/records/preparePool.js'
import type { MigrantRecord } from '../src/records/schema.js'
import { RecordStore } from '../src/records/store.js'
import { generatePopulation } from '../src/sim/generator.js'

/** What the worker is given. */
export interface ScaleImportJob {
  path: string
  total: number
  questions: number
}

/** What it answers: the questions to ask (with the record each is about, if held) and how the import went. */
export interface ScaleImportResult {
  queries: { q: MigrantRecord; truth: string | undefined }[]
  importSeconds: number
  threads: number
}

async function run({ path, total, questions }: ScaleImportJob): Promise<ScaleImportResult> {
  const pop = generatePopulation({ countries: ['DEU', 'GRC'], recordsPerCountry: total, overlap: 0.2, seed: 99 })
  const records = pop.records.DEU as MigrantRecord[]
  const deuOf = new Map<string, string>()
  for (const t of pop.truth) {
    const deu = t.records.find((r) => r.country === 'DEU')
    if (deu) for (const r of t.records) if (r.country !== 'DEU') deuOf.set(r.id, deu.id)
  }
  // Every k-th record, across the whole population: the records generated first (the first
  // 3,000, as this once asked) are also the people whose records here have the lowest ids, and
  // a tie among namesakes in the candidates' ranking goes by id, which favoured them.
  const grc = pop.records.GRC as MigrantRecord[]
  const stride = Math.max(1, Math.floor(grc.length / questions))
  const queries = grc
    .filter((_, i) => i % stride === 0)
    .slice(0, questions)
    .map((q) => ({ q, truth: deuOf.get(q.id) }))
  // As the simulation imports: records prepared on worker threads, written chunk by chunk as they are, one transaction.
  const db = openDatabase(path)
  try {
    const store = new RecordStore(db, createMatcher())
    const t0 = performance.now()
    const pool = new PreparePool()
    try {
      await store.putManyAsync(records, 0, pool)
    } finally {
      await pool.close()
    }
    const importSeconds = (performance.now() - t0) / 1000
    db.pragma('wal_checkpoint(TRUNCATE)')
    return { queries, importSeconds, threads: pool.threads }
  } finally {
    db.close()
  }
}

if (parentPort !== null && workerData !== undefined) {
  const port = parentPort
  run(workerData as ScaleImportJob).then(
    (result) => port.postMessage({ ok: true, result }),
    (err: unknown) =>
      port.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  )
}
