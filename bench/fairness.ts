import type { OutgoingQuery } from '../src/network/queryClient.js'
import type { MrnNode } from '../src/node/node.js'
import type { MigrantRecord } from '../src/records/schema.js'
import { generatePopulation } from '../src/sim/generator.js'
import type { IdentifyQuery } from '../src/wire/types.js'
import { IDENTIFY_LIMITS } from '../src/wire/validate.js'
import { benchFederation, identifyOf } from './responder.js'
import { round, summarize } from './stats.js'

const RECORDS = 10_000
const VICTIM_QUERIES = Number(process.env.MRN_BENCH_FAIRNESS_QUERIES ?? 1_500)
const ROUNDS = 2
/**
 * The default per-peer limit: the attacker sends exactly this many a minute.
 * (The responder's limit is raised for the benchmark so that the victim,
 * which asks far more often to be measured, is not limited itself.)
 */
const PER_PEER_PER_MINUTE = 600

const outgoing = (identify: IdentifyQuery): OutgoingQuery => ({
  purpose: 'ASYLUM_RESPONSIBILITY',
  legalBasis: 'Regulation (EU) No 604/2013, Art. 34',
  caseReference: '',
  caseworkerPseudonym: 'cw-bench',
  caseworkerRole: 'caseworker',
  query: { kind: 'identify', identify },
})

/**
 * The most expensive question the wire accepts, as far as we know how to
 * build one: the largest number of the longest names, made of the
 * population's most common tokens so that it finds the most candidates.
 */
function worstQuery(population: MigrantRecord[]): IdentifyQuery {
  const counts = new Map<string, number>()
  for (const r of population)
    for (const n of r.names)
      for (const t of `${n.given} ${n.family}`.split(/\s+/)) counts.set(t, (counts.get(t) ?? 0) + 1)
  const common = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([t]) => t)
    .filter((t) => /^[A-Za-z]+$/.test(t))
  const per = IDENTIFY_LIMITS.tokensPerName
  return {
    names: Array.from({ length: IDENTIFY_LIMITS.names }, (_, i) => {
      const tokens = common.slice(i * per, i * per + per)
      return {
        given: tokens.slice(0, per / 2).join(' '),
        family: tokens.slice(per / 2).join(' '),
        script: 'Latn',
        transliterated: true,
      }
    }),
    dateOfBirth: '1990',
    sex: 'M',
    nationalities: Array(IDENTIFY_LIMITS.nationalities).fill('SYR'),
    documents: Array.from({ length: IDENTIFY_LIMITS.documents }, (_, i) => ({
      type: 'passport',
      number: `W${i}`,
      issuer: 'SYR',
    })),
  }
}

/**
 * npm run bench -- fairness: can one member stall another? GRC (a caseworker
 * asking about people ITA holds, one query at a time) is timed alone and
 * while DEU sends the worst question the wire accepts at the per-peer limit
 * (600 a minute), rounds alternated. ITA is its own process with 10,000
 * records; DEU and GRC share this process.
 */
export async function benchFairness(): Promise<void> {
  const population = generatePopulation({ countries: ['ITA'], recordsPerCountry: RECORDS, overlap: 0, seed: 5 }).records
    .ITA as MigrantRecord[]
  const fed = await benchFederation({
    responder: 'ITA',
    requesters: ['GRC', 'DEU'],
    records: population,
    policy:
      'version: 1\nrules:\n  - id: bench\n    from: { groups: [dublin] }\n    purposes: [ASYLUM_RESPONSIBILITY]\n    showBand: true\n',
    config: { rateLimits: { perPeerPerMinute: 100_000_000 } },
  })
  try {
    const grc = fed.requesters.GRC as MrnNode
    const deu = fed.requesters.DEU as MrnNode
    const people = population.filter((r) => r.documents.length > 0)
    let next = 0
    const victim = async (): Promise<number> => {
      const p = people[(next++ * 7919) % people.length] as MigrantRecord
      const req = grc.client.buildRequest('ITA', outgoing(identifyOf(p)))
      const t0 = performance.now()
      const r = await grc.client.send(req)
      if (r.outcome !== 'ok') throw new Error(`victim query: ${r.outcome} ${r.detail ?? ''}`)
      return performance.now() - t0
    }
    const worst = worstQuery(population)
    const attackLatencies: number[] = []
    let attackRefused = 0
    const attack = async (): Promise<void> => {
      const t0 = performance.now()
      const r = await deu.client.send(deu.client.buildRequest('ITA', outgoing(worst)))
      if (r.outcome === 'denied') attackRefused++
      else attackLatencies.push(performance.now() - t0)
    }
    for (let w = 0; w < 200; w++) await victim()

    const alone: number[] = []
    const loaded: number[] = []
    for (let round_ = 0; round_ < ROUNDS; round_++) {
      for (let i = 0; i < VICTIM_QUERIES / ROUNDS; i++) alone.push(await victim())
      // DEU at its limit: one worst question every 100 ms, whether or not the last has come back.
      const inFlight: Promise<void>[] = []
      const timer = setInterval(() => inFlight.push(attack()), 60_000 / PER_PEER_PER_MINUTE)
      try {
        for (let i = 0; i < VICTIM_QUERIES / ROUNDS; i++) loaded.push(await victim())
      } finally {
        clearInterval(timer)
        await Promise.all(inFlight)
      }
    }
    const a = summarize(alone, 1)
    const l = summarize(loaded, 1)
    const w = summarize(attackLatencies, 1)
    process.stdout.write(
      [
        `fairness benchmark: ITA with ${RECORDS} records (own process); GRC asks one question at a time, alone and while DEU sends the worst accepted question at ${PER_PEER_PER_MINUTE}/min; ${ROUNDS} rounds alternated`,
        '',
        '| GRC identify | queries | p50 ms | p99 ms |',
        '| --- | --- | --- | --- |',
        `| alone | ${a.ops} | ${a.p50Ms} | ${a.p99Ms} |`,
        `| with DEU's worst questions | ${l.ops} | ${l.p50Ms} | ${l.p99Ms} |`,
        '',
        `p99 with DEU ÷ p99 alone: ${round(l.p99Ms / a.p99Ms, 2)}x (target ≤ 2x); p50 ratio ${round(l.p50Ms / a.p50Ms, 2)}x`,
        `DEU's worst question: ${w.ops} answered, p50 ${w.p50Ms} ms, p99 ${w.p99Ms} ms (target: within 500 ms); ${attackRefused} refused by the rate limit`,
        '',
      ].join('\n'),
    )
  } finally {
    await fed.close()
  }
}
