import {
  ABJAD_VOWELS,
  ABJAD_VOWELS_ONE_LIQUID,
  type DistanceCosts,
  FULL_VOWELS,
  FULL_VOWELS_ONE_LIQUID,
  keySimilarity,
  keySimilarityAbove,
  LIQUID_OR_NOTHING,
  N_OR_LIQUID,
} from './editDistance.js'
import { foldLatin, isVowel, phoneticWord } from './phonetic.js'
import { detectScript, oneLiquid, type ScriptCode, vowelsMayBeMissing } from './scripts.js'
import { toLatin } from './transliterate.js'

/** A name reduced to what comparison needs. */
export interface NameKey {
  /** Phonetic key of each token, in the order written. */
  tokens: string[]
  /** Script the name was written in (abjads make vowels cheap). */
  script: ScriptCode
  /**
   * The other reading of a token that may begin with a glued Arabic article
   * (articleReading), by the token's index; '' for a token without one.
   * Absent when no token has one.
   */
  readings?: string[]
}

/**
 * Particles that are not names on their own: the Arabic article, "ibn",
 * Dutch and German prepositions. Short words that are also names (Le, De,
 * Ben; a transliterated Ali is "li") stay tokens.
 */
const PARTICLES = new Set(['aL', 'eL', 'oL', 'eBN', 'FoN', 'FaN', 'DeR'])
/** Arabic article glued to a word ("Alhassan", "الحسن", "Elalamy"). */
const ARTICLE = /^[ae]L/

/** A joined-name comparison counts a little below a token-by-token agreement. */
const JOINED_DISCOUNT = 0.97

/** Transliterates, folds and keys a name written in any supported script. */
export function nameKey(given: string, family: string, script?: string): NameKey {
  const text = `${given} ${family}`
  const detected = script && script !== '' ? (script as ScriptCode) : detectScript(text)
  const effective = detected === 'Latn' || detected === 'Zyyy' ? detectScript(text) : detected
  const words = effective === 'Hang' ? text.split(/[^\p{L}]+/u) : [text]
  const tokens: string[] = []
  const readings: string[] = []
  for (const word of words) {
    const keys = phoneticKeys(word, effective)
    keys.forEach((k, i) => {
      const [token, other] = articleReading(i === 0 ? initialSoundRule(word, k) : k)
      tokens.push(token)
      readings.push(other)
    })
  }
  return readings.some((r) => r !== '') ? { tokens, script: effective, readings } : { tokens, script: effective }
}

function phoneticKeys(text: string, script: ScriptCode): string[] {
  return foldLatin(toLatin(text, script))
    .split(' ')
    .filter((w) => w !== '')
    .map(phoneticWord)
    .filter((t) => t !== '' && !PARTICLES.has(t))
}

/**
 * A token that may begin with the Arabic article glued to it, as the token
 * it keeps and its other reading ('' if none). Before a consonant the article
 * is taken off (Alhassan is Hassan), and the whole word is the other reading,
 * for a name that only begins like the article (Ilyin, Alden, Elwes). Before a
 * vowel the word is kept; before an a, the word without the article is the
 * other reading (Elalamy is al-Alami, Alani al-Ani: Arabic writes the article
 * apart). Not before e or o: Elena, Alexander and Elias would meet Ena, Xander
 * and Yas, and few Arabic names follow the article with those vowels. The
 * rest must be a name of its own: three letters or more, not a particle.
 */
export function articleReading(t: string): [string, string] {
  if (!ARTICLE.test(t)) return [t, '']
  const rest = t.slice(2)
  if (rest.length < 3 || PARTICLES.has(rest)) return [t, '']
  if (!isVowel(rest[0] as string)) return [rest, t]
  return rest[0] === 'a' ? [t, rest] : [t, '']
}

/**
 * Korean does not begin a word with l or r (the initial sound rule): before
 * i or y it drops it (李 is 이, i), before other vowels it reads it n (盧 is
 * 노, no). Romanised names often keep the l or r: Lee, Rhee, Lim, Ryu, Roh.
 * So a Hangul word's key that starts with a bare i or y vowel gets a leading
 * l-r-or-nothing, and one that starts with n an n-or-r.
 */
function initialSoundRule(word: string, key: string): string {
  const s = (word.codePointAt(0) ?? 0) - 0xac00
  if (s < 0 || s >= 11172) return key
  const initial = Math.floor(s / 588)
  const vowel = Math.floor((s % 588) / 28)
  if (initial === HANGUL_IEUNG && Y_OR_I_VOWELS.has(vowel)) return `${LIQUID_OR_NOTHING}${key}`
  if (initial === HANGUL_NIEUN && !Y_OR_I_VOWELS.has(vowel) && key.startsWith('N'))
    return `${N_OR_LIQUID}${key.slice(1)}`
  return key
}
/** ㅇ and ㄴ as a syllable's first letter. */
const HANGUL_IEUNG = 11
const HANGUL_NIEUN = 2
const Y_OR_I_VOWELS = new Set([2, 3, 6, 7, 12, 17, 20])

function costsFor(a: NameKey, b: NameKey): DistanceCosts {
  const abjad = vowelsMayBeMissing(a.script) || vowelsMayBeMissing(b.script)
  if (oneLiquid(a.script) || oneLiquid(b.script)) return abjad ? ABJAD_VOWELS_ONE_LIQUID : FULL_VOWELS_ONE_LIQUID
  return abjad ? ABJAD_VOWELS : FULL_VOWELS
}

/**
 * The tokens of `r` that `q` also carries: a coarse skeleton in common, or a
 * token of `q` at least `floor` similar (a spelling whose consonants differ,
 * as a Greek and a Ukrainian rendering of one name do).
 */
export function agreeingTokens(q: NameKey, r: NameKey, floor: number, memo?: Map<string, number>): string[] {
  const costs = costsFor(q, r)
  const ourReadings = q.tokens.flatMap((_, i) => readingsOf(q, i))
  const ours = new Set(ourReadings.flatMap(skeletonVariants))
  return r.tokens.filter((_, i) =>
    readingsOf(r, i).some(
      (x) =>
        skeletonVariants(x).some((k) => ours.has(k)) ||
        ourReadings.some((u) => tokenSimilarity(u, x, costs, memo) >= floor),
    ),
  )
}

/** Token `i` of `name` and its other reading, if it has one (articleReading). */
export function readingsOf(name: Pick<NameKey, 'tokens' | 'readings'>, i: number): string[] {
  const token = name.tokens[i] as string
  const other = name.readings?.[i]
  return other ? [token, other] : [token]
}

/** The blocking skeletons of each token of `name`: every variant of each of its readings. */
export function tokenSkeletons(name: Pick<NameKey, 'tokens' | 'readings'>): string[][] {
  return name.tokens.map((t, i) => {
    const other = name.readings?.[i]
    return other ? [...new Set([...skeletonVariants(t), ...skeletonVariants(other)])] : skeletonVariants(t)
  })
}

/**
 * Whether two people's names contradict each other: a name of each that
 * share two tokens or more, where each name also carries a token that none
 * of the other person's names has (another father's name: Zaynab Muhammad
 * Boussefi, Zaynab Yusuf Boussefi). A name that only lacks a token is no
 * contradiction (a dropped middle name), nor is a compound written as one
 * word on one side (Abdul Rahman, Abdulrahman), nor an initial (F, Fitzgerald).
 * Tokens agree at `floor` similarity or above.
 */
export function namesContradict(q: NameKey[], r: NameKey[], floor: number): boolean {
  for (const a of q) {
    for (const b of r) {
      const costs = costsFor(a, b)
      const shared = a.tokens.filter((_, i) => b.tokens.some((_, j) => tokensAgree(a, i, b, j, costs, floor))).length
      if (shared < 2) continue
      const onlyA = a.tokens.filter((t, i) => t.length > 1 && !carriedBy(a, i, r, floor))
      const onlyB = b.tokens.filter((t, j) => t.length > 1 && !carriedBy(b, j, q, floor))
      if (onlyA.length === 0 || onlyB.length === 0) continue
      if (keySimilarity(onlyA.join(''), onlyB.join(''), costs) >= floor) continue
      return true
    }
  }
  return false
}

/** Whether token `i` of `a` and token `j` of `b` agree at `floor`, under either reading of each. */
function tokensAgree(a: NameKey, i: number, b: NameKey, j: number, costs: DistanceCosts, floor: number): boolean {
  return readingSimilarity(a, i, b, j, costs, undefined) >= floor
}

/** The similarity of token `i` of `a` and token `j` of `b` under the closest of their readings (articleReading). */
function readingSimilarity(
  a: NameKey,
  i: number,
  b: NameKey,
  j: number,
  costs: DistanceCosts,
  memo: Map<string, number> | undefined,
): number {
  let best = 0
  for (const x of readingsOf(a, i)) {
    for (const y of readingsOf(b, j)) best = Math.max(best, tokenSimilarity(x, y, costs, memo))
  }
  return best
}

/** Whether some name in `names` carries token `i` of name `from`. */
function carriedBy(from: NameKey, i: number, names: NameKey[], floor: number): boolean {
  return names.some((n) => {
    const costs = costsFor(from, n)
    return n.tokens.some((_, j) => tokensAgree(from, i, n, j, costs, floor))
  })
}

/**
 * Similarity of two names in 0..1, robust to token order, missing middle
 * names and compound names written as one or two words (Abdul Rahman /
 * Abdulrahman). Symmetric.
 */
export function nameSimilarity(a: NameKey, b: NameKey, memo?: Map<string, number>): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0
  const costs = costsFor(a, b)
  const tokenSet = tokenSetSimilarity(a, b, costs, memo)
  // Equal token counts, or a token-by-token result the joined form could not beat: done.
  if (a.tokens.length === b.tokens.length || tokenSet >= JOINED_DISCOUNT) return tokenSet
  // A compound written as one word on one side accounts for a token or two; names whose
  // counts differ by more are not one name split differently. (Also bounds the cost:
  // joined forms of long names are the most expensive comparison there is.)
  if (Math.abs(a.tokens.length - b.tokens.length) > MAX_JOINED_TOKEN_DIFFERENCE) return tokenSet
  // Different token counts: perhaps a compound written as one word on one side
  // (Abdulrahman / Abdul Rahman). Compare the names joined, in both orders, a
  // little below a token-by-token agreement. Only a joined form that beats the
  // token-by-token result counts, so each comparison stops once it cannot.
  const joinedA = a.tokens.join('')
  const joinedB = b.tokens.join('')
  let best = tokenSet
  for (const [x, y] of [
    [joinedA, joinedB],
    [[...a.tokens].reverse().join(''), joinedB],
    [joinedA, [...b.tokens].reverse().join('')],
  ] as const) {
    best = Math.max(best, keySimilarityAbove(x, y, costs, best / JOINED_DISCOUNT) * JOINED_DISCOUNT)
  }
  return best
}

/** keySimilarity, remembered in `memo` when given (token pairs repeat across one query's candidates). */
function tokenSimilarity(x: string, y: string, costs: DistanceCosts, memo: Map<string, number> | undefined): number {
  if (memo === undefined) return keySimilarity(x, y, costs)
  return remembered(memo, `${costs.id}|${x}|${y}`, () => keySimilarity(x, y, costs))
}

/** `compute()`, remembered in a query's `memo` under `key` while the memo has room (MEMO_LIMIT). */
export function remembered(memo: Map<string, number>, key: string, compute: () => number): number {
  let value = memo.get(key)
  if (value === undefined) {
    value = compute()
    if (memo.size < MEMO_LIMIT) memo.set(key, value)
  }
  return value
}

/** Raises `sims` (tokenSetSimilarity's, `a` the shorter name) where a token's other reading is closer. */
function otherReadings(a: NameKey, b: NameKey, costs: DistanceCosts, memo: Map<string, number> | undefined): void {
  const m = b.tokens.length
  for (let i = 0; i < a.tokens.length; i++) {
    for (let j = 0; j < m; j++) {
      if (a.readings?.[i] || b.readings?.[j]) sims[i * m + j] = readingSimilarity(a, i, b, j, costs, memo)
    }
  }
}

/** Token counts may differ by this much for the joined forms to be compared. */
const MAX_JOINED_TOKEN_DIFFERENCE = 2

/** Most similarities remembered per query (token pairs, names, places). */
const MEMO_LIMIT = 50_000

/**
 * The best one-to-one pairing of the shorter name's tokens with the longer's,
 * chosen greedily (the most similar pair first, ties in token order), scaled
 * down when the longer name has tokens left over. A token with two readings
 * (articleReading) counts with the one closer to the other token.
 */
function tokenSetSimilarity(x: NameKey, y: NameKey, costs: DistanceCosts, memo?: Map<string, number>): number {
  const [a, b] = x.tokens.length <= y.tokens.length ? [x, y] : [y, x]
  const short = a.tokens
  const long = b.tokens
  const n = short.length
  const m = long.length
  // Reused buffers: this runs for every name pair of every candidate.
  if (sims.length < n * m) sims = new Float64Array(n * m * 2)
  if (usedLong.length < m) usedLong = new Uint8Array(m * 2)
  if (usedShort.length < n) usedShort = new Uint8Array(n * 2)
  for (let i = 0; i < n; i++) {
    usedShort[i] = 0
    for (let j = 0; j < m; j++) sims[i * m + j] = tokenSimilarity(short[i]!, long[j]!, costs, memo)
  }
  if (a.readings !== undefined || b.readings !== undefined) otherReadings(a, b, costs, memo)
  for (let j = 0; j < m; j++) usedLong[j] = 0
  let sum = 0
  for (let round = 0; round < n; round++) {
    let best = -1
    let bi = 0
    let bj = 0
    for (let i = 0; i < n; i++) {
      if (usedShort[i] === 1) continue
      for (let j = 0; j < m; j++) {
        if (usedLong[j] === 1) continue
        const v = sims[i * m + j] as number
        if (v > best) {
          best = v
          bi = i
          bj = j
        }
      }
    }
    usedShort[bi] = 1
    usedLong[bj] = 1
    sum += best
  }
  const coverage = n / m
  return n === 1 && m > 1 ? sum * (0.6 + 0.4 * coverage) : (sum / n) * (0.85 + 0.15 * coverage)
}
let sims = new Float64Array(64)
let usedShort = new Uint8Array(16)
let usedLong = new Uint8Array(16)

const COARSE: Record<string, string> = {
  B: 'B',
  P: 'B',
  F: 'F',
  V: 'F',
  T: 'T',
  D: 'T',
  S: 'S',
  Z: 'S',
  X: 'S',
  C: 'S',
  J: 'K',
  G: 'K',
  K: 'K',
  L: 'L',
  R: 'R',
  M: 'M',
  N: 'N',
  U: 'N', // N_OR_LIQUID; LIQUID_OR_NOTHING (Q) is left out, as vowels, h, w and y are
}

/**
 * A coarse consonant skeleton of a token for blocking: vowels, h, w, y
 * dropped, near consonants merged, first `length` (4) kept. Two spellings of one
 * name nearly always share it. A t or d written right before a sibilant is
 * one sound with it, an affricate: ts, tz, tsch, ds and dz key as the c, z or
 * ch another spelling writes for it (Greek Σεβτσενκο, German Schewtschenko,
 * English Shevchenko; Kravets, Kravec, Krawez).
 */
export function skeleton(token: string, length = 4): string {
  let out = ''
  let previous = ''
  for (const s of token) {
    const before = previous
    previous = s
    if (isVowel(s)) continue
    const c = COARSE[s]
    if (c === undefined) continue
    if (c === 'S' && out.at(-1) === 'T' && COARSE[before] === 'T') out = out.slice(0, -1)
    if (c === out.at(-1)) continue
    if (out.length === length) break
    out += c
  }
  return out
}

/**
 * The skeletons of a token under the readings that split spellings most: J
 * as a consonant (Jamal) or as y (German and Nordic Jusuf, Bojko), CH as ch
 * (Chaled in French) or as kh (German Chader), and W as w (Walid, Dawit) or
 * as v (German and Polish Schewtschenko, Krawez, Kowalski), each with the
 * others.
 */
export function skeletonVariants(token: string): string[] {
  let known = VARIANTS.get(token)
  if (known === undefined) {
    known = computeSkeletonVariants(token)
    if (VARIANTS.size >= VARIANTS_LIMIT) VARIANTS.clear()
    VARIANTS.set(token, known)
  }
  return known
}
/** Letters read two ways (skeletonVariants), and their other reading. */
const SPLIT_READINGS = [
  ['J', 'Y'],
  ['C', 'H'],
  ['W', 'V'],
] as const
/** Skeleton variants of tokens seen lately (a registry's vocabulary is far smaller than this). */
const VARIANTS = new Map<string, string[]>()
const VARIANTS_LIMIT = 100_000

function computeSkeletonVariants(token: string): string[] {
  const variants = new Set<string>()
  for (const reading of liquidReadings(token)) {
    let readings = [reading]
    for (const [letter, other] of SPLIT_READINGS) {
      if (reading.includes(letter)) readings = readings.flatMap((r) => [r, r.replaceAll(letter, other)])
    }
    for (const r of readings) variants.add(skeleton(r))
  }
  return [...variants].filter((k) => k.length >= 1)
}

/**
 * The readings of a Hangul word's key under the initial sound rule
 * (initialSoundRule): the l or r it may have dropped as nothing, l or r; the
 * n it may have read from one as n, l or r. Blocking keys are made of each,
 * so that 이건희 and Lee Kun-hee, 노태우 and Roh Tae-woo share them.
 */
export function liquidReadings(token: string): string[] {
  const rest = token.slice(1)
  if (token.startsWith(LIQUID_OR_NOTHING)) return [rest, `L${rest}`, `R${rest}`]
  if (token.startsWith(N_OR_LIQUID)) return [`N${rest}`, `L${rest}`, `R${rest}`]
  return [token]
}

/** A name's tokens joined, under each reading of the initial sound rule's symbols (liquidReadings). */
export function joinedReadings(tokens: readonly string[]): string[] {
  const joined = tokens.join('')
  if (!joined.includes(LIQUID_OR_NOTHING) && !joined.includes(N_OR_LIQUID)) return [joined]
  return [0, 1, 2].map((i) => tokens.map((t) => liquidReadings(t)[i] ?? t).join(''))
}
