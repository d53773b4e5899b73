import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { createMatcher } from '../src/matching/matcher.js'
import { addMember } from '../src/network/federation.js'
import { NODE_FILES } from '../src/node/config.js'
import { initNode } from '../src/node/init.js'
import { MrnNode } from '../src/node/node.js'
import { openDatabase } from '../src/records/database.js'
import type { MigrantRecord } from '../src/records/schema.js'
import { RecordStore } from '../src/records/store.js'
import { startNodeProcess } from '../src/sim/nodeProcess.js'
import { silentLogger } from '../src/util/logger.js'
import type { IdentifyQuery } from '../src/wire/types.js'

export interface BenchFederation {
  /** Requesting nodes, in this process (no local API). */
  requesters: Record<string, MrnNode>
  /** Stops everything and removes the files. */
  close(): Promise<void>
}

/**
 * A responder as its own `mrn start` process holding `records`, with its
 * `policy` and node.yaml additions, and requesters in this process; all
 * members of one federation in a temporary directory.
 */
export async function benchFederation(options: {
  responder: string
  requesters: string[]
  groups?: string[]
  records: MigrantRecord[]
  policy: string
  config?: Record<string, unknown>
  /** Encrypts the responder's key and database at rest. */
  passphrase?: string
}): Promise<BenchFederation> {
  const root = mkdtempSync(join(tmpdir(), 'mrn-bench-'))
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(root, { recursive: true, force: true })]
  const close = async (): Promise<void> => {
    for (const c of cleanups.reverse()) await c()
  }
  try {
    const countries = [options.responder, ...options.requesters]
    const entries = []
    for (const country of countries) {
      const dir = join(root, country)
      const passphrase = country === options.responder ? options.passphrase : undefined
      entries.push(
        await initNode({
          dir,
          country,
          listen: ['/ip4/127.0.0.1/tcp/0'],
          groups: options.groups ?? ['dublin'],
          passphrase,
        }),
      )
    }
    for (const country of countries) for (const e of entries) addMember(join(root, country, NODE_FILES.federation), e)
    const responderDir = join(root, options.responder)
    const yamlPath = join(responderDir, NODE_FILES.config)
    writeFileSync(yamlPath, stringify({ ...parse(readFileSync(yamlPath, 'utf8')), ...options.config }))
    writeFileSync(join(responderDir, NODE_FILES.policy), options.policy)
    const db = openDatabase(join(responderDir, NODE_FILES.database), { passphrase: options.passphrase })
    new RecordStore(db, createMatcher()).putMany(options.records, Date.now())
    db.close()
    const env = { ...process.env, MRN_KEY_PASSPHRASE: options.passphrase ?? '' }
    const responder = await startNodeProcess(responderDir, { env })
    cleanups.push(() => responder.stop())
    const requesters: Record<string, MrnNode> = {}
    for (const country of options.requesters) {
      const node = await MrnNode.open(join(root, country), { logger: silentLogger })
      await node.start({ api: false })
      cleanups.push(() => node.stop())
      requesters[country] = node
    }
    return { requesters, close }
  } catch (err) {
    await close()
    throw err
  }
}

/** A record asked about as itself: the identify question a caseworker holding its papers would send. */
export function identifyOf(p: MigrantRecord): IdentifyQuery {
  return {
    names: p.names.map((n) => ({
      given: n.given,
      family: n.family,
      script: n.script,
      transliterated: n.transliterated,
    })),
    dateOfBirth: p.dateOfBirth,
    nationalities: p.nationalities,
    documents: p.documents.map((d) => ({ type: d.type, number: d.number, issuer: d.issuer })),
  }
}
