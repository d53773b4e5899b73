import { describe, expect, it } from 'vitest'
import type { PolicyRecord, RequestContext } from '../../../src/policy/decide.js'
import { explainDecision } from '../../../src/policy/explain.js'
import { policySchema } from '../../../src/policy/policyFile.js'

const NOW = Date.UTC(2026, 10, 27)
const policy = policySchema.parse({
  version: 1,
  rules: [
    {
      id: 'dublin',
      from: { groups: ['dublin'] },
      purposes: ['ASYLUM_RESPONSIBILITY'],
      legalBasis: '604/2013',
      showBand: true,
      fields: { names: 'exact', dateOfBirth: 'year_only' },
    },
  ],
})
const ctx = (overrides: Partial<RequestContext> = {}): RequestContext => ({
  requesterCountry: 'ITA',
  requesterGroups: ['dublin'],
  purpose: 'ASYLUM_RESPONSIBILITY',
  role: 'caseworker',
  legalBasis: 'Reg. 604/2013',
  step: 'details',
  ...overrides,
})
const record = (overrides: Partial<PolicyRecord> = {}): PolicyRecord => ({
  nationalities: ['SYR'],
  fearedCountries: [],
  protectionClaim: false,
  restrictions: [],
  dateOfBirth: '1990-03-12',
  ...overrides,
})

describe('explainDecision()', () => {
  it('names the rule, the band setting and each field form for an allowed details step', () => {
    expect(explainDecision(policy, ctx(), record(), NOW, ['names', 'dateOfBirth', 'sex'])).toEqual({
      step: { allowed: true, rules: ['dublin'], showBand: true },
      fields: [
        { field: 'names', form: 'exact', decidedBy: 'dublin' },
        { field: 'dateOfBirth', form: 'year_only', decidedBy: 'dublin' },
        { field: 'sex', form: 'omit', decidedBy: 'default-deny' },
      ],
    })
  })

  it('explains a refused step by the rule and reason, with no fields', () => {
    const out = explainDecision(policy, ctx({ legalBasis: 'none' }), record(), NOW, ['names'])
    expect(out.step).toMatchObject({ allowed: false, rules: ['dublin'], reason: expect.any(String) })
    expect(out.fields).toEqual([])
    expect(explainDecision(policy, ctx({ requesterGroups: [] }), record(), NOW).step).toMatchObject({
      allowed: false,
      rules: ['default-deny'],
    })
  })

  it('names the guard that hides the record, with no fields', () => {
    const out = explainDecision(policy, ctx(), record({ protectionClaim: true, fearedCountries: ['ITA'] }), NOW, [
      'names',
    ])
    expect(out).toEqual({
      step: { allowed: true, rules: ['dublin'], showBand: true },
      guard: 'guard:non-refoulement',
      fields: [],
    })
  })

  it('decides no fields for the identify step', () => {
    expect(explainDecision(policy, ctx({ step: 'identify' }), record(), NOW, ['names']).fields).toEqual([])
  })
})
