import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nameBand, namePairSimilarity } from '../../../src/matching/matcher.js'
import { nameKey, nameSimilarity } from '../../../src/matching/nameKeys.js'
import { normalizeDocumentNumber } from '../../../src/matching/normalize.js'
import { foldLatin, phoneticWord } from '../../../src/matching/phonetic.js'
import { detectScript } from '../../../src/matching/scripts.js'
import { toLatin } from '../../../src/matching/transliterate.js'

describe('scripts without rules of their own (any-ascii)', () => {
  // Names in scripts the matcher has no table for must still meet their romanisation,
  // and still keep apart from other people's names.
  it.each([
    ['王', '伟', 'Wei', 'Wang'],
    ['王伟', '', 'Wang', 'Wei'],
    ['张小明', '', 'Xiaoming', 'Zhang'],
    ['สมชาย', '', 'Somchai', ''],
    ['สมชาย', 'ใจดี', 'Somchai', 'Jaidee'],
    ['ধ্রুব', '', 'Dhruba', ''],
    ['তানভীর', 'হাসান', 'Tanvir', 'Hasan'],
    ['தமிழ்செல்வன்', '', 'Tamilselvan', ''],
    ['ສົມພອນ', '', 'Somphone', ''],
    ['ᠪᠠᠲᠤ', '', 'Batu', ''],
  ])('%s %s meets %s %s', (g1, f1, g2, f2) => {
    expect(nameSimilarity(nameKey(g1, f1), nameKey(g2, f2))).toBeGreaterThanOrEqual(0.85)
  })

  it.each([
    ['王', '伟', 'Na', 'Li'],
    ['สมชาย', '', 'Prasert', ''],
    ['ধ্রুব', '', 'Rahim', ''],
    ['தமிழ்செல்வன்', '', 'Muthukumar', ''],
  ])('%s %s stays apart from %s %s', (g1, f1, g2, f2) => {
    expect(nameSimilarity(nameKey(g1, f1), nameKey(g2, f2))).toBeLessThan(0.5)
  })

  it('reads Thai vowels written before their consonant after it (ใจ is "chai", not "aich")', () => {
    expect(foldLatin(toLatin('ใจ', 'Thai'))).toBe('chai')
  })
})

describe('transliteration', () => {
  it.each([
    ['Arab', 'محمد', 'mhmd'],
    ['Arab', 'يوسف', 'yusf'],
    ['Arab', 'الحسن', 'al hsn'],
    ['Cyrl', 'Мухаммед', 'mukhammed'],
    ['Cyrl', 'Шевченко', 'shevchenko'],
    ['Grek', 'Γιώργος', 'yorgos'],
    ['Grek', 'Μπαράκ', 'barak'],
    ['Hang', '김민준', 'gimminjun'],
    ['Kana', 'やまだ', 'yamada'],
    ['Kana', 'キョウコ', 'kyouko'],
    ['Ethi', 'ዮሃንስ', 'yohans'],
    ['Deva', 'राम', 'ram'],
    ['Hebr', 'דוד', 'dod'],
    ['Armn', 'Արամ', 'aram'],
    ['Geor', 'გიორგი', 'giorgi'],
  ])('toLatin(%s %s) = %s', (script, text, latin) => {
    expect(detectScript(text)).toBe(script)
    expect(foldLatin(toLatin(text, detectScript(text)))).toBe(latin)
  })
})

describe('phonetic keys', () => {
  it.each([
    ['mohammed', 'muhammed'],
    ['youssef', 'yusef'],
    ['schmidt', 'shmidt'],
    ['khaled', 'khalid'],
    ['philip', 'filip'],
  ])('%s and %s share a key', (a, b) => {
    expect(phoneticWord(a)).toBe(phoneticWord(b))
  })
})

describe('nameSimilarity', () => {
  it.each([
    ['Mohammed Al-Hassan', 'محمد الحسن'],
    ['Muhammad Hassan', 'Мухаммед Хасан'],
    ['Yusuf Haddad', 'Jusuf Haddad'],
    ['Abdulrahman Khalil', 'Abdul Rahman Khalil'],
    ['Haddad Omar', 'Omar Haddad'],
    ['Olena Shevchenko', 'Олена Шевченко'],
    ['Yohannes Tesfay', 'ዮሃንስ ተስፋይ'],
    ['Georgios Papadopoulos', 'Γεώργιος Παπαδόπουλος'],
    ['Kim Minjun', '김민준'],
    ['Fatima Zahra', 'Fatma Zehra'],
    ['Müller', 'Mueller'],
  ])('%s ~ %s (strong or possible)', (a, b) => {
    expect(nameBand(namePairSimilarity(a, b))).not.toBe('none')
  })

  it.each([
    ['Mohammed Al-Hassan', 'Ahmed Haddad'],
    ['Fatima', 'Aisha'],
    ['Olena Shevchenko', 'Ivan Bondarenko'],
    ['Yohannes Tesfay', 'Senait Kidane'],
    ['محمد الحسن', 'Omar Khalil'],
  ])('%s is not %s', (a, b) => {
    expect(nameBand(namePairSimilarity(a, b))).toBe('none')
  })

  const nameArb = fc.tuple(
    fc.constantFrom('Mohammed', 'Ahmad', 'Olena', 'Yusuf', 'محمد', 'يوسف', 'Олена', 'Γιώργος', 'ዮሃንስ', 'Abdul Rahman'),
    fc.constantFrom('Haddad', 'Al-Hassan', 'Shevchenko', 'حداد', 'Шевченко', 'Tesfay', 'Papadopoulos'),
  )

  it('is symmetric', () => {
    fc.assert(
      fc.property(nameArb, nameArb, ([g1, f1], [g2, f2]) => {
        const a = nameKey(g1, f1)
        const b = nameKey(g2, f2)
        expect(nameSimilarity(a, b)).toBeCloseTo(nameSimilarity(b, a), 10)
      }),
    )
  })

  it('is 1 for a name and itself', () => {
    fc.assert(
      fc.property(nameArb, ([g, f]) => {
        expect(nameSimilarity(nameKey(g, f), nameKey(g, f))).toBeCloseTo(1, 12)
      }),
    )
  })
})

describe('normalizeDocumentNumber', () => {
  it.each([
    ['ab 12-345', 'AB12345'],
    ['Ｎ０１２３', 'N0123'],
  ])('normalizeDocumentNumber(%s) = %s', (input, out) => {
    expect(normalizeDocumentNumber(input)).toBe(out)
  })
})
