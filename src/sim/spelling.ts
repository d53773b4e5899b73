import type { SeededRandom } from './random.js'

/**
 * How a destination country spells a broad romanisation ("muhammad",
 * "al-hasan", "yusuf") in its own conventions, and how it writes names in its
 * own script where that is not Latin (Greek in GRC, Cyrillic in BGR).
 */
export type SpellingStyle = 'en' | 'fr' | 'de' | 'it' | 'es' | 'nl' | 'sv' | 'el' | 'bg'

export const COUNTRY_STYLE: Record<string, SpellingStyle> = {
  GBR: 'en',
  IRL: 'en',
  MLT: 'en',
  FRA: 'fr',
  BEL: 'fr',
  LUX: 'fr',
  DEU: 'de',
  AUT: 'de',
  CHE: 'de',
  ITA: 'it',
  ESP: 'es',
  PRT: 'es',
  NLD: 'nl',
  SWE: 'sv',
  NOR: 'sv',
  DNK: 'sv',
  FIN: 'sv',
  GRC: 'el',
  CYP: 'el',
  BGR: 'bg',
}

const STYLE_RULES: Record<Exclude<SpellingStyle, 'el' | 'bg'>, [RegExp, string][]> = {
  en: [],
  fr: [
    [/sh/g, 'ch'],
    [/u/g, 'ou'],
    [/j/g, 'dj'],
    [/w/g, 'ou'],
    [/ii/g, 'i'],
  ],
  de: [
    [/sh/g, 'sch'],
    [/j/g, 'dsch'],
    [/y(?=[aeiou])/g, 'j'],
    [/kh/g, 'ch'],
    [/w/g, 'w'],
  ],
  it: [
    [/sh(?=[aou])/g, 'sci'],
    [/sh/g, 'sc'],
    [/j/g, 'gi'],
    [/y/g, 'i'],
    [/k(?=[aou])/g, 'c'],
  ],
  es: [
    [/kh/g, 'j'],
    [/j/g, 'y'],
    [/sh/g, 'ch'],
  ],
  nl: [
    [/u/g, 'oe'],
    [/j/g, 'dj'],
    [/y(?=[aeiou])/g, 'j'],
    [/sh/g, 'sj'],
    [/kh/g, 'ch'],
  ],
  sv: [
    [/sh/g, 'sj'],
    [/j/g, 'dj'],
    [/y(?=[aeiou])/g, 'j'],
    [/u/g, 'o'],
  ],
}

const GREEK: [string, string][] = [
  ['th', 'θ'],
  ['kh', 'χ'],
  ['sh', 'σ'],
  ['ch', 'τσ'],
  ['ou', 'ου'],
  ['a', 'α'],
  ['b', 'μπ'],
  ['c', 'κ'],
  ['d', 'ντ'],
  ['e', 'ε'],
  ['f', 'φ'],
  ['g', 'γκ'],
  ['h', 'χ'],
  ['i', 'ι'],
  ['j', 'τζ'],
  ['k', 'κ'],
  ['l', 'λ'],
  ['m', 'μ'],
  ['n', 'ν'],
  ['o', 'ο'],
  ['p', 'π'],
  ['q', 'κ'],
  ['r', 'ρ'],
  ['s', 'σ'],
  ['t', 'τ'],
  ['u', 'ου'],
  ['v', 'β'],
  ['w', 'ου'],
  ['x', 'ξ'],
  ['y', 'γι'],
  ['z', 'ζ'],
]
const CYRILLIC: [string, string][] = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['kh', 'х'],
  ['zh', 'ж'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'к'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'дж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'у'],
  ['x', 'кс'],
  ['y', 'й'],
  ['z', 'з'],
]

function byTable(word: string, table: [string, string][]): string {
  let out = ''
  for (let i = 0; i < word.length; ) {
    const hit = table.find(([from]) => word.startsWith(from, i))
    if (hit) {
      out += hit[1]
      i += hit[0].length
    } else {
      out += word[i]
      i++
    }
  }
  return out
}

function capitalise(text: string): string {
  return text.replace(/(^|[\s|-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
}

/**
 * Random clerical variation on a broad romanisation: a vowel read another
 * way (muhammad/mohammed), a doubled consonant (mohammed), an Arabic article
 * written four ways or dropped, compounds joined or split.
 */
export function vary(latin: string, rng: SeededRandom): string {
  let s = latin
  if (rng.chance(0.35)) s = s.replace(/u(?=[^aeiou])/, 'o')
  if (rng.chance(0.3)) s = s.replace(/a(?=[^aeiou]*$)/, 'e')
  if (rng.chance(0.15)) s = s.replace(/i(?=[^aeiou]*$)/, 'e')
  if (rng.chance(0.2)) s = doubleFirstConsonant(s)
  if (/^al-/.test(s) || /\sal-/.test(s)) {
    const form = rng.pick(['al-', 'al ', 'el-', 'el ', 'al', ''])
    s = s.replace(/(^|\s)al-/, `$1${form}`)
  }
  if (/^abd al-/.test(s)) s = s.replace(/^abd al-/, rng.pick(['abd al-', 'abdul ', 'abdul', 'abd-al ', 'abdel ']))
  return s
}

/** "mohamed" → "mohhamed": the first single consonant before a vowel, doubled. */
function doubleFirstConsonant(s: string): string {
  for (let i = 1; i < s.length - 1; i++) {
    const c = s[i] as string
    if ('bdfklmnrst'.includes(c) && 'aeiou'.includes(s[i + 1] as string) && s[i - 1] !== c) {
      return s.slice(0, i) + c + s.slice(i)
    }
  }
  return s
}

/** How a country writes a name: its Latin spelling, or its own script. */
export function spell(latin: string, style: SpellingStyle): { text: string; script: string } {
  // A y before a vowel is a consonant (yusuf, yuliya); elsewhere a vowel or a glide (dmytro, serhiy):
  // the scripts with no y write the vowel as i.
  if (style === 'el' || style === 'bg') latin = latin.replace(/y(?![aeiou])/g, 'i')
  if (style === 'el')
    return {
      text: capitalise(
        latin
          .split(/([\s-])/)
          .map((w) => byTable(w, GREEK))
          .join(''),
      ).replace(/σ(?=$|[\s-])/g, 'ς'),
      script: 'Grek',
    }
  if (style === 'bg')
    return {
      text: capitalise(
        latin
          .split(/([\s-])/)
          .map((w) => byTable(w, CYRILLIC))
          .join(''),
      ),
      script: 'Cyrl',
    }
  let s = latin
  for (const [re, to] of STYLE_RULES[style]) s = s.replace(re, to)
  return { text: capitalise(s), script: 'Latn' }
}
