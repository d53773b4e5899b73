/** The simulation report, as JSON (`mrn sim --json`) and as a self-contained HTML page. */
export interface SimReport {
  config: {
    countries: string[]
    recordsPerCountry: number
    overlap: number
    queries: number
    concurrency: number
    seed: number
  }
  queries: number
  latencyMs: { p50: number; p95: number; p99: number }
  throughputQps: number
  /**
   * Person level against ground truth: a country's answer is a true hit when it holds a record of the person.
   * precision/recall count every hit (strong or possible); strongPrecision only answers with a strong hit
   * (where the responder's policy shows bands).
   */
  matching: {
    precision: number
    recall: number
    truePositives: number
    falsePositives: number
    missed: number
    strongPrecision: number
    strongHits: number
  }
  denials: Record<string, number>
  guardViolations: number
  /** Countries the asking node's outgoing guard did not ask (a protected person's feared or national state). */
  notAsked: number
  unreachable: number
  timeouts: number
  audit: Record<string, { entries: number; verified: boolean; cosignedCheckpoints: number; problem?: string }>
  errors: number
  /** requester → responder → counts. */
  matrix: Record<string, Record<string, { queries: number; hits: number; denied: number; unreachable: number }>>
  latencyHistogram: { upToMs: number; count: number }[]
  faults: { atMs: number; event: string }[]
  seconds: number
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)
}

/** A page with inline CSS and SVG only: it opens without a network. */
export function renderHtml(r: SimReport): string {
  const max = Math.max(1, ...r.latencyHistogram.map((b) => b.count))
  const barW = 36
  const bars = r.latencyHistogram
    .map((b, i) => {
      const h = Math.round((b.count / max) * 160)
      return `<rect x="${i * (barW + 6) + 40}" y="${180 - h}" width="${barW}" height="${h}" fill="#3a6ea5"><title>${b.count} queries</title></rect><text x="${i * (barW + 6) + 40 + barW / 2}" y="198" font-size="10" text-anchor="middle">${i === r.latencyHistogram.length - 1 ? `>${r.latencyHistogram[i - 1]?.upToMs ?? 0}` : `≤${b.upToMs}`}</text><text x="${i * (barW + 6) + 40 + barW / 2}" y="${175 - h}" font-size="10" text-anchor="middle">${b.count}</text>`
    })
    .join('')
  const countries = r.config.countries
  const cell = (a: string, b: string): string => {
    if (a === b) return '<td class="self">—</td>'
    const c = r.matrix[a]?.[b]
    if (!c || c.queries === 0) return '<td></td>'
    const tone = c.unreachable > 0 ? 'warn' : c.denied === c.queries ? 'deny' : ''
    return `<td class="${tone}">${c.queries} q<br>${c.hits} hit · ${c.denied} denied${c.unreachable ? ` · ${c.unreachable} down` : ''}</td>`
  }
  const matrix = `<table class="matrix"><tr><th>requester ↓ / responder →</th>${countries.map((c) => `<th>${c}</th>`).join('')}</tr>${countries
    .map((a) => `<tr><th>${a}</th>${countries.map((b) => cell(a, b)).join('')}</tr>`)
    .join('')}</table>`
  const span = Math.max(1, r.seconds * 1000)
  const timeline = `<svg width="720" height="${40 + r.faults.length * 18}" role="img"><line x1="20" y1="20" x2="700" y2="20" stroke="#444"/>${r.faults
    .map((f, i) => {
      const x = 20 + Math.round((f.atMs / span) * 680)
      return `<circle cx="${x}" cy="20" r="5" fill="#c0392b"/><text x="${x}" y="${40 + i * 18}" font-size="12">${esc(f.event)} (${(f.atMs / 1000).toFixed(1)} s)</text>`
    })
    .join('')}</svg>`
  const audit = Object.entries(r.audit)
    .map(
      ([c, a]) =>
        `<tr><td>${c}</td><td>${a.entries}</td><td class="${a.verified ? 'ok' : 'bad'}">${a.verified ? 'verified' : `FAILED: ${esc(a.problem ?? '')}`}</td><td>${a.cosignedCheckpoints}</td></tr>`,
    )
    .join('')
  const denials = Object.entries(r.denials)
    .map(([rule, n]) => `<tr><td>${esc(rule)}</td><td>${n}</td></tr>`)
    .join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mrn simulation report</title>
<style>
body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}
.kpis{display:flex;gap:14px;flex-wrap:wrap}.kpi{background:#f3f5f8;border-radius:6px;padding:10px 14px;min-width:120px}
.kpi b{display:block;font-size:20px}.bad{color:#b00020;font-weight:bold}.ok{color:#1b7f3b}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:4px 6px;text-align:center}
.matrix td.self{background:#eee}.matrix td.deny{background:#fdecea}.matrix td.warn{background:#fff4d6}
</style></head><body>
<h1>Federation simulation: ${countries.length} countries, ${r.config.recordsPerCountry} records each, ${r.queries} queries</h1>
<div class="kpis">
<div class="kpi">p50 latency<b>${r.latencyMs.p50} ms</b></div><div class="kpi">p99 latency<b>${r.latencyMs.p99} ms</b></div>
<div class="kpi">throughput<b>${r.throughputQps} q/s</b></div><div class="kpi">precision<b>${r.matching.precision}</b></div>
<div class="kpi">recall<b>${r.matching.recall}</b></div>
<div class="kpi">strong-hit precision<b>${r.matching.strongPrecision}</b></div>
<div class="kpi">guard violations<b class="${r.guardViolations === 0 ? 'ok' : 'bad'}">${r.guardViolations}</b></div>
<div class="kpi">not asked (outgoing guard)<b>${r.notAsked}</b></div>
<div class="kpi">unreachable<b>${r.unreachable}</b></div><div class="kpi">errors<b>${r.errors}</b></div>
</div>
<h2>Latency of identify queries (caseworker API to all peers)</h2>
<svg width="${r.latencyHistogram.length * (barW + 6) + 60}" height="210" role="img">${bars}</svg>
<h2>Queries, hits and denials by country pair</h2>${matrix}
<h2>Faults</h2>${r.faults.length ? timeline : '<p>none</p>'}
<h2>Denials by rule</h2><table><tr><th>rule</th><th>count</th></tr>${denials || '<tr><td colspan="2">none</td></tr>'}</table>
<h2>Audit logs</h2><table><tr><th>country</th><th>entries</th><th>verification</th><th>co-signed checkpoints</th></tr>${audit}</table>
<p>Seed ${r.config.seed}, overlap ${r.config.overlap}, concurrency ${r.config.concurrency}, ${r.seconds.toFixed(1)} s.</p>
</body></html>
`
}
