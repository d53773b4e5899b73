import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AuditLog } from '../../../src/audit/auditLog.js'
import { createMatcher } from '../../../src/matching/matcher.js'
import { Federation } from '../../../src/network/federation.js'
import type { PeerResult, QueryClient } from '../../../src/network/queryClient.js'
import { OutgoingQueries } from '../../../src/node/outgoing.js'
import type { Policy } from '../../../src/policy/policyFile.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { GroupCommit } from '../../../src/records/groupCommit.js'
import { SentHandles } from '../../../src/records/sentHandles.js'
import { RecordStore } from '../../../src/records/store.js'
import type { QueryRequest } from '../../../src/wire/types.js'

const SECRET = new Uint8Array(32)
const HANDLE = new Uint8Array(16).fill(7)

/**
 * The asking node's audit entries share the node's group commit: each still
 * has to be durable (committed, so that another connection to the file sees
 * it) before the question leaves, and the answers' entries and handles
 * before the caseworker gets them.
 */
describe('an outgoing question through the group commit', () => {
  let dir: string
  let path: string
  let db: Db
  let audit: AuditLog

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-outgoing-'))
    path = join(dir, 'node.db')
    db = openDatabase(path)
    audit = new AuditLog(db, SECRET)
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** The entry kinds another connection to the database file sees: only what is committed. */
  const committedKinds = (): string[] => {
    const other = openDatabase(path)
    try {
      const log = new AuditLog(other, SECRET)
      return Array.from({ length: log.size() }, (_, i) => log.entry(i).entry.kind)
    } finally {
      other.close()
    }
  }

  it('commits query_sent before sending, and the responses and handles before returning', async () => {
    const seenWhenSent: string[][] = []
    const client = {
      buildRequest: (target: string) => ({ targetCountry: target, requestId: new Uint8Array(16).fill(1) }),
      fanOut: async (requests: readonly QueryRequest[]): Promise<PeerResult[]> => {
        seenWhenSent.push(committedKinds())
        return requests.map((r) => ({
          country: r.targetCountry,
          outcome: 'ok',
          requestId: '01'.repeat(16),
          latencyMs: 1,
          response: {
            status: 'OK',
            hits: [{ handle: HANDLE, band: 'strong', handleExpiresAtMs: Date.now() + 60_000 }],
            released: [],
            withheld: [],
            auditLeafIndex: 4,
          },
        })) as unknown as PeerResult[]
      },
    } as unknown as QueryClient
    const matcher = createMatcher()
    const outgoing = new OutgoingQueries(
      {
        commit: new GroupCommit(db),
        audit,
        client,
        federation: new Federation([
          { country: 'GRC', peerId: 'grc', addresses: [], groups: [] },
          { country: 'ITA', peerId: 'ita', addresses: [], groups: [] },
        ]),
        clock: { nowMs: () => Date.now() },
        policy: () => ({}) as Policy,
        records: new RecordStore(db, matcher),
        matcher,
        sentHandles: new SentHandles(db),
      },
      { country: 'GRC' },
    )
    const caller = { name: 'maria', role: 'caseworker' as const, pseudonym: 'cw-1' }
    await outgoing.query(caller, {
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: 'Regulation (EU) 604/2013 Art. 34',
      to: ['ITA'],
      person: { names: [{ given: 'Ahmad', family: 'Hassan' }], dateOfBirth: '1990' },
    })
    expect(seenWhenSent).toEqual([['query_sent']])
    expect(committedKinds()).toEqual(['query_sent', 'response_received'])
    const other = openDatabase(path)
    try {
      expect(new SentHandles(other).get(HANDLE)?.country).toBe('ITA')
    } finally {
      other.close()
    }
  })
})
