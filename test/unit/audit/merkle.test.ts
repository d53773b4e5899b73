import { describe, expect, it } from 'vitest'
import {
  consistencyProof,
  EMPTY_ROOT,
  type HashReader,
  hashesForAppend,
  inclusionProof,
  leafHash,
  nodeHash,
  rootHash,
  verifyConsistency,
  verifyInclusion,
} from '../../../src/audit/merkle.js'

/** A tree in memory built only through hashesForAppend, as the store builds it. */
function tree(leaves: Uint8Array[]): { read: HashReader; hashes: Uint8Array[] } {
  const stored = new Map<string, Uint8Array>()
  const read: HashReader = (level, index) => {
    const h = stored.get(`${level}/${index}`)
    if (!h) throw new Error(`missing hash ${level}/${index}`)
    return h
  }
  const hashes = leaves.map(leafHash)
  hashes.forEach((h, i) => {
    for (const [level, index, hash] of hashesForAppend(i, h, read)) stored.set(`${level}/${index}`, hash)
  })
  return { read, hashes }
}

/** RFC 6962 MTH, recursively from the definition. */
function mth(hashes: Uint8Array[]): Uint8Array {
  if (hashes.length === 0) return EMPTY_ROOT
  if (hashes.length === 1) return hashes[0] as Uint8Array
  let k = 1
  while (k * 2 < hashes.length) k *= 2
  return nodeHash(mth(hashes.slice(0, k)), mth(hashes.slice(k)))
}

// The RFC 6962 reference leaves used by certificate-transparency's tests.
const RFC_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((h) => Uint8Array.from(Buffer.from(h, 'hex')))
const RFC_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
]

describe('Merkle tree (RFC 6962)', () => {
  it('has the SHA-256 of nothing as the empty root', () => {
    expect(Buffer.from(EMPTY_ROOT).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
  })

  it.each(RFC_ROOTS.map((root, i) => [i + 1, root] as const))(
    'matches the reference root for %i leaves',
    (size, root) => {
      const { read } = tree(RFC_LEAVES.slice(0, size))
      expect(Buffer.from(rootHash(size, read)).toString('hex')).toBe(root)
    },
  )

  const N = 130
  const leaves = Array.from({ length: N }, (_, i) => Uint8Array.from(Buffer.from(`entry ${i}`)))
  const { read, hashes } = tree(leaves)

  it(`equals the recursive definition for every size up to ${N}`, () => {
    for (let n = 1; n <= N; n++) expect(rootHash(n, read)).toEqual(mth(hashes.slice(0, n)))
  })

  it(`proves and verifies inclusion of every leaf in every size up to ${N}`, () => {
    for (let n = 1; n <= N; n++) {
      const root = rootHash(n, read)
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(i, n, read)
        expect(verifyInclusion(hashes[i]!, i, n, proof, root)).toBe(true)
        if (i + 1 < n) expect(verifyInclusion(hashes[i + 1]!, i, n, proof, root)).toBe(false)
      }
    }
  })

  it(`proves and verifies consistency between every pair of sizes up to ${N}`, () => {
    for (let n = 1; n <= N; n++) {
      const rootN = rootHash(n, read)
      for (let m = 1; m <= n; m++) {
        const proof = consistencyProof(m, n, read)
        expect(verifyConsistency(m, n, proof, rootHash(m, read), rootN)).toBe(true)
        if (m < n) expect(verifyConsistency(m, n, proof, leafHash(Uint8Array.of(m)), rootN)).toBe(false)
      }
    }
  })
})
