/**
 * Phonetic keys: a Latin-letter name becomes a string of sound classes, so
 * that the spellings different countries give one name (Mohammed, Muhammad,
 * Mukhammed; Yusuf, Youssef, Jusuf) land close together.
 *
 * Symbols: vowels fold into three groups, a (a), e (e, i, y as a vowel),
 * o (o, u); consonants into classes written in capitals: B P F V T D S Z
 * X (sh) C (ch, tsh) J (j, dj, zh) G (g, gh) K (k, hard c, q) H (h, kh)
 * L M N R W Y. Doubled symbols and vowel runs collapse to one.
 */

const SPECIAL_LATIN: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŋ: 'ng',
  ə: 'e',
  č: 'ch',
  ć: 'ch',
  ç: 'ch',
  š: 'sh',
  ş: 'sh',
  ș: 'sh',
  ž: 'zh',
  ż: 'zh',
  ź: 'z',
  ğ: 'g',
  ñ: 'ny',
  ț: 'ts',
  ţ: 'ts',
  ṣ: 's',
  ḥ: 'h',
  ṭ: 't',
  ḍ: 'd',
  ẓ: 'z',
  ġ: 'g',
  ẖ: 'kh',
}

const RULES: [string, string][] = [
  ['dsch', 'J'], // German for j: Dschamal, Dschavad
  ['tsch', 'C'],
  ['dzh', 'J'],
  // tz is an affricate of its own (German, Yiddish, Hebrew romanised): the h after it is an h, never zh.
  ['tzh', 'TZH'],
  ['sch', 'X'],
  ['tch', 'C'],
  ['tsh', 'C'],
  ['sh', 'X'],
  ['ch', 'C'],
  ['zh', 'J'],
  ['dj', 'J'],
  ['sz', 'X'],
  ['cz', 'C'],
  ['kh', 'H'],
  ['gh', 'G'],
  ['ph', 'F'],
  ['th', 'T'],
  ['dh', 'D'],
  ['ck', 'K'],
  ['qu', 'K'],
  ['q', 'K'],
  ['x', 'KS'],
  ['j', 'J'],
]

const VOWEL_GROUP: Record<string, string> = { a: 'a', e: 'e', i: 'e', o: 'o', u: 'o' }

/** Folds a Latin-letter name to lower-case ASCII letters and spaces (accents and special letters resolved). */
export function foldLatin(text: string): string {
  let out = ''
  for (const ch of text.toLowerCase()) out += SPECIAL_LATIN[ch] ?? ch
  return out
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`ʼʻʿʾ]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
}

/** The phonetic key of one word of lower-case ASCII letters. */
export function phoneticWord(word: string): string {
  const symbols: string[] = []
  for (let i = 0; i < word.length; ) {
    const rule = RULES.find(([from]) => word.startsWith(from, i))
    if (rule) {
      symbols.push(...rule[1])
      i += rule[0].length
      continue
    }
    const ch = word[i] as string
    const next = word[i + 1]
    if (ch === 'g' && next === 'i' && word[i + 2] !== undefined && 'aou'.includes(word[i + 2] as string)) {
      symbols.push('J') // Italian gi + vowel: Giamal, Giuseppe
      i += 2
      continue
    }
    if (ch in VOWEL_GROUP) symbols.push(VOWEL_GROUP[ch] as string)
    else if (ch === 'c') symbols.push(next !== undefined && 'eiy'.includes(next) ? 'S' : 'K')
    else if (ch === 'y') symbols.push(i === 0 || (next !== undefined && next in VOWEL_GROUP) ? 'Y' : 'e')
    else symbols.push(ch.toUpperCase())
    i++
  }
  let out = ''
  for (const s of symbols) {
    const last = out.at(-1)
    if (s === last) continue
    if (isVowel(s) && last !== undefined && isVowel(last)) continue
    out += s
  }
  return out
}

export function isVowel(symbol: string): boolean {
  return symbol === 'a' || symbol === 'e' || symbol === 'o'
}
