import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditOrigin, memberWitnessKey, noteSigner } from '../../src/audit/logIdentity.js'
import { checkpointBody, signCheckpoint, verifyCosignature } from '../../src/audit/note.js'
import { requestCosignature } from '../../src/network/witnessProtocol.js'
import { NODE_FILES } from '../../src/node/config.js'
import { loadKeyFile } from '../../src/node/identity.js'
import { startFederation, type TestFederation } from '../helpers/federation.js'

describe('witnessing between real nodes', () => {
  let fed: TestFederation

  beforeAll(async () => {
    // Witnessing only when a test asks (an hour between timer rounds), so counts are the tests' own.
    const config = { audit: { checkpointIntervalMs: 3_600_000 } }
    fed = await startFederation([
      { country: 'GRC', config },
      { country: 'ITA', config },
    ])
  })

  afterAll(async () => {
    await fed?.stop()
  })

  it('co-signs each other and keeps co-signing as the logs grow', async () => {
    const grc = fed.node('GRC')
    const ita = fed.node('ITA')
    // Other tests of this file may have witnessed already (they run in any order): count from here,
    // with an entry of our own so that the first round has a new checkpoint to co-sign.
    grc.audit.append({ kind: 'node_started', peerId: 'start' }, Date.now())
    const before = grc.audit.cosignatureCount()
    expect(await grc.witnessNow()).toEqual([{ country: 'ITA', status: 'COSIGNED' }])
    expect(await ita.witnessNow()).toEqual([{ country: 'GRC', status: 'COSIGNED' }])
    for (let i = 0; i < 5; i++) grc.audit.append({ kind: 'node_started', peerId: `x${i}` }, Date.now())
    expect(await grc.witnessNow()).toEqual([{ country: 'ITA', status: 'COSIGNED' }])
    const latest = grc.audit.latestCheckpoint()!
    const cosig = grc.audit.cosignatures().find((c) => c.size === latest.size)!
    const key = memberWitnessKey('ITA', fed.entries.ITA!.peerId)
    expect(
      verifyCosignature(latest.note.slice(0, latest.note.indexOf('\n\n') + 1), cosig.line, key.name, key.publicKey),
    ).toBeDefined()
    expect(grc.status().audit).toMatchObject({ cosignatures: before + 2, cosignedSize: latest.size })
    const { verifyAuditLog } = await import('../../src/audit/verify.js')
    const { memberAuditKey } = await import('../../src/audit/logIdentity.js')
    const self = memberAuditKey('GRC', grc.peerId)
    expect(verifyAuditLog(grc.audit, self, [key])).toMatchObject({ ok: true, cosignatures: before + 2 })
    expect(verifyAuditLog(grc.audit, self, [])).toMatchObject({ ok: false })
    // The operator's command finds the witness keys in federation.yaml.
    const { execFileSync } = await import('node:child_process')
    const { mrnEntryPoint } = await import('../../src/util/mrnBinary.js')
    const out = execFileSync(process.execPath, [
      mrnEntryPoint(),
      'audit',
      'verify',
      '--dir',
      fed.dirs.GRC as string,
      '--json',
    ]).toString()
    expect(JSON.parse(out)).toMatchObject({ ok: true, cosignatures: before + 2 })
  })

  it('refuses a node that rewrites history (fork at a co-signed size, or rollback), and says so', async () => {
    const grc = fed.node('GRC')
    const ita = fed.node('ITA')
    const key = loadKeyFile(join(fed.dirs.GRC as string, NODE_FILES.key), undefined)
    const origin = auditOrigin('GRC', grc.peerId)
    const signer = noteSigner(key, origin)
    // Its own history to rewrite: a co-signed checkpoint of a log of a few entries.
    for (let i = 0; i < 3; i++) grc.audit.append({ kind: 'node_started', peerId: `h${i}` }, Date.now())
    expect(await grc.witnessNow()).toEqual([{ country: 'ITA', status: 'COSIGNED' }])
    const refusedBefore = ita.witnessing.refusedToCosign
    const entriesBefore = ita.audit.list(0, 1000).filter((r) => r.entry.kind === 'witness_refused').length
    const cosignedSize = grc.audit.latestCheckpoint()!.size
    const fork = signCheckpoint(checkpointBody(origin, cosignedSize, new Uint8Array(32).fill(9)), signer)
    const forkResult = await requestCosignature(grc.libp2p, fed.entries.ITA!, fork, cosignedSize, [], 5000)
    expect(forkResult.status).toBe('CONFLICT')
    const rollback = signCheckpoint(checkpointBody(origin, 1, grc.audit.rootHash(1)), signer)
    expect((await requestCosignature(grc.libp2p, fed.entries.ITA!, rollback, 0, [], 5000)).status).toBe('CONFLICT')
    expect(ita.witnessing.refusedToCosign).toBe(refusedBefore + 2)
    expect(ita.status().audit.refusedToCosign).toBe(refusedBefore + 2)
    const refusals = ita.audit.list(0, 1000).filter((r) => r.entry.kind === 'witness_refused')
    expect(refusals).toHaveLength(entriesBefore + 2)
    // The honest log still gets co-signed.
    grc.audit.append({ kind: 'node_started', peerId: 'y' }, Date.now())
    expect(await grc.witnessNow()).toEqual([{ country: 'ITA', status: 'COSIGNED' }])
  })
})

describe('evidence for requesters', () => {
  let fed: TestFederation

  beforeAll(async () => {
    const { makeRecord } = await import('../helpers/federation.js')
    fed = await startFederation([
      { country: 'GRC' },
      { country: 'ITA', records: [makeRecord({ id: 'ITA-1' })] },
      { country: 'DEU' },
    ])
  })

  afterAll(async () => {
    await fed?.stop()
  })

  it("proves an answer is in the responder's log, against a co-signed checkpoint", async () => {
    const grc = fed.node('GRC')
    const caller = grc.tokens.create('cw', 'caseworker', Date.now()).caller
    const out = await grc.query(caller, {
      purpose: 'ASYLUM_RESPONSIBILITY',
      legalBasis: 'Reg. 604/2013',
      to: ['ITA'],
      person: { documents: [{ type: 'passport', number: 'N0123456', issuer: 'SYR' }] },
    })
    const leafIndex = out.results[0]!.peerAuditLeafIndex!
    await fed.node('ITA').witnessNow()
    const ev = await grc.evidence(caller, { country: 'ITA', leafIndex })
    expect(ev).toMatchObject({ verified: true, responseDigestMatches: true })
    expect(ev.cosignedBy.length).toBeGreaterThanOrEqual(1)
    expect(ev.entry).toMatchObject({ kind: 'query_received', requester: 'GRC', status: 'OK' })
    // DEU cannot get the evidence of GRC's exchange.
    const deu = fed.node('DEU')
    await expect(
      deu.evidence(deu.tokens.create('cw', 'caseworker', Date.now()).caller, { country: 'ITA', leafIndex }),
    ).rejects.toThrow(/no evidence/)
  })
})

describe('configuration changes in the audit log', () => {
  it('records a changed policy when a node restarts with it', async () => {
    const { writeFileSync, readFileSync } = await import('node:fs')
    const { MrnNode } = await import('../../src/node/node.js')
    const { silentLogger } = await import('../../src/util/logger.js')
    const fed = await startFederation([{ country: 'GRC' }])
    const dir = fed.dirs.GRC as string
    await fed.node('GRC').stop()
    const policyPath = join(dir, NODE_FILES.policy)
    writeFileSync(
      policyPath,
      readFileSync(policyPath, 'utf8').replace('include: [dublin-art34, statistics]', 'include: [dublin-art34]'),
    )
    const node = await MrnNode.open(dir, { logger: silentLogger })
    await node.start({ api: false })
    const kinds = node.audit.list(0, 100).map((r) => r.entry.kind)
    await node.stop()
    await fed.stop()
    expect(kinds.filter((k) => k === 'node_started')).toHaveLength(2)
    expect(kinds).toContain('policy_changed')
    expect(kinds).not.toContain('federation_changed')
  })
})
