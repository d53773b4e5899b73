import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type AuditEntry,
  AuditLog,
  COMMITMENT_SALT_BYTES,
  commitLocal,
  decodeAuditEntry,
  encodeAuditEntry,
  OPENING_BLOCK_BYTES,
  openCommitment,
} from '../../../src/audit/auditLog.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { mrn } from '../../../src/wire/gen/mrn.js'
import { answerEntry } from '../../helpers/auditEntries.js'

/**
 * The edges of an audit leaf and of an answer's commitment: padding lengths
 * at the varint boundary, salts, commitments of the wrong length, the
 * default-valued fields a decoded leaf leaves out and the lists it keeps.
 */
describe('commitments to local decisions', () => {
  it('pad every opening to whole blocks, across the one-byte/two-byte length boundary, and open to what was committed', () => {
    const pads = new Set<number>()
    for (let n = 0; n <= 2 * OPENING_BLOCK_BYTES; n++) {
      const decisions = { ruleIds: ['r'.repeat(n)], recordIds: [], guards: [] }
      const { commitment, opening } = commitLocal(decisions)
      expect(opening.decisions.length % OPENING_BLOCK_BYTES).toBe(0)
      const m = mrn.v1.LocalDecisions.decode(opening.decisions)
      expect(m.ruleIds).toEqual(decisions.ruleIds)
      expect(m.padding.length).toBeGreaterThan(0)
      expect(m.padding.every((b) => b === 0)).toBe(true)
      pads.add(m.padding.length)
      expect(openCommitment(Buffer.from(commitment).toString('base64'), opening)).toEqual(decisions)
    }
    // The sweep crossed the boundary where the padding's length takes a second varint byte.
    expect(pads.has(127) && pads.has(128)).toBe(true)
  })

  it('draws a fresh salt of full length for every commitment, past the end of its pool', () => {
    const salts = new Set<string>()
    for (let i = 0; i < 300; i++) {
      const { opening } = commitLocal({ ruleIds: [], recordIds: [], guards: [] })
      expect(opening.salt.length).toBe(COMMITMENT_SALT_BYTES)
      salts.add(Buffer.from(opening.salt).toString('hex'))
    }
    expect(salts.size).toBe(300)
  })

  it('opens nothing under a commitment of another length or another value, without throwing', () => {
    const { commitment, opening } = commitLocal({ ruleIds: ['r'], recordIds: ['REC-1'], guards: [] })
    const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
    expect(openCommitment(b64(commitment.subarray(0, 16)), opening)).toBeUndefined()
    expect(openCommitment('', opening)).toBeUndefined()
    const flipped = new Uint8Array(commitment)
    flipped[0] = (flipped[0] as number) ^ 1
    expect(openCommitment(b64(flipped), opening)).toBeUndefined()
  })
})

describe('decoding a leaf', () => {
  const decode = (entry: Record<string, unknown>): AuditEntry =>
    decodeAuditEntry(encodeAuditEntry(entry as AuditEntry, 9)).entry

  it('keeps the lists an entry kind always has, even empty', () => {
    const sent = {
      kind: 'query_sent',
      requests: [],
      purpose: 'P',
      legalBasis: 'L',
      caseReferenceHash: 'c',
      caseworker: 'w',
      step: 'identify',
      queryHash: 'q',
    }
    expect(decode(sent)).toStrictEqual(sent)
    const refused = {
      kind: 'query_refused',
      purpose: 'P',
      legalBasis: 'L',
      caseReferenceHash: 'c',
      caseworker: 'w',
      role: 'caseworker',
      step: 'identify',
      queryHash: 'q',
      notAsked: [],
    }
    expect(decode(refused)).toStrictEqual(refused)
  })

  it('leaves out fields written with their default value: empty text, zero, empty bytes', () => {
    expect(
      decode({
        kind: 'query_refusals',
        peerId: 'p',
        code: '',
        status: 'RATE_LIMITED',
        count: 0,
        windowStartMs: 5,
        digestsHash: '',
      }),
    ).toStrictEqual({ kind: 'query_refusals', peerId: 'p', status: 'RATE_LIMITED', windowStartMs: 5 })
  })

  it('gives plain objects in lists, not protobuf messages', () => {
    const sent = decode({
      kind: 'query_sent',
      requests: [{ country: 'ITA', requestId: 'r' }],
      purpose: 'P',
      legalBasis: 'L',
      caseReferenceHash: 'c',
      caseworker: 'w',
      step: 'identify',
      queryHash: 'q',
    }) as Extract<AuditEntry, { kind: 'query_sent' }>
    expect(Object.getPrototypeOf(sent.requests[0])).toBe(Object.prototype)
  })

  it('names a kind it does not know as unspecified', () => {
    const data = mrn.v1.AuditEntry.encode({
      version: 2,
      atMs: 3,
      kind: 99 as mrn.v1.AuditEntry.Kind,
      peerId: 'p',
    }).finish()
    expect(decodeAuditEntry(data)).toStrictEqual({ atMs: 3, entry: { kind: 'kind_unspecified', peerId: 'p' } })
  })

  it('moves the decisions of version 1 answers into `local`, and only of answers', () => {
    const v1 = (kind: mrn.v1.AuditEntry.Kind): Uint8Array =>
      mrn.v1.AuditEntry.encode({ version: 1, atMs: 1, kind, peerId: 'p', ruleIds: ['x'] }).finish()
    expect(decodeAuditEntry(v1(mrn.v1.AuditEntry.Kind.NODE_STARTED)).entry).toStrictEqual({
      kind: 'node_started',
      peerId: 'p',
      ruleIds: ['x'],
    })
    expect(decodeAuditEntry(v1(mrn.v1.AuditEntry.Kind.QUERY_RECEIVED)).entry).toMatchObject({
      kind: 'query_received',
      local: { ruleIds: ['x'], recordIds: [], guards: [] },
    })
  })
})

describe('AuditLog at its edges', () => {
  let dir: string
  let db: Db
  let log: AuditLog
  const answer = (): AuditEntry => answerEntry()

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-leaf-'))
    db = openDatabase(join(dir, 'node.db'))
    log = new AuditLog(db, new Uint8Array(32))
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('commits an answer appended without decisions to empty decisions, and opens them', () => {
    const index = log.append(answer(), 1)
    expect(log.entry(index).entry).toMatchObject({ local: { ruleIds: [], recordIds: [], guards: [] } })
  })

  it('reads an answer whose opening does not match without any `local` at all', () => {
    const index = log.append(answer(), 1)
    db.exec('DROP TRIGGER audit_openings_no_update')
    const other = commitLocal({ ruleIds: ['x'], recordIds: [], guards: [] }).opening
    db.prepare('UPDATE audit_openings SET salt = ?, decisions = ? WHERE idx = ?').run(
      other.salt,
      other.decisions,
      index,
    )
    expect('local' in log.entry(index).entry).toBe(false)
  })

  it('says which stored hash is missing rather than computing with a hole', () => {
    for (let i = 0; i < 3; i++) log.append({ kind: 'node_started', peerId: `p${i}` }, 1)
    db.exec('DROP TRIGGER audit_hashes_no_delete')
    db.prepare('DELETE FROM audit_hashes WHERE level = 1 AND idx = 0').run()
    expect(() => log.rootHash(3)).toThrow(/^audit log: stored hash 1\/0 is missing$/)
  })
})
