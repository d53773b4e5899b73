import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decideFields, decideStep } from '../../../src/policy/decide.js'
import { FORMS_FOR_FIELD, POLICY_FIELDS } from '../../../src/policy/forms.js'
import { policySchema } from '../../../src/policy/policyFile.js'
import { ageBand, mask, releaseField } from '../../../src/records/minimize.js'
import { hasProtectionClaim } from '../../../src/records/schema.js'
import { makeRecord } from '../../helpers/federation.js'

const NOW = Date.UTC(2026, 10, 26)
const record = makeRecord({ id: 'R', placeOfBirthCountry: 'SYR' })

describe('release forms', () => {
  it.each([
    ['dateOfBirth', 'year_only', { date: '1990' }],
    ['dateOfBirth', 'year_month', { date: '1990-03' }],
    ['dateOfBirth', 'age_band', { text: '35-44' }],
    ['documents', 'masked', { documents: [{ type: 'passport', number: '*****456', issuer: 'SYR' }] }],
    ['documents', 'country_only', { texts: ['SYR'] }],
    ['placeOfBirth', 'country_only', { text: 'SYR' }],
    ['sex', 'presence', { present: true }],
    ['status', 'year_only', { texts: ['applicant since 2024'] }],
  ] as const)('%s as %s is %j', (field, form, value) => {
    expect(releaseField(record, field, form, 'r', NOW)?.value).toEqual(value)
  })

  it('answers presence false for a field the record lacks', () => {
    expect(releaseField(makeRecord({ id: 'X', documents: [] }), 'documents', 'presence', 'r', NOW)?.value).toEqual({
      present: false,
    })
  })

  it.each([
    ['N0123456', '*****456'],
    ['AB', 'AB'],
  ])('mask(%s) = %s', (n, m) => expect(mask(n)).toBe(m))

  it.each([
    ['2010-01-01', '0-17'],
    ['2008-11-27', '0-17'],
    ['2008-11-26', '18-24'],
    ['1950', '65+'],
  ])('ageBand(%s) = %s on 2026-11-26', (dob, band) => expect(ageBand(dob, NOW)).toBe(band))

  it('never releases a field or a form the decision did not allow', () => {
    const formsArb = fc.record(
      Object.fromEntries(POLICY_FIELDS.map((f) => [f, fc.constantFrom(...FORMS_FOR_FIELD[f])])) as Record<
        string,
        fc.Arbitrary<string>
      >,
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(formsArb, formsArb, fc.constantFrom('1990-03-12', '2015-06-01'), (a, b, dob) => {
        const policy = policySchema.parse({
          version: 1,
          minors: { names: 'exact', dateOfBirth: 'age_band' },
          rules: [
            { id: 'a', from: { groups: ['g'] }, purposes: ['ASYLUM_RESPONSIBILITY'], fields: a },
            { id: 'b', from: { groups: ['g'] }, purposes: ['ASYLUM_RESPONSIBILITY'], fields: b },
          ],
        })
        const ctx = {
          requesterCountry: 'ITA',
          requesterGroups: ['g'],
          purpose: 'ASYLUM_RESPONSIBILITY',
          role: 'caseworker',
          legalBasis: 'x',
          step: 'details' as const,
        }
        const step = decideStep(policy, ctx)
        if (!step.allowed) throw new Error('expected allowed')
        const rec = makeRecord({ id: 'R', dateOfBirth: dob, placeOfBirthCountry: 'SYR' })
        for (const d of decideFields(policy, step, { ...rec, protectionClaim: hasProtectionClaim(rec) }, [], NOW)) {
          if (d.form === 'omit') continue
          const released = releaseField(rec, d.field as (typeof POLICY_FIELDS)[number], d.form, d.decidedBy, NOW)
          // The record holds every policy field, so every form but omit releases something, in that form.
          expect(released).toBeDefined()
          expect(released?.form).toBe(d.form)
          expect(FORMS_FOR_FIELD[d.field as (typeof POLICY_FIELDS)[number]]).toContain(d.form)
          if (d.form === 'masked') expect(JSON.stringify(released)).not.toContain('N0123456')
        }
      }),
    )
  })
})
