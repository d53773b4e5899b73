import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { ApiClient } from '../../src/api/client.js'
import type { QueryInput } from '../../src/api/types.js'
import type { MigrantRecord } from '../../src/records/schema.js'
import { mrnEntryPoint } from '../../src/util/mrnBinary.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'

// GRC asks; SYR is a member and the state its protected people fled; ITA holds
// the same people and may be asked. What reaches SYR is read from SYR's own
// query server counters and audit log.

const name = (given: string, family: string): MigrantRecord['names'] => [
  { given, family, script: 'Latn', transliterated: true, type: 'primary' },
]
const PROTECTED = makeRecord({
  id: 'P-1',
  names: name('Ahmad', 'Al Hassan'),
  documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }],
  status: [{ kind: 'applicant', since: '2024' }],
})
const REJECTED = makeRecord({
  id: 'R-1',
  names: name('Karim', 'Darwish'),
  dateOfBirth: '1984-06-02',
  documents: [{ type: 'passport', number: 'N5550001', issuer: 'SYR' }],
  status: [
    { kind: 'applicant', since: '2021' },
    { kind: 'rejected', since: '2023' },
  ],
})
const UNKNOWN_TO_GRC = makeRecord({
  id: 'U-1',
  names: name('Salma', 'Qassem'),
  dateOfBirth: '1995-01-09',
  sex: 'F',
  documents: [{ type: 'passport', number: 'N7770001', issuer: 'SYR' }],
  status: [],
})
const personOf = (r: MigrantRecord): QueryInput['person'] => ({
  names: r.names.map((n) => ({ given: n.given, family: n.family })),
  dateOfBirth: r.dateOfBirth,
  documents: r.documents.map((d) => ({ type: d.type, number: d.number, issuer: d.issuer })),
})
// SYR answers GRC's return questions (so an exception's question is visibly answered).
const SYR_POLICY = `
version: 1
rules:
  - id: returns
    from: { countries: [GRC] }
    purposes: [RETURN_READMISSION, ASYLUM_RESPONSIBILITY]
    fields: { names: exact }
`

describe('the outgoing guard', () => {
  let fed: TestFederation
  let caseworker: ApiClient
  let supervisor: ApiClient
  let caseworkerToken: string

  beforeAll(async () => {
    fed = await startFederation([
      { country: 'GRC', records: [PROTECTED, REJECTED] },
      { country: 'ITA', records: [PROTECTED, REJECTED, UNKNOWN_TO_GRC] },
      { country: 'SYR', groups: [], policy: SYR_POLICY },
    ])
    const base = `http://127.0.0.1:${fed.node('GRC').apiPort()}`
    caseworkerToken = fed.node('GRC').tokens.create('cw', 'caseworker', Date.now()).token
    caseworker = new ApiClient(base, caseworkerToken)
    supervisor = new ApiClient(base, fed.node('GRC').tokens.create('sv', 'supervisor', Date.now()).token)
  })

  afterAll(async () => {
    await fed?.stop()
  })

  /** What SYR has seen of GRC: request frames read by its query server, and answers in its audit log. */
  const seenBySyr = (): { requests: number; received: number } => ({
    requests: fed.node('SYR').server.stats.requests,
    received: fed
      .node('SYR')
      .audit.list(0, 100_000)
      .filter((r) => r.entry.kind === 'query_received' && r.entry.requester === 'GRC').length,
  })
  const grcLog = () =>
    fed
      .node('GRC')
      .audit.list(0, 100_000)
      .map((r) => r.entry)
  const asylum = (person: QueryInput['person'], to: QueryInput['to']): QueryInput => ({
    purpose: 'ASYLUM_RESPONSIBILITY',
    legalBasis: 'Regulation (EU) No 604/2013, Art. 34',
    to,
    person,
  })

  const guardActivations = async (): Promise<number> => {
    const metric = await fed.node('GRC').metrics?.registry.getSingleMetric('mrn_guard_activations_total')?.get()
    return metric?.values.reduce((a, v) => a + v.value, 0) ?? Number.NaN
  }

  it("skips the feared state on `to: all` when this node's own record shows a claim, and says so", async () => {
    const before = seenBySyr()
    const guardsBefore = await guardActivations()
    const out = await caseworker.query(asylum(personOf(PROTECTED), 'all'))
    expect(await guardActivations()).toBe(guardsBefore + 1)
    expect(out.results.find((r) => r.country === 'SYR')).toMatchObject({
      outcome: 'not_asked',
      guard: 'guard:non-refoulement',
    })
    expect(out.results.find((r) => r.country === 'ITA')?.outcome).toBe('ok')
    expect(seenBySyr()).toEqual(before)
    const sent = grcLog().findLast((e) => e.kind === 'query_sent')
    expect(sent).toMatchObject({
      requests: [{ country: 'ITA' }],
      notAsked: [{ country: 'SYR', guard: 'guard:non-refoulement' }],
    })
  })

  it('refuses a question that names the feared state, sends nothing anywhere, and audits the refusal', async () => {
    const syrBefore = seenBySyr()
    const itaBefore = fed.node('ITA').server.stats.requests
    await expect(caseworker.query(asylum(personOf(PROTECTED), ['ITA', 'SYR']))).rejects.toThrow(
      /\(403\).*not sent to any country.*SYR \(guard:non-refoulement: as this node's own records show/,
    )
    expect(seenBySyr()).toEqual(syrBefore)
    expect(fed.node('ITA').server.stats.requests).toBe(itaBefore)
    expect(grcLog().at(-1)).toMatchObject({
      kind: 'query_refused',
      role: 'caseworker',
      notAsked: [{ country: 'SYR', guard: 'guard:non-refoulement' }],
    })
  })

  it("refuses a question carrying a protected person's document under another name", async () => {
    const syrBefore = seenBySyr()
    // Name and year disagree with GRC's record of that person enough that, but for the document, they would not match.
    const person = {
      names: [{ given: 'Hadi', family: 'Nouri' }],
      dateOfBirth: '1979',
      documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }],
    }
    await expect(caseworker.query(asylum(person, ['SYR']))).rejects.toThrow(/\(403\).*SYR \(guard:non-refoulement/)
    expect(seenBySyr()).toEqual(syrBefore)
  })

  it('guards a person this node does not hold when the caseworker declares the claim', async () => {
    const person = { ...personOf(UNKNOWN_TO_GRC), protectionClaim: 'applicant' as const, fearedCountries: ['SYR'] }
    const before = seenBySyr()
    const out = await caseworker.query(asylum(person, 'all'))
    expect(out.results.find((r) => r.country === 'SYR')?.outcome).toBe('not_asked')
    expect(seenBySyr()).toEqual(before)
    // Without the declaration nothing here knows the claim, and SYR is asked.
    await caseworker.query(asylum(personOf(UNKNOWN_TO_GRC), ['SYR']))
    expect(seenBySyr().requests).toBe(before.requests + 1)
  })

  it.each([
    ['a caseworker', 'caseworker', 'RETURN_READMISSION'],
    ['a supervisor with another purpose', 'supervisor', 'ASYLUM_RESPONSIBILITY'],
  ] as const)('keeps the guard for %s after a final rejection', async (_, role, purpose) => {
    const api = role === 'supervisor' ? supervisor : caseworker
    const before = seenBySyr()
    await expect(
      api.query({ purpose, legalBasis: 'Directive 2008/115/EC', to: ['SYR'], person: personOf(REJECTED) }),
    ).rejects.toThrow(/\(403\)/)
    expect(seenBySyr()).toEqual(before)
  })

  it("lets a supervisor's RETURN_READMISSION question reach the feared state after a final rejection recorded here", async () => {
    const before = seenBySyr()
    const out = await supervisor.query({
      purpose: 'RETURN_READMISSION',
      legalBasis: 'Directive 2008/115/EC, Art. 6',
      to: ['SYR'],
      person: personOf(REJECTED),
    })
    expect(out.results[0]?.outcome).toBe('no_hit')
    expect(seenBySyr()).toEqual({ requests: before.requests + 1, received: before.received + 1 })
    expect(grcLog().findLast((e) => e.kind === 'query_sent')).toMatchObject({
      askedUnderException: [{ country: 'SYR', guard: 'guard:non-refoulement' }],
    })
  })

  it('decides again at the details step, and only for handles this node received', async () => {
    const out = await caseworker.query(asylum(personOf(PROTECTED), ['ITA']))
    const handle = out.results[0]?.hits?.[0]?.handle as string
    const details = { handle, purpose: 'ASYLUM_RESPONSIBILITY' as const, legalBasis: 'Reg. 604/2013 Art. 34' }
    expect((await caseworker.details({ ...details, country: 'ITA' })).outcome).toBe('ok')
    await expect(caseworker.details({ ...details, country: 'SYR' })).rejects.toThrow(/issued by ITA, not SYR/)
    await expect(caseworker.details({ ...details, country: 'ITA', handle: 'AAAAAAAAAAAAAAAAAAAAAA' })).rejects.toThrow(
      /not one this node received/,
    )
  })

  it('refuses details from the feared state by anyone but the supervisor the exception allowed', async () => {
    // SYR's own records: give it the rejected person so that it answers with a handle (taken back at
    // the end: the other tests, in any order, expect SYR to hold no one).
    fed.node('SYR').records.putMany([REJECTED], Date.now())
    onTestFinished(() => {
      fed.node('SYR').records.delete(REJECTED.id)
    })
    const out = await supervisor.query({
      purpose: 'RETURN_READMISSION',
      legalBasis: 'Directive 2008/115/EC, Art. 6',
      to: ['SYR'],
      person: personOf(REJECTED),
    })
    const handle = out.results[0]?.hits?.[0]?.handle as string
    expect(handle).toBeDefined()
    const before = seenBySyr()
    await expect(
      caseworker.details({ country: 'SYR', handle, purpose: 'RETURN_READMISSION', legalBasis: 'x' }),
    ).rejects.toThrow(/\(403\)/)
    expect(seenBySyr()).toEqual(before)
    const allowed = await supervisor.details({ country: 'SYR', handle, purpose: 'RETURN_READMISSION', legalBasis: 'x' })
    expect(allowed.outcome).toBe('ok')
    expect(seenBySyr().requests).toBe(before.requests + 1)
  })

  it("weighs a details confirmation too: a protected person's document is never sent to the state they fled", async () => {
    // SYR holds someone by a name GRC does not know, so the identify question may go to SYR.
    const stranger = makeRecord({ id: 'S-1', names: name('Hadi', 'Nouri'), dateOfBirth: '1979-11-23', documents: [] })
    fed.node('SYR').records.putMany([stranger], Date.now())
    onTestFinished(() => {
      fed.node('SYR').records.delete(stranger.id)
    })
    const out = await caseworker.query(
      asylum({ names: [{ given: 'Hadi', family: 'Nouri' }], dateOfBirth: '1979' }, ['SYR']),
    )
    const handle = out.results[0]?.hits?.[0]?.handle as string
    expect(handle).toBeDefined()
    const before = seenBySyr()
    // The confirming document is the passport of a person GRC's own records show under protection.
    await expect(
      caseworker.details({
        country: 'SYR',
        handle,
        purpose: 'ASYLUM_RESPONSIBILITY',
        legalBasis: 'Reg. 604/2013 Art. 34',
        confirm: { documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] },
      }),
    ).rejects.toThrow(/guard/)
    expect(seenBySyr()).toEqual(before)
  })

  it('mrn query: --protection and --feared skip the feared state; naming it exits 1 with the reason', async () => {
    const run = promisify(execFile)
    const base = ['query', '--api', `http://127.0.0.1:${fed.node('GRC').apiPort()}`, '--token', caseworkerToken]
    const ask = ['--purpose', 'ASYLUM_RESPONSIBILITY', '--legal-basis', 'Reg. 604/2013', '--given', 'Salma']
    const { stdout } = await run(process.execPath, [
      mrnEntryPoint(),
      ...base,
      ...ask,
      '--family',
      'Qassem',
      '--to',
      'all',
      '--protection',
      'refugee',
      '--feared',
      'syr',
      '--json',
    ])
    const results = (JSON.parse(stdout) as { results: { country: string; outcome: string }[] }).results
    expect(results.find((r) => r.country === 'SYR')?.outcome).toBe('not_asked')
    const named = await run(process.execPath, [
      mrnEntryPoint(),
      ...base,
      ...ask,
      '--family',
      'Qassem',
      '--to',
      'SYR',
      '--protection',
      'applicant',
      '--nationality',
      'SYR',
    ]).catch((err: { code: number; stderr: string }) => err)
    expect(named).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/SYR \(guard:non-refoulement: as the query declares/),
    })
  })
})
