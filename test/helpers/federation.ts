import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { createMatcher } from '../../src/matching/matcher.js'
import { addMember, type Member } from '../../src/network/federation.js'
import { NODE_FILES } from '../../src/node/config.js'
import { initNode } from '../../src/node/init.js'
import { MrnNode } from '../../src/node/node.js'
import { openDatabase } from '../../src/records/database.js'
import type { MigrantRecord } from '../../src/records/schema.js'
import { RecordStore } from '../../src/records/store.js'
import { type Logger, silentLogger } from '../../src/util/logger.js'

export interface TestNodeSpec {
  country: string
  groups?: string[]
  records?: MigrantRecord[]
  /** Merged into node.yaml (e.g. { query: { readTimeoutMs: 300 } }). */
  config?: Record<string, unknown>
  /** Replaces policy.yaml. */
  policy?: string
  /** Initialise and list in the federation, but do not start (a peer that is down). */
  down?: boolean
  /** The node's logger (default: silent). */
  logger?: Logger
}

export interface TestFederation {
  root: string
  dirs: Record<string, string>
  entries: Record<string, Member>
  nodes: Record<string, MrnNode>
  node(country: string): MrnNode
  stop(): Promise<void>
}

/** Real nodes (libp2p on loopback, SQLite files) in this process, all members of one federation. */
export async function startFederation(specs: TestNodeSpec[]): Promise<TestFederation> {
  const root = mkdtempSync(join(tmpdir(), 'mrn-test-'))
  const dirs: Record<string, string> = {}
  const entries: Record<string, Member> = {}
  for (const spec of specs) {
    const dir = join(root, spec.country)
    dirs[spec.country] = dir
    entries[spec.country] = await initNode({
      dir,
      country: spec.country,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      groups: spec.groups ?? ['dublin'],
    })
    if (spec.config) {
      const path = join(dir, NODE_FILES.config)
      const current = parse(readFileSync(path, 'utf8')) as Record<string, unknown>
      writeFileSync(path, stringify({ ...current, ...spec.config }))
    }
    if (spec.policy) writeFileSync(join(dir, NODE_FILES.policy), spec.policy)
    if (spec.records) {
      const db = openDatabase(join(dir, NODE_FILES.database))
      new RecordStore(db, createMatcher()).putMany(spec.records, Date.now())
      db.close()
    }
  }
  for (const spec of specs) {
    for (const entry of Object.values(entries))
      addMember(join(dirs[spec.country] as string, NODE_FILES.federation), entry)
  }
  const nodes: Record<string, MrnNode> = {}
  const started: MrnNode[] = []
  const stop = async (): Promise<void> => {
    // One after another: parallel stops wait on each other's close timeouts.
    for (const n of started.reverse()) await n.stop()
    rmSync(root, { recursive: true, force: true })
  }
  try {
    for (const spec of specs) {
      if (spec.down) continue
      const node = await MrnNode.open(dirs[spec.country] as string, { logger: spec.logger ?? silentLogger })
      await node.start()
      nodes[spec.country] = node
      started.push(node)
    }
  } catch (err) {
    await stop()
    throw err
  }
  return {
    root,
    dirs,
    entries,
    nodes,
    node: (country) => {
      const n = nodes[country]
      if (!n) throw new Error(`no running node ${country}`)
      return n
    },
    stop,
  }
}

/**
 * `n` records of people with names no other test record has (three-syllable
 * words, distinct up to 1,000 per part), born 1980-06-01: a store where a
 * test's own names are as rare or as common as it makes them.
 */
export function strangers(n: number, idPrefix = 'O'): MigrantRecord[] {
  const syllables = ['ba', 'ko', 'ri', 'tu', 'me', 'sa', 'lo', 'ni', 'pe', 'du']
  const word = (i: number): string =>
    `${syllables[i % 10]}${syllables[Math.floor(i / 10) % 10]}${syllables[Math.floor(i / 100) % 10]}`
  return Array.from({ length: n }, (_, i) =>
    makeRecord({
      id: `${idPrefix}${i}`,
      dateOfBirth: '1980-06-01',
      documents: [],
      names: [{ given: word(i), family: word(i + 1000), script: 'Latn', transliterated: true, type: 'primary' }],
    }),
  )
}

/** A record with sensible defaults. */
export function makeRecord(overrides: Partial<MigrantRecord> & { id: string }): MigrantRecord {
  return {
    names: [{ given: 'Ahmad', family: 'Al Hassan', script: 'Latn', transliterated: true, type: 'primary' }],
    dateOfBirth: '1990-03-12',
    placeOfBirth: 'Aleppo',
    sex: 'M',
    nationalities: ['SYR'],
    documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }],
    status: [{ kind: 'applicant', since: '2024' }],
    fearedCountries: [],
    restrictions: [],
    ...overrides,
  }
}
