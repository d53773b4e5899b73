import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/audit/auditLog.js'
import { installMembership, signMembership } from '../../src/network/membership.js'
import { initAuthority } from '../../src/node/authority.js'
import { NODE_FILES } from '../../src/node/config.js'
import type { MrnNode } from '../../src/node/node.js'
import { openDatabase } from '../../src/records/database.js'
import { type NodeProcess, startNodeProcess } from '../../src/sim/nodeProcess.js'
import { startFederation, type TestFederation } from '../helpers/federation.js'
import { mrn } from '../helpers/mrnCli.js'

const ask = async (from: MrnNode, to: string) => {
  const caller = from.tokens.create(`cw-${Math.random()}`, 'caseworker', Date.now()).caller
  const out = await from.query(caller, {
    purpose: 'ASYLUM_RESPONSIBILITY',
    legalBasis: 'Reg. 604/2013',
    to: [to],
    person: { documents: [{ type: 'passport', number: 'N1', issuer: 'SYR' }] },
  })
  return out.results[0] as { outcome: string; detail?: string }
}

/** Polls `check` every 100 ms until it holds, for at most `ms`. */
async function eventually(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Signed membership between real nodes: GRC runs as its own process, ITA
 * and DEU in this one; all three pin one authority. Every federation.yaml
 * lists all three (startFederation writes it), which must change nothing:
 * members come from the signed versions only.
 */
describe('a federation whose membership its authority signs', () => {
  let fed: TestFederation
  let authorityRoot: string
  let authority: string
  let key: string
  let grc: NodeProcess | undefined
  const file = (name: string) => join(fed.root, name)
  const sign = async (out: string) => {
    const r = await mrn(['authority', 'sign', '--dir', authority, '--out', file(out), '--json'])
    expect(r.stderr).toBe('')
    return JSON.parse(r.stdout) as { version: number; members: number }
  }
  /** Applies a signed version to a node running in this process, as `mrn federation apply` and SIGHUP do. */
  const applyInProcess = async (node: MrnNode, name: string) => {
    installMembership(node.config.paths.membership, key, new Uint8Array(readFileSync(file(name))), name)
    expect(await node.reloadFederation()).toMatchObject({ ok: true })
  }

  beforeAll(async () => {
    authorityRoot = mkdtempSync(join(tmpdir(), 'mrn-authority-'))
    authority = join(authorityRoot, 'authority')
    key = await initAuthority(authority, 'test federation', undefined)
    const config = { authority: key, membershipFetchIntervalMs: 1_000, audit: { checkpointIntervalMs: 500 } }
    fed = await startFederation([
      { country: 'GRC', down: true, config },
      { country: 'ITA', config },
      { country: 'DEU', config },
    ])
    for (const country of ['GRC', 'ITA', 'DEU'])
      writeFileSync(file(`${country}.json`), JSON.stringify(fed.entries[country]))
  }, 60_000)

  afterAll(async () => {
    await grc?.stop()
    await fed?.stop()
    rmSync(authorityRoot, { recursive: true, force: true })
  })

  it('admits members added by a signed version without a restart, refuses removed ones at once, and refuses forged or older versions', async () => {
    // v1: GRC and ITA. Groups come from the authority.
    for (const c of ['GRC', 'ITA']) {
      const r = await mrn(['authority', 'add', '--dir', authority, '--entry', file(`${c}.json`), '--group', 'dublin'])
      expect(r.stderr).toBe('')
    }
    expect(await sign('v1')).toMatchObject({ version: 1, members: 2 })
    const applied = await mrn(['federation', 'apply', '--dir', fed.dirs.GRC as string, file('v1')])
    expect(applied.stderr).toBe('')
    expect(applied.stdout).toContain('Membership version 1 of "test federation" (2 current members) installed')
    grc = await startNodeProcess(fed.dirs.GRC as string)
    const ita = fed.node('ITA')
    const deu = fed.node('DEU')
    await applyInProcess(ita, 'v1')
    await applyInProcess(deu, 'v1')
    expect((await ask(ita, 'GRC')).outcome).not.toBe('unreachable')
    // DEU is not in v1: GRC's gater refuses it, and the caseworker is told why
    expect(await ask(deu, 'GRC')).toMatchObject({
      outcome: 'unreachable',
      detail: expect.stringMatching(
        /^GRC refused the connection \(.*\): this node is not in GRC's federation \(or GRC has an older membership version\)$/,
      ),
    })

    // v2 adds DEU; only ITA gets it by hand: GRC fetches it from ITA over /mrn/federation/1.0.0
    await mrn(['authority', 'add', '--dir', authority, '--entry', file('DEU.json'), '--group', 'dublin'])
    expect(await sign('v2')).toMatchObject({ version: 2, members: 3 })
    await applyInProcess(ita, 'v2')
    await eventually(
      'GRC admits DEU after fetching v2 from ITA',
      async () => (await ask(deu, 'GRC')).outcome !== 'unreachable',
    )

    // v3 removes DEU, applied to the running GRC process by the CLI (SIGHUP): refused at once
    await mrn(['authority', 'remove', '--dir', authority, '--country', 'DEU'])
    expect(await sign('v3')).toMatchObject({ version: 3, members: 2 })
    const v3 = await mrn(['federation', 'apply', '--dir', fed.dirs.GRC as string, file('v3')])
    expect(v3.stdout).toContain('sent to the running node')
    await eventually('GRC refuses DEU after v3', async () => (await ask(deu, 'GRC')).outcome === 'unreachable', 3_000)

    // a version signed by another key, and an older one, change nothing
    const other = await generateKeyPair('Ed25519')
    writeFileSync(
      file('forged'),
      await signMembership({ federation: 'test federation', version: 9, issuedAtMs: Date.now(), members: [] }, other),
    )
    const forged = await mrn(['federation', 'apply', '--dir', fed.dirs.GRC as string, file('forged')])
    expect(forged.code).toBe(1)
    expect(forged.stderr).toContain('not signed by the federation authority this node pins')
    const older = await mrn(['federation', 'apply', '--dir', fed.dirs.GRC as string, file('v2')])
    expect(older.code).toBe(1)
    expect(older.stderr).toContain('membership version 2 is not newer than the version 3 this node holds')
    // hand edits of federation.yaml are refused in authority mode
    const add = await mrn(['federation', 'remove', '--dir', fed.dirs.GRC as string, '--country', 'ITA'])
    expect(add.code).toBe(2)
    expect(add.stderr).toContain('takes its members from the federation authority it pins')
    expect((await ask(ita, 'GRC')).outcome).not.toBe('unreachable')

    // each side's status says which version the other holds: GRC asks ITA with v3, and ITA, which
    // fetches v3 from GRC, asks GRC with it
    await eventually(
      'ITA hears that GRC holds v3',
      async () => ita.status().members.find((m) => m.country === 'GRC')?.membershipVersion === 3,
    )
    const token = JSON.parse(
      (await mrn(['token', 'create', '--dir', fed.dirs.GRC as string, '--name', 'op', '--role', 'operator', '--json']))
        .stdout,
    ) as { token: string }
    await eventually('GRC hears that ITA holds v3', async () => {
      const table = (await mrn(['status', '--dir', fed.dirs.GRC as string], { MRN_TOKEN: token.token })).stdout
      const head = table.split('\n').find((l) => l.startsWith('COUNTRY'))
      const row = table.split('\n').find((l) => l.startsWith('ITA'))
      return head?.includes('MEMBERSHIP') === true && /\sv3\s/.test(row ?? '')
    })

    // GRC rotates its key through the authority: activation waits for a version listing the new key
    await grc.stop()
    grc = undefined
    const rotate = await mrn(['key', 'rotate', '--dir', fed.dirs.GRC as string, '--json'])
    expect(rotate.stderr).toBe('')
    const grcNew = (JSON.parse(rotate.stdout) as { newPeerId: string }).newPeerId
    const statement = join(fed.dirs.GRC as string, 'key-rotation.signed')
    const early = await mrn(['key', 'activate', '--dir', fed.dirs.GRC as string])
    expect(early.code).toBe(1)
    expect(early.stderr).toContain('not the new key')
    expect((await mrn(['authority', 'rotate', '--dir', authority, statement])).stderr).toBe('')
    expect(await sign('v4')).toMatchObject({ version: 4, members: 2 })
    expect((await mrn(['federation', 'apply', '--dir', fed.dirs.GRC as string, file('v4')])).stderr).toBe('')
    await applyInProcess(ita, 'v4')
    const act = await mrn(['key', 'activate', '--dir', fed.dirs.GRC as string])
    expect(act.stderr).toBe('')
    grc = await startNodeProcess(fed.dirs.GRC as string)
    expect(grc.ready.peerId).toBe(grcNew)
    expect((await ask(ita, 'GRC')).outcome).not.toBe('unreachable')

    // every applied version is in GRC's audit log, and the log verifies (DEU's co-signatures from
    // when it was a member included, and the checkpoints GRC's old key signed)
    await grc.stop()
    grc = undefined
    const db = openDatabase(join(fed.dirs.GRC as string, NODE_FILES.database))
    const versions = new AuditLog(db, new Uint8Array(32))
      .list(0, 10_000)
      .flatMap((r) => (r.entry.kind === 'federation_changed' ? [r.entry.membershipVersion] : []))
    db.close()
    expect(versions).toEqual([2, 3, 4])
    const verified = await mrn(['audit', 'verify', '--dir', fed.dirs.GRC as string])
    expect(verified.stdout).toMatch(/^ok: /)
  }, 90_000)
})
