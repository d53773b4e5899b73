import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { answerBands } from '../src/matching/ambiguity.js'
import { createMatcher, discriminatingAgreement, nameBand, namePairSimilarity } from '../src/matching/matcher.js'
import type { Band } from '../src/matching/types.js'
import type { RequestContext } from '../src/policy/decide.js'
import { openDatabase } from '../src/records/database.js'
import { IdentifyScorer } from '../src/records/identifyScorer.js'
import type { MigrantRecord } from '../src/records/schema.js'
import { RecordStore } from '../src/records/store.js'
import { generatePopulation } from '../src/sim/generator.js'
import { SeededRandom } from '../src/sim/random.js'
import { projectRoot } from '../src/util/projectRoot.js'
import type { ScaleImportJob, ScaleImportResult } from './scaleImport.js'
import { collectGarbage, round, summarize } from './stats.js'

const TOKENS_FILE = join(projectRoot(), '..', 'shared', 'data', 'names', 'latin-arabic-tokens.tsv')

/** npm run bench -- matching: name-pair and person-level quality. Speed at scale is `matching-scale`. */
export async function benchMatching(): Promise<void> {
  namePairs(TOKENS_FILE, (text) => text.replace(/ /g, ''))
  for (const file of ['latin-cyrillic-tokens.tsv', 'latin-hangul-names.tsv', 'latin-hebrew-names.tsv'])
    namePairs(join(projectRoot(), 'bench', 'data', file))
  for (const size of [10_000, 100_000]) personLevel(size)
}

/**
 * Name pairs, `latin<TAB>other script` a line (`#` lines are comments): every
 * row positive; each Latin name against the other-script name of other rows
 * negative. `otherScript` turns the file's second column into the name.
 */
function namePairs(file: string, otherScript: (column: string) => string = (c) => c): void {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    process.stdout.write(`name pairs: ${file} not found, skipped\n`)
    return
  }
  const rows = text
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => {
      const [latin, other] = l.split('\t')
      return { latin: latin ?? '', other: otherScript(other ?? '') }
    })
  const rng = new SeededRandom(42)
  const positives = rows.map((r) => namePairSimilarity(r.latin, r.other))
  const negatives: number[] = []
  const negativesPerRow = 10
  for (let i = 0; i < rows.length; i++) {
    for (let k = 0; k < negativesPerRow; k++) {
      const j = rng.int(0, rows.length - 1)
      if (j === i || rows[j]?.other === rows[i]?.other) continue
      negatives.push(namePairSimilarity(rows[i]!.latin, rows[j]!.other))
    }
  }
  const lines = [
    `name pairs (${file.split('/').slice(-1)[0]}): ${rows.length} positives, ${negatives.length} negatives (${negativesPerRow} per row)`,
    '',
    '| counted as a match | recall | precision, 1 negative per positive | precision, 10 negatives per positive |',
    '| --- | --- | --- | --- |',
  ]
  for (const accept of [['strong', 'possible'], ['strong']] as Band[][]) {
    const tp = positives.filter((s) => accept.includes(nameBand(s))).length
    const fp = negatives.filter((s) => accept.includes(nameBand(s))).length
    const fpPerRow = fp / negativesPerRow
    lines.push(
      `| ${accept.join('+')} | ${round(tp / rows.length, 4)} | ${round(tp / (tp + fpPerRow), 4)} | ${round(tp / (tp + fp), 4)} |`,
    )
  }
  process.stdout.write(`${lines.join('\n')}\n\n`)
}

const COUNTRIES = ['DEU', 'GRC', 'FRA', 'SWE', 'ITA']

/**
 * The person-level benchmarks' registry: DEU's records of a generated
 * population of `size` records per country, imported into a fresh node
 * database in `root`, with the DEU record of each other country's record of
 * the same person (ground truth).
 */
function deuRegistry(size: number, root: string) {
  const pop = generatePopulation({ countries: COUNTRIES, recordsPerCountry: size, overlap: 0.3, seed: 2026 })
  const db = openDatabase(join(root, 'node.db'))
  const matcher = createMatcher()
  const store = new RecordStore(db, matcher)
  store.putMany(pop.records.DEU as MigrantRecord[], 0)
  const partner = new Map<string, string>() // "GRC-..." → DEU id of the same person
  for (const t of pop.truth) {
    const deu = t.records.find((r) => r.country === 'DEU')
    if (deu) for (const r of t.records) if (r.country !== 'DEU') partner.set(r.id, deu.id)
  }
  return { pop, db, matcher, store, partner }
}

function personLevel(size: number): void {
  const started = performance.now()
  const root = mkdtempSync(join(tmpdir(), 'mrn-bench-match-'))
  try {
    const { pop, db, matcher, store, partner } = deuRegistry(size, root)
    const rng = new SeededRandom(7)
    const queries: MigrantRecord[] = []
    for (let i = 0; i < 2000; i++) {
      const country = rng.pick(COUNTRIES.slice(1))
      queries.push(rng.pick(pop.records[country] as MigrantRecord[]))
    }
    const stats = store.nameStatistics()
    const byBand = { strong: { tp: 0, fp: 0 }, possible: { tp: 0, fp: 0 } }
    let withPartner = 0
    let found = 0
    let foundStrong = 0
    // As answered: the bands after answerBands (strong only when clearly ahead on a document or full date).
    const answered = { strong: { tp: 0, fp: 0 }, possible: { tp: 0, fp: 0 } }
    let foundAnsweredStrong = 0
    for (const q of queries) {
      const prepared = matcher.prepare(q)
      const truthId = partner.get(q.id)
      if (truthId) withPartner++
      let hitTrue: Band = 'none'
      const visible: { id: string; band: 'strong' | 'possible'; weight: number; agreedOn: string[] }[] = []
      for (const c of store.candidates(matcher.weightedQueryKeys(prepared))) {
        const m = matcher.compare(prepared, c.prepared, stats)
        if (m.band === 'none') continue
        visible.push({ id: c.id, band: m.band, weight: m.weight, agreedOn: discriminatingAgreement(prepared, m) })
        if (c.id === truthId) {
          byBand[m.band].tp++
          hitTrue = m.band
        } else byBand[m.band].fp++
      }
      if (hitTrue !== 'none') found++
      if (hitTrue === 'strong') foundStrong++
      for (const [m, band] of answerBands(visible.sort((a, b) => b.weight - a.weight))) {
        if (m.id === truthId) {
          answered[band].tp++
          if (band === 'strong') foundAnsweredStrong++
        } else answered[band].fp++
      }
    }
    db.close()
    const p = (b: { tp: number; fp: number }): number => round(b.tp / Math.max(1, b.tp + b.fp), 4)
    const both = { tp: byBand.strong.tp + byBand.possible.tp, fp: byBand.strong.fp + byBand.possible.fp }
    const recall = found / withPartner
    const precision = p(both)
    process.stdout.write(
      [
        `person level, ${size} records at the responder (DEU spelling), 2000 queries recorded by GRC (Greek script), FRA, SWE, ITA; ${withPartner} have a true partner (${round((performance.now() - started) / 1000, 1)} s)`,
        '',
        '| band | hits | precision | recall (true partner found in this band or above) | F1 |',
        '| --- | --- | --- | --- | --- |',
        `| strong | ${byBand.strong.tp + byBand.strong.fp} | ${p(byBand.strong)} | ${round(foundStrong / withPartner, 4)} | ${round(f1(p(byBand.strong), foundStrong / withPartner), 4)} |`,
        `| possible | ${byBand.possible.tp + byBand.possible.fp} | ${p(byBand.possible)} | | |`,
        `| strong+possible | ${both.tp + both.fp} | ${precision} | ${round(recall, 4)} | ${round(f1(precision, recall), 4)} |`,
        `| strong, as answered (answerBands) | ${answered.strong.tp + answered.strong.fp} | ${p(answered.strong)} | ${round(foundAnsweredStrong / withPartner, 4)} | ${round(f1(p(answered.strong), foundAnsweredStrong / withPartner), 4)} |`,
        `| possible, as answered | ${answered.possible.tp + answered.possible.fp} | ${p(answered.possible)} | | |`,
        '',
      ].join('\n'),
    )
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

/** npm run bench -- matching-scale: import and identify at 1,000,000 records (MRN_BENCH_SCALE=N for another size); minutes. */
export async function benchScaleOnly(): Promise<void> {
  await scale(Number(process.env.MRN_BENCH_SCALE ?? 1_000_000))
}

/** Generates and imports the scale benchmark's registry on a worker thread (scaleImport.ts says why). */
function importOnWorker(job: ScaleImportJob): Promise<ScaleImportResult> {
  const worker = new Worker(fileURLToPath(new URL('./scaleImport.js', import.meta.url)), { workerData: job })
  return new Promise<ScaleImportResult>((resolve, reject) => {
    worker.once('message', (m: { ok: true; result: ScaleImportResult } | { ok: false; error: string }) => {
      if (m.ok) resolve(m.result)
      else reject(new Error(`generating and importing the registry: ${m.error}`))
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the import worker stopped (exit code ${code}) before answering`)))
  }).finally(() => worker.terminate())
}

/** Questions asked of the scale benchmark's registry (another country's records, a fifth of them about people it holds). */
const SCALE_QUESTIONS = 3000
/** Of them, asked first and not counted: the page cache of a node that has been answering for a while. */
const SCALE_WARM_UP = 300

async function scale(total: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'mrn-bench-scale-'))
  try {
    const path = join(root, 'node.db')
    const { queries, importSeconds, threads } = await importOnWorker({ path, total, questions: SCALE_QUESTIONS })
    const db = openDatabase(path)
    const matcher = createMatcher()
    const store = new RecordStore(db, matcher)
    const dbBytes = statSync(path).size
    collectGarbage()
    // The node's own scoring path: blocking, scoring and the hard guards (IdentifyScorer), then the bands as answered.
    const scorer = new IdentifyScorer({ records: store, matcher }, { budgetMs: Number.POSITIVE_INFINITY })
    const ctx: RequestContext = {
      requesterCountry: 'GRC',
      requesterGroups: [],
      purpose: 'ASYLUM_RESPONSIBILITY',
      role: 'caseworker',
      legalBasis: 'bench',
      step: 'identify',
    }
    const latencies: number[] = []
    const candidates: number[] = []
    const quality = { withTruth: 0, found: 0, strong: { tp: 0, fp: 0 }, any: { tp: 0, fp: 0 } }
    for (const [i, { q, truth }] of [...queries.slice(0, SCALE_WARM_UP), ...queries].entries()) {
      const t = performance.now()
      const result = scorer.scoreSync(matcher.prepare(q), ctx, 0)
      const bands = answerBands(result.matches)
      const elapsed = performance.now() - t
      if (i < SCALE_WARM_UP) continue
      latencies.push(elapsed)
      candidates.push(result.scored)
      if (truth !== undefined) quality.withTruth++
      if (truth !== undefined && result.matches.some((m) => m.id === truth)) quality.found++
      for (const [m, band] of bands) {
        const counted = m.id === truth ? 'tp' : 'fp'
        quality.any[counted]++
        if (band === 'strong') quality.strong[counted]++
      }
    }
    const indexed = summarize(
      latencies,
      latencies.reduce((a, b) => a + b, 0),
    )
    // The same questions again: the pages they read are now in memory (unless the operating system
    // let them go meanwhile), which separates scoring's own tail from the first read of a page.
    const again: number[] = []
    for (const { q } of queries) {
      const t = performance.now()
      answerBands(scorer.scoreSync(matcher.prepare(q), ctx, 0).matches)
      again.push(performance.now() - t)
    }
    const askedAgain = summarize(
      again,
      again.reduce((a, b) => a + b, 0),
    )
    const stats = store.nameStatistics()
    const naive: number[] = []
    for (const { q } of queries.slice(0, 3)) {
      const t = performance.now()
      const prepared = matcher.prepare(q)
      for (const c of store.scan()) matcher.compare(prepared, c.prepared, stats)
      naive.push(performance.now() - t)
    }
    db.close()
    const sortedCandidates = [...candidates].sort((a, b) => a - b)
    const naiveMedian = [...naive].sort((a, b) => a - b)[1] ?? Number.NaN
    const precision = (b: { tp: number; fp: number }): number => round(b.tp / Math.max(1, b.tp + b.fp), 4)
    process.stdout.write(
      [
        `scale: ${total} records`,
        `- import: ${round(importSeconds, 1)} s (${Math.round(total / importSeconds)} records/s; prepared on ${threads} worker threads, written in one transaction as prepared), database ${round(dbBytes / 2 ** 20, 0)} MiB`,
        `- identify as a node scores it (blocking, scoring, hard guards, bands as answered; no network), ${latencies.length} queries after ${SCALE_WARM_UP} to warm the page cache: p50 ${indexed.p50Ms} ms, p99 ${indexed.p99Ms} ms (the same questions again: p50 ${askedAgain.p50Ms} ms, p99 ${askedAgain.p99Ms} ms); candidates scored per query p50 ${sortedCandidates[Math.floor(candidates.length / 2)]}, p99 ${sortedCandidates[Math.floor(candidates.length * 0.99)]}, max ${sortedCandidates.at(-1)}`,
        `- as answered: strong precision ${precision(quality.strong)} (${quality.strong.tp + quality.strong.fp} strong hits), any-band precision ${precision(quality.any)}, any-band recall ${round(quality.found / Math.max(1, quality.withTruth), 4)} (${quality.found} of the ${quality.withTruth} questions about someone the registry holds)`,
        `- naive scan of every record, same process: median ${round(naiveMedian, 0)} ms per query (${round(naiveMedian / indexed.p50Ms, 0)}x the indexed p50)`,
        `- peak resident memory of this process: ${round(process.resourceUsage().maxRSS / 1024, 0)} MiB (the generated population, on the import worker)`,
        '',
      ].join('\n'),
    )
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/**
 * npm run bench -- wrong-strong: every `strong` answer (as answered) about
 * someone else, question and record side by side, over many questions to
 * one registry (MRN_BENCH_SCALE records, default 100,000; MRN_BENCH_QUERIES
 * questions, default 30,000), to see what the rare wrong ones have in
 * common. Generated names only: no real person's data.
 */
export async function benchWrongStrong(): Promise<void> {
  const size = Number(process.env.MRN_BENCH_SCALE ?? 100_000)
  const questions = Number(process.env.MRN_BENCH_QUERIES ?? 30_000)
  const root = mkdtempSync(join(tmpdir(), 'mrn-bench-wrong-'))
  try {
    const { pop, db, matcher, store, partner } = deuRegistry(size, root)
    const byId = new Map((pop.records.DEU as MigrantRecord[]).map((r) => [r.id, r]))
    const show = (r: MigrantRecord): string =>
      `${r.names.map((n) => `${n.given} / ${n.family} (${n.script})`).join('; ')}, ${r.dateOfBirth ?? '?'} ${r.sex ?? ''} ${r.nationalities.join(',')}, documents ${r.documents.map((d) => `${d.type}:${d.issuer}:${d.number}`).join(' ') || 'none'}`
    const rng = new SeededRandom(11)
    const stats = store.nameStatistics()
    let strong = 0
    const wrong: string[] = []
    for (let i = 0; i < questions; i++) {
      const country = rng.pick(COUNTRIES.slice(1))
      const q = rng.pick(pop.records[country] as MigrantRecord[])
      const prepared = matcher.prepare(q)
      const truthId = partner.get(q.id)
      const visible: { id: string; band: 'strong' | 'possible'; weight: number; agreedOn: string[]; why: string }[] = []
      for (const c of store.candidates(matcher.weightedQueryKeys(prepared))) {
        const m = matcher.compare(prepared, c.prepared, stats)
        if (m.band === 'none') continue
        const why = m.evidence.map((e) => `${e.field} ${e.outcome} ${round(e.weight, 1)}`).join(', ')
        visible.push({ id: c.id, band: m.band, weight: m.weight, agreedOn: discriminatingAgreement(prepared, m), why })
      }
      for (const [m, band] of answerBands(visible.sort((a, b) => b.weight - a.weight))) {
        if (band !== 'strong') continue
        strong++
        if (m.id === truthId) continue
        wrong.push(
          `- weight ${round(m.weight, 1)} (${m.why}); the person ${truthId ? 'is' : 'is not'} in this registry\n  - asked (${country}): ${show(q)}\n  - answered: ${show(byId.get(m.id) as MigrantRecord)}`,
        )
      }
    }
    db.close()
    process.stdout.write(
      `wrong strong answers, ${questions} questions to a registry of ${size} records (DEU spelling): ${wrong.length} of ${strong} (precision ${round(1 - wrong.length / Math.max(1, strong), 4)})\n\n${wrong.join('\n')}\n\n`,
    )
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
