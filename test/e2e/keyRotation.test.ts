import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/audit/auditLog.js'
import { auditOrigin, witnessName } from '../../src/audit/logIdentity.js'
import { NODE_FILES } from '../../src/node/config.js'
import { ROTATION_FILES } from '../../src/node/keyRotation.js'
import { MrnNode } from '../../src/node/node.js'
import { openDatabase } from '../../src/records/database.js'
import { type NodeProcess, startNodeProcess } from '../../src/sim/nodeProcess.js'
import { silentLogger } from '../../src/util/logger.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'
import { mrn } from '../helpers/mrnCli.js'

/**
 * Polls `check` every 100 ms until it holds, for at most `ms`; calls `nudge`
 * (if given) about once a second meanwhile: a log checkpoints and asks its
 * witnesses again only when it has grown, so a witness that missed one
 * request is asked again only after more traffic.
 */
async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  nudge?: () => Promise<unknown>,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms
  for (let i = 1; !(await check()); i++) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`)
    if (nudge !== undefined && i % 10 === 0) await nudge()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The size of a log that `witness` last co-signed, read from its own database. */
function witnessedSize(witness: MrnNode, origin: string): number {
  return (witness.db.prepare('SELECT size FROM witnessed_logs WHERE origin = ?').pluck().get(origin) as number) ?? 0
}

const peerIdOf = (stdout: string) => (JSON.parse(stdout) as { newPeerId: string }).newPeerId

/**
 * Key rotation between real nodes, hand-exchanged mode: ITA (the responder,
 * its own process) and then GRC (the requester, in this process) each
 * rotate their key while GRC keeps asking ITA. Peers apply each statement,
 * both keys are accepted during the overlap, the node switches, its
 * witnesses go on co-signing the same log, and `mrn audit verify` passes on
 * every node afterwards.
 */
describe('a node key rotated while queries run', () => {
  let fed: TestFederation
  let ita: NodeProcess | undefined
  let grc: MrnNode | undefined
  const dir = (c: string) => fed.dirs[c] as string

  beforeAll(async () => {
    const config = { audit: { checkpointIntervalMs: 500 } }
    fed = await startFederation([
      { country: 'GRC', config },
      { country: 'DEU', config },
      {
        country: 'ITA',
        down: true,
        config,
        records: [makeRecord({ id: 'ita-1', documents: [{ type: 'passport', number: 'N1', issuer: 'SYR' }] })],
      },
    ])
    ita = await startNodeProcess(dir('ITA'))
    grc = fed.node('GRC')
  }, 60_000)

  afterAll(async () => {
    await ita?.stop()
    if (grc !== undefined && grc !== fed.nodes.GRC) await grc.stop()
    await fed?.stop()
  })

  const askIta = async () => {
    const node = grc as MrnNode
    const caller = node.tokens.create(`cw-${Math.random()}`, 'caseworker', Date.now()).caller
    const out = await node.query(caller, {
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: 'Reg. 604/2013',
      to: ['ITA'],
      person: { documents: [{ type: 'passport', number: 'N1', issuer: 'SYR' }] },
    })
    return out.results[0] as { outcome: string; detail?: string }
  }

  it('keeps answering, co-signing and verifying through a rotation on each side', async () => {
    const deu = fed.node('DEU')
    const itaOrigin = auditOrigin('ITA', fed.entries.ITA?.peerId as string)
    const grcOrigin = auditOrigin('GRC', fed.entries.GRC?.peerId as string)
    expect((await askIta()).outcome).toBe('ok')
    await eventually('GRC co-signs ITA', () => witnessedSize(grc as MrnNode, itaOrigin) > 0, askIta)

    // 1. ITA makes a new key while it runs; GRC and DEU apply its statement
    const rotated = await mrn(['key', 'rotate', '--dir', dir('ITA'), '--overlap-days', '2', '--json'])
    expect(rotated.stderr).toBe('')
    const itaNew = peerIdOf(rotated.stdout)
    const statement = join(dir('ITA'), ROTATION_FILES.statement)
    for (const c of ['GRC', 'DEU']) {
      const r = await mrn(['federation', 'rotate', '--dir', dir(c), statement])
      expect(r.stderr).toBe('')
      expect(r.stdout).toContain(`ITA now has key ${itaNew}`)
      // in this process: what SIGHUP makes a node process do
      expect(await fed.node(c).reloadFederation()).toMatchObject({ ok: true, changed: true, removed: [] })
    }
    // the statement applies once
    const twice = await mrn(['federation', 'rotate', '--dir', dir('DEU'), statement])
    expect(twice.code).toBe(1)
    expect(twice.stderr).toContain('already applied')
    // still on its old key, ITA answers (GRC falls back to the key in its overlap)
    expect((await askIta()).outcome).toBe('ok')

    // a second rotation waits for this one; activation waits for the node to stop
    const again = await mrn(['key', 'rotate', '--dir', dir('ITA')])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('a key rotation is already in progress')
    const early = await mrn(['key', 'activate', '--dir', dir('ITA')])
    expect(early.code).toBe(2)
    expect(early.stderr).toContain('the node is running; stop it')

    // 2. ITA switches: stopped, activated, started on the new key
    const before = witnessedSize(grc as MrnNode, itaOrigin)
    await ita?.stop()
    const activated = await mrn(['key', 'activate', '--dir', dir('ITA')])
    expect(activated.stderr).toBe('')
    expect(activated.stdout).toContain(`ITA now uses key ${itaNew}`)
    expect(existsSync(join(dir('ITA'), ROTATION_FILES.nextKey))).toBe(false)
    ita = await startNodeProcess(dir('ITA'))
    expect(ita.ready.peerId).toBe(itaNew)
    expect((await askIta()).outcome).toBe('ok')
    // the same log, now signed by the new key: its witnesses co-sign it further, refusing nothing
    await eventually(
      'GRC and DEU co-sign ITA past the switch',
      () => witnessedSize(grc as MrnNode, itaOrigin) > before && witnessedSize(deu, itaOrigin) > before,
      askIta,
    )
    expect((grc as MrnNode).duties.witnessing.refusedToCosign + deu.duties.witnessing.refusedToCosign).toBe(0)

    // 3. GRC, the requester, rotates too; ITA's running process gets the statement by SIGHUP
    const grcRotated = await mrn(['key', 'rotate', '--dir', dir('GRC'), '--json'])
    const grcNew = peerIdOf(grcRotated.stdout)
    const grcStatement = join(dir('GRC'), ROTATION_FILES.statement)
    const toIta = await mrn(['federation', 'rotate', '--dir', dir('ITA'), grcStatement])
    expect(toIta.stdout).toContain('sent to the running node')
    await mrn(['federation', 'rotate', '--dir', dir('DEU'), grcStatement])
    await deu.reloadFederation()
    expect((await askIta()).outcome).toBe('ok')
    const grcBefore = witnessedSize(deu, grcOrigin)
    await (grc as MrnNode).stop()
    const act = await mrn(['key', 'activate', '--dir', dir('GRC')])
    expect(act.stderr).toBe('')
    grc = await MrnNode.open(dir('GRC'), { logger: silentLogger })
    await grc.start()
    expect(grc.peerId).toBe(grcNew)
    expect(grc.auditOrigin).toBe(grcOrigin)
    expect((await askIta()).outcome).toBe('ok')
    await eventually('DEU co-signs GRC past the switch', () => witnessedSize(deu, grcOrigin) > grcBefore, askIta)
    // ITA's log gets co-signatures from GRC's new key, under GRC's unchanged witness name
    const switchedAt = Date.now()
    await eventually(
      'ITA stores a co-signature GRC made after its switch',
      () => {
        const itaDb = openDatabase(join(dir('ITA'), NODE_FILES.database), { readonly: true })
        try {
          return new AuditLog(itaDb, new Uint8Array(32))
            .cosignatures()
            .some((c) => c.witness === witnessName('GRC', fed.entries.GRC?.peerId as string) && c.atMs >= switchedAt)
        } finally {
          itaDb.close()
        }
      },
      askIta,
    )

    // 4. every node's log verifies, the old keys' signatures included; the switch is audited
    await ita?.stop()
    ita = undefined
    for (const c of ['ITA', 'GRC', 'DEU']) {
      const v = await mrn(['audit', 'verify', '--dir', dir(c)])
      expect(v.stderr, c).toBe('')
      expect(v.stdout, c).toMatch(/^ok: /)
    }
    const db = openDatabase(join(dir('ITA'), NODE_FILES.database))
    const kinds = new AuditLog(db, new Uint8Array(32))
      .list(0, 10_000)
      .flatMap((r) => (r.entry.kind === 'admin_action' ? [r.entry] : []))
    db.close()
    expect(kinds).toContainEqual(expect.objectContaining({ action: 'key_rotated', peerId: itaNew }))
    const none = await mrn(['key', 'activate', '--dir', dir('ITA')])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('no key rotation in progress')
  }, 120_000)
})
