import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { AuditLog, decodeAuditEntry } from '../../../src/audit/auditLog.js'
import { createMatcher } from '../../../src/matching/matcher.js'
import { Federation } from '../../../src/network/federation.js'
import { type Policy, policySchema } from '../../../src/policy/policyFile.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { PolicyCounters } from '../../../src/records/policyCounters.js'
import { confirms, QueryService, type QueryServiceComponents } from '../../../src/records/queryService.js'
import { RefusalLog } from '../../../src/records/refusalLog.js'
import { RequestState } from '../../../src/records/requestState.js'
import { RecordStore } from '../../../src/records/store.js'
import { steadyNowMs } from '../../../src/util/clock.js'
import { RateLimiter } from '../../../src/util/rateLimiter.js'
import { decodeResponse, encodeResponse } from '../../../src/wire/codec.js'
import { type DetailsConfirmation, type QueryRequest, RELEASE_FORMS } from '../../../src/wire/types.js'
import { makeRecord, strangers } from '../../helpers/federation.js'
import { identifyRequest } from '../../helpers/rawQuery.js'
import { type LogLine, recordingLogger } from '../../helpers/recordingLogger.js'

const HOUR = 3600_000

describe('QueryService', () => {
  let now = Date.UTC(2026, 10, 26)
  let service: QueryService
  let audit: AuditLog
  let store: RecordStore
  let db: Db
  let refusals: RefusalLog
  /** Replaces the fixed policy below while set (property tests over random policies). */
  let swappedPolicy: Policy | undefined
  /** What the service counted (the metrics sink it is given). */
  let counted: { status: string; step: string; peerCountry: string; purpose: string; seconds?: number }[]
  /** The guard activations it counted (one total per answer). */
  let guarded: number[]
  /** What it was built from, for the tests that build another (with a logger, another budget). */
  let components: QueryServiceComponents
  const INIT = { country: 'ITA', handleLifetimeMs: 48 * HOUR, clockSkewMs: 60_000 }

  beforeEach(async () => {
    now = Date.UTC(2026, 10, 26)
    swappedPolicy = undefined
    counted = []
    guarded = []
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mrn-qs-')), 'node.db'))
    store = new RecordStore(db, createMatcher())
    store.putMany([makeRecord({ id: 'R1' })], now)
    audit = new AuditLog(db, new Uint8Array(32))
    refusals = new RefusalLog({ audit })
    const member = async (country: string) => ({
      country,
      peerId: peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString(),
      addresses: ['/ip4/127.0.0.1/tcp/1'],
      groups: ['dublin'],
    })
    components = {
      db,
      records: store,
      requests: new RequestState(db),
      audit,
      matcher: createMatcher(),
      policy: () =>
        swappedPolicy ??
        policySchema.parse({
          version: 1,
          rules: [
            {
              id: 'dublin',
              from: { groups: ['dublin'] },
              purposes: ['ASYLUM_RESPONSIBILITY'],
              fields: { names: 'exact' },
            },
            { id: 'stats', from: { groups: ['dublin'] }, purposes: ['STATISTICS'], steps: ['identify'] },
            {
              id: 'border',
              from: { groups: ['dublin'] },
              purposes: ['BORDER_CHECK'],
              steps: ['identify'],
              limits: { perPeerPerDay: 2 },
            },
          ],
        }),
      federation: new Federation([await member('ITA'), await member('DEU'), await member('GRC')]),
      clock: { nowMs: () => now },
      peerLimiter: new RateLimiter(3, 60_000),
      counters: new PolicyCounters(db),
      refusals,
      metrics: {
        received: (labels, seconds) => counted.push({ ...labels, ...(seconds === undefined ? {} : { seconds }) }),
        sent: () => undefined,
        guardActivations: (n) => guarded.push(n),
      },
    }
    service = new QueryService(components, INIT)
  })

  /** A policy of these rules alone. */
  const withRules = (...rules: unknown[]): Policy => policySchema.parse({ version: 1, rules })
  const answer = (req: QueryRequest, meta = { peerId: 'p', requestDigest: new Uint8Array(32) }): Uint8Array => {
    const body = service.answerQuery(req, meta)
    if (body === undefined) throw new Error('dropped without an answer')
    return body
  }
  const ask = (req: QueryRequest) => decodeResponse(answer(req))
  const identify = (from = 'GRC') => identifyRequest(from, 'ITA', { issuedAtMs: now, expiresAtMs: now + 60_000 })
  const details = (handle: Uint8Array, from = 'GRC', purpose: QueryRequest['purpose'] = 'ASYLUM_RESPONSIBILITY') =>
    identifyRequest(from, 'ITA', { purpose, query: { kind: 'details', details: { handle, fields: ['names', 'sex'] } } })

  it('releases details for a handle within its lifetime, to the requester it was given to', () => {
    const hit = ask(identify())
    const res = ask(details(hit.hits[0]!.handle))
    expect(res.status).toBe('OK')
    expect(res.released.map((f) => f.name)).toEqual(['names'])
    expect(res.withheld).toEqual([{ name: 'sex', ruleId: 'default-deny' }])
  })

  describe('candidates it cannot tell apart', () => {
    /** R1 (Ahmad Al Hassan, 1990-03-12, passport N0123456) and a namesake born the same year. */
    const namesake = () =>
      store.putMany(
        [
          makeRecord({
            id: 'R2',
            dateOfBirth: '1990-07-30',
            documents: [{ type: 'passport', number: 'P777', issuer: 'SYR' }],
            placeOfBirth: 'Homs', // R1 was born in Aleppo
          }),
        ],
        now,
      )
    const byName = (dateOfBirth?: string) =>
      identifyRequest('GRC', 'ITA', {
        issuedAtMs: now,
        expiresAtMs: now + 60_000,
        query: {
          kind: 'identify',
          identify: {
            names: [{ given: 'Ahmad', family: 'Al Hassan', script: 'Latn', transliterated: true }],
            sex: 'M',
            nationalities: ['SYR'],
            documents: [],
            ...(dateOfBirth ? { dateOfBirth } : {}),
          },
        },
      })
    const confirmed = (handle: Uint8Array, confirm: DetailsConfirmation) =>
      identifyRequest('GRC', 'ITA', {
        query: { kind: 'details', details: { handle, fields: ['names'], confirm } },
      })
    /** The Dublin rule releasing names, showing bands unless told otherwise. */
    const dublinPolicy = (over: { confirmPossibleHits?: boolean; showBand?: boolean } = {}): Policy =>
      policySchema.parse({
        version: 1,
        ...(over.confirmPossibleHits === undefined ? {} : { confirmPossibleHits: over.confirmPossibleHits }),
        rules: [
          {
            id: 'dublin',
            from: { groups: ['dublin'] },
            purposes: ['ASYLUM_RESPONSIBILITY'],
            showBand: over.showBand ?? true,
            fields: { names: 'exact' },
          },
        ],
      })
    beforeEach(() => {
      swappedPolicy = dublinPolicy()
    })
    /** Asks a minute later each time: the per-peer flood limit (3 a minute) is not what these tests are about. */
    const askLater = (req: () => QueryRequest) => {
      now += 61_000
      return ask(req())
    }
    /** What the audit leaf of the last answer says was decided, opened on site. */
    const lastDecision = () => audit.entry(audit.size() - 1).entry

    it('answers namesakes born the same year as possible hits, never strong', () => {
      namesake()
      const res = askLater(() => byName('1990'))
      expect(res.hits.map((h) => h.band)).toEqual(['possible', 'possible'])
    })

    it('answers strong only with a full date of birth that sets one candidate clearly apart', () => {
      // Among 2,000 others: with the two namesakes alone, the store would count their name as common.
      store.putMany(strangers(2000), now)
      namesake()
      expect(askLater(() => byName('1990-03-12')).hits.map((h) => h.band)).toEqual(['strong'])
    })

    it('leaves out a namesake that fits the question clearly worse than the best: a document settles it', () => {
      namesake()
      const withDocument = () => {
        const req = byName('1990')
        if (req.query.kind === 'identify') {
          req.query.identify.documents = [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }]
        }
        return req
      }
      expect(askLater(withDocument).hits.map((h) => h.band)).toEqual(['strong'])
    })

    it('releases the details of a possible hit only with an identifier that agrees with the record', () => {
      namesake()
      for (const confirm of [
        { documents: [{ type: 'passport', number: 'n 012-3456', issuer: '' }] },
        { documents: [], dateOfBirth: '1990-03-12' },
      ]) {
        const hits = askLater(() => byName('1990')).hits
        const released = hits
          .map((h) => askLater(() => confirmed(h.handle, confirm)))
          .filter((r) => r.status === 'OK')
          .map((r) => r.released[0]?.name)
        expect(released).toEqual(['names']) // R1 only; R2's handle was spent by the wrong identifier
      }
    })

    it('refuses the details of a possible hit without an identifier, or with one that disagrees, and spends the handle', () => {
      namesake()
      for (const confirm of [
        undefined,
        { documents: [{ type: 'passport', number: 'X9', issuer: 'SYR' }] },
        { documents: [{ type: 'passport', number: 'N0123456', issuer: 'IRQ' }] },
        { documents: [], dateOfBirth: '1990-03' },
      ]) {
        const [first] = askLater(() => byName('1990')).hits
        const handle = first!.handle
        const req = confirm === undefined ? details(handle) : confirmed(handle, confirm as DetailsConfirmation)
        expect(askLater(() => req)).toMatchObject({ status: 'DENIED', denialReason: 'confirmation', released: [] })
        expect(lastDecision()).toMatchObject({
          kind: 'query_received',
          status: 'DENIED',
          local: { ruleIds: ['confirmation-required'], recordIds: [expect.stringMatching(/^R[12]$/)] },
        })
        // Spent: even the right identifier now finds no handle.
        expect(askLater(() => confirmed(handle, { documents: [], dateOfBirth: '1990-03-12' }))).toMatchObject({
          status: 'DENIED',
          denialReason: 'handle',
        })
      }
    })

    it('takes as confirmation only what the match had not already agreed on: born the same day, a document', () => {
      // A namesake born the very same day: the question's full date agrees with both, so it cannot confirm either.
      store.putMany([makeRecord({ id: 'R5', documents: [{ type: 'passport', number: 'P555', issuer: 'SYR' }] })], now)
      const sameDay = () => askLater(() => byName('1990-03-12')).hits
      expect(sameDay().map((h) => h.band)).toEqual(['possible', 'possible'])
      for (const h of sameDay()) {
        expect(askLater(() => confirmed(h.handle, { documents: [], dateOfBirth: '1990-03-12' })).denialReason).toBe(
          'confirmation',
        )
      }
      const released = sameDay()
        .map((h) => askLater(() => confirmed(h.handle, { documents: [{ type: '', number: 'N0123456', issuer: '' }] })))
        .map((r) => r.status)
      expect(released.sort()).toEqual(['DENIED', 'OK'])
    })

    it('asks for confirmation of records that agree on every identifier when none is ahead, and takes either', () => {
      // The same person registered twice (same name, date and document): neither record is clearly ahead.
      store.putMany([makeRecord({ id: 'R6' })], now)
      const everything = () => {
        const req = byName('1990-03-12')
        if (req.query.kind === 'identify')
          req.query.identify.documents = [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }]
        return req
      }
      const hits = () => askLater(everything).hits
      expect(hits().map((h) => h.band)).toEqual(['possible', 'possible'])
      const [first, second] = hits()
      expect(askLater(() => details(first!.handle))).toMatchObject({ status: 'DENIED', denialReason: 'confirmation' })
      const byDocument = askLater(() =>
        confirmed(second!.handle, { documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] }),
      )
      expect(byDocument.status).toBe('OK')
      expect(lastDecision()).toMatchObject({
        status: 'OK',
        local: { ruleIds: ['dublin'], recordIds: [expect.any(String)] },
      })
    })

    it("audits a details request's confirming identifiers in its keyed query hash, never in clear", () => {
      // The same (unknown) handle and fields each time: only the confirming date differs.
      const handle = new Uint8Array(16).fill(9)
      const hashes = ['1990-03-12', '1990-07-30'].map((dateOfBirth) => {
        const res = askLater(() => confirmed(handle, { documents: [], dateOfBirth }))
        expect(res).toMatchObject({ status: 'DENIED', denialReason: 'handle' })
        const entry = audit.entry(res.auditLeafIndex).entry
        expect(JSON.stringify(decodeAuditEntry(audit.leafData(res.auditLeafIndex)).entry)).not.toContain(dateOfBirth)
        return entry.kind === 'query_received' ? entry.queryHash : ''
      })
      expect(hashes[0]).not.toBe(hashes[1])
    })

    it('does not take the 1 January placeholder of an unknown day as a confirming date', () => {
      store.putMany([makeRecord({ id: 'R1', dateOfBirth: '1990-01-01', documents: [] })], now)
      namesake()
      const handles = askLater(() => byName('1990')).hits.map((h) => h.handle)
      for (const h of handles) {
        expect(askLater(() => confirmed(h, { documents: [], dateOfBirth: '1990-01-01' })).status).toBe('DENIED')
      }
    })

    it('releases a possible hit without confirmation where the policy turns confirmPossibleHits off', () => {
      namesake()
      swappedPolicy = dublinPolicy({ confirmPossibleHits: false, showBand: false })
      const [first] = askLater(() => byName('1990')).hits
      expect(askLater(() => details(first!.handle)).status).toBe('OK')
    })

    it('asks no confirmation for a strong hit', () => {
      const [first] = askLater(identify).hits
      expect(first!.band).toBe('strong')
      expect(askLater(() => details(first!.handle)).status).toBe('OK')
    })
  })

  it('answers details NO_HIT for a record deleted since the hit, or guarded since, and audits the guard', () => {
    const gone = ask(identify()).hits[0]!.handle
    store.delete('R1')
    const deleted = ask(details(gone))
    expect(deleted).toMatchObject({ status: 'NO_HIT', released: [], withheld: [] })
    expect(audit.entry(deleted.auditLeafIndex).entry).toMatchObject({ local: { recordIds: [], guards: [] } })
    store.putMany([makeRecord({ id: 'R1' })], now)
    now += 61_000
    const handle = ask(identify()).hits[0]!.handle
    // Since the hit, R1 records a claim of protection from GRC, the requester.
    store.putMany(
      [makeRecord({ id: 'R1', status: [{ kind: 'refugee', since: '2025' }], fearedCountries: ['GRC'] })],
      now,
    )
    const guarded = ask(details(handle))
    expect(guarded).toMatchObject({ status: 'NO_HIT', released: [], withheld: [] })
    expect(audit.entry(guarded.auditLeafIndex).entry).toMatchObject({
      local: { recordIds: [], guards: [{ recordId: 'R1', guard: expect.stringMatching(/^guard:/) }] },
    })
  })

  it('handleQuery (the path the protocol calls) answers and counts it, then refuses a replay and a flood', async () => {
    const meta = { peerId: 'p', requestDigest: new Uint8Array(32) }
    const handle = async (req: QueryRequest) => {
      const body = await service.handleQuery(req, meta)
      if (body === undefined) throw new Error('dropped without an answer')
      return decodeResponse(body).status
    }
    const first = identify()
    expect(await handle(first)).toBe('OK')
    expect(counted).toEqual([
      {
        peerCountry: 'GRC',
        purpose: 'ASYLUM_RESPONSIBILITY',
        step: 'identify',
        status: 'OK',
        seconds: expect.any(Number),
      },
    ])
    // Its latency in seconds: more than nothing, less than the test's own timeout.
    expect(counted[0]!.seconds).toBeGreaterThan(0)
    expect(counted[0]!.seconds).toBeLessThan(30)
    expect(await handle(first)).toBe('REPLAY')
    // The per-peer flood limit is 3 a minute: the replay did not spend it, two more do.
    expect([await handle(identify()), await handle(identify()), await handle(identify())]).toEqual([
      'OK',
      'OK',
      'RATE_LIMITED',
    ])
    expect(counted.map((c) => c.status)).toEqual(['OK', 'REPLAY', 'OK', 'OK', 'RATE_LIMITED'])
  })

  it('keeps, beside the best match, a record of the same person under another name and holding less', () => {
    // R2: the same passport, registered under another family name and without a date of birth: it
    // fits the question far less well than R1, but the document makes it the same person.
    store.putMany(
      [
        makeRecord({
          id: 'R2',
          names: [{ given: 'Ahmad', family: 'Mansour', script: 'Latn', transliterated: true, type: 'primary' }],
          dateOfBirth: undefined,
          placeOfBirth: undefined,
        }),
      ],
      now,
    )
    const res = ask(
      identifyRequest('GRC', 'ITA', {
        issuedAtMs: now,
        expiresAtMs: now + 60_000,
        query: {
          kind: 'identify',
          identify: {
            names: [{ given: 'Ahmad', family: 'Al Hassan', script: 'Latn', transliterated: true }],
            dateOfBirth: '1990-03-12',
            nationalities: ['SYR'],
            documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }],
          },
        },
      }),
    )
    expect(res.hits).toHaveLength(2)
    expect(audit.entry(res.auditLeafIndex).entry).toMatchObject({ local: { recordIds: ['R1', 'R2'] } })
  })

  it('accepts a handle up to the very millisecond it expires', () => {
    const hit = ask(identify())
    now = hit.hits[0]!.handleExpiresAtMs
    expect(ask(details(hit.hits[0]!.handle)).status).toBe('OK')
    now += 1
    expect(ask(details(hit.hits[0]!.handle))).toMatchObject({ status: 'DENIED', denialReason: 'handle' })
  })

  it('audits which record a details answer released and which rules applied; a denial names no record', () => {
    const hit = ask(identify())
    const res = ask(details(hit.hits[0]!.handle))
    expect(audit.entry(res.auditLeafIndex).entry).toMatchObject({
      status: 'OK',
      released: [{ field: 'names', form: 'exact', ruleId: 'dublin' }],
      withheld: [{ field: 'sex', ruleId: 'default-deny' }],
      local: { ruleIds: ['dublin'], recordIds: ['R1'], guards: [] },
    })
    const denied = ask(
      identifyRequest('GRC', 'ITA', { purpose: 'RETURN_READMISSION', issuedAtMs: now, expiresAtMs: now + 60_000 }),
    )
    expect(denied.status).toBe('DENIED')
    const entry = audit.entry(denied.auditLeafIndex).entry
    expect(entry.kind === 'query_received' && entry.local).toEqual({
      ruleIds: ['default-deny'],
      recordIds: [],
      guards: [],
    })
  })

  it('keeps persisted counters only for the limits a rule sets', () => {
    ask(identify()) // the dublin rule: no limits
    expect(db.prepare('SELECT count(*) FROM policy_counters').pluck().get()).toBe(0)
    ask(identifyRequest('GRC', 'ITA', { purpose: 'BORDER_CHECK', issuedAtMs: now, expiresAtMs: now + 60_000 }))
    expect(db.prepare('SELECT count(*) FROM policy_counters').pluck().get()).toBe(1)
  })

  it('shows the band of a STATISTICS hit where its rule says so, still without a handle', () => {
    swappedPolicy = withRules({
      id: 'stats',
      from: { groups: ['dublin'] },
      purposes: ['STATISTICS'],
      steps: ['identify'],
      showBand: true,
    })
    const res = ask(
      identifyRequest('GRC', 'ITA', { purpose: 'STATISTICS', issuedAtMs: now, expiresAtMs: now + 60_000 }),
    )
    expect(res.hits).toEqual([{ handle: new Uint8Array(), band: 'strong', handleExpiresAtMs: 0 }])
  })

  it('refuses a handle after its expiry', () => {
    const hit = ask(identify())
    now += 49 * HOUR
    expect(ask(details(hit.hits[0]!.handle))).toMatchObject({ status: 'DENIED', denialReason: 'handle' })
  })

  it('refuses a handle for another purpose, even one the policy allows', () => {
    swappedPolicy = policySchema.parse({
      version: 1,
      rules: [
        { id: 'dublin', from: { groups: ['dublin'] }, purposes: ['ASYLUM_RESPONSIBILITY'], fields: { names: 'exact' } },
        { id: 'family', from: { groups: ['dublin'] }, purposes: ['FAMILY_REUNIFICATION'], fields: { names: 'exact' } },
      ],
    })
    const hit = ask(identify())
    const handle = hit.hits[0]!.handle
    const other = ask(details(handle, 'GRC', 'FAMILY_REUNIFICATION'))
    expect(other).toMatchObject({ status: 'DENIED', denialReason: 'handle' })
    expect(other.released).toEqual([])
    const opened = audit.entry(other.auditLeafIndex).entry
    expect(opened.kind === 'query_received' && opened.local?.ruleIds).toEqual(['handle-refused'])
    // The same handle for the purpose it was given for is answered, and carries no denial reason.
    const same = ask(details(handle))
    expect(same.status).toBe('OK')
    expect(same.denialReason).toBeUndefined()
  })

  it('says why a step is denied: no rule (policy), or a rule whose legal basis the request does not meet', () => {
    swappedPolicy = policySchema.parse({
      version: 1,
      rules: [
        { id: 'dublin', from: { groups: ['dublin'] }, purposes: ['ASYLUM_RESPONSIBILITY'], legalBasis: '604/2013' },
      ],
    })
    expect(
      ask(identifyRequest('GRC', 'ITA', { issuedAtMs: now, expiresAtMs: now + 60_000, legalBasis: 'national law' })),
    ).toMatchObject({
      status: 'DENIED',
      denialReason: 'legal_basis',
    })
    expect(
      ask(identifyRequest('GRC', 'ITA', { issuedAtMs: now, expiresAtMs: now + 60_000, purpose: 'BORDER_CHECK' })),
    ).toMatchObject({ status: 'DENIED', denialReason: 'policy' })
  })

  it('refuses a handle presented by another peer', () => {
    const hit = ask(identify('GRC'))
    expect(ask(details(hit.hits[0]!.handle, 'DEU'))).toMatchObject({ status: 'DENIED', denialReason: 'handle' })
  })

  it('answers RATE_LIMITED once the per-peer quota is spent, and audits it in aggregate', () => {
    const responses = [1, 2, 3, 4, 5].map(() => ask(identify()))
    expect(responses.map((r) => r.status)).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED'])
    expect(responses[4]?.auditLeafIndex).toBe(-1)
    const before = audit.size()
    refusals.flush(now)
    expect(audit.size()).toBe(before + 1)
    expect(audit.list().at(-1)?.entry).toMatchObject({ kind: 'query_refusals', code: 'RATE_LIMITED', count: 2 })
  })

  it('answers RATE_LIMITED once a rule limit is spent, counting only answered queries', () => {
    const border = () =>
      ask(identifyRequest('GRC', 'ITA', { purpose: 'BORDER_CHECK', issuedAtMs: now, expiresAtMs: now + 60_000 })).status
    expect([border(), border(), border()]).toEqual(['OK', 'OK', 'RATE_LIMITED'])
    now += 24 * HOUR
    expect(border()).toBe('OK')
  })

  it('counts each rule limit by its own key: per caseworker an hour, per purpose a day, per peer a day', () => {
    swappedPolicy = policySchema.parse({
      version: 1,
      rules: [
        {
          id: 'cw',
          from: { groups: ['dublin'] },
          purposes: ['ASYLUM_RESPONSIBILITY'],
          steps: ['identify'],
          limits: { perCaseworkerPerHour: 1 },
        },
        {
          id: 'fam',
          from: { groups: ['dublin'] },
          purposes: ['FAMILY_REUNIFICATION'],
          steps: ['identify'],
          limits: { perPurposePerDay: 1 },
        },
      ],
    })
    const q = (over: Partial<QueryRequest>) =>
      ask(identifyRequest('GRC', 'ITA', { issuedAtMs: now, expiresAtMs: now + 60_000, ...over })).status
    // per caseworker: another caseworker of the same peer has a quota of their own
    expect([q({ caseworkerPseudonym: 'a' }), q({ caseworkerPseudonym: 'a' }), q({ caseworkerPseudonym: 'b' })]).toEqual(
      ['OK', 'RATE_LIMITED', 'OK'],
    )
    now += 61_000 // past the per-peer flood limit of this setup (3 a minute)
    // per purpose: spent for this peer and purpose, whoever asks; another peer has its own
    expect([
      q({ purpose: 'FAMILY_REUNIFICATION', caseworkerPseudonym: 'a' }),
      q({ purpose: 'FAMILY_REUNIFICATION', caseworkerPseudonym: 'c' }),
      ask(
        identifyRequest('DEU', 'ITA', { purpose: 'FAMILY_REUNIFICATION', issuedAtMs: now, expiresAtMs: now + 60_000 }),
      ).status,
    ]).toEqual(['OK', 'RATE_LIMITED', 'OK'])
    // an hour later the caseworker may ask again; the purpose quota waits for the day
    now += HOUR + 1
    expect(q({ caseworkerPseudonym: 'a' })).toBe('OK')
    expect(q({ purpose: 'FAMILY_REUNIFICATION', caseworkerPseudonym: 'a' })).toBe('RATE_LIMITED')
    now += 24 * HOUR
    expect(q({ purpose: 'FAMILY_REUNIFICATION', caseworkerPseudonym: 'a' })).toBe('OK')
  })

  it('counts a per-peer daily limit per peer and per rule: one peer spending it leaves the others theirs', () => {
    const border = (from: string) =>
      ask(identifyRequest(from, 'ITA', { purpose: 'BORDER_CHECK', issuedAtMs: now, expiresAtMs: now + 60_000 })).status
    // The border rule allows 2 a day per peer (the flood limit, 3 a minute per peer, is not reached).
    expect([border('GRC'), border('GRC'), border('GRC')]).toEqual(['OK', 'OK', 'RATE_LIMITED'])
    expect([border('DEU'), border('DEU')]).toEqual(['OK', 'OK'])
    expect(db.prepare('SELECT key FROM policy_counters ORDER BY key').pluck().all()).toEqual([
      'peer-day:DEU:border',
      'peer-day:GRC:border',
    ])
  })

  it('refuses the second of two identical requests that arrive together: never answered twice', async () => {
    const meta = { peerId: 'p', requestDigest: new Uint8Array(32) }
    const req = identify()
    // Both pass the early replay check; the commit of the first decides the second.
    const statuses = (await Promise.all([service.handleQuery(req, meta), service.handleQuery(req, meta)])).map(
      (b) => decodeResponse(b as Uint8Array).status,
    )
    expect(statuses.sort()).toEqual(['OK', 'REPLAY'])
    expect(audit.list().filter((r) => r.entry.kind === 'query_received')).toHaveLength(1)
  })

  it('answers without a metrics sink', async () => {
    const bare = new QueryService({ ...components, metrics: undefined }, INIT)
    const meta = { peerId: 'p', requestDigest: new Uint8Array(32) }
    expect(decodeResponse((await bare.handleQuery(identify(), meta)) as Uint8Array).status).toBe('OK')
    expect(decodeResponse(bare.refuse('MALFORMED', meta) as Uint8Array).status).toBe('INVALID')
  })

  it('binds every answer to its request: id, digest, responder, time', () => {
    const req = identify()
    const digest = new Uint8Array(32).fill(5)
    const res = decodeResponse(answer(req, { peerId: 'p', requestDigest: digest }))
    expect(res).toMatchObject({
      requestId: req.requestId,
      requestDigest: digest,
      responderCountry: 'ITA',
      issuedAtMs: now,
    })
  })

  it('shows the band only where every applicable rule says so, and audits what the requester was told', () => {
    swappedPolicy = policySchema.parse({
      version: 1,
      rules: [{ id: 'quiet', from: { groups: ['dublin'] }, purposes: ['ASYLUM_RESPONSIBILITY'], showBand: false }],
    })
    const quiet = ask(identify())
    expect(quiet.hits.map((h) => h.band)).toEqual(['undisclosed'])
    swappedPolicy = policySchema.parse({
      version: 1,
      rules: [{ id: 'loud', from: { groups: ['dublin'] }, purposes: ['ASYLUM_RESPONSIBILITY'], showBand: true }],
    })
    const loud = ask(identify())
    expect(loud.hits.map((h) => h.band)).toEqual(['strong'])
    expect(loud.hits[0]?.handleExpiresAtMs).toBe(now + 48 * HOUR)
    const entry = audit.entry(loud.auditLeafIndex).entry
    expect(entry).toMatchObject({
      kind: 'query_received',
      requester: 'GRC',
      purpose: 'ASYLUM_RESPONSIBILITY',
      step: 'identify',
      status: 'OK',
      caseworker: 'cw-test',
      role: 'caseworker',
      caseReferenceHash: audit.keyedHash('case-1'),
      local: { ruleIds: ['loud'], recordIds: ['R1'], guards: [] },
    })
    expect(entry.kind === 'query_received' && entry.queryHash).not.toBe(audit.keyedHash(''))
  })

  it('answers a STATISTICS hit without a handle, so it can never lead to details', () => {
    const res = ask(
      identifyRequest('GRC', 'ITA', { purpose: 'STATISTICS', issuedAtMs: now, expiresAtMs: now + 60_000 }),
    )
    expect(res.status).toBe('OK')
    expect(res.hits).toEqual([{ handle: new Uint8Array(), band: 'undisclosed', handleExpiresAtMs: 0 }])
    expect(db.prepare('SELECT count(*) FROM handles').pluck().get()).toBe(0)
  })

  const PEOPLE = [
    ['Layla', 'Haddad'],
    ['Omar', 'Khoury'],
    ['Rania', 'Nasser'],
    ['Tarek', 'Bitar'],
    ['Huda', 'Mansour'],
    ['Samir', 'Azar'],
    ['Yusuf', 'Sabbagh'],
    ['Nadia', 'Karam'],
  ] as const
  const person = (i: number, id = `P${i}`) =>
    makeRecord({
      id,
      names: [{ given: PEOPLE[i]![0], family: PEOPLE[i]![1], script: 'Latn', transliterated: true, type: 'primary' }],
      documents: [{ type: 'passport', number: `X00${i}`, issuer: 'SYR' }],
    })
  const byNames = (indices: number[]) =>
    identifyRequest('GRC', 'ITA', {
      issuedAtMs: now,
      expiresAtMs: now + 60_000,
      query: {
        kind: 'identify',
        identify: {
          names: indices.map((i) => ({
            given: PEOPLE[i]![0],
            family: PEOPLE[i]![1],
            script: 'Latn',
            transliterated: true,
          })),
          dateOfBirth: '1990-03-12',
          nationalities: [],
          documents: [],
        },
      },
    })

  it('discloses one person per question, however many people its names describe', () => {
    store.putMany(
      PEOPLE.map((_, i) => person(i)),
      now,
    )
    // Each name alone is a hit: the question could harvest eight people. (Two asked: the flood limit is 3.)
    for (const i of [0, 7]) expect([i, ask(byNames([i])).hits.length]).toEqual([i, 1])
    const res = ask(byNames([0, 1, 2, 3, 4, 5, 6, 7]))
    expect(res.hits).toHaveLength(1)
    const opened = audit.entry(res.auditLeafIndex).entry
    expect(opened.kind === 'query_received' && opened.local?.recordIds).toHaveLength(1)
  })

  it("keeps the records consistent with the best match, up to the policy's maxHitsPerQuery", () => {
    // Five records of one person (say, registered five times).
    store.putMany(
      [0, 1, 2, 3, 4].map((n) => person(0, `DUP${n}`)),
      now,
    )
    const res = ask(byNames([0, 1]))
    expect(res.hits).toHaveLength(3) // the default maxHitsPerQuery
    const opened = audit.entry(res.auditLeafIndex).entry
    expect(opened.kind === 'query_received' && opened.local?.recordIds.every((id) => id.startsWith('DUP'))).toBe(true)
  })

  it('refuses a replay inside its window whatever the wall clock did meanwhile', () => {
    // The node purges seen request ids by its steady clock (MrnNode's purge timer); the wall clock
    // jumps two hours ahead for a while, and back.
    const steadyStart = now
    const req = identify()
    expect(ask(req).status).toBe('OK')
    now += 2 * HOUR
    new RequestState(db).purge(steadyNowMs({ nowMs: () => now, steadyNowMs: () => steadyStart + 60_000 }))
    now -= 2 * HOUR
    expect(ask({ ...req }).status).toBe('REPLAY')
  })

  it('would have answered that replay twice had the purge followed the jumped wall clock (the bug this guards)', () => {
    const req = identify()
    expect(ask(req).status).toBe('OK')
    now += 2 * HOUR
    new RequestState(db).purge(steadyNowMs({ nowMs: () => now }))
    now -= 2 * HOUR
    expect(ask({ ...req }).status).toBe('OK')
  })

  it('lets no policy rule disclose a guarded record, not even as a hit', () => {
    const guarded = [
      makeRecord({
        id: 'G1',
        documents: [{ type: 'passport', number: 'G1', issuer: 'SYR' }],
        status: [{ kind: 'refugee' }],
        nationalities: ['GRC'],
      }),
      makeRecord({
        id: 'G2',
        documents: [{ type: 'passport', number: 'G2', issuer: 'SYR' }],
        restrictions: ['court_order'],
      }),
      makeRecord({
        id: 'G3',
        documents: [{ type: 'passport', number: 'G3', issuer: 'SYR' }],
        retentionUntil: '2020-01-01',
      }),
      makeRecord({
        id: 'G4',
        documents: [{ type: 'passport', number: 'G4', issuer: 'SYR' }],
        consentScopes: ['STATISTICS'],
      }),
    ]
    store.putMany(guarded, now)
    const form = fc.constantFrom(...RELEASE_FORMS.filter((f) => f !== 'omit'))
    const anyRule = fc.record({
      id: fc.constant('r'),
      from: fc.constantFrom({ countries: ['GRC'] }, { groups: ['dublin'] }),
      purposes: fc.constant(['ASYLUM_RESPONSIBILITY']),
      showBand: fc.boolean(),
      fields: fc.record({ names: form, dateOfBirth: form }, { requiredKeys: [] }),
    })
    let asked = 0
    fc.assert(
      fc.property(anyRule, fc.constantFrom(...guarded), (rule, record) => {
        const parsed = policySchema.safeParse({ version: 1, rules: [rule] })
        fc.pre(parsed.success)
        swappedPolicy = parsed.data
        now += 60_000 // a new minute: the flood limit of 3 a minute is not what refuses
        const res = ask(
          identifyRequest('GRC', 'ITA', {
            issuedAtMs: now,
            expiresAtMs: now + 60_000,
            query: {
              kind: 'identify',
              identify: {
                names: [],
                nationalities: [],
                documents: [{ type: 'passport', number: record.documents[0]!.number, issuer: 'SYR' }],
              },
            },
          }),
        )
        asked++
        expect(res.status).toBe('NO_HIT')
        expect(res.hits).toEqual([])
      }),
      { numRuns: 60 },
    )
    expect(asked).toBeGreaterThan(30)
    // The same rules do disclose a record no guard protects (the property is not vacuous).
    now += 60_000
    expect(ask(identify()).status).toBe('OK')
  })

  it('never answers a record past its retention date', () => {
    store.putMany([makeRecord({ id: 'R1', retentionUntil: '2026-01-01' })], now)
    expect(ask(identify()).status).toBe('NO_HIT')
  })

  it('answers a non-refoulement guard with bytes identical to a true no-hit but for id, digest, time and index', () => {
    store.putMany(
      [
        makeRecord({
          id: 'R2',
          documents: [{ type: 'passport', number: 'P1', issuer: 'SYR' }],
          status: [{ kind: 'refugee' }],
          fearedCountries: ['GRC'],
        }),
      ],
      now,
    )
    const doc = (number: string) =>
      identifyRequest('GRC', 'ITA', {
        query: {
          kind: 'identify',
          identify: { names: [], nationalities: [], documents: [{ type: 'passport', number, issuer: 'SYR' }] },
        },
      })
    const normalise = (bytes: Uint8Array) => {
      const r = decodeResponse(bytes)
      return encodeResponse({
        ...r,
        requestId: new Uint8Array(16),
        requestDigest: new Uint8Array(32),
        issuedAtMs: 0,
        auditLeafIndex: 0,
      })
    }
    const meta = { peerId: 'p', requestDigest: new Uint8Array(32).fill(9) }
    const guarded = normalise(answer(doc('P1'), meta))
    const nobody = normalise(answer(doc('Z9'), meta))
    expect(Buffer.from(guarded).equals(Buffer.from(nobody))).toBe(true)
    expect(decodeResponse(guarded).status).toBe('NO_HIT')
  })

  it('answers queries that arrive together, each with its own audit entry and leaf index', async () => {
    const bodies = await Promise.all(
      [1, 2, 3].map(() => service.handleQuery(identify(), { peerId: 'p', requestDigest: new Uint8Array(32) })),
    )
    const indices = bodies.map((b) => decodeResponse(b as Uint8Array).auditLeafIndex)
    expect(new Set(indices).size).toBe(3)
    expect(audit.size()).toBe(Math.max(...indices) + 1)
  })

  it('carries the index of its own audit entry in every response', () => {
    const first = ask(identify())
    const second = ask(identify())
    expect(second.auditLeafIndex).toBe(first.auditLeafIndex + 1)
    expect(audit.list()[second.auditLeafIndex]?.entry.kind).toBe('query_received')
  })
  describe('what it counts and logs (never personal data)', () => {
    let lines: LogLine[]
    const build = (
      over: Partial<QueryServiceComponents> = {},
      init: Partial<typeof INIT & { scoringBudgetMs: number }> = {},
    ) => {
      const logger = recordingLogger()
      lines = logger.lines
      return new QueryService({ ...components, logger, ...over }, { ...INIT, ...init })
    }
    const memberMeta = (country: string) => ({
      peerId: components.federation.byCountry(country)!.peerId,
      requestDigest: new Uint8Array(32),
    })

    it('logs an answer once durable: request id, peer, purpose, step, status and milliseconds, no names', async () => {
      const logged = build()
      const req = identify()
      const res = decodeResponse((await logged.handleQuery(req, memberMeta('GRC')))!)
      expect(res.status).toBe('OK')
      expect(lines).toEqual([
        {
          level: 'info',
          msg: 'query answered',
          fields: {
            requestId: Buffer.from(req.requestId).toString('hex'),
            peer: 'GRC',
            purpose: 'ASYLUM_RESPONSIBILITY',
            step: 'identify',
            status: 'OK',
            ms: expect.any(Number),
          },
        },
      ])
      const ms = lines[0]!.fields!.ms as number
      expect(ms).toBeGreaterThan(0)
      expect(ms).toBeLessThan(30_000)
      // Rounded to hundredths of a millisecond.
      expect(ms * 100).toBeCloseTo(Math.round(ms * 100), 6)
      expect(JSON.stringify(lines)).not.toMatch(/Ahmad|Hassan|1990/)
    })

    it('labels a refusal with the country the connection authenticated, never the one the request claims', () => {
      const logged = build()
      const req = identify('DEU')
      // Sent by GRC's connection while claiming DEU.
      const res = decodeResponse(logged.refuse('WRONG_COUNTRY', memberMeta('GRC'), req)!)
      expect(res).toMatchObject({ status: 'UNAUTHENTICATED', auditLeafIndex: -1, requestId: req.requestId })
      expect(counted).toEqual([
        { peerCountry: 'GRC', purpose: 'ASYLUM_RESPONSIBILITY', step: 'identify', status: 'UNAUTHENTICATED' },
      ])
      expect(lines).toEqual([
        {
          level: 'info',
          msg: 'query refused',
          fields: {
            requestId: Buffer.from(req.requestId).toString('hex'),
            purpose: 'ASYLUM_RESPONSIBILITY',
            step: 'identify',
            peer: 'GRC',
            code: 'WRONG_COUNTRY',
            status: 'UNAUTHENTICATED',
            answered: true,
          },
        },
      ])
    })

    it('labels a refusal of a frame that was no request, or from no member, as unknown', () => {
      const logged = build()
      const res = decodeResponse(
        logged.refuse('MALFORMED', { peerId: 'not-a-member', requestDigest: new Uint8Array(32) })!,
      )
      expect(res).toMatchObject({ status: 'INVALID', requestId: new Uint8Array(), auditLeafIndex: -1 })
      expect(counted).toEqual([{ peerCountry: 'unknown', purpose: 'unknown', step: 'unknown', status: 'INVALID' }])
      expect(lines).toEqual([
        {
          level: 'info',
          msg: 'query refused',
          fields: { peer: 'unknown', code: 'MALFORMED', status: 'INVALID', answered: true },
        },
      ])
    })

    it("drops a refusal past the peer's refusal quota without an answer, logged at debug only", () => {
      const logged = build({ refusals: new RefusalLog({ audit }, { answeredPerPeerPerMinute: 1 }) })
      const meta = memberMeta('GRC')
      expect(logged.refuse('MALFORMED', meta)).toBeDefined()
      expect(logged.refuse('MALFORMED', meta)).toBeUndefined()
      expect(lines.map((l) => [l.level, l.fields?.answered])).toEqual([
        ['info', true],
        ['debug', false],
      ])
      // Dropped, still counted.
      expect(counted.map((c) => c.status)).toEqual(['INVALID', 'INVALID'])
    })

    it('counts guard activations as one total per answer', async () => {
      store.putMany(
        [makeRecord({ id: 'R1', status: [{ kind: 'refugee', since: '2025' }], fearedCountries: ['GRC'] })],
        now,
      )
      await service.handleQuery(identify(), memberMeta('GRC'))
      await service.handleQuery(identify('DEU'), memberMeta('DEU'))
      expect(guarded).toEqual([1, 0])
    })

    it('answers a details step through handleQuery, and a denied step without scoring', async () => {
      const meta = memberMeta('GRC')
      const hit = decodeResponse((await service.handleQuery(identify(), meta))!)
      const res = decodeResponse((await service.handleQuery(details(hit.hits[0]!.handle), meta))!)
      expect(res.status).toBe('OK')
      expect(res.released.map((f) => f.name)).toEqual(['names'])
      // No rule for this purpose: denied by policy, and no hit leaks through a score.
      const denied = decodeResponse(
        (await service.handleQuery(
          identifyRequest('GRC', 'ITA', { purpose: 'RETURN_READMISSION', issuedAtMs: now, expiresAtMs: now + 60_000 }),
          meta,
        ))!,
      )
      expect(denied).toMatchObject({ status: 'DENIED', hits: [] })
    })

    it('counts identifies whose scoring ran out of its budget', () => {
      store.putMany(
        [makeRecord({ id: 'R2', dateOfBirth: '1991-01-05' }), makeRecord({ id: 'R3', dateOfBirth: '1992-02-06' })],
        now,
      )
      const within = build()
      expect(decodeResponse(within.answerQuery(identify(), memberMeta('GRC'))!).status).toBe('OK')
      expect(within.stats.scoringBudgetExceeded).toBe(0)
      const starved = build({}, { scoringBudgetMs: 0 })
      starved.answerQuery(identify(), memberMeta('GRC'))
      expect(starved.stats.scoringBudgetExceeded).toBe(1)
    })

    it('withholds a releasable field the record does not hold as not-recorded', () => {
      swappedPolicy = withRules({
        id: 'dublin',
        from: { groups: ['dublin'] },
        purposes: ['ASYLUM_RESPONSIBILITY'],
        fields: { names: 'exact', placeOfBirth: 'exact' },
      })
      store.putMany([makeRecord({ id: 'R1', placeOfBirth: undefined })], now)
      const hit = ask(identify())
      const res = ask(
        identifyRequest('GRC', 'ITA', {
          query: { kind: 'details', details: { handle: hit.hits[0]!.handle, fields: ['names', 'placeOfBirth'] } },
        }),
      )
      expect(res.status).toBe('OK')
      expect(res.released.map((f) => f.name)).toEqual(['names'])
      expect(res.withheld).toEqual([{ name: 'placeOfBirth', ruleId: 'not-recorded' }])
    })
  })

  describe('confirms (what settles a possible hit)', () => {
    const record = makeRecord({
      id: 'R1',
      dateOfBirth: '1990-03-12',
      documents: [
        { type: 'passport', number: 'N0123456', issuer: 'SYR' },
        { type: 'id_card', number: 'K-55', issuer: '' },
      ],
    })
    const doc = (number: string, issuer = ''): DetailsConfirmation => ({
      documents: [{ type: 'passport', number, issuer }],
      dateOfBirth: '',
    })
    it.each([
      ['the same number and issuer', doc('N0123456', 'SYR'), true],
      ['the same number written otherwise', doc('n 0123-456', 'SYR'), true],
      ['the same number, no issuer given', doc('N0123456'), true],
      ['the same number where the record names no issuer', doc('K55', 'TUR'), true],
      ['the same number of another issuer', doc('N0123456', 'TUR'), false],
      ['another number', doc('N0123457', 'SYR'), false],
      ['an empty number (against a record holding none)', doc('--'), false],
      ['the same full date of birth', { documents: [], dateOfBirth: '1990-03-12' }, true],
      ['another date', { documents: [], dateOfBirth: '1990-03-13' }, false],
      ['the year alone', { documents: [], dateOfBirth: '1990' }, false],
      ['nothing', { documents: [], dateOfBirth: '' }, false],
    ])('%s: %s', (_what, confirm, expected) => {
      expect(confirms(confirm as DetailsConfirmation, record)).toBe(expected)
    })
    it('refuses an empty number even against a record whose number is empty', () => {
      const blank = makeRecord({ id: 'R9', documents: [{ type: 'passport', number: '', issuer: 'SYR' }] })
      expect(confirms(doc('', 'SYR') as DetailsConfirmation, blank)).toBe(false)
      expect(confirms(doc('N0123456', 'SYR') as DetailsConfirmation, blank)).toBe(false)
    })
    it('takes only the kinds it is told to', () => {
      const both: DetailsConfirmation = {
        documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }],
        dateOfBirth: '1990-03-12',
      }
      expect(confirms(both, record, ['document'])).toBe(true)
      expect(confirms({ ...both, dateOfBirth: '' }, record, ['dateOfBirth'])).toBe(false)
      expect(confirms({ ...both, documents: [] }, record, ['document'])).toBe(false)
      expect(confirms({ ...both, documents: [] }, record, ['dateOfBirth'])).toBe(true)
      expect(confirms(undefined, record)).toBe(false)
    })
    it('takes a year-only record date as confirmed by nothing', () => {
      const yearOnly = makeRecord({ id: 'R8', dateOfBirth: '1990' })
      expect(confirms({ documents: [], dateOfBirth: '1990' }, yearOnly)).toBe(false)
    })
  })
})
