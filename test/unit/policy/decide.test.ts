import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DENY,
  decideFields,
  decideStep,
  GUARD,
  guardRecord,
  mayBeMinor,
  type PolicyRecord,
  type RequestContext,
} from '../../../src/policy/decide.js'
import { FORM_RANK, POLICY_FIELDS } from '../../../src/policy/forms.js'
import { type Policy, policySchema } from '../../../src/policy/policyFile.js'
import { RELEASE_FORMS } from '../../../src/wire/types.js'

const NOW = Date.UTC(2026, 10, 26)

const policy: Policy = policySchema.parse({
  version: 1,
  minors: { names: 'exact', dateOfBirth: 'year_only' },
  rules: [
    {
      id: 'dublin',
      from: { groups: ['dublin'] },
      purposes: ['ASYLUM_RESPONSIBILITY'],
      legalBasis: '604/2013',
      fields: { names: 'exact', dateOfBirth: 'exact', documents: 'masked' },
    },
    {
      id: 'ita-family',
      from: { countries: ['ITA'] },
      purposes: ['FAMILY_REUNIFICATION'],
      steps: ['details'],
      roles: ['supervisor'],
      fields: { names: 'exact' },
    },
  ],
})

const ctx = (over: Partial<RequestContext> = {}): RequestContext => ({
  requesterCountry: 'ITA',
  requesterGroups: ['dublin'],
  purpose: 'ASYLUM_RESPONSIBILITY',
  role: 'caseworker',
  legalBasis: 'Regulation (EU) 604/2013 Art. 34',
  step: 'identify',
  ...over,
})

const record = (over: Partial<PolicyRecord> = {}): PolicyRecord => ({
  nationalities: ['SYR'],
  fearedCountries: [],
  protectionClaim: false,
  restrictions: [],
  dateOfBirth: '1990-03-12',
  ...over,
})

describe('decideStep', () => {
  it.each<[string, Partial<RequestContext>, boolean | string]>([
    ['a group member for a listed purpose', {}, true],
    ['a country outside the group', { requesterGroups: [], requesterCountry: 'USA' }, DEFAULT_DENY],
    ['an unlisted purpose', { purpose: 'RETURN_READMISSION' }, DEFAULT_DENY],
    ['a legal basis that does not match the pattern', { legalBasis: 'national law' }, 'dublin'],
    ['identify on a details-only rule', { purpose: 'FAMILY_REUNIFICATION', role: 'supervisor' }, DEFAULT_DENY],
    ['details by a role the rule does not list', { purpose: 'FAMILY_REUNIFICATION', step: 'details' }, DEFAULT_DENY],
    ['details by the listed role', { purpose: 'FAMILY_REUNIFICATION', step: 'details', role: 'supervisor' }, true],
  ])('%s → %s', (_what, over, expected) => {
    const d = decideStep(policy, ctx(over))
    if (expected === true) expect(d.allowed).toBe(true)
    else expect(d).toMatchObject({ allowed: false, ruleId: expected })
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
    expect(guardRecord(record(rec), ctx(over), NOW)).toBe(guard)
  })
})

describe('mayBeMinor', () => {
  it.each<[string | undefined, boolean]>([
    ['2008-11-27', true],
    ['2008-11-26', false],
    ['2008', true],
    ['2008-11', true],
    ['2007', false],
    [undefined, false],
  ])('mayBeMinor(%s) on 2026-11-26 = %s', (dob, minor) => {
    expect(mayBeMinor(dob, NOW)).toBe(minor)
  })
})

describe('decideFields', () => {
  const allowed = decideStep(policy, ctx({ step: 'details' }))
  if (!allowed.allowed) throw new Error('expected an allowed step')

  it('gives each field its rule form and withholds unlisted fields by default deny', () => {
    expect(decideFields(policy, allowed, record(), ['names', 'documents', 'placeOfBirth', 'bogus'], NOW)).toEqual([
      { field: 'names', form: 'exact', decidedBy: 'dublin' },
      { field: 'documents', form: 'masked', decidedBy: 'dublin' },
      { field: 'placeOfBirth', form: 'omit', decidedBy: DEFAULT_DENY },
      { field: 'bogus', form: 'omit', decidedBy: DEFAULT_DENY },
    ])
  })

  it('caps the forms for a minor by the minors section', () => {
    expect(
      decideFields(policy, allowed, record({ dateOfBirth: '2015-01-01' }), ['names', 'dateOfBirth', 'documents'], NOW),
    ).toEqual([
      { field: 'names', form: 'exact', decidedBy: 'dublin' },
      { field: 'dateOfBirth', form: 'year_only', decidedBy: GUARD.minor },
      { field: 'documents', form: 'omit', decidedBy: GUARD.minor },
    ])
  })

  // Properties over random policies.
  const formArb = fc.constantFrom(...RELEASE_FORMS)
  const fieldsArb = fc.dictionary(fc.constantFrom(...POLICY_FIELDS), formArb)
  const ruleArb = (id: string) =>
    fc
      .record({ fields: fieldsArb })
      .map((r) => ({ id, from: { groups: ['dublin'] }, purposes: ['ASYLUM_RESPONSIBILITY'], fields: r.fields }))
  const validPolicy = (rules: unknown[], minors: unknown = {}): Policy | undefined => {
    const parsed = policySchema.safeParse({ version: 1, rules, minors })
    return parsed.success ? parsed.data : undefined
  }
  const decide = (p: Policy, rec: PolicyRecord) => {
    const step = decideStep(p, ctx({ step: 'details' }))
    return step.allowed
      ? decideFields(p, step, rec, [], NOW)
      : POLICY_FIELDS.map((f) => ({ field: f, form: 'omit' as const, decidedBy: DEFAULT_DENY }))
  }

  it('never widens a release when a rule is added', () => {
    fc.assert(
      fc.property(ruleArb('a'), ruleArb('b'), fc.boolean(), (a, b, minorRecord) => {
        const one = validPolicy([a])
        const two = validPolicy([a, b])
        fc.pre(one !== undefined && two !== undefined)
        const rec = record({ dateOfBirth: minorRecord ? '2015-05-05' : '1990-05-05' })
        const before = decide(one as Policy, rec)
        const after = decide(two as Policy, rec)
        after.forEach((d, i) => {
          expect(FORM_RANK[d.form]).toBeGreaterThanOrEqual(FORM_RANK[before[i]!.form])
        })
      }),
    )
  })

  it.each([
    ['masked', 'country_only'],
    ['country_only', 'masked'],
  ] as const)(
    'gives documents country_only, and names its rule, when one rule says %s and another %s',
    (first, second) => {
      const p = validPolicy([
        {
          id: 'first',
          from: { countries: ['ITA'] },
          purposes: ['ASYLUM_RESPONSIBILITY'],
          fields: { documents: first },
        },
        {
          id: 'second',
          from: { countries: ['ITA'] },
          purposes: ['ASYLUM_RESPONSIBILITY'],
          fields: { documents: second },
        },
      ]) as Policy
      const documents = decide(p, record({})).find((d) => d.field === 'documents')
      expect(documents).toEqual({
        field: 'documents',
        form: 'country_only',
        decidedBy: first === 'country_only' ? 'first' : 'second',
      })
    },
  )

  it.each<[string, Partial<PolicyRecord>]>([
    ['guard:non-refoulement', { protectionClaim: true, nationalities: ['ITA'] }],
    ['guard:non-refoulement', { protectionClaim: true, nationalities: ['SYR'], fearedCountries: ['ITA'] }],
    ['guard:retention', { retentionUntil: '2020-01-01' }],
    ['guard:restriction', { restrictions: ['court_order'] }],
    ['guard:consent', { consentScopes: ['STATISTICS'] }],
  ])('guardRecord() answers %s for %o, and nothing for the same record without it', (guard, guarded) => {
    // (No policy rule takes part: that guards win over every rule is tested on the answer path,
    // test/unit/records/queryService.test.ts.)
    expect(guardRecord(record(guarded), ctx({ step: 'details' }), NOW)).toBe(guard)
    expect(guardRecord(record({}), ctx({ step: 'details' }), NOW)).toBeUndefined()
  })

  it('never releases a minor field beyond the minors cap', () => {
    fc.assert(
      fc.property(ruleArb('a'), fieldsArb, (rule, minors) => {
        const p = validPolicy([rule], minors)
        fc.pre(p !== undefined)
        for (const d of decide(p as Policy, record({ dateOfBirth: '2016-02-02' }))) {
          const cap = (p as Policy).minors[d.field as keyof Policy['minors']] ?? 'omit'
          expect(FORM_RANK[d.form]).toBeGreaterThanOrEqual(FORM_RANK[cap])
        }
      }),
    )
  })
})

describe('policy file', () => {
  it.each([
    [{ version: 1, rules: [{ id: 'x', from: {}, purposes: ['STATISTICS'] }] }, 'rules.0.from'],
    [
      {
        version: 1,
        rules: [{ id: 'x', from: { groups: ['g'] }, purposes: ['STATISTICS'], fields: { names: 'masked' } }],
      },
      'rules.0.fields.names',
    ],
    [
      { version: 1, rules: [{ id: 'x', from: { groups: ['g'] }, purposes: ['STATISTICS'], legalBasis: '(' }] },
      'rules.0.legalBasis',
    ],
    [{ version: 1, rules: [{ id: 'x', from: { groups: ['g'] }, purposes: ['TOURISM'] }] }, 'rules.0.purposes.0'],
  ])('refuses %j at %s', (data, path) => {
    const r = policySchema.safeParse(data)
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path)
  })
})
