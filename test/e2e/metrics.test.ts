import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { initNode } from '../../src/node/init.js'
import { MrnNode } from '../../src/node/node.js'
import { silentLogger } from '../../src/util/logger.js'
import { projectRoot } from '../../src/util/projectRoot.js'
import { makeRecord, startFederation, type TestFederation } from '../helpers/federation.js'
import { outgoingIdentify } from '../helpers/rawQuery.js'

/** Prometheus text exposition: each sample's name with its labels, and its value. */
function samples(text: string): { name: string; labels: string; value: number }[] {
  return text
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(l)
      if (!m) throw new Error(`not a sample line: ${l}`)
      return { name: m[1] as string, labels: m[2] ?? '', value: Number(m[3]) }
    })
}

function value(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`)
  return samples(text)
    .filter((s) => s.name === name && want.every((w) => s.labels.includes(w)))
    .reduce((a, s) => a + s.value, 0)
}

describe('metrics and health endpoints', () => {
  let fed: TestFederation
  const person = makeRecord({ id: 'ITA-1' })

  beforeAll(async () => {
    fed = await startFederation([{ country: 'GRC' }, { country: 'ITA', records: [person] }])
  })
  afterAll(async () => {
    await fed?.stop()
  })

  const url = (country: string, path: string): string => `${fed.node(country).metricsUrl()}${path}`
  const scrape = async (country: string): Promise<string> => {
    const res = await fetch(url(country, '/metrics'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    return res.text()
  }

  it('a node is not ready before start, and /readyz says ready once it runs', async () => {
    const dir = join(fed.root, 'FRA')
    await initNode({ dir, country: 'FRA', listen: ['/ip4/127.0.0.1/tcp/0'], groups: ['dublin'] })
    const node = await MrnNode.open(dir, { logger: silentLogger })
    try {
      const before = node.readiness()
      expect(before.ready).toBe(false)
      expect(before.checks).toMatchObject({ started: 'not started', libp2p: 'libp2p stopped' })
      expect(node.metricsUrl()).toBeUndefined()
      await node.start({ api: false })
      const res = await fetch(`${node.metricsUrl()}/readyz`)
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({
        ready: true,
        checks: { database: true, libp2p: true, policy: true, started: true, checkpoint: true },
      })
      expect((await fetch(`${node.metricsUrl()}/healthz`)).status).toBe(200)
      expect((await fetch(`${node.metricsUrl()}/nothing`)).status).toBe(404)
      expect((await fetch(`${node.metricsUrl()}/metrics`, { method: 'POST' })).status).toBe(405)
    } finally {
      await node.stop()
    }
    expect(node.readiness()).toMatchObject({ ready: false, checks: { database: 'database closed' } })
  })

  it('counts queries on both sides by country, purpose, step and status, with latency, and no personal data', async () => {
    const before = { ita: await scrape('ITA'), grc: await scrape('GRC') }
    const grc = fed.node('GRC')
    const ask = () => grc.client.buildRequest('ITA', outgoingIdentify())
    const results = await grc.client.fanOut([ask(), ask(), ask()])
    expect(results.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok'])
    const after = { ita: await scrape('ITA'), grc: await scrape('GRC') }

    const received = { peer_country: 'GRC', purpose: 'ASYLUM_RESPONSIBILITY', step: 'identify', status: 'OK' }
    expect(value(after.ita, 'mrn_queries_received_total', received)).toBe(
      value(before.ita, 'mrn_queries_received_total', received) + 3,
    )
    const sent = { peer_country: 'ITA', purpose: 'ASYLUM_RESPONSIBILITY', step: 'identify', outcome: 'ok' }
    expect(value(after.grc, 'mrn_queries_sent_total', sent)).toBe(value(before.grc, 'mrn_queries_sent_total', sent) + 3)
    for (const [text, side] of [
      [after.ita, 'responder'],
      [after.grc, 'requester'],
    ] as const) {
      expect(value(text, 'mrn_query_duration_seconds_count', { side })).toBeGreaterThanOrEqual(3)
    }
    expect(value(after.ita, 'mrn_records')).toBe(1)
    expect(value(after.ita, 'mrn_audit_entries')).toBe(fed.node('ITA').audit.size())
    // libp2p's own metrics join the node's registry
    expect(samples(after.ita).some((s) => s.name.startsWith('libp2p_'))).toBe(true)
    // guard activations are one total: no label could name a peer
    expect(samples(after.ita).filter((s) => s.name === 'mrn_guard_activations_total')).toEqual([
      expect.objectContaining({ labels: '' }),
    ])
    for (const text of Object.values(after)) {
      for (const personal of [person.names[0]?.family, person.names[0]?.given, person.documents[0]?.number]) {
        if (personal) expect(text).not.toContain(personal)
      }
    }
  })

  it('counts a refused request under the peer country its connection proved', async () => {
    const before = await scrape('ITA')
    const grc = fed.node('GRC')
    const req = grc.client.buildRequest('ITA', outgoingIdentify())
    expect((await grc.client.send(req)).outcome).toBe('ok')
    expect((await grc.client.send(req)).response?.status).toBe('REPLAY')
    const after = await scrape('ITA')
    const labels = { peer_country: 'GRC', status: 'REPLAY' }
    expect(value(after, 'mrn_queries_received_total', labels)).toBe(
      value(before, 'mrn_queries_received_total', labels) + 1,
    )
    expect(value(after, 'mrn_refusals_total', { code: 'REPLAY' })).toBe(
      value(before, 'mrn_refusals_total', { code: 'REPLAY' }) + 1,
    )
  })

  it('every metric the shipped Grafana dashboard uses exists on a running node', async () => {
    const dashboard = JSON.parse(readFileSync(join(projectRoot(), 'config', 'grafana-dashboard.json'), 'utf8')) as {
      panels: { title: string; targets: { expr: string }[] }[]
    }
    // Families, as their TYPE lines declare them (a labelled counter nothing has counted yet has no sample).
    const text = await scrape('ITA')
    const exposed = new Set<string>()
    for (const m of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
      const [name, type] = [m[1] as string, m[2] as string]
      exposed.add(name)
      if (type === 'histogram') for (const suffix of ['_bucket', '_count', '_sum']) exposed.add(name + suffix)
    }
    const used = new Set<string>()
    for (const panel of dashboard.panels) {
      for (const target of panel.targets) {
        for (const m of target.expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\{/g)) used.add(m[1] as string)
      }
    }
    expect(used.size).toBeGreaterThan(10)
    expect([...used].filter((name) => !exposed.has(name))).toEqual([])
  })
})
