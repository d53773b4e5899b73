import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApiClient } from '../api/client.js'
import { TokenStore } from '../api/tokens.js'
import type { PeerResultJson, QueryInput } from '../api/types.js'
import { exactMatcher } from '../matching/exactMatcher.js'
import { addMember, type Member } from '../network/federation.js'
import { NODE_FILES } from '../node/config.js'
import { initNode } from '../node/init.js'
import { openDatabase } from '../records/database.js'
import type { MigrantRecord } from '../records/schema.js'
import { RecordStore } from '../records/store.js'
import { makePerson, type Person, recordOf } from './demoPopulation.js'
import { type NodeProcess, startNodeProcess } from './nodeProcess.js'
import { SeededRandom } from './random.js'

export interface DemoCase {
  name: string
  ok: boolean
  /** What the caseworker saw, per country. */
  results: PeerResultJson[]
  expected: string
}

export interface DemoReport {
  cases: DemoCase[]
  countries: string[]
  recordsPerNode: Record<string, number>
  seconds: number
}

export interface DemoOptions {
  /** Keep the work directory (printed) instead of deleting it. */
  keep?: boolean
  recordsPerNode?: number
  seed?: number
  /** Progress lines for the human walkthrough. */
  say?: (line: string) => void
}

const COUNTRIES = ['GRC', 'ITA', 'DEU'] as const
const LEGAL_BASIS = 'Regulation (EU) No 604/2013 (Dublin III), Art. 34'

/**
 * The demo: three country nodes as separate processes on loopback, a few
 * hundred synthetic records each with people present in several countries,
 * and a Greek caseworker's queries showing (a) a hit then details with fields
 * withheld by a named rule, (b) a purpose the peer's policy refuses, (c) a
 * no-hit, (d) a peer that is down reported unreachable while others answer.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoReport & { workDir: string }> {
  const say = options.say ?? (() => undefined)
  const started = performance.now()
  const workDir = mkdtempSync(join(tmpdir(), 'mrn-demo-'))
  const processes = new Map<string, NodeProcess>()
  const onSignal = (): void => {
    for (const p of processes.values()) p.child.kill('SIGKILL')
    if (!options.keep) rmSync(workDir, { recursive: true, force: true })
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    say(`Work directory ${workDir}`)
    // 1. Three nodes, all in the "dublin" group, each knowing the others.
    const entries: Member[] = []
    for (const country of COUNTRIES) {
      entries.push(
        await initNode({ dir: join(workDir, country), country, listen: ['/ip4/127.0.0.1/tcp/0'], groups: ['dublin'] }),
      )
    }
    for (const country of COUNTRIES) {
      for (const entry of entries) addMember(join(workDir, country, NODE_FILES.federation), entry)
    }
    say(`Created nodes ${COUNTRIES.join(', ')} (federation group "dublin"; starter policy: Dublin Art. 34 fields only)`)

    // 2. Populations: a shared pool of people, each country recording some of them.
    const rng = new SeededRandom(options.seed ?? 20261126)
    const perNode = options.recordsPerNode ?? 300
    const pool: Person[] = Array.from({ length: perNode * 2 }, (_, i) => makePerson(rng, i))
    const traveller = pool[0] as Person // recorded in ITA only: the hit of case (a)
    const populations: Record<string, MigrantRecord[]> = { GRC: [], ITA: [], DEU: [] }
    populations.ITA?.push(recordOf(traveller, 'ITA-000000', rng))
    for (const [c, country] of COUNTRIES.entries()) {
      // Consecutive countries share half of their people: GRC [1, n), ITA [n/2, 3n/2), DEU [n, 2n).
      const list = populations[country] as MigrantRecord[]
      for (let i = 1 + Math.floor((c * perNode) / 2); list.length < perNode; i++) {
        const p = pool[i % pool.length] as Person
        if (p !== traveller) list.push(recordOf(p, `${country}-${String(list.length).padStart(6, '0')}`, rng))
      }
      const db = openDatabase(join(workDir, country, NODE_FILES.database))
      new RecordStore(db, exactMatcher).putMany(list, Date.now())
      db.close()
    }
    const shared = countShared(populations)
    say(`Imported ${perNode} synthetic records per node; ${shared} people are recorded by more than one country`)

    const db = openDatabase(join(workDir, 'GRC', NODE_FILES.database))
    const { token } = new TokenStore(db).create('demo-caseworker', 'caseworker', Date.now())
    db.close()

    // 3. Start each node as its own OS process.
    for (const country of COUNTRIES) {
      const p = await startNodeProcess(join(workDir, country))
      processes.set(country, p)
      say(`Started ${country} as process ${p.ready.pid}, listening on ${p.ready.addresses.join(' ')}`)
    }
    const api = new ApiClient((processes.get('GRC') as NodeProcess).ready.api, token)
    const cases: DemoCase[] = []
    const person = (p: Person): QueryInput['person'] => ({
      names: [{ given: p.given, family: p.family, script: 'Latn' }],
      dateOfBirth: p.dateOfBirth,
      documents: [{ type: 'passport', number: p.passport, issuer: p.nationality }],
    })

    // (a) hit, then details with some fields withheld by a named rule
    say('\n(a) GRC asks ITA and DEU about a person for ASYLUM_RESPONSIBILITY')
    const a = await api.query({
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: LEGAL_BASIS,
      to: ['ITA', 'DEU'],
      person: person(traveller),
      caseReference: 'GRC-ASY-2026-0001',
    })
    const ita = a.results.find((r) => r.country === 'ITA')
    const handle = ita?.hits?.[0]?.handle
    const results: PeerResultJson[] = [...a.results]
    let detailsOk = false
    if (handle) {
      say(
        '    ITA has a hit; GRC asks ITA for details (names, dateOfBirth, placeOfBirth, nationalities, documents, status)',
      )
      const d = await api.details({
        country: 'ITA',
        handle,
        purpose: 'ASYLUM_RESPONSIBILITY',
        legalBasis: LEGAL_BASIS,
        fields: ['names', 'dateOfBirth', 'placeOfBirth', 'nationalities', 'documents', 'status'],
      })
      results.push(d)
      detailsOk = d.outcome === 'ok' && (d.released?.length ?? 0) > 0 && (d.withheld ?? []).some((w) => w.ruleId !== '')
    }
    cases.push({
      name: 'hit-then-details',
      ok: ita?.outcome === 'ok' && detailsOk && a.results.find((r) => r.country === 'DEU')?.outcome === 'no_hit',
      results,
      expected: 'ITA ok with a handle, DEU no_hit; details released with fields withheld by a named rule',
    })

    // (b) a purpose the peer's policy does not allow
    say("\n(b) GRC asks ITA for RETURN_READMISSION, which ITA's policy does not allow")
    const b = await api.query({
      purpose: 'RETURN_READMISSION',
      legalBasis: 'Directive 2008/115/EC',
      to: ['ITA'],
      person: person(traveller),
    })
    cases.push({
      name: 'purpose-denied',
      ok: b.results[0]?.outcome === 'denied',
      results: b.results,
      expected: 'ITA denied',
    })

    // (c) a no-hit
    say('\n(c) GRC asks everyone about a person nobody has recorded')
    const stranger = makePerson(new SeededRandom(7), 999_999)
    const c = await api.query({
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: LEGAL_BASIS,
      to: 'all',
      person: person({ ...stranger, passport: 'X0000001' }),
    })
    cases.push({
      name: 'no-hit',
      ok: c.results.length === 2 && c.results.every((r) => r.outcome === 'no_hit'),
      results: c.results,
      expected: 'ITA and DEU no_hit',
    })

    // (d) a peer that is down
    say('\n(d) DEU goes down; GRC asks everyone again')
    await (processes.get('DEU') as NodeProcess).stop()
    processes.delete('DEU')
    const d = await api.query({
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: LEGAL_BASIS,
      to: 'all',
      person: person(traveller),
    })
    cases.push({
      name: 'peer-down',
      ok:
        d.results.find((r) => r.country === 'DEU')?.outcome === 'unreachable' &&
        d.results.find((r) => r.country === 'ITA')?.outcome === 'ok',
      results: d.results,
      expected: 'DEU unreachable, ITA ok',
    })

    const recordsPerNode = Object.fromEntries(COUNTRIES.map((c) => [c, populations[c]?.length ?? 0]))
    return { cases, countries: [...COUNTRIES], recordsPerNode, seconds: (performance.now() - started) / 1000, workDir }
  } finally {
    for (const country of [...processes.keys()]) await processes.get(country)?.stop()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    if (!options.keep) rmSync(workDir, { recursive: true, force: true })
  }
}

function countShared(populations: Record<string, MigrantRecord[]>): number {
  const seen = new Map<string, number>()
  for (const list of Object.values(populations)) {
    for (const r of list) {
      const key = r.documents[0]?.number ?? r.id
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
  }
  return [...seen.values()].filter((n) => n > 1).length
}
