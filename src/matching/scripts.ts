/** ISO 15924 codes of the scripts the matcher knows, plus Zyyy for "none/common". */
export type ScriptCode =
  | 'Latn'
  | 'Arab'
  | 'Cyrl'
  | 'Grek'
  | 'Hebr'
  | 'Armn'
  | 'Geor'
  | 'Deva'
  | 'Ethi'
  | 'Hang'
  | 'Kana'
  | 'Hani'
  | 'Thai'
  | 'Mymr'
  | 'Zyyy'

const DETECTORS: [ScriptCode, RegExp][] = [
  ['Arab', /\p{Script=Arabic}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hani', /\p{Script=Han}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Mymr', /\p{Script=Myanmar}/u],
  ['Latn', /\p{Script=Latin}/u],
]

/** The first known script found in `text` (names are rarely mixed). */
export function detectScript(text: string): ScriptCode {
  for (const [code, re] of DETECTORS) if (re.test(text)) return code
  return 'Zyyy'
}

/**
 * Scripts that usually leave short vowels unwritten: comparing them with a
 * fully vocalised Latin form must make vowels cheap to insert.
 */
export const ABJADS: ReadonlySet<ScriptCode> = new Set(['Arab', 'Hebr'])

/** Scripts with hand-written romanisation rules (transliterate.ts); the others go through any-ascii. */
export const TABLE_SCRIPTS: ReadonlySet<string> = new Set([
  'Latn',
  'Arab',
  'Cyrl',
  'Grek',
  'Hebr',
  'Armn',
  'Geor',
  'Deva',
  'Ethi',
  'Hang',
  'Kana',
  'Mymr',
])

/**
 * Whether a romanised name from `script` may lack vowels its Latin spelling
 * has, or have vowels it lacks: the abjads, the scripts romanised letter by
 * letter without rules (any-ascii writes Thai สมชาย as "smchay", Tamil
 * தமிழ்செல்வன் as "tmilcelvn": inherent vowels unwritten), and kana, which
 * writes a vowel after nearly every consonant (スミス, "sumisu", for Smith).
 * Han comes out as full pinyin syllables.
 */
export function vowelsMayBeMissing(script: string): boolean {
  return ABJADS.has(script as ScriptCode) || script === 'Kana' || (!TABLE_SCRIPTS.has(script) && script !== 'Hani')
}

/** Scripts that write l and r with one letter (Hangul ㄹ, kana ラ行): their romanisations pick one by rule. */
export function oneLiquid(script: string): boolean {
  return script === 'Hang' || script === 'Kana'
}
