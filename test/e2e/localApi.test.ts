import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../../src/api/client.js'
import type { QueryInput } from '../../src/api/types.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'
import { withoutPerRequestFields } from '../helpers/rawQuery.js'

const ITA_POLICY = `
version: 1
rules:
  - id: dublin-art34
    from: { groups: [dublin] }
    purposes: [ASYLUM_RESPONSIBILITY]
    showBand: true
    fields: { names: exact, dateOfBirth: exact, nationalities: exact, documents: exact }
  - id: border-check-hit-only
    from: { countries: [GRC] }
    purposes: [BORDER_CHECK]
    steps: [identify]
`

describe('local API and two-step disclosure across real nodes', () => {
  let fed: TestFederation
  let base: string
  let caseworker: string
  let auditor: string

  beforeAll(async () => {
    fed = await startFederation([
      { country: 'GRC' },
      {
        country: 'ITA',
        policy: ITA_POLICY,
        records: [
          makeRecord({ id: 'ITA-1' }),
          // A recognised refugee from Syria: must never be revealed to Syria (not a member here) nor to
          // a country they fear. GRC is listed as feared to exercise the guard.
          makeRecord({
            id: 'ITA-2',
            names: [{ given: 'Layla', family: 'Haddad', script: 'Latn', transliterated: true, type: 'primary' }],
            documents: [{ type: 'passport', number: 'P7654321', issuer: 'SYR' }],
            status: [{ kind: 'refugee', since: '2022' }],
            fearedCountries: ['GRC'],
          }),
          // Recorded only as written in Arabic script, with a partial date and no document.
          makeRecord({
            id: 'ITA-3',
            names: [{ given: 'يوسف', family: 'حداد', script: 'Arab', transliterated: false, type: 'primary' }],
            dateOfBirth: '1985-07',
            documents: [],
            status: [{ kind: 'irregular_stay' }],
          }),
        ],
      },
      { country: 'DEU' },
    ])
    const grc = fed.node('GRC')
    base = `http://127.0.0.1:${grc.apiPort()}`
    caseworker = grc.tokens.create('alice', 'caseworker', Date.now()).token
    auditor = grc.tokens.create('dora', 'auditor', Date.now()).token
  })

  afterAll(async () => {
    await fed?.stop()
  })

  const asylum = (person: QueryInput['person'], to: QueryInput['to'] = ['ITA']): QueryInput => ({
    purpose: 'ASYLUM_RESPONSIBILITY',
    legalBasis: 'Reg. 604/2013 Art. 34',
    to,
    person,
  })

  it('refuses API calls without a valid bearer token', async () => {
    const none = await fetch(`${base}/v1/status`)
    expect(none.status).toBe(401)
    const wrong = await fetch(`${base}/v1/queries`, {
      method: 'POST',
      headers: { authorization: 'Bearer mrn_not-a-token', 'content-type': 'application/json' },
      body: JSON.stringify(asylum({ documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] })),
    })
    expect(wrong.status).toBe(401)
  })

  it('refuses queries from a role that may not send them', async () => {
    await expect(
      new ApiClient(base, auditor).query(asylum({ documents: [{ type: 'passport', number: 'X1', issuer: '' }] })),
    ).rejects.toThrow(/403/)
  })

  it('refuses a query without a legal basis, naming the field', async () => {
    await expect(
      new ApiClient(base, caseworker).query({
        ...asylum({ documents: [{ type: 'passport', number: 'X1', issuer: '' }] }),
        legalBasis: '',
      }),
    ).rejects.toThrow(/legalBasis is required/)
  })

  it('finds a hit, then gets details with the fields outside the rule withheld and named', async () => {
    const api = new ApiClient(base, caseworker)
    const out = await api.query(
      asylum({ documents: [{ type: 'passport', number: 'N 0123456', issuer: 'SYR' }] }, 'all'),
    )
    const ita = out.results.find((r) => r.country === 'ITA')
    expect(ita?.outcome).toBe('ok')
    expect(ita?.hits?.[0]?.band).toBe('strong')
    expect(out.results.find((r) => r.country === 'DEU')?.outcome).toBe('no_hit')

    const details = await api.details({
      country: 'ITA',
      handle: ita!.hits![0]!.handle,
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: 'Reg. 604/2013 Art. 34',
      fields: ['names', 'dateOfBirth', 'placeOfBirth', 'status'],
    })
    expect(details.outcome).toBe('ok')
    expect(details.released?.map((f) => f.name).sort()).toEqual(['dateOfBirth', 'names'])
    expect(details.withheld).toEqual(
      expect.arrayContaining([
        { name: 'placeOfBirth', ruleId: 'default-deny' },
        { name: 'status', ruleId: 'default-deny' },
      ]),
    )
  })

  it('refuses details for a field that is not a record field (400), so no typo reaches the audit log', async () => {
    const api = new ApiClient(base, caseworker)
    const out = await api.query(
      asylum({ documents: [{ type: 'passport', number: 'N 0123456', issuer: 'SYR' }] }, ['ITA']),
    )
    const before = fed.node('GRC').audit.size()
    await expect(
      api.details({
        country: 'ITA',
        handle: out.results[0]!.hits![0]!.handle,
        purpose: 'ASYLUM_RESPONSIBILITY',
        legalBasis: 'Reg. 604/2013 Art. 34',
        fields: ['names', 'dob'],
      }),
    ).rejects.toThrow(/\(400\).*fields/)
    expect(fed.node('GRC').audit.size()).toBe(before)
  })

  it('finds a person recorded in Arabic script from a query in Latin letters', async () => {
    const out = await new ApiClient(base, caseworker).query(
      asylum({ names: [{ given: 'Youssef', family: 'Haddad' }], dateOfBirth: '1985-07-21', nationalities: ['SYR'] }),
    )
    expect(out.results[0]?.outcome).toBe('ok')
    expect(out.results[0]?.hits).toHaveLength(1)
  })

  it('refuses details for a handle used with another purpose', async () => {
    const api = new ApiClient(base, caseworker)
    const out = await api.query(asylum({ documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] }))
    const handle = out.results[0]!.hits![0]!.handle
    const details = await api.details({
      country: 'ITA',
      handle,
      purpose: 'BORDER_CHECK',
      legalBasis: 'Schengen Borders Code',
    })
    expect(details.outcome).toBe('denied')
    expect(details.released).toBeUndefined()
  })

  it('answers a purpose the peer policy does not allow as denied', async () => {
    const out = await new ApiClient(base, caseworker).query({
      ...asylum({ documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] }),
      purpose: 'FAMILY_REUNIFICATION',
    })
    expect(out.results[0]?.outcome).toBe('denied')
  })

  it('answers a query about a protected person from a country they fear exactly like a true no-hit', async () => {
    const api = new ApiClient(base, caseworker)
    const guarded = await api.query(asylum({ documents: [{ type: 'passport', number: 'P7654321', issuer: 'SYR' }] }))
    const nobody = await api.query(asylum({ documents: [{ type: 'passport', number: 'Z9999999', issuer: 'SYR' }] }))
    expect(guarded.results[0]?.outcome).toBe('no_hit')
    expect(withoutPerRequestFields(guarded.results[0])).toEqual(withoutPerRequestFields(nobody.results[0]))
  })

  it('reports status with members and counts', async () => {
    const s = await new ApiClient(base, auditor).status()
    expect(s.country).toBe('GRC')
    expect(s.members.map((m) => m.country).sort()).toEqual(['DEU', 'GRC', 'ITA'])
    expect(s.auditEntries).toBeGreaterThan(0)
    expect(s.membership).toBe('hand-exchanged')
  })

  it('reports per member when it was last heard from', async () => {
    const before = Date.now()
    await new ApiClient(base, caseworker).query(
      asylum({ documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] }),
    )
    const s = await new ApiClient(base, auditor).status()
    const ita = s.members.find((m) => m.country === 'ITA')
    expect(Date.parse(ita?.lastContact ?? '')).toBeGreaterThanOrEqual(before - 1000)
    expect(ita?.lastError).toBeUndefined()
    // and from the responder's side, the requester is a contact too
    const grcSeenByIta = fed
      .node('ITA')
      .status()
      .members.find((m) => m.country === 'GRC')
    expect(Date.parse(grcSeenByIta?.lastContact ?? '')).toBeGreaterThanOrEqual(before - 1000)
  })

  it('audits sent queries and received responses on the requester side', async () => {
    const size = fed.node('GRC').audit.size()
    const out = await new ApiClient(base, caseworker).query(
      asylum({ documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] }),
    )
    const added = fed
      .node('GRC')
      .audit.list(size, 10_000)
      .map((r) => r.entry)
    expect(added).toEqual([
      expect.objectContaining({ kind: 'query_sent', requests: [expect.objectContaining({ country: 'ITA' })] }),
      expect.objectContaining({ kind: 'response_received', requestId: out.results[0]?.requestId, outcome: 'ok' }),
    ])
  })
})
