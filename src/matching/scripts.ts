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
