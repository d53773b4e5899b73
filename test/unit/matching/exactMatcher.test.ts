import { describe, expect, it } from 'vitest'
import { exactMatcher } from '../../../src/matching/exactMatcher.js'
import { normalizeDocumentNumber, normalizeName } from '../../../src/matching/normalize.js'
import type { MatchSubject } from '../../../src/matching/types.js'

const subject = (over: Partial<MatchSubject> = {}): MatchSubject => ({
  names: [{ given: 'Ahmad', family: 'Al-Hassan' }],
  dateOfBirth: '1990-03-12',
  nationalities: ['SYR'],
  documents: [{ number: 'N0123456', issuer: 'SYR' }],
  ...over,
})

describe('normalize', () => {
  it.each([
    ['Müller-Lüdenscheidt', 'muller ludenscheidt'],
    ['  ÉLODIE  ', 'elodie'],
    ["O'Brien", 'o brien'],
  ])('normalizeName(%s) = %s', (input, out) => expect(normalizeName(input)).toBe(out))

  it('normalizeDocumentNumber() drops spaces and dashes and folds case', () => {
    expect(normalizeDocumentNumber('ab 12-345')).toBe('AB12345')
  })
})

describe('exactMatcher.compare', () => {
  it.each<[string, Partial<MatchSubject>, string]>([
    ['same document', { names: [{ given: 'X', family: 'Y' }], dateOfBirth: undefined }, 'strong'],
    [
      'same document, other issuer',
      { documents: [{ number: 'N0123456', issuer: 'IRQ' }], dateOfBirth: '1999' },
      'none',
    ],
    [
      'same names in another order and date',
      { names: [{ given: 'Al Hassan', family: 'Ahmad' }], documents: [] },
      'strong',
    ],
    ['same names, other date', { documents: [], dateOfBirth: '1990-03-13' }, 'none'],
    ['other names, same date', { documents: [], names: [{ given: 'Omar', family: 'Haddad' }] }, 'none'],
  ])('%s → %s', (_what, query, band) => {
    expect(exactMatcher.compare(subject(query), subject()).band).toBe(band)
  })

  it('shares a blocking key between a record and a query that matches it', () => {
    const keys = new Set(exactMatcher.recordKeys(subject()))
    expect(exactMatcher.queryKeys(subject({ documents: [] })).some((k) => keys.has(k))).toBe(true)
  })
})
