import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { type AuditEntry, AuditLog, encodeAuditEntry } from '../src/audit/auditLog.js'
import { openDatabase } from '../src/records/database.js'
import { GroupCommit } from '../src/records/groupCommit.js'
import { SeededRandom } from '../src/sim/random.js'
import { round } from './stats.js'

const APPENDS = 20_000
const CONCURRENCY = 64

const entry = (i: number): AuditEntry => ({
  kind: 'query_received',
  requestId: i.toString(16).padStart(32, '0'),
  requester: 'ITA',
  purpose: 'ASYLUM_RESPONSIBILITY',
  legalBasis: 'Regulation (EU) No 604/2013, Art. 34',
  caseReferenceHash: 'a3hn7dutBt9TvWtyum4I5QUI3vtbQXCzv03XutOsKpo',
  caseworker: 'cw-3f9a12c4d5e6',
  role: 'caseworker',
  step: 'details',
  status: 'OK',
  local: { ruleIds: ['dublin-art34'], recordIds: [`GRC-${i}`], guards: [] },
  released: [{ field: 'names', form: 'exact', ruleId: 'dublin-art34' }],
  withheld: [{ field: 'sex', ruleId: 'default-deny' }],
  queryHash: 'TKQHFJe1wbJiqE0WdG93H8mPwBUMggNhzW9lEN4qPnQ',
  responseDigest: 'Fj+q8KBKzcjYAYCSNC0P7RPPHbA2+E5ta+c9uamhH5s=',
})

/**
 * npm run bench -- audit: durable appends per second with group commit (64
 * appends in flight, as under concurrent queries) beside the same SQLite
 * inserts without the Merkle work, and one append per commit; then proof
 * generation at MRN_BENCH_AUDIT_SIZE entries (default 1,000,000).
 */
export async function benchAudit(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'mrn-bench-audit-'))
  try {
    const rates: Record<string, number> = {}
    for (const scenario of ['merkle', 'plain', 'merkle-unbatched'] as const) {
      const db = openDatabase(join(root, `${scenario}.db`))
      db.exec('CREATE TABLE plain (idx INTEGER PRIMARY KEY, at_ms INTEGER, kind TEXT, data BLOB) STRICT')
      const log = new AuditLog(db, new Uint8Array(32))
      const plain = db.prepare('INSERT INTO plain (idx, at_ms, kind, data) VALUES (?, ?, ?, ?)')
      const commit = new GroupCommit(db)
      let next = 0
      const one = (): Promise<unknown> => {
        const i = next++
        if (scenario === 'plain')
          return commit.run(() => plain.run(i, i, 'query_received', encodeAuditEntry(entry(i), i)))
        if (scenario === 'merkle') return commit.run(() => log.append(entry(i), i))
        return Promise.resolve(log.append(entry(i), i))
      }
      const t = performance.now()
      const total = scenario === 'merkle-unbatched' ? APPENDS / 4 : APPENDS
      while (next < total) await Promise.all(Array.from({ length: CONCURRENCY }, one))
      rates[scenario] = Math.round((total / (performance.now() - t)) * 1000)
      db.close()
    }
    process.stdout.write(
      [
        `audit appends, durable (synchronous=FULL), ${CONCURRENCY} in flight`,
        '',
        '| path | appends/s | ratio to plain inserts |',
        '| --- | --- | --- |',
        `| Merkle log, group commit | ${rates.merkle} | ${round((rates.merkle ?? 0) / (rates.plain ?? 1), 2)}x |`,
        `| plain SQLite inserts of the same rows, group commit | ${rates.plain} | 1x |`,
        `| Merkle log, one commit per append | ${rates['merkle-unbatched']} | ${round((rates['merkle-unbatched'] ?? 0) / (rates.plain ?? 1), 2)}x |`,
        '',
      ].join('\n'),
    )
    await proofs(root, Number(process.env.MRN_BENCH_AUDIT_SIZE ?? 1_000_000))
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

async function proofs(root: string, size: number): Promise<void> {
  const k = await generateKeyPair('Ed25519')
  const signer = { name: 'mrn-audit/BENCH/x', seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw }
  const db = openDatabase(join(root, 'proofs.db'))
  db.pragma('synchronous = OFF') // building the fixture only
  const log = new AuditLog(db, new Uint8Array(32))
  const t0 = performance.now()
  const batch = 10_000
  for (let start = 0; start < size; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(size, start + batch); i++) log.append(entry(i), i)
    })()
  }
  const buildSeconds = (performance.now() - t0) / 1000
  const rng = new SeededRandom(3)
  const time = (fn: () => unknown): number[] => {
    const out: number[] = []
    for (let k = 0; k < 1000; k++) {
      const t = performance.now()
      fn()
      out.push(performance.now() - t)
    }
    return out.sort((a, b) => a - b)
  }
  const inclusion = time(() => log.inclusionProof(rng.int(0, size - 1), size))
  const consistency = time(() => log.consistencyProof(rng.int(1, size), size))
  const rootTimes = time(() => log.rootHash(rng.int(1, size)))
  // What witnessing every few seconds costs the node: one checkpoint (root of the grown tree and
  // an Ed25519 signature) per interval; an entry is appended first so that every one is new.
  let next = size
  const checkpoints = time(() => {
    log.append(entry(next), next)
    next++
    log.checkpoint(signer.name, signer, next)
  })
  const med = (xs: number[]): number => round(xs[Math.floor(xs.length / 2)] as number, 3)
  const p99 = (xs: number[]): number => round(xs[Math.floor(xs.length * 0.99)] as number, 3)
  db.close()
  process.stdout.write(
    [
      `proofs at ${size} entries (log built in ${round(buildSeconds, 1)} s, ${Math.round(size / buildSeconds)} appends/s in 10k batches)`,
      '',
      '| operation | median ms | p99 ms |',
      '| --- | --- | --- |',
      `| inclusion proof | ${med(inclusion)} | ${p99(inclusion)} |`,
      `| consistency proof | ${med(consistency)} | ${p99(consistency)} |`,
      `| root hash of a random size | ${med(rootTimes)} | ${p99(rootTimes)} |`,
      `| checkpoint of the grown log (append, root, Ed25519 signature) | ${med(checkpoints)} | ${p99(checkpoints)} |`,
      '',
    ].join('\n'),
  )
}
