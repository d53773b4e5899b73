import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Connection, PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { streamPair } from '@libp2p/utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { Federation, type Member } from '../../../src/network/federation.js'
import {
  authorityKeyText,
  checkAuthorityKey,
  currentMembers,
  federationFromMembership,
  installMembership,
  loadSignedMembership,
  MAX_MEMBERSHIP_BYTES,
  type Membership,
  signMembership,
  verifyMembership,
} from '../../../src/network/membership.js'
import { MembershipServer, requestMembership } from '../../../src/network/membershipProtocol.js'
import { silentLogger } from '../../../src/util/logger.js'
import { mrn } from '../../../src/wire/gen/mrn.js'
import { recordingLogger } from '../../helpers/recordingLogger.js'

async function member(country: string): Promise<Member & { key: PrivateKey }> {
  const key = await generateKeyPair('Ed25519')
  return {
    key,
    country,
    peerId: peerIdFromPrivateKey(key).toString(),
    addresses: [`/ip4/127.0.0.1/tcp/${4000 + country.charCodeAt(0)}`],
    groups: [],
  }
}
const plain = ({ key: _key, ...m }: Member & { key: PrivateKey }): Member => m

describe('signed membership documents', () => {
  let authority: PrivateKey
  let pinned: string
  let grc: Member & { key: PrivateKey }
  let ita: Member & { key: PrivateKey }
  let dir: string
  const version = (v: number, members: Membership['members']): Membership => ({
    federation: 'test',
    version: v,
    issuedAtMs: 1_800_000_000_000 + v,
    members,
  })

  beforeAll(async () => {
    authority = await generateKeyPair('Ed25519')
    pinned = authorityKeyText(authority)
    grc = await member('GRC')
    ita = await member('ITA')
    dir = mkdtempSync(join(tmpdir(), 'mrn-membership-'))
  })

  it('round-trips through the signature, groups and validity as the authority wrote them', async () => {
    const bytes = await signMembership(
      version(3, [
        { ...plain(ita), groups: ['dublin'], validUntilMs: 1_900_000_000_000 },
        { ...plain(grc), groups: ['dublin', 'schengen'] },
      ]),
      authority,
    )
    const m = verifyMembership(bytes, pinned, 'v3')
    expect(m).toStrictEqual({
      federation: 'test',
      version: 3,
      issuedAtMs: 1_800_000_000_003,
      members: [
        { ...plain(grc), groups: ['dublin', 'schengen'] }, // ordered by country
        { ...plain(ita), groups: ['dublin'], validUntilMs: 1_900_000_000_000 },
      ],
    })
    expect(currentMembers(m, 1_899_999_999_999).map((x) => x.country)).toEqual(['GRC', 'ITA'])
    expect(currentMembers(m, 1_900_000_000_000).map((x) => x.country)).toEqual(['GRC'])
  })

  it('refuses a document signed by another key, a changed one, and bytes that are not one', async () => {
    const other = await generateKeyPair('Ed25519')
    const forged = await signMembership(version(9, [plain(grc)]), other)
    expect(() => verifyMembership(forged, pinned, 'forged.bin')).toThrow(
      'forged.bin: not signed by the federation authority this node pins',
    )
    const good = mrn.v1.SignedMembership.decode(await signMembership(version(4, [plain(grc)]), authority))
    const doc = mrn.v1.MembershipDocument.decode(good.document)
    doc.members.push(plain(ita) as mrn.v1.MembershipDocument.IMember as mrn.v1.MembershipDocument.Member)
    const changed = mrn.v1.SignedMembership.encode({
      document: mrn.v1.MembershipDocument.encode(doc).finish(),
      signature: good.signature,
    }).finish()
    expect(() => verifyMembership(changed, pinned, 'changed.bin')).toThrow(/changed.bin: not signed by/)
    expect(() => verifyMembership(new Uint8Array([0xff, 0x01]), pinned, 'junk.bin')).toThrow(
      'junk.bin: not a signed membership document',
    )
    expect(() => verifyMembership(forged, 'not a key', 'x')).toThrow(/expected the base64 of a 32-byte Ed25519/)
  })

  it('keeps previous keys with the time each was replaced, and refuses version 0 and keys that are not keys', async () => {
    const replacedAt = '2026-10-01T00:00:00.000Z'
    const withHistory = { ...plain(grc), previousKeys: [{ peerId: ita.peerId, replacedAt }] }
    const m = verifyMembership(await signMembership(version(2, [withHistory]), authority), pinned, 'v2')
    expect(m.members).toStrictEqual([withHistory])
    const zero = await signMembership(version(0, [plain(grc)]), authority)
    expect(() => verifyMembership(zero, pinned, 'zero.bin')).toThrow('zero.bin: membership version must be 1 or more')
    const short = Buffer.alloc(31, 7).toString('base64')
    expect(() => verifyMembership(zero, short, 'x')).toThrow(/expected the base64 of a 32-byte Ed25519 public key/)
    const unpadded = pinned.replace(/=+$/, '')
    expect(() => verifyMembership(zero, unpadded, 'x')).toThrow(/expected the base64 of a 32-byte Ed25519 public key/)
    expect(checkAuthorityKey(pinned)).toBe(pinned)
    expect(() => checkAuthorityKey('AAAA')).toThrow(/authority key "AAAA"/)
  })

  it('makes a federation of the current members only, and an empty one before any version', async () => {
    const m = verifyMembership(
      await signMembership(version(4, [plain(grc), { ...plain(ita), validUntilMs: 1_000 }]), authority),
      pinned,
      'v4',
    )
    expect(
      federationFromMembership(m, 2_000)
        .members()
        .map((x) => x.country),
    ).toEqual(['GRC'])
    expect(
      federationFromMembership(m, 999)
        .members()
        .map((x) => x.country),
    ).toEqual(['GRC', 'ITA'])
    expect(federationFromMembership(undefined, 0).members()).toEqual([])
  })

  it('refuses a signed document whose members are not valid entries, naming the field', async () => {
    const bad = await signMembership(version(5, [{ ...plain(grc), peerId: 'nope' }]), authority)
    expect(() => verifyMembership(bad, pinned, 'bad.bin')).toThrow(/bad.bin \(version 5\): members\[0\]\.peerId/)
    const twice = await signMembership(version(5, [plain(grc), { ...plain(ita), country: 'GRC' }]), authority)
    expect(() => verifyMembership(twice, pinned, 'twice.bin')).toThrow(/country is listed twice/)
  })

  it('installs only a newer version, keeping the one held otherwise', async () => {
    const path = join(dir, 'membership.signed')
    const v2 = await signMembership(version(2, [plain(grc)]), authority)
    const v1 = await signMembership(version(1, [plain(grc), plain(ita)]), authority)
    expect(installMembership(path, pinned, v2, 'v2').version).toBe(2)
    expect(() => installMembership(path, pinned, v1, 'v1')).toThrow(
      'v1: membership version 1 is not newer than the version 2 this node holds',
    )
    expect(() => installMembership(path, pinned, v2, 'v2 again')).toThrow(/version 2 is not newer than the version 2/)
    expect(loadSignedMembership(path, pinned)?.membership.version).toBe(2)
    // a held file edited by hand no longer verifies: the node refuses it rather than trust it
    const bytes = readFileSync(path)
    bytes.writeUInt8((bytes.at(-1) as number) ^ 1, bytes.length - 1)
    writeFileSync(path, bytes)
    expect(() => loadSignedMembership(path, pinned)).toThrow(/not signed by the federation authority/)
  })

  it('is served over /mrn/federation/1.0.0 to a member holding an older version, and to no one else', async () => {
    const v7 = await signMembership(version(7, [plain(grc), plain(ita)]), authority)
    const stranger = await member('XXX')
    const served = async (from: Member, haveVersion: number) => {
      let handler: ((s: unknown, c: Connection) => Promise<void>) | undefined
      const server = new MembershipServer({
        libp2p: {
          handle: async (_p: string, h: unknown) => {
            handler = h as typeof handler
          },
          unhandle: async () => undefined,
        } as never,
        federation: new Federation([plain(grc), plain(ita)]),
        source: () => ({ version: 7, bytes: v7 }),
        logger: silentLogger,
      })
      await server.start()
      const connection = { remotePeer: peerIdFromPrivateKey((from as Member & { key: PrivateKey }).key) }
      const libp2p = {
        dialProtocol: async (_peer: unknown, protocol: string) => {
          const [outbound, inbound] = await streamPair({ protocol })
          void handler?.(inbound, connection as unknown as Connection)
          return outbound
        },
      }
      return requestMembership(libp2p, plain(grc), haveVersion, 2_000)
    }
    const hex = (b: Uint8Array | undefined) => (b === undefined ? 'none' : Buffer.from(b).toString('hex'))
    expect(hex(await served(ita, 6))).toBe(hex(v7))
    expect(hex(await served(ita, 0))).toBe(hex(v7))
    expect(await served(ita, 7)).toBeUndefined()
    expect(await served(ita, 8)).toBeUndefined()
    expect(await served(stranger, 0)).toBeUndefined()
  })

  it('registers its protocol with a stream limit, tells who asked with which version, and logs a bad frame by protocol', async () => {
    const calls: unknown[][] = []
    let handler: ((s: unknown, c: Connection) => Promise<void>) | undefined
    const asked: [string, number][] = []
    const logger = recordingLogger()
    let held: { version: number; bytes: Uint8Array } | undefined
    const server = new MembershipServer({
      libp2p: {
        handle: async (...args: unknown[]) => {
          calls.push(['handle', ...args])
          handler = args[1] as typeof handler
        },
        unhandle: async (...args: unknown[]) => {
          calls.push(['unhandle', ...args])
        },
      } as never,
      federation: new Federation([plain(grc), plain(ita)]),
      source: () => held,
      logger,
      onAsked: (peerId, v) => asked.push([peerId, v]),
    })
    await server.start()
    expect(calls[0]).toEqual(['handle', '/mrn/federation/1.0.0', expect.any(Function), { maxInboundStreams: 4 }])
    const ask = async (from: Member & { key: PrivateKey }) => {
      const [outbound, inbound] = await streamPair({ protocol: '/mrn/federation/1.0.0' })
      const connection = { remotePeer: peerIdFromPrivateKey(from.key) } as unknown as Connection
      const served = handler?.(inbound, connection)
      const libp2p = { dialProtocol: async () => outbound }
      const res = await requestMembership(libp2p, plain(grc), 0, 2_000).catch((e: Error) => e)
      await served
      return res
    }
    // a member asking while this node holds no version: an empty answer, not a broken stream
    expect(await ask(ita)).toBeUndefined()
    expect(asked).toEqual([[ita.peerId, 0]])
    expect(logger.lines).toEqual([])
    // a stranger is not recorded
    const stranger = await member('XXX')
    held = { version: 3, bytes: new Uint8Array([1, 2, 3]) }
    expect(await ask(stranger)).toBeUndefined()
    expect(asked).toHaveLength(1)
    // a frame that is not a request: the stream fails, logged under the protocol's name
    const [outbound, inbound] = await streamPair({ protocol: '/mrn/federation/1.0.0' })
    const served = handler?.(inbound, { remotePeer: peerIdFromPrivateKey(ita.key) } as unknown as Connection)
    const { lpStream } = await import('@libp2p/utils')
    await lpStream(outbound).write(new Uint8Array([0xff, 0xff, 0xff]))
    await served
    expect(logger.lines.map((l) => l.msg)).toContain('membership stream failed')
    await server.stop()
    expect(calls[1]).toEqual(['unhandle', '/mrn/federation/1.0.0'])
  })

  it('takes a signed membership as large as the cap, and gives undefined for a member it cannot reach', async () => {
    const big = new Uint8Array(MAX_MEMBERSHIP_BYTES).fill(7)
    const libp2p = {
      dialProtocol: async (_peer: unknown, protocol: string) => {
        const [outbound, inbound] = await streamPair({ protocol })
        const { lpStream } = await import('@libp2p/utils')
        const lp = lpStream(inbound, { maxDataLength: 64 })
        void (async () => {
          await lp.read()
          await lp.write(mrn.v1.MembershipResponse.encode({ signedMembership: big }).finish())
          await inbound.close()
        })()
        return outbound
      },
    }
    expect((await requestMembership(libp2p, plain(grc), 0, 5_000))?.length).toBe(MAX_MEMBERSHIP_BYTES)
    const unreachable = {
      dialProtocol: async () => {
        throw new Error('no route')
      },
    }
    expect(await requestMembership(unreachable, plain(grc), 0, 1_000)).toBeUndefined()
  })
})
