import { createHash } from 'node:crypto'

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing over stored hashes, as Go's
 * golang.org/x/mod/sumdb/tlog does: the hash of every complete, aligned
 * subtree is stored once (level L, index i covers leaves [i·2^L, (i+1)·2^L)),
 * so roots and proofs for any size cost O(log n) reads. Pure: the caller
 * hands in the reader and stores what append returns.
 */

/** Reads a stored hash; throws if it is missing. */
export type HashReader = (level: number, index: number) => Uint8Array

const LEAF_PREFIX = Buffer.from([0x00])
const NODE_PREFIX = Buffer.from([0x01])

export function leafHash(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(LEAF_PREFIX).update(data).digest())
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest())
}

/** SHA-256 of nothing: the root of the empty tree. */
export const EMPTY_ROOT = new Uint8Array(createHash('sha256').digest())

/** The hashes to store when leaf `index` (with hash `leaf`) is appended: the leaf and every subtree it completes. */
export function hashesForAppend(index: number, leaf: Uint8Array, read: HashReader): [number, number, Uint8Array][] {
  const out: [number, number, Uint8Array][] = [[0, index, leaf]]
  let h = leaf
  let i = index
  let level = 0
  while (i % 2 === 1) {
    h = nodeHash(read(level, i - 1), h)
    i = (i - 1) / 2
    level++
    out.push([level, i, h])
  }
  return out
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/** MTH of leaves [start, start + length). */
export function rangeHash(start: number, length: number, read: HashReader): Uint8Array {
  if (length === 0) return EMPTY_ROOT
  if ((length & (length - 1)) === 0 && start % length === 0) return read(Math.log2(length), start / length)
  const k = largestPowerOfTwoBelow(length)
  return nodeHash(rangeHash(start, k, read), rangeHash(start + k, length - k, read))
}

/** Root hash of the tree of the first `size` leaves. */
export function rootHash(size: number, read: HashReader): Uint8Array {
  return rangeHash(0, size, read)
}

/** RFC 9162 inclusion proof (PATH) of leaf `index` in the tree of `size` leaves. */
export function inclusionProof(index: number, size: number, read: HashReader): Uint8Array[] {
  if (!(index >= 0 && index < size)) throw new RangeError(`leaf index ${index} is not in a tree of size ${size}`)
  const path = (m: number, start: number, n: number): Uint8Array[] => {
    if (n === 1) return []
    const k = largestPowerOfTwoBelow(n)
    return m < k
      ? [...path(m, start, k), rangeHash(start + k, n - k, read)]
      : [...path(m - k, start + k, n - k), rangeHash(start, k, read)]
  }
  return path(index, 0, size)
}

/** RFC 9162 consistency proof between the trees of `m` and `n` leaves (0 < m <= n). */
export function consistencyProof(m: number, n: number, read: HashReader): Uint8Array[] {
  if (!(m > 0 && m <= n)) throw new RangeError(`no consistency proof from size ${m} to size ${n}`)
  const sub = (m: number, start: number, n: number, complete: boolean): Uint8Array[] => {
    if (m === n) return complete ? [] : [rangeHash(start, m, read)]
    const k = largestPowerOfTwoBelow(n)
    return m <= k
      ? [...sub(m, start, k, complete), rangeHash(start + k, n - k, read)]
      : [...sub(m - k, start + k, n - k, false), rangeHash(start, k, read)]
  }
  return sub(m, 0, n, true)
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a).equals(Buffer.from(b))
}

/** RFC 9162 §2.1.3.2: does `proof` show leaf `index` with hash `leaf` in the tree of `size` with `root`? */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!(index >= 0 && index < size)) return false
  let fn = index
  let sn = size - 1
  let r = leaf
  for (const p of proof) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r)
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2)
          sn = Math.floor(sn / 2)
        }
      }
    } else {
      r = nodeHash(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && equal(r, root)
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree of `m` leaves (rootM) is a prefix of the tree of `n` (rootN)? */
export function verifyConsistency(
  m: number,
  n: number,
  proof: Uint8Array[],
  rootM: Uint8Array,
  rootN: Uint8Array,
): boolean {
  if (m === n) return proof.length === 0 && equal(rootM, rootN)
  if (!(m > 0 && m < n) || proof.length === 0) return false
  const path = (m & (m - 1)) === 0 ? [rootM, ...proof] : proof
  let fn = m - 1
  let sn = n - 1
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  let fr = path[0] as Uint8Array
  let sr = path[0] as Uint8Array
  for (const c of path.slice(1)) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr)
      sr = nodeHash(c, sr)
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2)
          sn = Math.floor(sn / 2)
        }
      }
    } else {
      sr = nodeHash(sr, c)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && equal(fr, rootM) && equal(sr, rootN)
}

/**
 * The frontier of the tree of `size` leaves: its maximal complete aligned
 * subtrees, left to right (one per set bit of `size`), as [level, index].
 * They are all a log needs to keep appending, and every inclusion or
 * consistency proof into a larger tree that concerns only leaves at or past
 * `size` reads no other hash below `size`.
 */
export function frontierPositions(size: number): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  for (let level = Math.floor(Math.log2(Math.max(size, 1))); level >= 0; level--) {
    const width = 2 ** level
    if (start + width <= size) {
      out.push([level, start / width])
      start += width
    }
  }
  return out
}

/** The frontier hashes of the tree of `size` leaves, left to right. */
export function frontier(size: number, read: HashReader): Uint8Array[] {
  return frontierPositions(size).map(([level, index]) => read(level, index))
}

/** The root a frontier stands for: its hashes folded from the right (RFC 6962's MTH). */
export function frontierRoot(hashes: readonly Uint8Array[]): Uint8Array {
  if (hashes.length === 0) return EMPTY_ROOT
  let h = hashes[hashes.length - 1] as Uint8Array
  for (let i = hashes.length - 2; i >= 0; i--) h = nodeHash(hashes[i] as Uint8Array, h)
  return h
}
