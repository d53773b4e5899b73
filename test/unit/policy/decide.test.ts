import { describe, expect, it } from 'vitest'
import {
  decideFields,
  decideStep,
  GUARD,
  guardRecord,
  type PolicyRecord,
  type RequestContext,
} from '../../../src/policy/decide.js'
import { type Policy, policySchema } from '../../../src/policy/policyFile.js'

const policy: Policy = policySchema.parse({
  version: 1,
  rules: [
    {
      id: 'dublin',
      from: { groups: ['dublin'] },
      purposes: ['ASYLUM_RESPONSIBILITY'],
      details: ['names', 'dateOfBirth'],
    },
    {
      id: 'ita-family',
      from: { countries: ['ITA'] },
      purposes: ['FAMILY_REUNIFICATION'],
      identify: false,
      details: ['names'],
    },
  ],
})

const ctx = (over: Partial<RequestContext> = {}): RequestContext => ({
  requesterCountry: 'ITA',
  requesterGroups: ['dublin'],
  purpose: 'ASYLUM_RESPONSIBILITY',
  step: 'identify',
  ...over,
})

const record = (over: Partial<PolicyRecord> = {}): PolicyRecord => ({
  nationalities: ['SYR'],
  fearedCountries: [],
  protectionClaim: false,
  restrictions: [],
  ...over,
})

describe('decideStep', () => {
  it.each<[string, Partial<RequestContext>, boolean]>([
    ['a group member for a listed purpose', {}, true],
    ['a non-member of the group', { requesterGroups: [], requesterCountry: 'USA' }, false],
    ['an unlisted purpose', { purpose: 'RETURN_READMISSION' }, false],
    ['identify on a details-only rule', { purpose: 'FAMILY_REUNIFICATION' }, false],
    ['details on a details-only rule', { purpose: 'FAMILY_REUNIFICATION', step: 'details' }, true],
  ])('%s → allowed %s', (_what, over, allowed) => {
    expect(decideStep(policy, ctx(over)).allowed).toBe(allowed)
  })

  it('withholds fields no rule lists as default-deny and names the releasing rule', () => {
    const step = decideStep(policy, ctx({ step: 'details' }))
    if (!step.allowed) throw new Error('expected allowed')
    expect(decideFields(step, ['names', 'placeOfBirth'])).toEqual({
      release: [{ field: 'names', ruleId: 'dublin' }],
      withhold: [{ field: 'placeOfBirth', ruleId: 'default-deny' }],
    })
  })
})

describe('guardRecord', () => {
  it.each<[string, Partial<PolicyRecord>, Partial<RequestContext>, string | undefined]>([
    ['no guard for an ordinary record', {}, {}, undefined],
    [
      'non-refoulement: protected person, requester is their nationality',
      { protectionClaim: true },
      { requesterCountry: 'SYR' },
      GUARD.nonRefoulement,
    ],
    [
      'non-refoulement: protected person, requester is a feared country',
      { protectionClaim: true, fearedCountries: ['ITA'] },
      {},
      GUARD.nonRefoulement,
    ],
    ['no non-refoulement without a protection claim', { fearedCountries: ['ITA'] }, {}, undefined],
    ['retention passed', { retentionUntil: '2026-01-01' }, {}, GUARD.retention],
    ['retention not yet passed', { retentionUntil: '2027-01-01' }, {}, undefined],
    ['restriction flag', { restrictions: ['court_order'] }, {}, GUARD.restriction],
    ['consent excludes the purpose', { consentScopes: ['FAMILY_REUNIFICATION'] }, {}, GUARD.consent],
    ['consent includes the purpose', { consentScopes: ['ASYLUM_RESPONSIBILITY'] }, {}, undefined],
  ])('%s', (_what, rec, over, guard) => {
    expect(guardRecord(record(rec), ctx(over), '2026-11-26')).toBe(guard)
  })
})

describe('policy file', () => {
  it('refuses a rule without requester', () => {
    expect(
      policySchema.safeParse({ version: 1, rules: [{ id: 'x', from: {}, purposes: ['STATISTICS'] }] }).success,
    ).toBe(false)
  })
})
