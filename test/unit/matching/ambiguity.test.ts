import { describe, expect, it } from 'vitest'
import { ambiguity, answerBands, type Contender, STRONG_MARGIN } from '../../../src/matching/ambiguity.js'
import { createMatcher, discriminatingAgreement } from '../../../src/matching/matcher.js'
import type { MatchSubject } from '../../../src/matching/types.js'

const c = (band: Contender['band'], weight: number, discriminating: boolean): Contender => ({
  band,
  weight,
  agreedOn: discriminating ? ['dateOfBirth'] : [],
})

describe('answerBands: strong only when clearly ahead on evidence beyond names', () => {
  it('keeps strong for a lone best match that agrees on a document or a full date', () => {
    const best = c('strong', 30, true)
    expect([...answerBands([best]).values()]).toEqual(['strong'])
  })

  it('makes a strong match on names alone possible', () => {
    const best = c('strong', 30, false)
    expect(answerBands([best]).get(best)).toBe('possible')
  })

  it('makes both namesakes possible when the next one agrees as well and comes within the margin', () => {
    const a = c('strong', 30, true)
    const b = c('strong', 30 - STRONG_MARGIN + 0.5, true)
    const bands = answerBands([a, b])
    expect([bands.get(a), bands.get(b)]).toEqual(['possible', 'possible'])
  })

  it('keeps strong when the next discriminating one is the margin or more behind, and makes the rest possible', () => {
    const a = c('strong', 30, true)
    const b = c('strong', 30 - STRONG_MARGIN, true)
    const d = c('possible', 15, false)
    const bands = answerBands([a, b, d])
    expect([bands.get(a), bands.get(b), bands.get(d)]).toEqual(['strong', 'possible', 'possible'])
  })

  it('compares with the next one that agrees on discriminating evidence, not with name-only matches', () => {
    const a = c('strong', 30, true)
    const nameOnly = c('strong', 29, false)
    expect(answerBands([a, nameOnly]).get(a)).toBe('strong')
  })

  it('never makes a possible match strong', () => {
    const a = c('possible', 18, true)
    expect(answerBands([a]).get(a)).toBe('possible')
    expect(answerBands([]).size).toBe(0)
  })
})

describe('discriminatingAgreement', () => {
  const matcher = createMatcher()
  const person = (over: Partial<MatchSubject>): MatchSubject => ({
    names: [{ given: 'Omar', family: 'Haddad', script: 'Latn' }],
    nationalities: ['SYR'],
    documents: [],
    ...over,
  })
  const judge = (q: Partial<MatchSubject>, r: Partial<MatchSubject>): boolean => {
    const pq = matcher.prepare(person(q))
    return discriminatingAgreement(pq, matcher.compare(pq, matcher.prepare(person(r)))).length > 0
  }

  it.each<[string, Partial<MatchSubject>, Partial<MatchSubject>, boolean]>([
    ['the same full date of birth', { dateOfBirth: '1990-03-12' }, { dateOfBirth: '1990-03-12' }, true],
    ['the same 1 January placeholder', { dateOfBirth: '1990-01-01' }, { dateOfBirth: '1990-01-01' }, false],
    ['the same year only', { dateOfBirth: '1990' }, { dateOfBirth: '1990' }, false],
    ['a year against a full date', { dateOfBirth: '1990' }, { dateOfBirth: '1990-03-12' }, false],
    ['day and month swapped', { dateOfBirth: '1990-03-12' }, { dateOfBirth: '1990-12-03' }, false],
    [
      'the same document',
      { documents: [{ type: 'passport', number: 'N123', issuer: 'SYR' }] },
      { documents: [{ type: 'passport', number: 'N123', issuer: 'SYR' }] },
      true,
    ],
    [
      'the same number from another issuer',
      { documents: [{ type: 'passport', number: 'N123', issuer: 'SYR' }] },
      { documents: [{ type: 'passport', number: 'N123', issuer: 'IRQ' }] },
      false,
    ],
    ['names alone', {}, {}, false],
  ])('%s: %s', (_what, q, r, expected) => {
    expect(judge(q, r)).toBe(expected)
  })
})

describe('ambiguity: what the caseworker reads, and what would settle it', () => {
  it('is not ambiguous for one strong hit, one hit of undisclosed band, or none', () => {
    expect(ambiguity(['strong'], { documents: [] })).toBeUndefined()
    expect(ambiguity(['undisclosed'], { documents: [] })).toBeUndefined()
    expect(ambiguity([], { documents: [] })).toBeUndefined()
  })

  it('names the identifiers the question lacked', () => {
    expect(ambiguity(['possible', 'possible', 'possible'], { documents: [], dateOfBirth: '1990' })).toEqual({
      candidates: 3,
      settleWith: ['document', 'dateOfBirth'],
    })
    expect(ambiguity(['possible'], { documents: [{}], dateOfBirth: '1990-01-01' })).toEqual({
      candidates: 1,
      settleWith: ['dateOfBirth'],
    })
    expect(ambiguity(['undisclosed', 'undisclosed'], { documents: [], dateOfBirth: '1990-03-12' })).toEqual({
      candidates: 2,
      settleWith: ['document'],
    })
    expect(ambiguity(['strong', 'possible'], { documents: [{}], dateOfBirth: '1990-03-12' })).toEqual({
      candidates: 2,
      settleWith: [],
    })
  })
})
