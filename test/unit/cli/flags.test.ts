import { describe, expect, it } from 'vitest'
import * as flags from '../../../src/cli/flags.js'
import { UsageError } from '../../../src/util/errors.js'

// The caseworker's flags, checked before anything is sent: each message names the flag,
// repeats what was typed and shows what is expected.
const refused = (run: () => unknown): string => {
  try {
    run()
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError)
    return (err as Error).message
  }
  throw new Error('expected a UsageError')
}

describe('caseworker flags', () => {
  it.each<[string, () => unknown, string]>([
    ['--to IT', () => flags.targets(['IT']), '--to: "IT" is not a country code: use ISO 3166-1 alpha-3, e.g. ITA'],
    ['--to ITA,GR', () => flags.targets(['ITA', 'GR']), '--to: "GR" is not a country code'],
    [
      '--dob 12/03/1990',
      () => flags.partialDate('--dob', '12/03/1990'),
      '--dob: "12/03/1990" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1990-03-12',
    ],
    ['--dob 1990-13', () => flags.partialDate('--dob', '1990-13'), '--dob: "1990-13" has no such month'],
    [
      '--dob 1990-02-30',
      () => flags.partialDate('--dob', '1990-02-30'),
      '"1990-02-30" has no such day (1990-02 has 28 days)',
    ],
    ['--dob 2000-02-30 (leap year)', () => flags.partialDate('--dob', '2000-02-30'), '(2000-02 has 29 days)'],
    [
      '--document "passport N0123456"',
      () => flags.document('passport N0123456'),
      '--document: "passport N0123456" has a space in its number; give the type and issuer with colons (e.g. passport:SYR:N0123456',
    ],
    [
      '--document passprot:SYR:N1',
      () => flags.document('passprot:SYR:N1'),
      '"passprot" is not a document type; did you mean passport?',
    ],
    ['--document passport:SY:N1', () => flags.document('passport:SY:N1'), 'issuer "SY" is not a country code'],
    ['--document passport:SYR', () => flags.document('passport:SYR'), 'is not NUMBER or TYPE:ISSUER:NUMBER'],
    ['--document passport:SYR:', () => flags.document('passport:SYR:'), 'has no number'],
    [
      '--fields name,dob',
      () => flags.fields(['names', 'dob']),
      '--fields: "dob" is not a record field; did you mean dateOfBirth?',
    ],
    ['--fields nationalites', () => flags.fields(['nationalites']), 'did you mean nationalities?'],
    ['--fields colour', () => flags.fields(['colour']), '"colour" is not a record field (fields: names, dateOfBirth'],
    [
      'no --legal-basis',
      () => flags.legalBasis('ASYLUM_RESPONSIBILITY', ''),
      '--legal-basis is required for ASYLUM_RESPONSIBILITY: the law that allows this question, e.g. --legal-basis',
    ],
    ['--sex male', () => flags.sex('male'), '--sex: "male" is not M, F or X'],
    ['--script Latin', () => flags.script('Latin'), '--script: "Latin" is not an ISO 15924 script code'],
    [
      '--nationality syria',
      () => flags.countryCodes('--nationality', ['syria']),
      '--nationality: "syria" is not a country code',
    ],
  ])('refuses %s, naming the flag and what is expected', (_what, run, message) => {
    expect(refused(run)).toContain(message)
  })

  it('reads what is right, in the form the node expects', () => {
    expect(flags.targets(['ita', ' deu'])).toEqual(['ITA', 'DEU'])
    expect(flags.targets(['ALL'])).toBe('all')
    expect(flags.partialDate('--dob', '2000-02-29')).toBe('2000-02-29')
    expect(flags.partialDate('--dob', '1990')).toBe('1990')
    expect(flags.document('N0123456')).toEqual({ type: 'passport', issuer: '', number: 'N0123456' })
    expect(flags.document('ID_CARD:grc:AB123')).toEqual({ type: 'id_card', issuer: 'GRC', number: 'AB123' })
    expect(flags.document(':SYR:N1')).toEqual({ type: 'passport', issuer: 'SYR', number: 'N1' })
    expect(flags.fields(['names', 'dateOfBirth'])).toEqual(['names', 'dateOfBirth'])
    expect(flags.legalBasis('STATISTICS', '')).toBe('')
    expect(flags.sex('f')).toBe('F')
    expect(flags.script('arab')).toBe('Arab')
  })
})
