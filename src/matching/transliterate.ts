import anyAscii from 'any-ascii'
import type { ScriptCode } from './scripts.js'
import {
  ARABIC,
  ARABIC_VOWEL_LETTERS,
  ARABIC_WAW,
  ARABIC_YA,
  ARMENIAN,
  CYRILLIC,
  DEVANAGARI_CONSONANTS,
  DEVANAGARI_MATRAS,
  DEVANAGARI_MODIFIERS,
  DEVANAGARI_VIRAMA,
  DEVANAGARI_VOWELS,
  ETHIOPIC_ROWS,
  ETHIOPIC_VOWELS,
  GEORGIAN,
  GREEK,
  GREEK_PAIRS,
  HANGUL_L,
  HANGUL_T,
  HANGUL_V,
  HEBREW,
  KANA,
  MYANMAR_CONSONANTS,
  MYANMAR_INDEPENDENT_VOWELS,
  MYANMAR_RHYMES,
} from './scriptTables.js'

/**
 * Transliteration of names into lower-case Latin letters, by general rules
 * per script (character tables close to the usual romanisations: ICAO 9303
 * for Cyrillic, ELOT 743 for Greek, Revised Romanisation for Hangul,
 * Hepburn for kana, UNGEGN-style tables for the others). Not a memorised list
 * of names: the output only has to land near the other spellings of a name,
 * which the phonetic key and the edit distance then absorb.
 */

function transliterateArabic(text: string): string {
  let out = ''
  let prevWasVowel = false
  let atWordStart = true
  const chars = [...text]
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string
    const next = chars[i + 1]
    if (/\s/.test(ch)) {
      out += ' '
      atWordStart = true
      prevWasVowel = false
      continue
    }
    if (ch === 'ـ') continue // tatweel
    // The article ال at the start of a longer word is a separate particle.
    if (
      atWordStart &&
      ch === 'ا' &&
      next === 'ل' &&
      chars.length - i > 3 &&
      chars[i + 2] !== undefined &&
      !/\s/.test(chars[i + 2] as string)
    ) {
      out += 'al '
      i++
      continue
    }
    if (ch === 'ّ') {
      out += out.at(-1) ?? '' // shadda doubles the consonant
      continue
    }
    // و and ي are consonants at the start of a word, after a vowel, or before alif; vowels elsewhere.
    const consonantal = atWordStart || prevWasVowel || next === 'ا'
    let latin: string
    if (ARABIC_WAW.has(ch)) latin = consonantal ? 'w' : 'u'
    else if (ARABIC_YA.has(ch)) latin = ch === 'ى' ? 'a' : consonantal ? 'y' : 'i'
    else latin = ARABIC[ch] ?? ch
    out += latin
    prevWasVowel = ARABIC_VOWEL_LETTERS.has(ch) && !(latin === 'w' || latin === 'y')
    atWordStart = false
  }
  return out
}

function transliterateDevanagari(text: string): string {
  let out = ''
  const chars = [...text]
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string
    const next = chars[i + 1]
    if (ch in DEVANAGARI_CONSONANTS) {
      out += DEVANAGARI_CONSONANTS[ch]
      const nextIsLetter = next !== undefined && (next in DEVANAGARI_CONSONANTS || next in DEVANAGARI_VOWELS)
      // The inherent vowel, unless a matra or virama follows, or the word ends (schwa deletion).
      if (next === undefined || !(next in DEVANAGARI_MATRAS || next === DEVANAGARI_VIRAMA)) {
        if (nextIsLetter) out += 'a'
      }
    } else if (ch in DEVANAGARI_MATRAS) out += DEVANAGARI_MATRAS[ch]
    else if (ch in DEVANAGARI_VOWELS) out += DEVANAGARI_VOWELS[ch]
    else if (ch in DEVANAGARI_MODIFIERS) out += DEVANAGARI_MODIFIERS[ch]
    else if (ch === DEVANAGARI_VIRAMA) continue
    else out += ch
  }
  return out
}

function transliterateEthiopic(text: string): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0x1200 && cp <= 0x135a) {
      const row = cp - ((cp - 0x1200) % 8)
      const consonant = ETHIOPIC_ROWS[row]
      out += consonant === undefined ? '' : consonant + (ETHIOPIC_VOWELS[(cp - 0x1200) % 8] ?? '')
    } else out += ch
  }
  return out
}

/** ㅡ, the vowel Korean inserts after a consonant that has none (트럼프, teu-reom-peu: Trump). */
const HANGUL_EU = 18
/** ㅇ as a syllable's first letter: no consonant. */
const HANGUL_NO_INITIAL = 11

/**
 * Revised Romanisation, syllable by syllable, except that a consonant
 * followed by ㅡ and nothing else is written alone: Korean writes a foreign
 * consonant cluster or final consonant that way (스티브, Steve; 프로이트,
 * Freud), and Korean names themselves almost never hold such a syllable.
 */
function transliterateHangul(text: string): string {
  let out = ''
  for (const ch of text) {
    const s = (ch.codePointAt(0) ?? 0) - 0xac00
    if (s >= 0 && s < 11172) {
      const initial = Math.floor(s / 588)
      const vowel = Math.floor((s % 588) / 28)
      const final = s % 28
      const epenthetic = vowel === HANGUL_EU && final === 0 && initial !== HANGUL_NO_INITIAL
      out += (HANGUL_L[initial] ?? '') + (epenthetic ? '' : (HANGUL_V[vowel] ?? '')) + (HANGUL_T[final] ?? '')
    } else out += ch
  }
  return out
}

/**
 * Myanmar writes a name's syllables without spaces, and each syllable is a
 * name of its own, romanised as a word: အောင်ဆန်းစုကြည် is Aung San Suu Kyi.
 * A syllable starts at a consonant or an independent vowel, except a
 * consonant killed by the asat (်) or stacked by the virama (္), which ends
 * the syllable before as its final. Medials: ျ ြ y, ွ w, ှ h before the
 * initial (လှ, hl). Tone marks are not written.
 */
function transliterateMyanmar(text: string): string {
  const words: string[] = []
  let syllable: { initial: string; medial: string; vowel: string; final: string; own?: string } | undefined
  const flush = (): void => {
    if (syllable === undefined) return
    const { initial, medial, vowel, final, own } = syllable
    const y = medial.includes('y') ? 'y' : ''
    const w = medial.includes('w')
    // ှ voices the sound off before l, m, n (hl, hm); with y (ရှ, ယှ, လျှ) it is sh.
    // ချ is ch (Chit); ကျ stays ky (Kyaw).
    const plain = initial === 'kh' && y ? 'ch' : `${initial}${y}`
    const onset = medial.includes('h') ? (initial === 'y' || y ? 'sh' : `h${plain}`) : plain
    const rhyme =
      own ??
      (w && vowel === '' ? MYANMAR_RHYMES[`w|${final}`] : undefined) ??
      `${w ? 'w' : ''}${MYANMAR_RHYMES[`${vowel}|${final}`] ?? MYANMAR_RHYMES[`${vowel}|`] ?? 'a'}`
    // After the vowel carrier (အ), names write ေ as Aye (အေး) and ိ as Ei (အိ).
    words.push(onset === '' && own === undefined ? (CARRIER_RHYMES[rhyme] ?? rhyme) : `${onset}${rhyme}`)
    syllable = undefined
  }
  const chars = [...text]
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]?.codePointAt(0) ?? 0
    if (cp >= 0x1000 && cp <= 0x1021) {
      // Tone marks may come between a final consonant and its asat (မြင့်).
      let after = i + 1
      while (chars[after] === '\u1037' || chars[after] === '\u1038') after++
      if (syllable !== undefined && (chars[after] === '\u103A' || chars[after] === '\u1039')) {
        // Another final (a loan's လ်, ဗ်) is not said: Bo for ဗိုလ်.
        syllable.final = MYANMAR_FINAL_CLASS[cp - 0x1000] ?? ''
        i = after
        continue
      }
      flush()
      syllable = { initial: MYANMAR_CONSONANTS[cp - 0x1000] ?? '', medial: '', vowel: '', final: '' }
    } else if (cp >= 0x1023 && cp <= 0x102a) {
      flush()
      syllable = { initial: '', medial: '', vowel: '', final: '', own: MYANMAR_INDEPENDENT_VOWELS[cp - 0x1023] ?? '' }
    } else if (syllable !== undefined && cp >= 0x103b && cp <= 0x103e) {
      syllable.medial += cp === 0x103d ? 'w' : cp === 0x103e ? 'h' : 'y'
    } else if (syllable !== undefined && cp >= 0x102b && cp <= 0x1032) {
      syllable.vowel = myanmarVowel(syllable.vowel, cp)
    } else if (syllable !== undefined && cp === 0x1036) {
      syllable.final = 'n' // anusvara
    } else if (cp < 0x1037 || cp > 0x103a) {
      // Not a tone mark, nor an asat after a vowel sign (ော်), which write nothing.
      flush()
      words.push(chars[i] as string)
    }
  }
  flush()
  return words.join(' ').replace(/ +/g, ' ')
}

/**
 * The final consonant classes of MYANMAR_RHYMES, by offset from U+1000: က 0,
 * င 4, စ 5, ဉ 9, ည 10, တ 16, န 20, ပ 21, မ 25, ယ 26.
 */
const MYANMAR_FINAL_CLASS: Record<number, string> = {
  0: 'k',
  4: 'ng',
  5: 'c',
  9: 'ny',
  10: 'ny',
  16: 't',
  21: 't',
  20: 'n',
  25: 'n',
  26: 'y',
}

/** Rhymes a name writes otherwise after the vowel carrier. */
const CARRIER_RHYMES: Record<string, string> = { e: 'aye', i: 'ei' }

/** The vowel key of MYANMAR_RHYMES once the sign `cp` is added to `vowel`. */
function myanmarVowel(vowel: string, cp: number): string {
  if (cp === 0x102b || cp === 0x102c) return vowel === 'e' ? 'aw' : 'a' // ာ; ေ + ာ is ော
  if (cp === 0x102d || cp === 0x102e) return 'i'
  if (cp === 0x102f || cp === 0x1030) return vowel === 'i' ? 'o' : 'u' // ိ + ု is ို
  if (cp === 0x1031) return vowel === 'a' ? 'aw' : 'e'
  return 'ai' // ဲ
}

function transliterateKana(text: string): string {
  let out = ''
  let doubleNext = false
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0
    if (ch === 'ー') {
      continue // long vowel mark: romanisations usually drop it
    }
    if (cp >= 0x30a1 && cp <= 0x30f6) cp -= 0x60
    const syllable = cp >= 0x3041 && cp <= 0x3096 ? KANA[cp - 0x3041] : undefined
    if (syllable === undefined) {
      out += ch
      continue
    }
    if (syllable === 'Q') {
      doubleNext = true // small tsu: the next consonant is doubled
      continue
    }
    if (syllable.startsWith('Y')) {
      // small ya/yu/yo after an i-syllable: ki + ya → kya
      const vowel = syllable.slice(1)
      out =
        out.endsWith('shi') || out.endsWith('chi') || out.endsWith('ji')
          ? out.slice(0, -1) + vowel.slice(1)
          : out.endsWith('i')
            ? `${out.slice(0, -1)}y${vowel}`
            : out + vowel
      continue
    }
    out += doubleNext ? (syllable[0] ?? '') + syllable : syllable
    doubleNext = false
  }
  return out
}

function byTable(text: string, table: Record<string, string>, pairs: [string, string][] = []): string {
  let out = ''
  const lower = text.toLowerCase()
  for (let i = 0; i < lower.length; ) {
    const pair = pairs.find(([from]) => lower.startsWith(from, i))
    if (pair) {
      out += pair[1]
      i += pair[0].length
      continue
    }
    const ch = lower[i] as string
    out += table[ch] ?? ch
    i++
  }
  return out
}

/** Armenian "ու" is the vowel u. */
function transliterateArmenian(text: string): string {
  return byTable(text.toLowerCase().replace(/ու/g, 'u'), ARMENIAN)
}

/**
 * Latin letters for a name written in `script`. Latin input is returned as
 * is (accents are dealt with by the phonetic key). Scripts without rules of
 * their own here (Han, Thai, Bengali, Tamil, Khmer, ...) go through any-ascii,
 * a maintained table of Unicode to ASCII; its Han output runs the syllables
 * together ("WangWei"), so syllables are split into words, as a Chinese name
 * written in Latin letters often is.
 */
export function toLatin(text: string, script: ScriptCode): string {
  // NFKC folds Arabic presentation forms and compatibility characters into base letters.
  const t = text.normalize('NFKC')
  switch (script) {
    case 'Arab':
      return transliterateArabic(t)
    case 'Cyrl':
      return byTable(t, CYRILLIC)
    case 'Grek':
      // A diaeresis parts a vowel from the one before it (Χαϊντάρι: Haidari, not the digraph αι, e).
      return byTable(
        t
          .normalize('NFD')
          .replace(/[ιυΙΥ]\u0308/g, 'i')
          .replace(/\p{M}/gu, '')
          .toLowerCase(),
        GREEK,
        GREEK_PAIRS,
      )
    case 'Hebr':
      return transliterateHebrew(t)
    case 'Armn':
      return transliterateArmenian(t)
    case 'Geor':
      return byTable(t, GEORGIAN)
    case 'Deva':
      return transliterateDevanagari(t)
    case 'Ethi':
      return transliterateEthiopic(t)
    case 'Hang':
      return transliterateHangul(t)
    case 'Kana':
      return transliterateKana(t)
    case 'Mymr':
      return transliterateMyanmar(t)
    case 'Latn':
      return t
    default:
      return anyAscii(visualToLogical(withoutSilentLetters(t))).replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
  }
}

/**
 * Thai marks a letter it does not pronounce with the thanthakhat (์), often
 * one kept from a Sanskrit or Pali spelling: ประยุทธ์ is Prayut, จันทร์ Chan,
 * ลักษณ์ -lak. The letter goes, with a vowel sign written on it (ธิ์).
 */
function withoutSilentLetters(text: string): string {
  return text.replace(/[\u0E01-\u0E2E][\u0E34-\u0E39]?\u0E4C/g, '')
}

/**
 * Thai and Lao store the vowels written before a consonant (เ แ โ ใ ไ, ເ ແ ໂ ໃ ໄ)
 * before it, though they are said after it: ใจ is "jai", not "aij".
 */
function visualToLogical(text: string): string {
  return text.replace(/([\u0E40-\u0E44\u0EC0-\u0EC4])([\u0E01-\u0E2E\u0E81-\u0EAE])/g, '$2$1')
}

/**
 * Hebrew is an abjad like Arabic, and unpointed names leave the reader to
 * choose: ו is v at a word's start and doubled (וו), a vowel inside a word
 * (o, u: שלום, Shalom; a consonant too, as in דוד, David, which this misses);
 * י is y at a word's start and i inside; a word's final ה marks a vowel,
 * written -a or -ah (שרה: Sara, Sarah; רבקה: Rivka).
 */
function transliterateHebrew(text: string): string {
  let out = ''
  const letters = [...text.replace(/[\u0591-\u05c7]/g, '')]
  const space = (c: string | undefined): boolean => c === undefined || /\s/.test(c)
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] as string
    const prev = letters[i - 1]
    const next = letters[i + 1]
    if (ch === 'ו') {
      if (next === 'ו') {
        out += 'v'
        i++
      } else out += space(prev) ? 'v' : 'o'
    } else if (ch === 'י') out += space(prev) ? 'y' : 'i'
    else if (ch === 'ה' && space(next) && !space(prev)) out += 'ah'
    // A consonant then ה are two sounds (כהן, Kohen), never the digraph kh, th, sh, ph they would spell.
    else if (ch === 'ה' && /[kqtsp]$/.test(out)) out += 'eh'
    else out += HEBREW[ch] ?? (space(ch) ? ' ' : ch)
  }
  return out
}
