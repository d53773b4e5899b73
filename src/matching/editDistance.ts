/**
 * A weighted edit distance over phonetic keys: substitutions between
 * symbols that transliterations confuse (b/p, b/v, f/v, s/z, sh/ch, j/g, a
 * vowel and w or y; l and r from scripts with one letter for both) cost
 * little; vowels are cheap to insert or delete, and very cheap when one side
 * comes from a script that leaves short vowels unwritten.
 */

// biome-ignore format: a table of symbol pairs reads best as rows
const NEAR: [string, string, number][] = [
  ['B', 'P', 0.2],
  ['B', 'V', 0.3],
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
  ['M', 'N', 0.7],
  ['W', 'o', 0.3],
  ['W', 'a', 0.5],
  ['W', 'e', 0.5],
  ['Y', 'e', 0.3],
  ['Y', 'a', 0.5],
  ['Y', 'o', 0.5],
]

const VOWEL_SWAP = 0.25
const VOWELS = 'aeo'

/**
 * A symbol no romanisation writes: an l or r a Korean word may have dropped
 * (nameKeys.ts). Cheap to leave out, cheaper still to read as l, r or y.
 */
export const LIQUID_OR_NOTHING = 'Q'
/** Another: an n that Korean may have read from an l or r (nameKeys.ts). Nearly an n. */
export const N_OR_LIQUID = 'U'

export interface DistanceCosts {
  /** Cost to insert or delete a vowel. */
  vowel: number
  /** Cost to substitute l and r: low when one side's script has one letter for both. */
  liquids: number
  /** Names these costs in memo keys. */
  id: string
}

export const FULL_VOWELS: DistanceCosts = { vowel: 0.5, liquids: 0.8, id: 'full' }
export const ABJAD_VOWELS: DistanceCosts = { vowel: 0.2, liquids: 0.8, id: 'abjad' }
/**
 * Hangul (ㄹ) and Japanese kana (ラ行) write l and r with one letter, so a
 * Lionel or a Roger is written the same way and romanised with r or l by rule.
 */
export const FULL_VOWELS_ONE_LIQUID: DistanceCosts = { vowel: 0.5, liquids: 0.1, id: 'full-lr' }
export const ABJAD_VOWELS_ONE_LIQUID: DistanceCosts = { vowel: 0.2, liquids: 0.1, id: 'abjad-lr' }

// Costs as flat tables indexed by character code (keys are ASCII): this is
// the matcher's innermost loop, run thousands of times per identify query.
const SUBSTITUTION_TABLES = new Map<number, Float64Array>()

function substitutionTable(costs: DistanceCosts): Float64Array {
  let table = SUBSTITUTION_TABLES.get(costs.liquids)
  if (table === undefined) {
    table = new Float64Array(128 * 128).fill(1)
    for (let a = 0; a < 128; a++) table[a * 128 + a] = 0
    for (const a of VOWELS)
      for (const b of VOWELS) if (a !== b) table[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = VOWEL_SWAP
    const liquid: [string, string, number][] = [
      ['L', 'R', costs.liquids],
      [LIQUID_OR_NOTHING, 'L', 0.1],
      [LIQUID_OR_NOTHING, 'R', 0.1],
      [LIQUID_OR_NOTHING, 'Y', 0.1],
      [N_OR_LIQUID, 'N', 0.05],
      [N_OR_LIQUID, 'R', 0.15],
      [N_OR_LIQUID, 'L', 0.15],
      [N_OR_LIQUID, 'M', 0.7],
    ]
    for (const [a, b, cost] of [...NEAR, ...liquid]) {
      table[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = cost
      table[b.charCodeAt(0) * 128 + a.charCodeAt(0)] = cost
    }
    SUBSTITUTION_TABLES.set(costs.liquids, table)
  }
  return table
}

const INDEL_TABLES = new WeakMap<DistanceCosts, Float64Array>()

function indelTable(costs: DistanceCosts): Float64Array {
  let table = INDEL_TABLES.get(costs)
  if (table === undefined) {
    table = new Float64Array(128).fill(1)
    for (const v of VOWELS) table[v.charCodeAt(0)] = costs.vowel
    table['H'.charCodeAt(0)] = 0.4
    table['W'.charCodeAt(0)] = 0.5
    table['Y'.charCodeAt(0)] = 0.5
    table[LIQUID_OR_NOTHING.charCodeAt(0)] = 0.15
    INDEL_TABLES.set(costs, table)
  }
  return table
}

function code(key: string, i: number): number {
  return key.charCodeAt(i) & 127
}

/** Sum of deletion costs: the distance to the empty key. */
export function keyWeight(key: string, costs: DistanceCosts): number {
  const indel = indelTable(costs)
  let w = 0
  for (let i = 0; i < key.length; i++) w += indel[code(key, i)] as number
  return w
}

let prevRow = new Float64Array(64)
let curRow = new Float64Array(64)

/**
 * Weighted Levenshtein distance between two phonetic keys. With a `limit`, it
 * stops as soon as the distance cannot be below it (every cell of a row at or
 * above it: costs are never negative) and returns that row's least cell, a
 * value at or above `limit`.
 */
export function weightedDistance(a: string, b: string, costs: DistanceCosts, limit = Number.POSITIVE_INFINITY): number {
  const indel = indelTable(costs)
  const substitution = substitutionTable(costs)
  const n = b.length
  if (prevRow.length <= n) {
    prevRow = new Float64Array(n * 2 + 1)
    curRow = new Float64Array(n * 2 + 1)
  }
  let prev = prevRow
  let cur = curRow
  prev[0] = 0
  for (let j = 1; j <= n; j++) prev[j] = (prev[j - 1] as number) + (indel[code(b, j - 1)] as number)
  for (let i = 1; i <= a.length; i++) {
    const ai = code(a, i - 1)
    const del = indel[ai] as number
    const row = ai * 128
    cur[0] = (prev[0] as number) + del
    let least = cur[0] as number
    for (let j = 1; j <= n; j++) {
      const bj = code(b, j - 1)
      const x = (prev[j] as number) + del
      const y = (cur[j - 1] as number) + (indel[bj] as number)
      const z = (prev[j - 1] as number) + (substitution[row + bj] as number)
      const v = Math.min(x, y, z)
      cur[j] = v
      if (v < least) least = v
    }
    if (least >= limit) return least
    const t = prev
    prev = cur
    cur = t
  }
  return prev[n] as number
}

/** 1 for equal keys, 0 for nothing in common; symmetric. */
export function keySimilarity(a: string, b: string, costs: DistanceCosts): number {
  return keySimilarityAbove(a, b, costs, Number.NEGATIVE_INFINITY)
}

/**
 * keySimilarity(a, b) when it is above `floor`, and otherwise some value at
 * or below `floor`: the distance is not finished once it cannot get there
 * (for callers that keep only the best of several comparisons).
 */
export function keySimilarityAbove(a: string, b: string, costs: DistanceCosts, floor: number): number {
  const max = Math.max(keyWeight(a, costs), keyWeight(b, costs))
  if (max === 0) return a === b ? 1 : 0
  return Math.max(0, 1 - weightedDistance(a, b, costs, max * (1 - floor)) / max)
}
