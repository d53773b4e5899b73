import { generateKeyPair } from '@libp2p/crypto/keys'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  consistencyProof,
  EMPTY_ROOT,
  type HashReader,
  hashesForAppend,
  inclusionProof,
  leafHash,
  rootHash,
  verifyConsistency,
  verifyInclusion,
} from '../../../src/audit/merkle.js'
import {
  checkpointBody,
  type NoteSigner,
  parseCheckpoint,
  parseVerifierKey,
  signCheckpoint,
  verifierKey,
  verifyCheckpointSignature,
} from '../../../src/audit/note.js'

/** A tree of `n` leaves held in memory, as AuditLog stores it. */
function tree(n: number): { read: HashReader; leaves: Uint8Array[] } {
  const stored = new Map<string, Uint8Array>()
  const read: HashReader = (level, index) => stored.get(`${level}/${index}`) as Uint8Array
  const leaves: Uint8Array[] = []
  for (let i = 0; i < n; i++) {
    const leaf = leafHash(new TextEncoder().encode(`entry ${i}`))
    leaves.push(leaf)
    for (const [level, idx, hash] of hashesForAppend(i, leaf, read)) stored.set(`${level}/${idx}`, hash)
  }
  return { read, leaves }
}

/** What a peer or a damaged file can hand the audit code that it never produces itself. */
describe('merkle proofs refuse what does not fit the tree', () => {
  const { read, leaves } = tree(7)

  it.each([
    [-1, 7],
    [7, 7],
    [0, 0],
  ])('no inclusion proof of leaf %d in a tree of %d', (index, size) => {
    expect(() => inclusionProof(index, size, read)).toThrow(`leaf index ${index} is not in a tree of size ${size}`)
  })

  it.each([
    [0, 7],
    [8, 7],
    [-1, 7],
  ])('no consistency proof from size %d to %d', (m, n) => {
    expect(() => consistencyProof(m, n, read)).toThrow(`no consistency proof from size ${m} to size ${n}`)
  })

  it('a tree of one leaf proves inclusion with no hashes, and its root is that leaf', () => {
    const one = tree(1)
    expect(inclusionProof(0, 1, one.read)).toEqual([])
    expect(verifyInclusion(one.leaves[0] as Uint8Array, 0, 1, [], rootHash(1, one.read))).toBe(true)
    expect(rootHash(0, read)).toEqual(EMPTY_ROOT)
  })

  it('verifyInclusion refuses an index outside the tree, a short or long proof, and another root', () => {
    const root = rootHash(7, read)
    const proof = inclusionProof(3, 7, read)
    const leaf = leaves[3] as Uint8Array
    expect(verifyInclusion(leaf, 3, 7, proof, root)).toBe(true)
    expect(verifyInclusion(leaf, 7, 7, proof, root)).toBe(false)
    expect(verifyInclusion(leaf, -1, 7, proof, root)).toBe(false)
    expect(verifyInclusion(leaf, 3, 7, proof.slice(1), root)).toBe(false)
    expect(verifyInclusion(leaf, 3, 7, [...proof, root], root)).toBe(false)
    expect(verifyInclusion(leaf, 3, 7, proof, rootHash(6, read))).toBe(false)
  })

  it('verifyConsistency refuses sizes out of order, an empty proof, and roots that do not match', () => {
    const r3 = rootHash(3, read)
    const r7 = rootHash(7, read)
    const proof = consistencyProof(3, 7, read)
    expect(verifyConsistency(3, 7, proof, r3, r7)).toBe(true)
    expect(verifyConsistency(7, 3, proof, r7, r3)).toBe(false)
    expect(verifyConsistency(0, 7, proof, EMPTY_ROOT, r7)).toBe(false)
    expect(verifyConsistency(3, 7, [], r3, r7)).toBe(false)
    expect(verifyConsistency(3, 7, proof, r7, r7)).toBe(false)
    expect(verifyConsistency(7, 7, [], r7, r7)).toBe(true)
    expect(verifyConsistency(7, 7, [r3], r7, r7)).toBe(false)
    // a power-of-two old size: its own root is the proof's first step
    expect(verifyConsistency(4, 7, consistencyProof(4, 7, read), rootHash(4, read), r7)).toBe(true)
  })
})

/**
 * Every real proof and root of trees up to 10 leaves, handed to the verifiers
 * with sizes that do not fit: an index outside the tree, an old size that is
 * not between 0 and the new one. The bounds checks alone must refuse them: the
 * rest of the algorithm, run on such sizes, can land on a real root.
 */
describe('merkle verifiers refuse sizes that do not fit, whatever real proof and root come with them', () => {
  const MAX = 10
  const { read, leaves } = tree(MAX)
  const roots = Array.from({ length: MAX + 1 }, (_, s) => rootHash(s, read))
  const inclusion: { leaf: Uint8Array; proof: Uint8Array[] }[] = []
  for (let s = 1; s <= MAX; s++)
    for (let i = 0; i < s; i++) inclusion.push({ leaf: leaves[i] as Uint8Array, proof: inclusionProof(i, s, read) })
  const consistency: Uint8Array[][] = [[]]
  for (let n = 1; n <= MAX; n++) for (let m = 1; m <= n; m++) consistency.push(consistencyProof(m, n, read))

  it('verifyInclusion: an index below 0 or at or past the size', () => {
    const accepted: string[] = []
    for (let size = 0; size <= MAX; size++) {
      for (const index of [-2, -1, size, size + 1]) {
        for (const { leaf, proof } of inclusion) {
          for (const root of roots) {
            if (verifyInclusion(leaf, index, size, proof, root)) accepted.push(`${index}/${size}`)
          }
        }
      }
    }
    expect(accepted).toEqual([])
  })

  it('verifyConsistency: an old size of 0 or less (below a non-empty new size), or past the new size', () => {
    const accepted: string[] = []
    for (let n = 0; n <= MAX; n++) {
      // (m === n has its own rule: equal roots and an empty proof.)
      for (const m of [-1, 0, n + 1, n + 2].filter((x) => x !== n)) {
        for (const proof of consistency) {
          for (const rootM of roots) {
            for (const rootN of roots) {
              if (verifyConsistency(m, n, proof, rootM, rootN)) accepted.push(`${m}->${n}`)
            }
          }
        }
      }
    }
    expect(accepted).toEqual([])
  })
})

describe('signed notes refuse malformed input', () => {
  let signer: NoteSigner
  let note: string

  beforeAll(async () => {
    const k = await generateKeyPair('Ed25519')
    signer = { name: 'mrn-audit/GRC/n', seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw }
    note = signCheckpoint(checkpointBody(signer.name, 5, new Uint8Array(32).fill(1)), signer)
  })

  it('parses a signed checkpoint into origin, size, root and signatures', () => {
    const cp = parseCheckpoint(note)
    expect(cp).toMatchObject({ origin: 'mrn-audit/GRC/n', size: 5, root: new Uint8Array(32).fill(1) })
    expect(cp?.signatures).toHaveLength(1)
    expect(cp?.signatures[0]?.name).toBe('mrn-audit/GRC/n')
    expect(verifyCheckpointSignature(cp!, signer.name, signer.publicKey)).toBe(true)
  })

  it.each<[string, (n: string) => string]>([
    ['no blank line before the signatures', (n) => n.replace('\n\n', '\n')],
    ['no origin', (n) => n.replace(/^[^\n]*/, '')],
    ['a size with a leading zero', (n) => n.replace('\n5\n', '\n05\n')],
    ['a negative size', (n) => n.replace('\n5\n', '\n-5\n')],
    ['a size with a suffix', (n) => n.replace('\n5\n', '\n5x\n')],
    ['no root', (n) => n.replace(/\n[A-Za-z0-9+/=]{44}\n\n/, '\n\n\n')],
    ['a root of 31 bytes', (n) => n.replace(/\n[A-Za-z0-9+/=]{44}\n/, `\n${Buffer.alloc(31).toString('base64')}\n`)],
    ['a signature line without the em dash', (n) => n.replace('\u2014 ', '- ')],
    ['a signature line without its payload', (n) => n.replace(/(\u2014 \S+) \S+/, '$1')],
  ])('refuses a note with %s', (_what, mangle) => {
    expect(parseCheckpoint(mangle(note))).toBeUndefined()
  })

  it('accepts size 0 and a note with no signature line, which then verifies by nobody', () => {
    const empty = signCheckpoint(checkpointBody(signer.name, 0, new Uint8Array(32)), signer)
    expect(parseCheckpoint(empty)?.size).toBe(0)
    const unsigned = parseCheckpoint(`${note.slice(0, note.indexOf('\n\n') + 1)}\n`)
    expect(unsigned?.signatures).toEqual([])
    expect(verifyCheckpointSignature(unsigned!, signer.name, signer.publicKey)).toBe(false)
  })

  it('a signature verifies only under its own name and key', async () => {
    const cp = parseCheckpoint(note)!
    const other = await generateKeyPair('Ed25519')
    expect(verifyCheckpointSignature(cp, 'mrn-audit/GRC/other', signer.publicKey)).toBe(false)
    expect(verifyCheckpointSignature(cp, signer.name, other.publicKey.raw)).toBe(false)
    // a signature whose key id is right but payload is cut
    const cut = parseCheckpoint(
      note.replace(
        /(\u2014 \S+ )(\S+)/,
        (_m, p: string, b: string) => p + Buffer.from(b, 'base64').subarray(0, 60).toString('base64'),
      ),
    )!
    expect(verifyCheckpointSignature(cut, signer.name, signer.publicKey)).toBe(false)
  })

  it('verifier keys round-trip, and anything else is refused', () => {
    const text = verifierKey(signer.name, signer.publicKey)
    expect(parseVerifierKey(text)).toEqual({ name: signer.name, publicKey: signer.publicKey })
    const [name, id, b64] = text.split('+') as [string, string, string]
    const raw = Buffer.from(b64, 'base64')
    for (const bad of [
      `x${text}`.replace(/^x/, ' '),
      `${text} `,
      `${name}+${id}`,
      `${name}+0000000+${b64}`,
      `${name}+00000000+${b64}`, // wrong key id
      `${name}+${id}+${Buffer.concat([Uint8Array.of(2), raw.subarray(1)]).toString('base64')}`, // not Ed25519
      `${name}+${id}+${raw.subarray(0, 32).toString('base64')}`, // short key
      `other name+${id}+${b64}`,
    ]) {
      expect(parseVerifierKey(bad), bad).toBeUndefined()
    }
  })
})
