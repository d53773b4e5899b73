import { generateKeyPair } from '@libp2p/crypto/keys'
import { describe, expect, it } from 'vitest'
import {
  checkpointBody,
  cosign,
  type NoteSigner,
  parseCheckpoint,
  parseVerifierKey,
  signCheckpoint,
  verifierKey,
  verifyCheckpointSignature,
  verifyCosignature,
} from '../../../src/audit/note.js'

async function signer(name: string): Promise<NoteSigner> {
  const k = await generateKeyPair('Ed25519')
  return { name, seed: k.raw.subarray(0, 32), publicKey: k.publicKey.raw }
}

describe('signed notes', () => {
  it('verifies the example note of golang.org/x/mod/sumdb/note (known answer)', () => {
    const vkey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'
    const note =
      "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n\n" +
      '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n'
    const key = parseVerifierKey(vkey)
    expect(key?.name).toBe('PeterNeumann')
    // The body is not a checkpoint, so check the signature through the same path with a hand-split note.
    const body = note.slice(0, note.indexOf('\n\n') + 1)
    const line = note.slice(note.indexOf('\n\n') + 2).trim()
    const payload = new Uint8Array(Buffer.from(line.split(' ')[2] as string, 'base64'))
    expect(
      verifyCheckpointSignature(
        { origin: '', size: 0, root: new Uint8Array(32), body, signatures: [{ name: 'PeterNeumann', payload, line }] },
        key!.name,
        key!.publicKey,
      ),
    ).toBe(true)
  })

  it('signs a checkpoint that parses and verifies, and fails under another key', async () => {
    const s = await signer('mrn-audit/GRC/test')
    const note = signCheckpoint(checkpointBody(s.name, 42, new Uint8Array(32).fill(7)), s)
    const cp = parseCheckpoint(note)
    expect(cp).toMatchObject({ origin: s.name, size: 42 })
    expect(verifyCheckpointSignature(cp!, s.name, s.publicKey)).toBe(true)
    const other = await signer(s.name)
    expect(verifyCheckpointSignature(cp!, s.name, other.publicKey)).toBe(false)
    expect(parseVerifierKey(verifierKey(s.name, s.publicKey))?.publicKey).toEqual(s.publicKey)
  })

  it('refuses a checkpoint whose body was changed after signing', async () => {
    const s = await signer('mrn-audit/GRC/test')
    const note = signCheckpoint(checkpointBody(s.name, 42, new Uint8Array(32)), s).replace('\n42\n', '\n41\n')
    expect(verifyCheckpointSignature(parseCheckpoint(note)!, s.name, s.publicKey)).toBe(false)
  })

  it('makes cosignature/v1 lines that verify with their timestamp', async () => {
    const w = await signer('mrn-witness/ITA/test')
    const body = checkpointBody('mrn-audit/GRC/test', 9, new Uint8Array(32).fill(1))
    const line = cosign(body, w, 1_800_000_000)
    expect(verifyCosignature(body, line, w.name, w.publicKey)).toBe(1_800_000_000)
    expect(verifyCosignature(body.replace('\n9\n', '\n8\n'), line, w.name, w.publicKey)).toBeUndefined()
  })
})
