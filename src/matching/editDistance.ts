import { isVowel } from './phonetic.js'

/**
 * A weighted edit distance over phonetic keys: substitutions between
 * symbols that transliterations confuse (b/p, f/v, s/z, sh/ch, j/g, a vowel
 * and w or y) cost little; vowels are cheap to insert or delete, and very
 * cheap when one side comes from a script that leaves short vowels unwritten.
 */

const NEAR: [string, string, number][] = [
  ['B', 'P', 0.2],
  ['F', 'V', 0.2],
  ['V', 'W', 0.3],
  ['F', 'W', 0.4],
  ['F', 'P', 0.5],
  ['T', 'D', 0.5],
  ['S', 'Z', 0.3],
  ['S', 'X', 0.4],
  ['X', 'C', 0.3],
  ['C', 'K', 0.5],
  ['C', 'S', 0.4],
  ['C', 'T', 0.6],
  ['J', 'G', 0.3],
  ['J', 'Z', 0.5],
  ['J', 'X', 0.5],
  ['J', 'C', 0.4],
  ['J', 'Y', 0.4],
  ['G', 'K', 0.4],
  ['K', 'H', 0.6],
  ['G', 'H', 0.6],
  ['C', 'H', 0.4],
  ['J', 'e', 0.4],
  ['T', 'S', 0.7],
  ['D', 'Z', 0.6],
  ['L', 'R', 0.8],
  ['M', 'N', 0.7],
  ['W', 'o', 0.3],
  ['W', 'a', 0.5],
  ['W', 'e', 0.5],
  ['Y', 'e', 0.3],
  ['Y', 'a', 0.5],
  ['Y', 'o', 0.5],
]

const SUBSTITUTION = new Map<string, number>()
for (const [a, b, cost] of NEAR) {
  SUBSTITUTION.set(a + b, cost)
  SUBSTITUTION.set(b + a, cost)
}

const VOWEL_SWAP = 0.25

export interface DistanceCosts {
  /** Cost to insert or delete a vowel. */
  vowel: number
}

export const FULL_VOWELS: DistanceCosts = { vowel: 0.5 }
export const ABJAD_VOWELS: DistanceCosts = { vowel: 0.2 }

function indel(symbol: string, costs: DistanceCosts): number {
  if (isVowel(symbol)) return costs.vowel
  if (symbol === 'H') return 0.4
  if (symbol === 'W' || symbol === 'Y') return 0.5
  return 1
}

function substitute(a: string, b: string): number {
  if (a === b) return 0
  if (isVowel(a) && isVowel(b)) return VOWEL_SWAP
  return SUBSTITUTION.get(a + b) ?? 1
}

/** Sum of deletion costs: the distance to the empty key. */
export function keyWeight(key: string, costs: DistanceCosts): number {
  let w = 0
  for (const s of key) w += indel(s, costs)
  return w
}

/** Weighted Levenshtein distance between two phonetic keys. */
export function weightedDistance(a: string, b: string, costs: DistanceCosts): number {
  const n = b.length
  let prev = new Float64Array(n + 1)
  let cur = new Float64Array(n + 1)
  for (let j = 1; j <= n; j++) prev[j] = (prev[j - 1] as number) + indel(b[j - 1] as string, costs)
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1] as string
    cur[0] = (prev[0] as number) + indel(ai, costs)
    for (let j = 1; j <= n; j++) {
      const bj = b[j - 1] as string
      cur[j] = Math.min(
        (prev[j] as number) + indel(ai, costs),
        (cur[j - 1] as number) + indel(bj, costs),
        (prev[j - 1] as number) + substitute(ai, bj),
      )
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[n] as number
}

/** 1 for equal keys, 0 for nothing in common; symmetric. */
export function keySimilarity(a: string, b: string, costs: DistanceCosts): number {
  const max = Math.max(keyWeight(a, costs), keyWeight(b, costs))
  if (max === 0) return a === b ? 1 : 0
  return Math.max(0, 1 - weightedDistance(a, b, costs) / max)
}
