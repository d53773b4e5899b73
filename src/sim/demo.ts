import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApiClient } from '../api/client.js'
import { TokenStore } from '../api/tokens.js'
import type { PeerResultJson, QueryInput } from '../api/types.js'
import { createMatcher } from '../matching/matcher.js'
import { addMember, type Member } from '../network/federation.js'
import { NODE_FILES } from '../node/config.js'
import { initNode } from '../node/init.js'
import { openDatabase } from '../records/database.js'
import { hasProtectionClaim } from '../records/schema.js'
import { RecordStore } from '../records/store.js'
import { generatePopulation } from './generator.js'
import { type NodeProcess, startNodeProcess } from './nodeProcess.js'

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
    say(
      `Created nodes ${COUNTRIES.join(', ')} (federation group "dublin"; policy: Dublin III Art. 34 and statistics profiles)`,
    )

    // 2. Populations: people recorded by one or more of the three countries, each its own way
    //    (GRC writes names in Greek script), with ground truth.
    const perNode = options.recordsPerNode ?? 300
    const pop = generatePopulation({
      countries: [...COUNTRIES],
      recordsPerCountry: perNode,
      overlap: 0.3,
      seed: options.seed ?? 20261126,
    })
    const matcher = createMatcher()
    for (const country of COUNTRIES) {
      const db = openDatabase(join(workDir, country, NODE_FILES.database))
      new RecordStore(db, matcher).putMany(pop.records[country] ?? [], Date.now())
      db.close()
    }
    const shared = pop.truth.filter((t) => t.records.length > 1).length
    say(`Imported ${perNode} synthetic records per node; ${shared} people are recorded by more than one country`)
    // The person of cases (a), (b) and (d): recorded by GRC and ITA, not by DEU.
    const byId = new Map(Object.values(pop.records).flatMap((list) => list.map((r) => [r.id, r] as const)))
    const travellerRecord = pop.truth
      .filter((t) => t.records.length === 2 && t.records.every((r) => r.country !== 'DEU'))
      .map((t) => ({
        grc: byId.get(t.records.find((r) => r.country === 'GRC')?.id ?? ''),
        ita: byId.get(t.records.find((r) => r.country === 'ITA')?.id ?? ''),
      }))
      .find(
        ({ grc, ita }) =>
          grc &&
          ita &&
          !hasProtectionClaim(ita) &&
          matcher.compare(matcher.prepare(grc), matcher.prepare(ita)).band !== 'none',
      )?.grc
    if (travellerRecord === undefined)
      throw new Error('the synthetic population has no GRC/ITA traveller; try another --seed')
    const traveller: QueryInput['person'] = {
      names: travellerRecord.names.map((n) => ({ given: n.given, family: n.family, script: n.script })),
      ...(travellerRecord.dateOfBirth ? { dateOfBirth: travellerRecord.dateOfBirth } : {}),
      ...(travellerRecord.sex ? { sex: travellerRecord.sex } : {}),
      nationalities: travellerRecord.nationalities,
      documents: travellerRecord.documents.map((d) => ({ type: d.type, number: d.number, issuer: d.issuer })),
    }

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

    // (a) hit, then details with some fields withheld by a named rule
    const shown = travellerRecord.names[0]
    say(
      `\n(a) GRC asks ITA and DEU, for ASYLUM_RESPONSIBILITY, about a person GRC recorded as "${shown?.given} ${shown?.family}" (${shown?.script})`,
    )
    const a = await api.query({
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: LEGAL_BASIS,
      to: ['ITA', 'DEU'],
      person: traveller,
      caseReference: 'GRC-ASY-2026-0001',
    })
    const ita = a.results.find((r) => r.country === 'ITA')
    const handle = ita?.hits?.[0]?.handle
    const results: PeerResultJson[] = [...a.results]
    let detailsOk = false
    if (handle) {
      say(
        '    ITA has a hit; GRC asks ITA for details (names, dateOfBirth, sex, placeOfBirth, nationalities, documents, status)',
      )
      const d = await api.details({
        country: 'ITA',
        handle,
        purpose: 'ASYLUM_RESPONSIBILITY',
        legalBasis: LEGAL_BASIS,
        fields: ['names', 'dateOfBirth', 'sex', 'placeOfBirth', 'nationalities', 'documents', 'status'],
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
      person: traveller,
    })
    cases.push({
      name: 'purpose-denied',
      ok: b.results[0]?.outcome === 'denied',
      results: b.results,
      expected: 'ITA denied',
    })

    // (c) a no-hit
    say('\n(c) GRC asks everyone about a person nobody has recorded')
    const c = await api.query({
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: LEGAL_BASIS,
      to: 'all',
      person: {
        names: [{ given: 'Quirinus', family: 'Zwetschgenbaum' }],
        dateOfBirth: '1931-02-28',
        documents: [{ type: 'passport', number: 'X0000001', issuer: 'AUT' }],
      },
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
      person: traveller,
    })
    cases.push({
      name: 'peer-down',
      ok:
        d.results.find((r) => r.country === 'DEU')?.outcome === 'unreachable' &&
        d.results.find((r) => r.country === 'ITA')?.outcome === 'ok',
      results: d.results,
      expected: 'DEU unreachable, ITA ok',
    })

    const recordsPerNode = Object.fromEntries(COUNTRIES.map((c) => [c, pop.records[c]?.length ?? 0]))
    return { cases, countries: [...COUNTRIES], recordsPerNode, seconds: (performance.now() - started) / 1000, workDir }
  } finally {
    for (const country of [...processes.keys()]) await processes.get(country)?.stop()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    if (!options.keep) rmSync(workDir, { recursive: true, force: true })
  }
}
