import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../../src/api/client.js'
import type { QueryInput } from '../../src/api/types.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'
import { withoutPerRequestFields } from '../helpers/rawQuery.js'

// ITA runs the shipped Dublin III Art. 34 profile; SYR is a member (as a
// country of origin could be in some federation) but not in the dublin group.
const ITA_POLICY = `
version: 1
include: [dublin-art34]
rules:
  - id: syr-verification
    from: { countries: [SYR] }
    purposes: [PROTECTION_VERIFICATION]
    legalBasis: '.+'
    fields: { names: exact }
`

describe('policy across real nodes', () => {
  let fed: TestFederation
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    fed = await startFederation([
      { country: 'GRC', groups: ['dublin'] },
      { country: 'SYR', groups: [] },
      {
        country: 'ITA',
        groups: ['dublin'],
        policy: ITA_POLICY,
        records: [
          makeRecord({
            id: 'ITA-REF',
            names: [{ given: 'Layla', family: 'Haddad', script: 'Latn', transliterated: true, type: 'primary' }],
            documents: [{ type: 'passport', number: 'P7654321', issuer: 'SYR' }],
            nationalities: ['SYR'],
            sex: 'F',
            placeOfBirth: 'Homs',
            status: [{ kind: 'refugee', since: '2022-05-01' }],
          }),
        ],
      },
    ])
    for (const c of ['GRC', 'SYR']) tokens[c] = fed.node(c).tokens.create('cw', 'caseworker', Date.now()).token
  })

  afterAll(async () => {
    await fed?.stop()
  })

  const api = (c: string) => new ApiClient(`http://127.0.0.1:${fed.node(c).apiPort()}`, tokens[c] as string)
  const person: QueryInput['person'] = { documents: [{ type: 'passport', number: 'P7654321', issuer: 'SYR' }] }

  it("answers the refugee's country of nationality NO_HIT, as for a person never recorded", async () => {
    const guarded = await api('SYR').query({
      purpose: 'PROTECTION_VERIFICATION',
      legalBasis: 'bilateral',
      to: ['ITA'],
      person,
    })
    const nobody = await api('SYR').query({
      purpose: 'PROTECTION_VERIFICATION',
      legalBasis: 'bilateral',
      to: ['ITA'],
      person: { documents: [{ type: 'passport', number: 'P0000000', issuer: 'SYR' }] },
    })
    expect(guarded.results[0]?.outcome).toBe('no_hit')
    expect(withoutPerRequestFields(guarded.results[0])).toEqual(withoutPerRequestFields(nobody.results[0]))
    // ITA's own audit log shows the guard, the response did not.
    const entry = fed
      .node('ITA')
      .audit.list(0, 1000)
      .map((r) => r.entry)
      .find((e) => e.kind === 'query_received' && e.requestId === guarded.results[0]?.requestId)
    expect(entry).toMatchObject({
      status: 'NO_HIT',
      local: { guards: [{ recordId: 'ITA-REF', guard: 'guard:non-refoulement' }] },
    })
  })

  it('gives a Dublin peer a hit and, on details, only the Article 34 fields', async () => {
    const legalBasis = 'Regulation (EU) No 604/2013, Art. 34'
    const hit = await api('GRC').query({ purpose: 'ASYLUM_RESPONSIBILITY', legalBasis, to: ['ITA'], person })
    expect(hit.results[0]?.outcome).toBe('ok')
    const details = await api('GRC').details({
      country: 'ITA',
      handle: hit.results[0]!.hits![0]!.handle,
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis,
    })
    expect(details.released?.map((f) => f.name).sort()).toEqual([
      'dateOfBirth',
      'documents',
      'names',
      'nationalities',
      'placeOfBirth',
      'status',
    ])
    expect(details.released?.every((f) => f.ruleId === 'dublin-art34')).toBe(true)
    expect(details.withheld).toEqual([{ name: 'sex', ruleId: 'default-deny' }])
  })

  it('refuses a Dublin request whose legal basis does not cite the Regulation, naming the rule', async () => {
    const out = await api('GRC').query({
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: 'national aliens act',
      to: ['ITA'],
      person,
    })
    expect(out.results[0]?.outcome).toBe('denied')
    const entry = fed
      .node('ITA')
      .audit.list(0, 1000)
      .map((r) => r.entry)
      .at(-1)
    expect(entry).toMatchObject({ kind: 'query_received', status: 'DENIED', local: { ruleIds: ['dublin-art34'] } })
  })
})
