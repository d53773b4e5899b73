import type { OutgoingQuery } from '../src/network/queryClient.js'
import type { MrnNode } from '../src/node/node.js'
import type { MigrantRecord } from '../src/records/schema.js'
import { generatePopulation } from '../src/sim/generator.js'
import type { IdentifyQuery } from '../src/wire/types.js'
import { benchFederation } from './responder.js'
import { mannWhitney, round, summarize } from './stats.js'

const RECORDS = 10_000
const PER_CLASS = Number(process.env.MRN_BENCH_GUARD_QUERIES ?? 3_000)
const WARMUP = 300

// Namesake pairs: G (refugee of SYR nationality, hidden from SYR) and T (same
// name, same birth year, another day; visible). Both are candidates of every
// query below, which differ only in the date of birth asked:
// - guarded: G's date, so G matches strongly and the guard hides it (T scores none);
// - twin:    a third day of that year, so G and T are scored and neither matches;
// - absent:  a name nobody has.
const PAIRS = [
  ['Layla', 'Haddad'],
  ['Omar', 'Khoury'],
  ['Rania', 'Nasser'],
  ['Tarek', 'Bitar'],
  ['Huda', 'Mansour'],
] as const
const ABSENT_NAMES = [
  ['Zafirah', 'Quennell'],
  ['Ximena', 'Oyelaran'],
  ['Vukasin', 'Ptolemy'],
  ['Ulyana', 'Wexford'],
  ['Ysolde', 'Thackeray'],
] as const
const CLASSES = ['guarded', 'twin', 'absent'] as const
type QueryClass = (typeof CLASSES)[number]

function namesakes(): MigrantRecord[] {
  return PAIRS.flatMap(([given, family], i) => {
    const base = {
      names: [{ given, family, script: 'Latn', transliterated: true, type: 'primary' as const }],
      sex: 'F' as const,
      nationalities: ['SYR'],
      documents: [],
      fearedCountries: [],
      restrictions: [],
    }
    return [
      { ...base, id: `G-${i}`, dateOfBirth: `198${i}-03-12`, status: [{ kind: 'refugee' as const, since: '2021' }] },
      { ...base, id: `T-${i}`, dateOfBirth: `198${i}-10-28`, status: [{ kind: 'resident' as const, since: '2019' }] },
    ]
  })
}

function identify(cls: QueryClass, i: number): IdentifyQuery {
  const [given, family] = cls === 'absent' ? ABSENT_NAMES[i]! : PAIRS[i]!
  const dateOfBirth = cls === 'guarded' ? `198${i}-03-12` : `198${i}-07-05`
  return {
    names: [{ given, family, script: 'Latn', transliterated: true }],
    dateOfBirth,
    nationalities: [],
    documents: [],
  }
}

/**
 * npm run bench -- guard-timing: can a member time the difference between a
 * record a guard hid and a record that did not match? SYR (in this process)
 * asks ITA (its own process, 10,000 records) about guarded people, their
 * scored-but-unmatched twins and absent people, interleaved in random order,
 * and the latencies SYR sees are compared: medians, Mann-Whitney p and AUC.
 */
export async function benchGuardTiming(): Promise<void> {
  const population = generatePopulation({ countries: ['ITA'], recordsPerCountry: RECORDS, overlap: 0, seed: 3 }).records
    .ITA as MigrantRecord[]
  const fed = await benchFederation({
    responder: 'ITA',
    requesters: ['SYR'],
    groups: [],
    records: [...population, ...namesakes()],
    policy:
      'version: 1\nrules:\n  - id: verification\n    from: { countries: [SYR] }\n    purposes: [PROTECTION_VERIFICATION]\n    fields: { names: exact }\n',
    config: { rateLimits: { perPeerPerMinute: 100_000_000 } },
  })
  try {
    const syr = fed.requesters.SYR as MrnNode
    const outgoing = (cls: QueryClass, i: number): OutgoingQuery => ({
      purpose: 'PROTECTION_VERIFICATION',
      legalBasis: 'bilateral agreement',
      caseReference: '',
      caseworkerPseudonym: 'cw-bench',
      caseworkerRole: 'caseworker',
      query: { kind: 'identify', identify: identify(cls, i) },
    })
    const ask = async (cls: QueryClass, i: number): Promise<number> => {
      const req = syr.client.buildRequest('ITA', outgoing(cls, i))
      const t0 = performance.now()
      const r = await syr.client.send(req)
      const ms = performance.now() - t0
      // Every class must look like a no-hit to SYR, or the comparison means nothing.
      if (r.outcome !== 'no_hit') throw new Error(`${cls} query ${i}: expected no_hit, got ${r.outcome}`)
      return ms
    }
    for (let w = 0; w < WARMUP; w++) await ask(CLASSES[w % 3]!, w % PAIRS.length)

    // Interleaved: each round asks one query of each class in a fresh random order.
    const latencies: Record<QueryClass, number[]> = { guarded: [], twin: [], absent: [] }
    let seed = 12345
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const started = performance.now()
    for (let n = 0; n < PER_CLASS; n++) {
      const order = [...CLASSES].sort(() => random() - 0.5)
      for (const cls of order) latencies[cls].push(await ask(cls, n % PAIRS.length))
    }
    const wallMs = performance.now() - started

    const lines = [
      `guard-timing benchmark: ${RECORDS + PAIRS.length * 2} records at the responder (own process), ${PER_CLASS} queries per class, interleaved, timed at the requester`,
      '',
      '| class | queries | p50 ms | p99 ms | mean ms |',
      '| --- | --- | --- | --- | --- |',
    ]
    for (const cls of CLASSES) {
      const s = summarize(latencies[cls], wallMs)
      lines.push(`| ${cls} | ${s.ops} | ${s.p50Ms} | ${s.p99Ms} | ${s.meanMs} |`)
    }
    lines.push('', '| comparison | Mann-Whitney p | AUC | target |', '| --- | --- | --- | --- |')
    for (const [a, b, target] of [
      ['guarded', 'twin', 'p > 0.01, AUC 0.50 ± 0.02'],
      ['guarded', 'absent', '(absent has fewer candidates: information only)'],
      ['twin', 'absent', '(information only)'],
    ] as const) {
      const mw = mannWhitney(latencies[a], latencies[b])
      lines.push(`| ${a} vs ${b} | ${mw.p.toPrecision(3)} | ${round(mw.auc, 3)} | ${target} |`)
    }
    process.stdout.write(`${lines.join('\n')}\n`)
  } finally {
    await fed.close()
  }
}
