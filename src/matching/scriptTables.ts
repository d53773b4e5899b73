// biome-ignore-all format: transliteration tables read best as compact rows
/**
 * Character tables for transliteration.ts, close to the usual romanisations:
 * ICAO 9303 for Cyrillic, ELOT 743 for Greek, UNGEGN-style for Arabic script
 * (Arabic, Persian, Urdu, Pashto, Kurdish letters), Hebrew, Armenian,
 * Georgian and Devanagari, Revised Romanisation for Hangul, Hepburn for kana.
 */

export const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c',
  ђ: 'dj', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ү: 'u', ұ: 'u', һ: 'h', ә: 'a', ӣ: 'i', ӯ: 'u', ҳ: 'h',
  ҷ: 'j', ҡ: 'q',
}

/** Greek digraphs, tried before single letters. */
export const GREEK_PAIRS: [string, string][] = [
  // ου before a vowel is how Greek writes a foreign w (Ουάσιγκτον, Νταουίτ: Dawit)
  ['ουα', 'wa'], ['ουε', 'we'], ['ουι', 'wi'], ['ουο', 'wo'], ['ουη', 'wi'], ['ουω', 'wo'],
  ['γιου', 'yu'], ['για', 'ya'], ['γιο', 'yo'], ['γιω', 'yo'], ['γιε', 'ye'], ['ου', 'ou'], ['αι', 'e'], ['ει', 'i'],
  ['οι', 'i'], ['υι', 'i'], ['αυ', 'av'], ['ευ', 'ev'], ['ηυ', 'iv'], ['μπ', 'b'], ['ντ', 'd'], ['γκ', 'g'], ['γγ', 'ng'],
  ['γχ', 'nkh'], ['τσ', 'ts'], ['τζ', 'dj'], // τζ: how Greek writes a foreign j (Τζαμάλ)
]
export const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'kh', ψ: 'ps', ω: 'o',
}

/** Arabic-script letters; long-vowel letters become vowels (و and ي are decided in context). */
export const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: "'", ئ: "'", ؤ: "'", ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
  د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f',
  ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ى: 'a', ة: 'a', پ: 'p', چ: 'ch', ژ: 'zh', ڤ: 'v', گ: 'g',
  ک: 'k', ۀ: 'a', ے: 'e', ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ھ: 'h', ۆ: 'o', ێ: 'e', ڵ: 'l', ڕ: 'r', ګ: 'g', ښ: 'sh',
  ځ: 'dz', څ: 'ts', ډ: 'd', ړ: 'r', ږ: 'zh', ڼ: 'n', ې: 'e', ۍ: 'i', ڨ: 'g', ڭ: 'ng',
  // harakat, when written
  'َ': 'a', 'ِ': 'i', 'ُ': 'u', 'ً': 'an', 'ٍ': 'in', 'ٌ': 'un', 'ْ': '', 'ٰ': 'a',
}
export const ARABIC_WAW = new Set(['و'])
export const ARABIC_YA = new Set(['ي', 'ی', 'ى'])
export const ARABIC_VOWEL_LETTERS = new Set(['ا', 'أ', 'إ', 'آ', 'ى', 'و', 'ي', 'ی'])

export const HEBREW: Record<string, string> = {
  א: "'", ב: 'b', ג: 'g', ד: 'd', ה: 'h', ז: 'z', ח: 'kh', ט: 't', כ: 'k', ך: 'kh', ל: 'l', מ: 'm', ם: 'm',
  נ: 'n', ן: 'n', ס: 's', ע: "'", פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'q', ר: 'r', ש: 'sh', ת: 't',
}

export const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'e', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts',
  կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j',
  ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
}

export const GEORGIAN: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o',
  პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts',
  ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
}

export const DEVANAGARI_CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n', ट: 't', ठ: 'th', ड: 'd',
  ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y',
  र: 'r', ल: 'l', व: 'v', श: 'sh', ष: 'sh', स: 's', ह: 'h', क़: 'q', ख़: 'kh', ग़: 'gh', ज़: 'z', फ़: 'f', ड़: 'r',
}
export const DEVANAGARI_VOWELS: Record<string, string> = {
  अ: 'a', आ: 'aa', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऋ: 'ri',
}
export const DEVANAGARI_MATRAS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ृ': 'ri',
}
export const DEVANAGARI_VIRAMA = '्'
export const DEVANAGARI_MODIFIERS: Record<string, string> = { 'ं': 'n', 'ँ': 'n', 'ः': 'h', '़': '' }

/** Ethiopic syllabary: each consonant row (keyed by its first code point) holds 8 forms in vowel order. */
export const ETHIOPIC_ROWS: Record<number, string> = {
  4608: 'h', 4616: 'l', 4624: 'h', 4632: 'm', 4640: 's', 4648: 'r', 4656: 's', 4664: 'sh',
  4672: 'q', 4688: 'q', 4704: 'b', 4712: 'v', 4720: 't', 4728: 'ch', 4736: 'h', 4752: 'n',
  4760: 'ny', 4768: '', 4776: 'k', 4792: 'kh', 4808: 'w', 4816: '', 4824: 'z', 4832: 'zh',
  4840: 'y', 4848: 'd', 4856: 'd', 4864: 'j', 4872: 'g', 4896: 't', 4904: 'ch', 4912: 'p',
  4920: 'ts', 4928: 'ts', 4936: 'f', 4944: 'p',
}
export const ETHIOPIC_VOWELS = ['e', 'u', 'i', 'a', 'e', '', 'o', 'wa']

export const HANGUL_L = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
export const HANGUL_V = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i']
export const HANGUL_T = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']

/** Hiragana U+3041..U+3096 in code point order (katakana is the same block shifted by 0x60); Q is small tsu, Y* small ya/yu/yo. */
export const KANA = [
  'a', 'a', 'i', 'i', 'u', 'u', 'e', 'e', 'o', 'o', 'ka', 'ga', 'ki', 'gi', 'ku', 'gu', 'ke', 'ge', 'ko', 'go', 'sa',
  'za', 'shi', 'ji', 'su', 'zu', 'se', 'ze', 'so', 'zo', 'ta', 'da', 'chi', 'ji', 'Q', 'tsu', 'zu', 'te', 'de', 'to',
  'do', 'na', 'ni', 'nu', 'ne', 'no', 'ha', 'ba', 'pa', 'hi', 'bi', 'pi', 'fu', 'bu', 'pu', 'he', 'be', 'pe', 'ho',
  'bo', 'po', 'ma', 'mi', 'mu', 'me', 'mo', 'Ya', 'ya', 'Yu', 'yu', 'Yo', 'yo', 'ra', 'ri', 'ru', 're', 'ro', 'wa',
  'wa', 'i', 'e', 'o', 'n', 'vu', 'ka', 'ke',
]

/**
 * Myanmar consonants U+1000..U+1021 as names are usually romanised (not MLCTS):
 * သ th (Thein), ဆ and စ s (San, Sein), ထ ht (Htun), ရ y (Yangon), အ the vowel carrier.
 */
export const MYANMAR_CONSONANTS = [
  'k', 'kh', 'g', 'g', 'ng', 's', 's', 'z', 'z', 'ny', 'ny', 't', 'ht', 'd', 'd', 'n', 't', 'ht', 'd', 'd', 'n', 'p',
  'ph', 'b', 'b', 'm', 'y', 'y', 'l', 'w', 'th', 'h', 'l', '',
]
/** Independent vowels U+1023..U+102A. */
export const MYANMAR_INDEPENDENT_VOWELS = ['i', 'i', 'u', 'u', 'e', 'e', 'aw', 'aw']
/**
 * A syllable's rhyme by its vowel signs (ိ i, ု u, ို o, ေ e, ော aw, ဲ e, ာ a; none:
 * the inherent a) and its final consonant's class (k: က; ng: င; c: စ; ny: ည ဉ;
 * t: တ ပ; n: န မ ံ; y: ယ); '' without a final. With the medial w (ွ) and no
 * vowel sign, the rhyme is the "w" row (ွန် un); with a vowel sign, w is written
 * before the rhyme (ွေ we). Rhymes as the usual romanisation writes them: Aung,
 * Kyaw, Thein, Htun, Hlaing, Myint, Khin, Kyi.
 */
export const MYANMAR_RHYMES: Record<string, string> = {
  '|': 'a',
  'a|': 'a',
  'i|': 'i',
  'u|': 'u',
  'o|': 'o',
  'e|': 'e',
  'ai|': 'e',
  'aw|': 'aw',
  '|k': 'et',
  '|ng': 'in',
  '|c': 'it',
  '|ny': 'i',
  '|t': 'at',
  '|n': 'an',
  '|y': 'e',
  'a|n': 'an',
  'i|n': 'ein',
  'i|t': 'eik',
  'u|n': 'on',
  'u|t': 'ok',
  'o|k': 'aik',
  'o|ng': 'aing',
  'o|n': 'on',
  'aw|k': 'auk',
  'aw|ng': 'aung',
  'w|n': 'un',
  'w|t': 'ut',
  'w|ng': 'win',
  'w|k': 'wet',
}
