import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerBands } from '../../../src/matching/ambiguity.js'
import { compareDates } from '../../../src/matching/dates.js'
import {
  createMatcher,
  discriminatingAgreement,
  RECENT_QUERIES,
  STRONG_ODDS_BITS,
  WEIGHTS,
} from '../../../src/matching/matcher.js'
import type { MatchSubject, NameStatistics } from '../../../src/matching/types.js'
import { generatePopulation } from '../../../src/sim/generator.js'

const matcher = createMatcher()

describe('compareDates', () => {
  it.each([
    ['1990-03-12', '1990-03-12', 'exact'],
    ['1990-03-12', '1990-12-03', 'swapped'],
    ['1990', '1990-03-12', 'compatible'],
    ['1990-01-01', '1990-07-19', 'compatible'],
    ['1990-03', '1990-03-12', 'compatible'],
    ['1990-03-12', '1991-03-12', 'year_near'],
    ['1990-03-12', '1991-07-01', 'mismatch'],
    ['1990-03-12', '1985-03-12', 'mismatch'],
    ['1990-03-12', undefined, 'unknown'],
  ])('compareDates(%s, %s) = %s', (a, b, outcome) => {
    expect(compareDates(a, b)).toBe(outcome)
    expect(compareDates(b, a)).toBe(outcome)
  })

  it('reads any text as splitting it at hyphens would (a part that is no number is not given)', () => {
    // The reading by splitting, as compareDates once did, and a copy of its rules.
    const split = (t: string | undefined) => {
      if (!t) return undefined
      const [y, m, d] = t.split('-').map(Number)
      return y ? { y, m: m || 0, d: d || 0 } : undefined
    }
    const reference = (a: string | undefined, b: string | undefined): string => {
      const x = split(a)
      const y = split(b)
      if (!x || !y) return 'unknown'
      const placeholder = (p: { m: number; d: number }) => p.m === 1 && p.d === 1
      if (x.y !== y.y) {
        const restAgrees = (!x.m || !y.m || x.m === y.m) && (!x.d || !y.d || x.d === y.d)
        return Math.abs(x.y - y.y) === 1 && restAgrees ? 'year_near' : 'mismatch'
      }
      if (x.m && y.m && x.d && y.d) {
        if (x.m === y.m && x.d === y.d) return 'exact'
        if (x.m === y.d && x.d === y.m) return 'swapped'
        return placeholder(x) || placeholder(y) ? 'compatible' : 'mismatch'
      }
      if (x.m && y.m && x.m !== y.m) return placeholder(x) || placeholder(y) ? 'compatible' : 'mismatch'
      return 'compatible'
    }
    const dateLike = fc.oneof(
      fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      fc.stringMatching(/^199[0-2](-(0[1-3]|1[0-2])(-(0[1-3]|1[0-3]|2[12]))?)?$/),
      fc.string({ unit: fc.constantFrom('0', '1', '9', '-', 'x', ' ', '.'), maxLength: 12 }),
      fc.constant(undefined),
    )
    fc.assert(
      fc.property(dateLike, dateLike, (a, b) => {
        expect(compareDates(a, b)).toBe(reference(a, b))
      }),
      { numRuns: 3000 },
    )
  })
})

const person = (over: Partial<MatchSubject> = {}): MatchSubject => ({
  names: [{ given: 'Ahmad', family: 'Al-Hassan' }],
  dateOfBirth: '1990-03-12',
  sex: 'M',
  nationalities: ['SYR'],
  documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }],
  ...over,
})

describe('matcher.compare', () => {
  it.each<[string, Partial<MatchSubject>, Partial<MatchSubject>, string]>([
    ['the same record', {}, {}, 'strong'],
    ['the same document, name in Arabic script', { names: [{ given: 'أحمد', family: 'الحسن' }] }, {}, 'strong'],
    [
      'name in Arabic, no document, same date',
      { names: [{ given: 'أحمد', family: 'الحسن' }], documents: [] },
      {},
      'strong',
    ],
    ['swapped day and month, no document', { documents: [], dateOfBirth: '1990-12-03' }, {}, 'strong'],
    ['a rare name and the birth year only', { documents: [], dateOfBirth: '1990' }, {}, 'strong'],
    ['the name only', { documents: [], dateOfBirth: undefined, sex: undefined, nationalities: [] }, {}, 'possible'],
    [
      'another person with another name and date',
      { names: [{ given: 'Omar', family: 'Haddad' }], dateOfBirth: '1975-06-01', documents: [] },
      {},
      'none',
    ],
    ['same name, birth dates far apart', { documents: [], dateOfBirth: '1971-08-30' }, {}, 'none'],
  ])('%s → %s', (_what, query, record, band) => {
    const result = matcher.compare(matcher.prepare(person(query)), matcher.prepare(person(record)))
    expect(result.band).toBe(band)
  })

  it('blocks a cross-script match: query and record share a blocking key', () => {
    const q = matcher.prepare(person({ names: [{ given: 'أحمد', family: 'الحسن' }], documents: [] }))
    const r = new Set(matcher.recordKeys(matcher.prepare(person({ documents: [] }))))
    expect(matcher.queryKeys(q).some((k) => r.has(k))).toBe(true)
  })

  const pop = generatePopulation({ countries: ['DEU', 'GRC', 'FRA'], recordsPerCountry: 150, overlap: 0.5, seed: 3 })
  const records = Object.values(pop.records).flat()
  const recordArb = fc.constantFrom(...records)

  it('finds every generated record from a query that repeats it (blocking and band)', () => {
    for (const r of records) {
      const p = matcher.prepare(r)
      const keys = new Set(matcher.recordKeys(p))
      expect(matcher.queryKeys(p).some((k) => keys.has(k))).toBe(true)
      expect(matcher.compare(p, p).band).toBe('strong')
    }
  })

  it('scores symmetrically', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        const pa = matcher.prepare(a)
        const pb = matcher.prepare(b)
        expect(matcher.compare(pa, pb).weight).toBeCloseTo(matcher.compare(pb, pa).weight, 9)
      }),
    )
  })

  it('scores a question against many candidates, several questions interleaved, as each pair alone', () => {
    // What compare remembers per question (names, places, token pairs) must not change a result:
    // each comparison equals one made with a fresh copy of the question, which remembers nothing.
    // Among the candidates: names whose tokens are the same in another script (other costs) or
    // with another reading, a question with two names, places of birth; and more questions at
    // once than are remembered.
    const extra = [
      [{ given: 'Ahmd', family: 'Hsn' }],
      [{ given: 'أحمد', family: 'حسن' }],
      [{ given: 'Ahmad', family: 'Alhassan' }],
      [{ given: 'أحمد', family: 'الحسن' }],
      [
        { given: 'Ahmad', family: 'Hasan' },
        { given: 'Omar', family: 'Haddad' },
      ],
      [{ given: 'Omar', family: 'Haddad' }],
      // The same tokens, one with a second reading (Alden: Den, or the whole word), and a name
      // only that reading comes close to.
      [{ given: 'Ahmad', family: 'Alden' }],
      [{ given: 'Ahmad', family: 'Den' }],
      [{ given: 'Ahmad', family: 'Olden' }],
    ].map((names, i) => ({ ...records[i]!, id: `extra-${i}`, names, placeOfBirth: ['Homs', 'حمص', 'Aleppo'][i % 3] }))
    const candidates = [...extra, ...records.slice(0, 120)].map((r) => matcher.prepare(r))
    const others = records.filter((_, i) => i % 6 === 0).map((r) => matcher.prepare(r))
    const ours = extra.map((r) => matcher.prepare(r))
    // A few questions at a time (each remembers across the candidates), then many (forgotten between).
    const fewAtATime = [0, 4, 8].map((at) => ours.slice(at, at + 4))
    for (const questions of [...fewAtATime, [...ours, ...others]]) {
      // Expected first: each copy is a question of its own and would push the others out.
      const alone = candidates.map((r) => questions.map((q) => matcher.compare(structuredClone(q), r)))
      candidates.forEach((r, i) => {
        questions.forEach((q, j) => {
          expect(matcher.compare(q, r)).toEqual(alone[i]![j])
        })
      })
    }
    expect(ours.length + others.length).toBeGreaterThan(RECENT_QUERIES)
    // And a question's second name counts (the copies above remember within one comparison too).
    const [name] = matcher.compare(ours[4]!, candidates[5]!).evidence
    expect(name?.outcome).toBe('agree 1.00')
  })

  it('never lowers a score when the query gains evidence that agrees with the record', () => {
    fc.assert(
      fc.property(
        recordArb,
        recordArb,
        fc.constantFrom('dateOfBirth', 'sex', 'documents', 'nationalities'),
        (q, r, field) => {
          const bare = { ...q, dateOfBirth: undefined, sex: undefined, documents: [], nationalities: [] }
          const richer = { ...bare, [field]: r[field as keyof typeof r] }
          const before = matcher.compare(matcher.prepare(bare), matcher.prepare(r)).weight
          const after = matcher.compare(matcher.prepare(richer), matcher.prepare(r)).weight
          expect(after).toBeGreaterThanOrEqual(before)
        },
      ),
    )
  })

  it('refuses thresholds in the wrong order', () => {
    expect(() => createMatcher({ strongThreshold: 5, possibleThreshold: 9 })).toThrow(RangeError)
  })
})

describe('matcher bands for people with common names and patronymic naming', () => {
  /** As if every name token were carried by one record in ten: common names prove little. */
  const common: NameStatistics = { frequency: () => 0.1 }
  const band = (query: Partial<MatchSubject>, record: Partial<MatchSubject>, stats?: NameStatistics) =>
    matcher.compare(matcher.prepare(person(query)), matcher.prepare(person(record)), stats).band
  const noDocument = { documents: [] }

  it('answers a common name with a birth year as possible when nothing contradicts it', () => {
    const q = { ...noDocument, names: [{ given: 'Ali', family: 'Abdi' }], dateOfBirth: '1961' }
    const r = { ...noDocument, names: [{ given: 'Alli', family: 'Abdi' }], dateOfBirth: '1961-01-01' }
    expect(matcher.compare(matcher.prepare(person(q)), matcher.prepare(person(r)), common).weight).toBeLessThan(14)
    expect(band(q, r, common)).toBe('possible')
    // One contradiction, and it is no match: another sex, another birth year, another nationality.
    expect(band(q, { ...r, sex: 'F' }, common)).toBe('none')
    expect(band(q, { ...r, dateOfBirth: '1970' }, common)).toBe('none')
    expect(band(q, { ...r, nationalities: ['IRQ'] }, common)).toBe('none')
    // Nor without any date to agree on.
    expect(band({ ...q, dateOfBirth: undefined }, r, common)).toBe('none')
  })

  it('answers a common name as possible in another spelling too (close, the name matcher strong band), not a weaker one', () => {
    const q = { ...noDocument, names: [{ given: 'Αγιεν', family: 'Αμπντε', script: 'Grek' }], dateOfBirth: '1961' }
    const r = { ...noDocument, names: [{ given: 'Ajan', family: 'Abdi' }], dateOfBirth: '1961-01-01' }
    const name = matcher.compare(matcher.prepare(person(q)), matcher.prepare(person(r)), common).evidence[0]
    expect(name?.outcome).toMatch(/^close 0\.(8|9)/)
    expect(band(q, r, common)).toBe('possible')
    expect(band(q, { ...r, sex: 'F' }, common)).toBe('none')
    // Another father's name: only the given name agrees, weakly as a whole name.
    const other = { ...r, names: [{ given: 'Hoden', family: 'Ahmed' }] }
    const q2 = { ...q, names: [{ given: 'Χοντεν', family: 'Μοχαμμαντ', script: 'Grek' }] }
    expect(
      matcher.compare(matcher.prepare(person(q2)), matcher.prepare(person(other)), common).evidence[0]?.outcome,
    ).toMatch(/^weak/)
    expect(band(q2, other, common)).toBe('none')
  })

  it('answers a record sharing one name and the full birth date as possible: the father here, the grandfather there', () => {
    const q = { ...noDocument, names: [{ given: 'Tesfay', family: 'Hagos' }], dateOfBirth: '1994-08-08' }
    const r = { ...noDocument, names: [{ given: 'Tesfay', family: 'Kibrom' }], dateOfBirth: '1994-08-08' }
    expect(band(q, r, common)).toBe('possible')
    const rk = new Set(matcher.recordKeys(matcher.prepare(person(r))))
    expect(matcher.queryKeys(matcher.prepare(person(q))).some((k) => rk.has(k))).toBe(true)
    // Not on the 1 January placeholder, not on another day, not with a contradiction.
    expect(band({ ...q, dateOfBirth: '1994-01-01' }, { ...r, dateOfBirth: '1994-01-01' }, common)).toBe('none')
    expect(band(q, { ...r, dateOfBirth: '1994-08-09' }, common)).toBe('none')
    expect(band(q, { ...r, sex: 'F' }, common)).toBe('none')
    // Nor with no name in common.
    expect(band(q, { ...r, names: [{ given: 'Yonas', family: 'Kibrom' }] }, common)).toBe('none')
  })

  it('needs more evidence for strong in a larger store: a name and a birth date are shared by more strangers', () => {
    const q = { ...noDocument, names: [{ given: 'Fatima', family: 'Haddad' }] }
    const at = (records: number) => ({ frequency: () => 1 / 32, records })
    const weight = matcher.compare(matcher.prepare(person(q)), matcher.prepare(person(q)), at(10_000)).weight
    expect(weight).toBeGreaterThan(20) // 2 × 5 bits of name, 10 of date, 1.5 of sex and nationality
    expect(weight).toBeLessThan(Math.log2(100_000) + STRONG_ODDS_BITS)
    expect(band(q, q, at(10_000))).toBe('strong')
    expect(band(q, q, at(100_000))).toBe('possible')
    // Without statistics (a store that has none yet), the configured threshold alone.
    expect(band(q, q, { frequency: () => 1 / 32 })).toBe('strong')
  })

  it("counts a name's rarity as the registry holds the name together, not as a product of its tokens' shares", () => {
    // Each token 1 in 1,024 records: 20 bits as if independent, strong at 100,000 records with a birth date.
    const q = { ...noDocument, names: [{ given: 'Ruth', family: 'Kibrom' }] }
    const asked: string[] = []
    const holding = (holders: number) => ({
      frequency: () => 1 / 1024,
      records: 100_000,
      keyCount: (key: string) => {
        asked.push(key)
        return key.startsWith('p:') ? holders : 0
      },
    })
    expect(band(q, q, { frequency: () => 1 / 1024, records: 100_000 })).toBe('strong')
    // 500 records carry the pair: 7.7 bits, and a stranger born the same day is no longer unlikely.
    const common = matcher.compare(matcher.prepare(person(q)), matcher.prepare(person(q)), holding(500))
    expect(common.band).toBe('possible')
    expect(common.evidence[0]?.outcome).toContain('namesakes')
    expect(asked.every((k) => k.startsWith('p:'))).toBe(true)
    // One record (the candidate itself): the count confirms the rarity, strong stays.
    expect(band(q, q, holding(1))).toBe('strong')
    // Every candidate whose name agrees is counted alike (candidates rank by one measure), with the
    // question's own pairs only; the count decides `strong`, never `possible`, which stays with the tokens.
    asked.length = 0
    const weaker = matcher.compare(
      matcher.prepare(person(q)),
      matcher.prepare(person({ ...q, dateOfBirth: '1991-03-12' })),
      holding(500),
    )
    expect(weaker.band).toBe('possible')
    expect(weaker.evidence[0]?.outcome).toContain('namesakes')
    expect(asked).toEqual(['p:KBRM|RT'])
    const unrelated = { ...noDocument, names: [{ given: 'Omar', family: 'Haddad' }], dateOfBirth: '1975-06-01' }
    asked.length = 0
    expect(band(q, unrelated, holding(500))).toBe('none')
    expect(asked).toEqual([])
    // A candidate whose other evidence keeps it strong with any name stays strong: the same passport.
    const passport = { documents: [{ type: 'passport', number: 'N1', issuer: 'ERI' }] }
    expect(band({ ...q, ...passport }, { ...q, ...passport }, holding(500))).toBe('strong')
  })

  it('weighs the 1 January placeholder on both sides as a year for strong, and keeps it possible', () => {
    // Rare tokens: a full date agreeing makes this name strong at 100,000 records; the placeholder does not.
    const q = { ...noDocument, names: [{ given: 'Gulalai', family: 'Masud' }] }
    const rare = { frequency: () => 1 / 256, records: 100_000 }
    expect(band({ ...q, dateOfBirth: '1961-03-07' }, { ...q, dateOfBirth: '1961-03-07' }, rare)).toBe('strong')
    expect(band({ ...q, dateOfBirth: '1961-01-01' }, { ...q, dateOfBirth: '1961-01-01' }, rare)).toBe('possible')
    const placeholder = matcher.compare(
      matcher.prepare(person({ ...q, dateOfBirth: '1961-01-01' })),
      matcher.prepare(person({ ...q, dateOfBirth: '1961-01-01' })),
      rare,
    )
    expect(placeholder.evidence).toContainEqual({
      field: 'dateOfBirth',
      outcome: 'exact, the 1 January placeholder',
      weight: 3.5,
    })
  })

  it('is never strong with another number on the same kind of document from the same issuer', () => {
    const passport = (number: string) => [{ type: 'passport', number, issuer: 'SYR' }]
    const q = { names: [{ given: 'Fatima', family: 'Haddad' }], documents: passport('N1') }
    const few = { frequency: () => 1 / 32, records: 1_000 }
    expect(band(q, q, few)).toBe('strong')
    expect(band(q, { ...q, documents: passport('N2') }, few)).toBe('possible')
    // another issuer's or another kind's number is no contradiction
    expect(band(q, { ...q, documents: [{ type: 'passport', number: 'N2', issuer: 'IRQ' }] }, few)).toBe('strong')
    expect(band(q, { ...q, documents: [{ type: 'residence_permit', number: 'N2', issuer: 'SYR' }] }, few)).toBe(
      'strong',
    )
  })

  it('is never strong when each name carries a token the other lacks beside those they share', () => {
    // Zaynab Muhammad and Zaynab Josof: the father's names differ, born the same day, one Arabic name for both.
    const arabic = { given: 'زينب', family: 'البوسيفي' }
    const q = { names: [{ given: 'Zaynab Muhammad', family: 'Boussefi' }, arabic], documents: [] }
    const r = { names: [{ given: 'Zaynab Josof', family: 'Boossefi' }, arabic], documents: [] }
    const few = { frequency: () => 1 / 256, records: 1_000 }
    expect(band(q, { ...q, names: [{ given: 'Zaynab Muhammad', family: 'Boossefi' }, arabic] }, few)).toBe('strong')
    expect(band(q, { ...q, names: [{ given: 'Zaynab', family: 'Boussefi' }, arabic] }, few)).toBe('strong')
    expect(band(q, r, few)).toBe('possible')
    // A document both hold settles it.
    const passport = { documents: [{ type: 'passport', number: 'N1', issuer: 'IRQ' }] }
    expect(band({ ...q, ...passport }, { ...r, ...passport }, few)).toBe('strong')
  })

  it.each([
    ['Greek writes a foreign j as τζ', { given: 'Τζαβαντ', family: 'Αχμαντι', script: 'Grek' }, 'Javad', 'Ahmadi'],
    ['German writes it dsch', { given: 'Dschavad', family: 'Ahmadi' }, 'Javad', 'Ahmadi'],
  ])('%s: the names read the same and share blocking keys with a year alone', (_what, written, given, family) => {
    const q = person({ documents: [], dateOfBirth: '1990', names: [written as MatchSubject['names'][number]] })
    const r = person({ documents: [], dateOfBirth: '1990', names: [{ given, family }] })
    expect(matcher.prepare(q).names[0]?.tokens).toEqual(matcher.prepare(r).names[0]?.tokens)
    const rk = new Set(matcher.recordKeys(matcher.prepare(r)))
    expect(matcher.queryKeys(matcher.prepare(q)).some((k) => rk.has(k))).toBe(true)
  })
})

describe('blocking on the full date of birth', () => {
  const keysShared = (q: Partial<MatchSubject>, r: Partial<MatchSubject>): string[] => {
    const rk = new Set(matcher.recordKeys(matcher.prepare(person(r))))
    return matcher.queryKeys(matcher.prepare(person(q))).filter((k) => rk.has(k))
  }
  // Greek and German spellings of one Ukrainian whose consonants differ (Гаврилюк: Greek writes its г as
  // γκ, German as h): no name key in common.
  const greek = { names: [{ given: 'Γιουλιγια', family: 'Γκαβριλιουκ', script: 'Grek' }], documents: [] }
  const latin = { names: [{ given: 'Julija', family: 'Hawryljuk' }], documents: [] }

  it('makes a record born the same day a candidate whatever its names, and scoring decides', () => {
    const shared = keysShared({ ...greek, dateOfBirth: '1970-07-13' }, { ...latin, dateOfBirth: '1970-07-13' })
    expect(shared).toEqual(['b:1970-07-13'])
  })

  it('is no key for the 1 January placeholder, a year or a month alone, nor for another day', () => {
    expect(keysShared({ ...greek, dateOfBirth: '1970-01-01' }, { ...latin, dateOfBirth: '1970-01-01' })).toEqual([])
    expect(keysShared({ ...greek, dateOfBirth: '1970' }, { ...latin, dateOfBirth: '1970' })).toEqual([])
    expect(keysShared({ ...greek, dateOfBirth: '1970-07' }, { ...latin, dateOfBirth: '1970-07' })).toEqual([])
    expect(keysShared({ ...greek, dateOfBirth: '1970-07-13' }, { ...latin, dateOfBirth: '1970-07-14' })).toEqual([])
  })
})

describe('generatePopulation', () => {
  it('is deterministic for a seed and writes ground truth for every record', () => {
    const a = generatePopulation({ countries: ['GRC', 'ITA'], recordsPerCountry: 50, overlap: 0.4, seed: 11 })
    const b = generatePopulation({ countries: ['GRC', 'ITA'], recordsPerCountry: 50, overlap: 0.4, seed: 11 })
    expect(a.records).toEqual(b.records)
    expect(a.records.GRC).toHaveLength(50)
    const inTruth = new Set(a.truth.flatMap((t) => t.records.map((r) => r.id)))
    expect(
      Object.values(a.records)
        .flat()
        .every((r) => inTruth.has(r.id)),
    ).toBe(true)
    expect(a.truth.some((t) => t.records.length > 1)).toBe(true)
  })
})

describe('the place of birth', () => {
  // Namesakes born the same year, no document: the town of birth tells them apart.
  const subject = (over: Partial<MatchSubject> = {}): MatchSubject =>
    person({ documents: [], dateOfBirth: '1985', names: [{ given: 'Ahmad', family: 'Haddad' }], ...over })
  const compare = (q: Partial<MatchSubject>, r: Partial<MatchSubject>) => {
    const p = matcher.prepare(subject(q))
    const m = matcher.compare(p, matcher.prepare(subject(r)))
    return { ...m, agreedOn: discriminatingAgreement(p, m) }
  }

  it('agrees across scripts and spellings, and counts as evidence beyond names', () => {
    const same = compare({ placeOfBirth: 'Kobani' }, { placeOfBirth: 'كوباني' })
    const none = compare({}, {})
    expect(same.evidence).toContainEqual({ field: 'placeOfBirth', outcome: 'same', weight: WEIGHTS.placeSame })
    expect(same.weight).toBeCloseTo(none.weight + WEIGHTS.placeSame, 10)
    expect(same.agreedOn).toEqual(['placeOfBirth'])
    expect(none.agreedOn).toEqual([])
  })

  it('counts against another town, or another country where no town is known on both sides', () => {
    const none = compare({}, {})
    expect(compare({ placeOfBirth: 'Kobani' }, { placeOfBirth: 'Homs' }).weight).toBeCloseTo(
      none.weight + WEIGHTS.placeDifferent,
      10,
    )
    expect(compare({ placeOfBirthCountry: 'SYR' }, { placeOfBirthCountry: 'IRQ' }).weight).toBeCloseTo(
      none.weight + WEIGHTS.placeCountryDifferent,
      10,
    )
    // Known on one side only: no evidence either way.
    expect(compare({ placeOfBirth: 'Kobani' }, {}).weight).toBeCloseTo(none.weight, 10)
    expect(compare({ placeOfBirthCountry: 'SYR' }, { placeOfBirth: 'Homs' }).weight).toBeCloseTo(none.weight, 10)
  })

  it('ranks the namesake born there above one born elsewhere when the registry counts the name', () => {
    // 500 records carry the name: the count caps its weight, for every candidate alike.
    const counted = { frequency: () => 1 / 1024, records: 100_000, keyCount: () => 500 }
    const q = matcher.prepare(
      subject({ names: [{ given: 'Ruth', family: 'Kibrom' }], dateOfBirth: '1985-06-02', placeOfBirth: 'Kobani' }),
    )
    const there = matcher.compare(
      q,
      matcher.prepare(
        subject({ names: [{ given: 'Ruth', family: 'Kibrom' }], dateOfBirth: '1985-06-02', placeOfBirth: 'Kobani' }),
      ),
      counted,
    )
    const elsewhere = matcher.compare(
      q,
      matcher.prepare(
        subject({ names: [{ given: 'Ruth', family: 'Kibrom' }], dateOfBirth: '1985', placeOfBirth: 'Afrin' }),
      ),
      counted,
    )
    expect(there.weight).toBeGreaterThan(elsewhere.weight)
    expect(elsewhere.band).toBe('possible')
  })

  it('lets an answer single out the namesake born there (answerBands)', () => {
    const q = { dateOfBirth: '1985-06-02', placeOfBirth: 'Kobani' }
    const there = compare(q, { dateOfBirth: '1985', placeOfBirth: 'Kobanî' })
    const elsewhere = compare(q, { dateOfBirth: '1985', placeOfBirth: 'Afrin' })
    const bands = answerBands([there, elsewhere].map((m) => ({ ...m, band: 'strong' as const })))
    expect([...bands.values()]).toEqual(['strong', 'possible'])
    const unknown = answerBands(
      [compare(q, { dateOfBirth: '1985' }), elsewhere].map((m) => ({ ...m, band: 'strong' as const })),
    )
    expect([...unknown.values()]).toEqual(['possible', 'possible'])
  })
})

describe('blocking on names Korean writes by the initial sound rule', () => {
  const keysShared = (q: Partial<MatchSubject>, r: Partial<MatchSubject>): string[] => {
    const rk = new Set(matcher.recordKeys(matcher.prepare(person(r))))
    return matcher.queryKeys(matcher.prepare(person(q))).filter((k) => rk.has(k))
  }
  it.each([
    ['건희', '이', 'Kun-hee', 'Lee'],
    ['태우', '노', 'Tae-woo', 'Roh'],
    ['순신', '이', 'Sun-sin', 'Yi'],
  ])('a record of %s %s and a question about %s %s with a birth year share a name key', (g, f, lg, lf) => {
    const korean = { names: [{ given: g, family: f, script: 'Hang' }], documents: [], dateOfBirth: '1942' }
    const latin = { names: [{ given: lg, family: lf }], documents: [], dateOfBirth: '1942' }
    expect(keysShared(latin, korean).length).toBeGreaterThan(0)
    expect(keysShared(korean, latin).length).toBeGreaterThan(0)
  })
})
