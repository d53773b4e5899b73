import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { ApiClient } from '../api/client.js'
import { TokenStore } from '../api/tokens.js'
import type { PeerResultJson, QueryInput } from '../api/types.js'
import { AuditLog } from '../audit/auditLog.js'
import { memberAuditKey, memberWitnessKey } from '../audit/logIdentity.js'
import { verifyAuditLog } from '../audit/verify.js'
import { isFullDate } from '../matching/dates.js'
import { createMatcher } from '../matching/matcher.js'
import { addMember, type Member } from '../network/federation.js'
import { NODE_FILES } from '../node/config.js'
import { initNode } from '../node/init.js'
import { loadPolicy } from '../policy/policyFile.js'
import { openDatabase } from '../records/database.js'
import { PREPARE_CHUNK, PreparePool } from '../records/preparePool.js'
import { hasProtectionClaim, type MigrantRecord } from '../records/schema.js'
import { RecordStore } from '../records/store.js'
import { loadNodeSecret } from '../util/privateFiles.js'
import { projectRoot } from '../util/projectRoot.js'
import type { Purpose, ReleasedField } from '../wire/types.js'
import type { Fault } from './faults.js'
import { generatePopulation } from './generator.js'
import { type NodeProcess, startNodeProcess } from './nodeProcess.js'
import { SeededRandom } from './random.js'
import type { SimReport } from './report.js'

/** Countries a simulation uses, in order; UKR is also an origin of the generated people (protected people's nationality). */
export const SIM_COUNTRIES = ['GRC', 'ITA', 'DEU', 'UKR', 'FRA', 'ESP', 'NLD', 'SWE', 'AUT', 'BEL', 'POL', 'PRT']

const PURPOSES: [Purpose, string, number][] = [
  ['ASYLUM_RESPONSIBILITY', 'Regulation (EU) No 604/2013, Art. 34', 0.7],
  ['RETURN_READMISSION', 'Directive 2008/115/EC, Art. 6; readmission agreement', 0.2],
  ['FAMILY_REUNIFICATION', 'Directive 2003/86/EC, Art. 5', 0.1],
]
const CASEWORKERS_PER_NODE = 20
const HISTOGRAM_MS = [5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]

export interface SimOptions {
  countries: number
  recordsPerCountry: number
  overlap: number
  queries: number
  concurrency: number
  seed: number
  faults: Fault[]
  /** Keep the nodes' directories here instead of a temporary directory. */
  workDir?: string
  onProgress?: (done: number, total: number) => void
  /** The command line to print in the report (default: what this process was started with). */
  command?: string
}

/**
 * A whole federation on this machine: N nodes as separate processes, each
 * with its own key, database, policy (the shipped profiles; some pairs are
 * Dublin peers, some only Schengen, one is a country of origin in neither) and
 * federation file; a generated population with ground truth; Q caseworker
 * queries at concurrency C through the nodes' local APIs; faults; and a report
 * checked against the ground truth and every node's audit log.
 */
export async function runSimulation(o: SimOptions): Promise<SimReport> {
  if (!(o.countries >= 2 && o.countries <= SIM_COUNTRIES.length)) {
    throw new RangeError(`countries must be 2..${SIM_COUNTRIES.length}: got ${o.countries}`)
  }
  const started = performance.now()
  const countries = SIM_COUNTRIES.slice(0, o.countries)
  const root = o.workDir ?? mkdtempSync(join(tmpdir(), 'mrn-sim-'))
  mkdirSync(root, { recursive: true })
  const processes = new Map<string, NodeProcess>()
  const stopAll = async (): Promise<void> => {
    for (const [c, p] of processes) {
      await p.stop()
      processes.delete(c)
    }
  }
  const onSignal = (): void => {
    for (const p of processes.values()) p.child.kill('SIGKILL')
    if (!o.workDir) rmSync(root, { recursive: true, force: true })
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    // 1. Nodes, federation, policies (profiles), populations, tokens.
    const entries: Member[] = []
    for (const [i, c] of countries.entries()) {
      const groups = c === 'UKR' ? [] : i % 2 === 0 ? ['dublin', 'schengen'] : ['schengen']
      entries.push(await initNode({ dir: join(root, c), country: c, listen: ['/ip4/127.0.0.1/tcp/0'], groups }))
    }
    const pop = generatePopulation({
      countries,
      recordsPerCountry: o.recordsPerCountry,
      overlap: o.overlap,
      seed: o.seed,
    })
    const tokens: Record<string, string[]> = {}
    // Records are prepared on every core (worker threads), each node's in one transaction written chunk by chunk.
    const prepare = o.recordsPerCountry * countries.length > PREPARE_CHUNK ? new PreparePool() : undefined
    try {
      for (const c of countries) {
        const dir = join(root, c)
        for (const e of entries) addMember(join(dir, NODE_FILES.federation), e)
        writeFileSync(
          join(dir, NODE_FILES.policy),
          'version: 1\ninclude: [dublin-art34, family-reunification, return-readmission, statistics]\n',
        )
        const yamlPath = join(dir, NODE_FILES.config)
        const config = parse(readFileSync(yamlPath, 'utf8')) as Record<string, unknown>
        writeFileSync(
          yamlPath,
          stringify({
            ...config,
            audit: { checkpointIntervalMs: 2_000 },
            rateLimits: { perPeerPerMinute: 1_000_000 },
            inboundConnectionsPerSecond: 1_000,
          }),
        )
        const db = openDatabase(join(dir, NODE_FILES.database))
        const store = new RecordStore(db, createMatcher())
        const records = pop.records[c] ?? []
        await store.putManyAsync(records, Date.now(), prepare)
        const tokenStore = new TokenStore(db)
        tokens[c] = Array.from(
          { length: CASEWORKERS_PER_NODE },
          (_, k) => tokenStore.create(`cw${k}`, 'caseworker', Date.now()).token,
        )
        db.close()
      }
    } finally {
      await prepare?.close()
    }
    for (const c of countries) processes.set(c, await startNodeProcess(join(root, c)))
    const apis = new Map<string, string>(countries.map((c) => [c, (processes.get(c) as NodeProcess).ready.api]))

    // Ground truth.
    const byId = new Map<string, MigrantRecord>()
    for (const list of Object.values(pop.records)) for (const r of list) byId.set(r.id, r)
    const personOf = new Map<string, { country: string; id: string }[]>()
    for (const t of pop.truth) for (const r of t.records) personOf.set(r.id, t.records)

    // 2. Queries, with faults on the way.
    const rng = new SeededRandom(o.seed + 1)
    const pending = [...o.faults].sort((a, b) => a.at - b.at)
    const timeline: SimReport['faults'] = []
    const latencies: number[] = []
    const matrix: SimReport['matrix'] = Object.fromEntries(
      countries.map((a) => [
        a,
        Object.fromEntries(countries.map((b) => [b, { queries: 0, hits: 0, denied: 0, unreachable: 0 }])),
      ]),
    )
    // Per query: when it ended (on the faults' clock), its latency and the outcome of each country.
    const ended: { atMs: number; latencyMs: number; outcomes: string[] }[] = []
    const misses = { byScript: {} as Record<string, number>, byPair: {} as Record<string, number> }
    const wrongDetailsCases: SimReport['matching']['wrongDetailsCases'] = []
    const tally = {
      tp: 0,
      fp: 0,
      detailsAsked: 0,
      detailsReleased: 0,
      detailsUnconfirmed: 0,
      wrongDetails: 0,
      possibleAnswers: 0,
      possibleSettled: 0,
      strongTp: 0,
      strongFp: 0,
      missed: 0,
      unreachable: 0,
      timeouts: 0,
      errors: 0,
      notAsked: 0,
    }
    const fire = async (f: Fault): Promise<void> => {
      const p = processes.get(f.country)
      const at = performance.now() - started
      if (f.action === 'kill' && p) {
        p.child.kill('SIGKILL')
        await new Promise((r) => p.child.once('exit', r))
        processes.delete(f.country)
      } else if (f.action === 'restart' && !p) {
        const restarted = await startNodeProcess(join(root, f.country))
        processes.set(f.country, restarted)
      } else if (f.action === 'pause' && p) {
        p.child.kill('SIGSTOP')
        setTimeout(() => p.child.kill('SIGCONT'), f.durationMs ?? 2000).unref()
      }
      timeline.push({
        atMs: Math.round(at),
        event: `${f.action} ${f.country}${f.action === 'pause' ? ` for ${f.durationMs} ms` : ''}`,
      })
    }
    // Faults fire once each, one after another, in order, whatever the concurrency: every query
    // waits for the faults due before it, and a fault starts only when the one before has finished.
    let faultChain: Promise<void> = Promise.resolve()
    const faultsDue = (n: number): Promise<void> => {
      while (pending.length > 0 && (pending[0] as Fault).at * o.queries <= n) {
        const f = pending.shift() as Fault
        faultChain = faultChain.then(() => fire(f))
      }
      return faultChain
    }
    let sent = 0
    let done = 0
    const one = async (): Promise<void> => {
      try {
        await ask()
      } finally {
        done++
        o.onProgress?.(done, o.queries)
      }
    }
    const ask = async (): Promise<void> => {
      const n = sent++
      await faultsDue(n)
      const from = rng.pick(countries)
      if (!processes.has(from)) return // the asking country is down: its caseworkers cannot ask
      const record = rng.pick(pop.records[from] as MigrantRecord[])
      const roll = rng.next()
      const [purpose, legalBasis] = (PURPOSES.find(
        (_, i) => roll < PURPOSES.slice(0, i + 1).reduce((s, p) => s + p[2], 0),
      ) ?? PURPOSES[0]) as [Purpose, string, number]
      const api = new ApiClient(apis.get(from) as string, rng.pick(tokens[from] as string[]))
      const person: QueryInput['person'] = {
        names: record.names.map((x) => ({
          given: x.given,
          family: x.family,
          script: x.script,
          transliterated: x.transliterated,
        })),
        ...(record.dateOfBirth ? { dateOfBirth: record.dateOfBirth } : {}),
        ...(record.sex ? { sex: record.sex } : {}),
        nationalities: record.nationalities,
        documents: record.documents.map((d) => ({ type: d.type, number: d.number, issuer: d.issuer })),
        ...(record.placeOfBirth ? { placeOfBirth: record.placeOfBirth } : {}),
        ...(record.placeOfBirthCountry ? { placeOfBirthCountry: record.placeOfBirthCountry } : {}),
      }
      const t = performance.now()
      let results: PeerResultJson[]
      try {
        results = (await api.query({ purpose, legalBasis, to: 'all', person })).results
      } catch {
        tally.errors++
        return
      }
      latencies.push(performance.now() - t)
      ended.push({
        atMs: performance.now() - started,
        latencyMs: performance.now() - t,
        outcomes: results.map((r) => r.outcome),
      })
      const elsewhere = personOf.get(record.id) ?? []
      for (const r of results) {
        // The outgoing guard kept the asking node from asking this country at all.
        if (r.outcome === 'not_asked') {
          tally.notAsked++
          continue
        }
        const cell = matrix[from]?.[r.country]
        if (cell) cell.queries++
        const partner = elsewhere.find((x) => x.country === r.country)
        const partnerRecord = partner ? byId.get(partner.id) : undefined
        const guarded =
          partnerRecord !== undefined &&
          hasProtectionClaim(partnerRecord) &&
          (partnerRecord.nationalities.includes(from) || partnerRecord.fearedCountries.includes(from))
        if (r.outcome === 'ok') {
          if (cell) cell.hits++
          // An answer without a clear best match: did it say which identifier would settle it?
          if (r.ambiguous !== undefined) {
            tally.possibleAnswers++
            if (r.ambiguous.settleWith.length > 0) tally.possibleSettled++
          }
          if (partner) tally.tp++
          else tally.fp++
          if (r.hits?.some((h) => h.band === 'strong')) {
            if (partner) tally.strongTp++
            else tally.strongFp++
          }
          const handle = r.hits?.[0]?.handle
          if (handle) {
            // The caseworker confirms a possible hit with what its own record holds (documents, a full date
            // of birth; not the 1 January placeholder, which the API refuses as a confirmation).
            const dob = record.dateOfBirth
            const confirm = {
              documents: record.documents.map((d) => ({ type: d.type, number: d.number, issuer: d.issuer })),
              ...(isFullDate(dob) ? { dateOfBirth: dob } : {}),
            }
            tally.detailsAsked++
            const answer = await api
              .details({ country: r.country, handle, purpose, legalBasis, confirm })
              .catch(() => undefined)
            if (answer === undefined) tally.errors++
            else if (answer.reason === 'confirmation') tally.detailsUnconfirmed++
            else if (answer.outcome === 'ok' && (answer.released?.length ?? 0) > 0) {
              tally.detailsReleased++
              if (!sameAsReleased(partnerRecord, answer.released ?? [])) {
                tally.wrongDetails++
                const released = (pop.records[r.country] ?? []).find((x) => sameAsReleased(x, answer.released ?? []))
                wrongDetailsCases.push({
                  asked: record.id,
                  released: released?.id ?? '?',
                  band: r.hits?.[0]?.band ?? '?',
                })
              }
            }
          }
        } else if (r.outcome === 'no_hit') {
          if (partner && !guarded) {
            tally.missed++
            const scriptKey = `${record.names[0]?.script ?? '?'} → ${partnerRecord?.names[0]?.script ?? '?'}`
            misses.byScript[scriptKey] = (misses.byScript[scriptKey] ?? 0) + 1
            const pairKey = `${from} → ${r.country}`
            misses.byPair[pairKey] = (misses.byPair[pairKey] ?? 0) + 1
          }
        } else if (r.outcome === 'denied') {
          if (cell) cell.denied++
        } else if (r.outcome === 'unreachable' || r.outcome === 'timeout') {
          if (cell) cell.unreachable++
          if (r.outcome === 'timeout') tally.timeouts++
          else tally.unreachable++
        } else tally.errors++
      }
    }
    const runStarted = performance.now()
    const worker = async (): Promise<void> => {
      while (sent < o.queries) await one()
    }
    await Promise.all(Array.from({ length: o.concurrency }, worker))
    await faultsDue(Number.POSITIVE_INFINITY)
    const runSeconds = (performance.now() - runStarted) / 1000
    // Each node checkpoints as it stops; co-signatures come from the 2-second witnessing during the run.
    await stopAll()

    // 3. Audit logs: verification, guard violations and denials from what each node recorded.
    const audit: SimReport['audit'] = {}
    const denials: Record<string, number> = {}
    let guardViolations = 0
    let hiddenRecords = 0
    const details: SimReport['details'] = { answers: 0, fields: {} }
    const fieldRow = (field: string) => {
      details.fields[field] ??= { released: {}, withheld: {} }
      return details.fields[field]
    }
    for (const e of entries) {
      const db = openDatabase(join(root, e.country, NODE_FILES.database))
      const secret = loadNodeSecret(join(root, e.country, NODE_FILES.secret))
      const log = new AuditLog(db, secret)
      const witnesses = entries.filter((w) => w.peerId !== e.peerId).map((w) => memberWitnessKey(w.country, w.peerId))
      const v = verifyAuditLog(log, memberAuditKey(e.country, e.peerId), witnesses)
      audit[e.country] = {
        entries: v.entries,
        verified: v.ok,
        cosignedCheckpoints: new Set(log.cosignatures().map((c) => c.size)).size,
        ...(v.problem ? { problem: v.problem } : {}),
      }
      for (const { index, data } of log.iterate()) {
        // Read on site, commitments opened: the record ids are in the openings, not the leaves.
        const { entry } = log.entry(index, data)
        if (entry.kind === 'query_received') {
          const ruleId = entry.local?.ruleIds[0] ?? 'unknown'
          if (entry.status === 'DENIED') denials[ruleId] = (denials[ruleId] ?? 0) + 1
          hiddenRecords += entry.local?.guards.length ?? 0
          if (entry.step === 'details' && entry.status === 'OK') {
            details.answers++
            for (const f of entry.released) {
              const row = fieldRow(f.field)
              const key = `${f.form} (${f.ruleId})`
              row.released[key] = (row.released[key] ?? 0) + 1
            }
            for (const w of entry.withheld) {
              const row = fieldRow(w.field)
              row.withheld[w.ruleId] = (row.withheld[w.ruleId] ?? 0) + 1
            }
          }
          if (entry.status !== 'OK') continue
          for (const id of entry.local?.recordIds ?? []) {
            const rec = byId.get(id)
            if (
              rec &&
              hasProtectionClaim(rec) &&
              (rec.nationalities.includes(entry.requester) || rec.fearedCountries.includes(entry.requester))
            ) {
              guardViolations++
            }
          }
        } else if (entry.kind === 'query_refusals' && entry.code === 'RATE_LIMITED') {
          denials['rate-limited'] = (denials['rate-limited'] ?? 0) + entry.count
        } else if (entry.kind === 'query_rejected' && entry.code === 'RATE_LIMITED') {
          denials['rate-limited'] = (denials['rate-limited'] ?? 0) + 1 // version 1 logs: one entry per refusal
        }
      }
      db.close()
    }
    const sorted = [...latencies].sort((a, b) => a - b)
    const q = (p: number): number =>
      Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 10) / 10
    const round4 = (x: number): number => Math.round(x * 10_000) / 10_000
    const histogram = HISTOGRAM_MS.map((upToMs, i) => ({
      upToMs,
      count: sorted.filter((l) => l <= upToMs && (i === 0 || l > (HISTOGRAM_MS[i - 1] as number))).length,
    }))
    histogram.push({
      upToMs: Number.POSITIVE_INFINITY,
      count: sorted.filter((l) => l > (HISTOGRAM_MS.at(-1) as number)).length,
    })
    // People that had a record where asked: found by any hit (tp) or missed.
    const findable = Math.max(1, tally.tp + tally.missed)
    const any = { precision: round4(tally.tp / Math.max(1, tally.tp + tally.fp)), recall: round4(tally.tp / findable) }
    const strong = {
      precision: round4(tally.strongTp / Math.max(1, tally.strongTp + tally.strongFp)),
      recall: round4(tally.strongTp / findable),
    }
    return {
      config: {
        countries,
        recordsPerCountry: o.recordsPerCountry,
        overlap: o.overlap,
        queries: o.queries,
        concurrency: o.concurrency,
        seed: o.seed,
      },
      queries: latencies.length,
      latencyMs: { p50: q(0.5), p95: q(0.95), p99: q(0.99) },
      throughputQps: Math.round(latencies.length / runSeconds),
      matching: {
        ...any,
        truePositives: tally.tp,
        falsePositives: tally.fp,
        missed: tally.missed,
        strongPrecision: strong.precision,
        strongHits: tally.strongTp + tally.strongFp,
        strong,
        any,
        wrongDetails: tally.wrongDetails,
        wrongDetailsCases,
        detailsAsked: tally.detailsAsked,
        detailsReleased: tally.detailsReleased,
        detailsUnconfirmed: tally.detailsUnconfirmed,
        possibleAnswers: tally.possibleAnswers,
        possibleSettleShare: round4(tally.possibleSettled / Math.max(1, tally.possibleAnswers)),
      },
      denials,
      guardViolations,
      notAsked: tally.notAsked,
      unreachable: tally.unreachable,
      timeouts: tally.timeouts,
      audit,
      errors: tally.errors,
      matrix,
      latencyHistogram: histogram.map((b) => ({ ...b, upToMs: Number.isFinite(b.upToMs) ? b.upToMs : 999_999 })),
      faults: timeline,
      seconds: (performance.now() - started) / 1000,
      timeline: timeWindows(ended, runStarted - started, performance.now() - started),
      guards: { hiddenRecords, notAsked: tally.notAsked, violations: guardViolations },
      details,
      misses,
      policy: policySetup(root, entries),
      meta: reportMeta(o.command),
    }
  } finally {
    await stopAll()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    if (!o.workDir) rmSync(root, { recursive: true, force: true })
  }
}

/** Outcomes and p50 latency in about 40 windows of the run (at least one second each). */
function timeWindows(
  ended: { atMs: number; latencyMs: number; outcomes: string[] }[],
  fromMs: number,
  toMs: number,
): SimReport['timeline'] {
  const width = Math.max(1000, Math.ceil((toMs - fromMs) / 40))
  const windows: SimReport['timeline'] = []
  for (let start = fromMs; start < toMs; start += width) {
    const inside = ended.filter((e) => e.atMs >= start && e.atMs < start + width)
    const outcomes: Record<string, number> = {}
    for (const e of inside) for (const o of e.outcomes) outcomes[o] = (outcomes[o] ?? 0) + 1
    const sorted = inside.map((e) => e.latencyMs).sort((a, b) => a - b)
    const p50 = sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number)
    windows.push({
      fromMs: Math.round(start),
      toMs: Math.round(start + width),
      outcomes,
      p50Ms: Math.round(p50 * 10) / 10,
    })
  }
  return windows
}

/** Every node's groups, and the rules of the policy they all run (the simulation gives each the same profiles). */
function policySetup(root: string, entries: readonly Member[]): SimReport['policy'] {
  const first = entries[0]
  const policy = first ? loadPolicy(join(root, first.country, NODE_FILES.policy)) : undefined
  return {
    groups: Object.fromEntries(entries.map((e) => [e.country, [...e.groups]])),
    rules: (policy?.rules ?? []).map((r) => ({
      id: r.id,
      from: [...r.from.countries, ...r.from.groups.map((g) => `group ${g}`)].join(', '),
      purposes: [...r.purposes],
      steps: [...r.steps],
      ...(r.legalBasis === undefined ? {} : { legalBasis: r.legalBasis }),
    })),
  }
}

/** Version, commit, date and command line, so that a report can be traced to what produced it. */
function reportMeta(command: string | undefined): SimReport['meta'] {
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: projectRoot(),
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim()
  } catch {
    // not a git checkout (an installed package): the version says enough
  }
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }
  return {
    version: pkg.version,
    commit,
    date: new Date().toISOString(),
    command: command ?? ['mrn', ...process.argv.slice(2)].join(' '),
    node: process.version,
  }
}

/**
 * Whether details released came from `partner`, the record of the person the
 * caseworker asked about (ground truth): every field released in exact form
 * must be that record's. Details about anyone, where the person has no record,
 * are about a stranger.
 */
function sameAsReleased(partner: MigrantRecord | undefined, released: readonly ReleasedField[]): boolean {
  if (partner === undefined) return false
  return released.every((f) => {
    if (f.form !== 'exact') return true
    const v = f.value
    if (f.name === 'dateOfBirth' && 'date' in v) return v.date === partner.dateOfBirth
    if (f.name === 'names' && 'names' in v) {
      const key = (n: { given: string; family: string }): string => `${n.given}|${n.family}`
      return v.names.map(key).join(';') === partner.names.map(key).join(';')
    }
    if (f.name === 'documents' && 'documents' in v) {
      return v.documents.every((d) => partner.documents.some((p) => p.number === d.number))
    }
    return true
  })
}
