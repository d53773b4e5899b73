import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeAuditEntry } from '../../src/audit/auditLog.js'
import { requestEvidence } from '../../src/network/evidenceProtocol.js'
import { NODE_FILES } from '../../src/node/config.js'
import { loadKeyFile } from '../../src/node/identity.js'
import type { MigrantRecord } from '../../src/records/schema.js'
import type { IdentifyQuery, QueryResponse } from '../../src/wire/types.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'
import { identifyRequest, responseOf, sendFrame, signedRequest } from '../helpers/rawQuery.js'

// SYR plays the feared state: a federation member with valid keys, asking ITA
// about people ITA must hide from it, and about people ITA never recorded, then
// fetching everything a member may fetch about those exchanges.
const ITA_POLICY = `
version: 1
rules:
  - id: syr-verification
    from: { countries: [SYR] }
    purposes: [PROTECTION_VERIFICATION]
    legalBasis: '.+'
    fields: { names: exact, dateOfBirth: exact }
`

const GIVEN = ['Layla', 'Omar', 'Rania', 'Tarek', 'Huda', 'Samir']
const FAMILY = ['Haddad', 'Khoury', 'Nasser', 'Bitar', 'Mansour', 'Azar']
const person = (i: number, overrides: Partial<MigrantRecord>): MigrantRecord =>
  makeRecord({
    id: `ITA-${i}`,
    names: [
      { given: GIVEN[i] as string, family: FAMILY[i] as string, script: 'Latn', transliterated: true, type: 'primary' },
    ],
    dateOfBirth: `19${80 + i}-0${1 + i}-1${i}`,
    documents: [{ type: 'passport', number: `P765432${i}`, issuer: 'SYR' }],
    nationalities: ['SYR'],
    status: [{ kind: 'resident', since: '2020' }],
    ...overrides,
  })

const GUARDED: [string, MigrantRecord][] = [
  ['guard:non-refoulement', person(0, { status: [{ kind: 'refugee', since: '2022-05-01' }] })],
  [
    'guard:non-refoulement (feared)',
    person(1, { nationalities: ['LBN'], fearedCountries: ['SYR'], status: [{ kind: 'applicant' }] }),
  ],
  ['guard:restriction', person(2, { restrictions: ['court_order'] })],
  ['guard:retention', person(3, { retentionUntil: '2001-01-01' })],
  ['guard:consent', person(4, { consentScopes: ['FAMILY_REUNIFICATION'] })],
]
const VISIBLE = person(5, {})

const queryFor = (r: Pick<MigrantRecord, 'names' | 'documents' | 'dateOfBirth'>): IdentifyQuery => ({
  names: r.names.map((n) => ({ given: n.given, family: n.family, script: 'Latn', transliterated: true })),
  dateOfBirth: r.dateOfBirth,
  nationalities: ['SYR'],
  documents: r.documents.map((d) => ({ type: d.type, number: d.number, issuer: d.issuer })),
})
// Someone ITA never recorded, with a query of the same shape.
const ABSENT = queryFor({
  names: [{ given: 'Yusuf', family: 'Sabbagh', script: 'Latn', transliterated: true, type: 'primary' }],
  documents: [{ type: 'passport', number: 'P7654329', issuer: 'SYR' }],
  dateOfBirth: '1987-08-17',
})

/** Everything SYR holds about one exchange: the signed answer frame and the leaf it can fetch. */
interface Seen {
  frame: Uint8Array
  response: QueryResponse
  leaf: Uint8Array
}

describe('what the feared state can see, fetch or count', () => {
  let fed: TestFederation
  let ask: (q: IdentifyQuery) => Promise<Seen>

  beforeAll(async () => {
    fed = await startFederation([
      { country: 'SYR', groups: [] },
      { country: 'ITA', policy: ITA_POLICY, records: [...GUARDED.map(([, r]) => r), VISIBLE] },
    ])
    const key = loadKeyFile(join(fed.dirs.SYR as string, NODE_FILES.key), undefined)
    ask = async (identify) => {
      const req = identifyRequest('SYR', 'ITA', {
        purpose: 'PROTECTION_VERIFICATION',
        query: { kind: 'identify', identify },
      })
      const frame = await sendFrame(fed.node('SYR').libp2p, fed.entries.ITA!.peerId, await signedRequest(req, key))
      const response = responseOf(frame)
      const evidence = await requestEvidence(fed.node('SYR').libp2p, fed.entries.ITA!, response.auditLeafIndex, 5_000)
      if (evidence === undefined) throw new Error('ITA served no evidence for its answer')
      return { frame, response, leaf: evidence.leafData }
    }
  })

  afterAll(async () => {
    await fed?.stop()
  })

  /** The fields that differ between any two exchanges, blanked. */
  const comparable = (r: QueryResponse): QueryResponse => ({
    ...r,
    requestId: new Uint8Array(),
    requestDigest: new Uint8Array(),
    issuedAtMs: 0,
    auditLeafIndex: 0,
  })
  const leafShape = (leaf: Uint8Array): Record<string, unknown> => {
    const { atMs, entry } = decodeAuditEntry(leaf)
    const shape: Record<string, unknown> = { atMs: String(atMs).length }
    for (const [k, v] of Object.entries(entry)) {
      // Per-exchange values: only their length may be compared.
      shape[k] = ['requestId', 'queryHash', 'responseDigest', 'localCommitment'].includes(k) ? String(v).length : v
    }
    return shape
  }

  it('sees a visible person as a hit, so the test asks questions that match', async () => {
    const seen = await ask(queryFor(VISIBLE))
    expect(seen.response.status).toBe('OK')
    expect(seen.response.hits).toHaveLength(1)
  })

  it.each(GUARDED)('cannot tell a record hidden by %s from no record', async (guard, record) => {
    const guarded = await ask(queryFor(record))
    const absent = await ask(ABSENT)
    const again = await ask(queryFor(record))
    // The answer: same status, same bytes but for the per-request fields, same envelope length.
    expect(guarded.response.status).toBe('NO_HIT')
    expect(comparable(guarded.response)).toEqual(comparable(absent.response))
    expect(guarded.frame.length).toBe(absent.frame.length)
    // The leaf it can fetch: same fields, same values but per-exchange ones, same length.
    expect(guarded.leaf.length).toBe(absent.leaf.length)
    expect(leafShape(guarded.leaf)).toEqual(leafShape(absent.leaf))
    expect(Buffer.from(guarded.leaf).includes(Buffer.from(record.id))).toBe(false)
    // The leaf count: one leaf per answer, guard or not.
    expect(absent.response.auditLeafIndex).toBe(guarded.response.auditLeafIndex + 1)
    expect(again.response.auditLeafIndex).toBe(absent.response.auditLeafIndex + 1)
    // ITA itself can prove it protected the person: the leaf's commitment opens to the guard.
    const onSite = fed.node('ITA').audit.entry(guarded.response.auditLeafIndex).entry
    expect(onSite).toMatchObject({
      local: { recordIds: [], guards: [{ recordId: record.id, guard: guard.split(' ')[0] }] },
    })
    const absentOnSite = fed.node('ITA').audit.entry(absent.response.auditLeafIndex).entry
    expect(absentOnSite).toMatchObject({ local: { recordIds: [], guards: [] } })
  })
})
