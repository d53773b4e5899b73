import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFaults } from '../../src/sim/faults.js'
import { renderHtml, type SimReport } from '../../src/sim/report.js'
import { runSimulation } from '../../src/sim/simulation.js'

const CHROMIUM = '/usr/bin/chromium'

describe('mrn sim', () => {
  let report: SimReport

  it('runs four countries with a node killed and restarted, against ground truth', async () => {
    report = await runSimulation({
      countries: 4,
      recordsPerCountry: 2000,
      overlap: 0.3,
      queries: 500,
      concurrency: 8,
      seed: 1,
      faults: parseFaults('kill:DEU@0.3,restart:DEU@0.5'),
    })
    expect(report.queries).toBeGreaterThan(400)
    // Floors well under what this configuration measures (precision ~0.9, recall ~0.8).
    expect(report.matching.precision).toBeGreaterThanOrEqual(0.75)
    expect(report.matching.recall).toBeGreaterThanOrEqual(0.6)
    expect(report.guardViolations).toBe(0)
    expect(Object.values(report.audit).every((a) => a.verified)).toBe(true)
    expect(Object.values(report.audit).every((a) => a.cosignedCheckpoints > 0)).toBe(true)
    expect(report.unreachable).toBeGreaterThan(0)
    expect(report.faults.map((f) => f.event)).toEqual(['kill DEU', 'restart DEU'])
    // The restarted node answers again.
    expect(report.matrix.GRC?.DEU?.hits ?? 0).toBeGreaterThan(0)
    expect(report.denials['default-deny'] ?? 0).toBeGreaterThan(0)
  }, 120_000)

  it('writes a self-contained HTML report that headless Chromium opens', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs Debian's chromium`).toBe(true)
    const dir = mkdtempSync(join(tmpdir(), 'mrn-report-'))
    const html = join(dir, 'report.html')
    writeFileSync(html, renderHtml(report))
    expect(renderHtml(report)).not.toMatch(/(src|href)="https?:/)
    const flags = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(dir, 'profile')}`,
    ]
    const dom = execFileSync(CHROMIUM, [...flags, '--dump-dom', `file://${html}`], {
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'ignore'], // Chromium's D-Bus noise on stderr
    }).toString()
    expect(dom).toContain('Federation simulation: 4 countries')
    execFileSync(
      CHROMIUM,
      [...flags, '--window-size=1200,1400', `--screenshot=${join(dir, 'report.png')}`, `file://${html}`],
      { timeout: 60_000, stdio: 'ignore' },
    )
    expect(statSync(join(dir, 'report.png')).size).toBeGreaterThan(10_000)
  }, 120_000)
})
