import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import {
  type AuditEntry,
  AuditLog,
  decodeAuditEntry,
  type LocalDecisions,
  OPENING_BLOCK_BYTES,
} from '../../../src/audit/auditLog.js'
import { openDatabase } from '../../../src/records/database.js'
import { STATUSES } from '../../../src/wire/types.js'

// What a requester can fetch about its exchange (/mrn/proof/1.0.0) is the leaf.
// Whatever the node decided locally (which records a guard hid, which it
// disclosed, which rules applied), the leaf must be the same apart from a
// commitment of fixed length.

const db = openDatabase(':memory:')
const log = new AuditLog(db, new Uint8Array(32))
afterAll(() => db.close())

const text = fc.string({ maxLength: 40 })
const publicPart = fc.record({
  requestId: fc.stringMatching(/^[0-9a-f]{32}$/),
  requester: fc.stringMatching(/^[A-Z]{3}$/),
  purpose: text,
  legalBasis: text,
  caseReferenceHash: text,
  caseworker: text,
  role: text,
  step: fc.constantFrom('identify' as const, 'details' as const),
  status: fc.constantFrom(...STATUSES),
  released: fc.array(fc.record({ field: text, form: text, ruleId: text }), { maxLength: 4 }),
  withheld: fc.array(fc.record({ field: text, ruleId: text }), { maxLength: 4 }),
  queryHash: text,
  responseDigest: text,
})
const decisions: fc.Arbitrary<LocalDecisions> = fc.record({
  ruleIds: fc.array(text, { maxLength: 5 }),
  recordIds: fc.array(text, { maxLength: 10 }),
  guards: fc.array(fc.record({ recordId: text, guard: text }), { maxLength: 10 }),
})

/** The leaf as a peer receives it, and that leaf decoded without its commitment. */
function appendAndFetch(entry: AuditEntry, atMs: number): { leaf: Uint8Array; seen: Record<string, unknown> } {
  const leaf = log.leafData(log.append(entry, atMs))
  const { localCommitment, ...seen } = decodeAuditEntry(leaf).entry as Record<string, unknown>
  expect(Buffer.from(localCommitment as string, 'base64')).toHaveLength(32)
  return { leaf, seen }
}

describe('answer leaves a requester can fetch', () => {
  it('do not vary with the local decisions: same fields, same length, a 32-byte commitment', () => {
    fc.assert(
      fc.property(publicPart, decisions, decisions, fc.nat(2 ** 40), (pub, a, b, atMs) => {
        const first = appendAndFetch({ kind: 'query_received', ...pub, local: a }, atMs)
        const second = appendAndFetch({ kind: 'query_received', ...pub, local: b }, atMs)
        expect(second.leaf.length).toBe(first.leaf.length)
        expect(second.seen).toEqual(first.seen)
        expect(first.seen).not.toHaveProperty('local')
      }),
      { numRuns: 300 },
    )
  })

  it('open to exactly the decisions they were written with', () => {
    fc.assert(
      fc.property(publicPart, decisions, (pub, local) => {
        const index = log.append({ kind: 'query_received', ...pub, local }, 1)
        const opened = log.entry(index).entry
        expect(opened.kind === 'query_received' && opened.local).toEqual(local)
        // Stored in whole blocks, so a guard does not change what the answer writes.
        expect((log.opening(index)?.decisions.length ?? 1) % OPENING_BLOCK_BYTES).toBe(0)
      }),
      { numRuns: 100 },
    )
  })
})
