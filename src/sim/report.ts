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
    /** Answers with a `strong` hit: the share that found the person, and the share of people found that way. */
    strong: { precision: number; recall: number }
    /** Answers with any hit, as `precision` and `recall` above. */
    any: { precision: number; recall: number }
    /** Details released about a record that is not the person asked about: each a disclosure to a stranger. */
    wrongDetails: number
    /**
     * Each of those, by generated record ids (synthetic, so no one's data):
     * the asking country's record, the responder's record whose details were
     * released, and the band the identify answer gave it.
     */
    wrongDetailsCases: { asked: string; released: string; band: string }[]
    /** Details asked, released, and refused for want of a confirming identifier (possible hits). */
    detailsAsked: number
    detailsReleased: number
    detailsUnconfirmed: number
    /** Answers with hits but no clear best match (possible, or several candidates). */
    possibleAnswers: number
    /** Of those, the share that named the identifier that would settle them (a document, a full date of birth). */
    possibleSettleShare: number
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
  /** Outcomes and latency per time window of the run, on the same clock as `faults` (ms since the simulation began). */
  timeline: {
    fromMs: number
    toMs: number
    outcomes: Record<string, number>
    /** p50 latency of the identify queries that ended in the window, ms (0 when none did). */
    p50Ms: number
  }[]
  /** What the guards did: records hidden by the responders' hard guards, questions the outgoing guards kept back. */
  guards: { hiddenRecords: number; notAsked: number; violations: number }
  /** Details answers, from the responders' audit logs: per field, released (by form and rule) and withheld (by rule). */
  details: {
    answers: number
    fields: Record<string, { released: Record<string, number>; withheld: Record<string, number> }>
  }
  /** Persons a country holds but whose query got no hit there (and no guard explains it), by script and by country pair. */
  misses: { byScript: Record<string, number>; byPair: Record<string, number> }
  /** The federation's policy set-up: each node's groups and the rules of the profiles every node includes. */
  policy: {
    groups: Record<string, string[]>
    rules: { id: string; from: string; purposes: string[]; steps: string[]; legalBasis?: string }[]
  }
  /** What produced the report. */
  meta: { version: string; commit: string; date: string; command: string; node: string }
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)
}

const OUTCOME_COLOURS: Record<string, string> = {
  ok: '#2e7d32',
  no_hit: '#90a4ae',
  denied: '#ef6c00',
  not_asked: '#6a1b9a',
  unreachable: '#c62828',
  timeout: '#ad1457',
  invalid: '#4e342e',
  error: '#000000',
}

const fmt = (n: number): string => n.toLocaleString('en-US')

/** Ticks at 1, 2 or 5 × 10^k, about `count` of them, from 0 to at least `max`. */
function ticks(max: number, count = 5): number[] {
  const raw = Math.max(max, 1) / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag
  const out: number[] = []
  for (let v = 0; v <= max + step / 2; v += step) out.push(Math.round(v * 1000) / 1000)
  return out
}

/** Latency histogram with both axes labelled. */
function histogramSvg(r: SimReport): string {
  const h = r.latencyHistogram
  const max = Math.max(1, ...h.map((b) => b.count))
  const [left, top, plotH, barW, gap] = [56, 14, 170, 40, 8]
  const yTicks = ticks(max, 4)
  const yMax = yTicks.at(-1) as number
  const y = (v: number): number => top + plotH - (v / yMax) * plotH
  const width = left + h.length * (barW + gap) + 20
  const bars = h
    .map((b, i) => {
      const x = left + gap + i * (barW + gap)
      const label = i === h.length - 1 ? `>${h[i - 1]?.upToMs ?? 0}` : `≤${b.upToMs}`
      return `<rect x="${x}" y="${y(b.count)}" width="${barW}" height="${top + plotH - y(b.count)}" fill="#3a6ea5"><title>${fmt(b.count)} queries ${label} ms</title></rect><text x="${x + barW / 2}" y="${top + plotH + 14}" font-size="10" text-anchor="middle">${label}</text><text x="${x + barW / 2}" y="${y(b.count) - 3}" font-size="10" text-anchor="middle">${b.count || ''}</text>`
    })
    .join('')
  const axis = yTicks
    .map(
      (t) =>
        `<line x1="${left - 4}" x2="${width - 10}" y1="${y(t)}" y2="${y(t)}" stroke="#e3e3e3"/><text x="${left - 6}" y="${y(t) + 3}" font-size="10" text-anchor="end">${fmt(t)}</text>`,
    )
    .join('')
  return `<svg id="latency-histogram" width="${width}" height="${top + plotH + 46}" role="img" aria-label="latency histogram">${axis}${bars}
<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#444"/><line x1="${left}" y1="${top + plotH}" x2="${width - 10}" y2="${top + plotH}" stroke="#444"/>
<text x="${left + (width - left) / 2}" y="${top + plotH + 36}" font-size="11" text-anchor="middle">latency of one caseworker query to all peers, ms (bucket upper bound)</text>
<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" font-size="11" text-anchor="middle">queries</text></svg>`
}

/** Outcomes per time window (stacked bars), p50 latency (line, right axis) and the faults, on one time axis. */
function timelineSvg(r: SimReport): string {
  const w = r.timeline
  const spanMs = Math.max(1000, r.seconds * 1000)
  const [left, top, plotW, plotH] = [56, 16, 760, 200]
  const x = (ms: number): number => left + (ms / spanMs) * plotW
  const maxCount = Math.max(1, ...w.map((b) => Object.values(b.outcomes).reduce((a, n) => a + n, 0)))
  const yTicks = ticks(maxCount, 4)
  const yMax = yTicks.at(-1) as number
  const y = (v: number): number => top + plotH - (v / yMax) * plotH
  const maxLatency = Math.max(1, ...w.map((b) => b.p50Ms))
  const lTicks = ticks(maxLatency, 4)
  const lMax = lTicks.at(-1) as number
  const yl = (v: number): number => top + plotH - (v / lMax) * plotH
  const outcomes = Object.keys(OUTCOME_COLOURS)
  const bars = w
    .map((b) => {
      let base = 0
      return outcomes
        .map((o) => {
          const n = b.outcomes[o] ?? 0
          if (n === 0) return ''
          const rect = `<rect x="${x(b.fromMs) + 1}" y="${y(base + n)}" width="${Math.max(1, x(b.toMs) - x(b.fromMs) - 2)}" height="${y(base) - y(base + n)}" fill="${OUTCOME_COLOURS[o]}"><title>${(b.fromMs / 1000).toFixed(1)}-${(b.toMs / 1000).toFixed(1)} s: ${n} ${o}</title></rect>`
          base += n
          return rect
        })
        .join('')
    })
    .join('')
  const line = w
    .filter((b) => b.p50Ms > 0)
    .map((b) => `${x((b.fromMs + b.toMs) / 2).toFixed(1)},${yl(b.p50Ms).toFixed(1)}`)
    .join(' ')
  const faults = r.faults
    .map(
      (f, i) =>
        `<line x1="${x(f.atMs)}" x2="${x(f.atMs)}" y1="${top}" y2="${top + plotH}" stroke="#c0392b" stroke-dasharray="4 3"/><text x="${x(f.atMs) + 3}" y="${top + 10 + (i % 3) * 12}" font-size="10" fill="#c0392b">${esc(f.event)}</text>`,
    )
    .join('')
  const tTicks = ticks(spanMs / 1000, 8)
  const timeAxis = tTicks
    .filter((t) => t * 1000 <= spanMs)
    .map(
      (t) =>
        `<line x1="${x(t * 1000)}" x2="${x(t * 1000)}" y1="${top + plotH}" y2="${top + plotH + 4}" stroke="#444"/><text x="${x(t * 1000)}" y="${top + plotH + 15}" font-size="10" text-anchor="middle">${t}</text>`,
    )
    .join('')
  const countAxis = yTicks
    .map(
      (t) =>
        `<line x1="${left}" x2="${left + plotW}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${left - 6}" y="${y(t) + 3}" font-size="10" text-anchor="end">${fmt(t)}</text>`,
    )
    .join('')
  const latencyAxis = lTicks
    .map((t) => `<text x="${left + plotW + 6}" y="${yl(t) + 3}" font-size="10" fill="#1565c0">${t}</text>`)
    .join('')
  return `<svg id="timeline" width="${left + plotW + 60}" height="${top + plotH + 44}" role="img" aria-label="outcomes and latency over time">${countAxis}${bars}
<polyline points="${line}" fill="none" stroke="#1565c0" stroke-width="2"/>${faults}${timeAxis}${latencyAxis}
<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#444"/><line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#444"/>
<text x="${left + plotW / 2}" y="${top + plotH + 34}" font-size="11" text-anchor="middle">seconds since the simulation began (faults: dashed red lines)</text>
<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" font-size="11" text-anchor="middle">answers per window, by outcome</text>
<text transform="translate(${left + plotW + 44} ${top + plotH / 2}) rotate(90)" font-size="11" text-anchor="middle" fill="#1565c0">p50 latency, ms</text></svg>`
}

function legend(entries: [string, string][], id: string): string {
  return `<div class="legend" id="${id}">${entries.map(([colour, label]) => `<span><i style="background:${colour}"></i>${esc(label)}</span>`).join('')}</div>`
}

function countTable(title: string, rows: Record<string, number>, id: string): string {
  const body = Object.entries(rows)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `<tr><td>${esc(k)}</td><td>${fmt(n)}</td></tr>`)
    .join('')
  return `<table id="${id}"><tr><th>${esc(title)}</th><th>count</th></tr>${body || '<tr><td colspan="2">none</td></tr>'}</table>`
}

/** A page with inline CSS and SVG only: it opens without a network. */
export function renderHtml(r: SimReport): string {
  const countries = r.config.countries
  const cell = (a: string, b: string): string => {
    if (a === b) return '<td class="self">—</td>'
    const c = r.matrix[a]?.[b]
    if (!c || c.queries === 0) return '<td></td>'
    const tone = c.unreachable > 0 ? 'warn' : c.denied === c.queries ? 'deny' : ''
    return `<td class="${tone}">${c.queries} q<br>${c.hits} hit · ${c.denied} denied${c.unreachable ? ` · ${c.unreachable} down` : ''}</td>`
  }
  const matrix = `<table class="matrix" id="matrix"><tr><th>requester ↓ / responder →</th>${countries.map((c) => `<th>${c}</th>`).join('')}</tr>${countries
    .map((a) => `<tr><th>${a}</th>${countries.map((b) => cell(a, b)).join('')}</tr>`)
    .join('')}</table>${legend(
    [
      ['#ffffff', 'answered (queries, hits, denials)'],
      ['#fdecea', 'every query denied by the responder policy'],
      ['#fff4d6', 'some queries found the responder down'],
      ['#eeeeee', 'a country does not ask itself'],
    ],
    'matrix-legend',
  )}`
  const span = Math.max(1, r.seconds * 1000)
  const faultTicks = ticks(r.seconds, 8)
    .filter((t) => t * 1000 <= span)
    .map((t) => {
      const x = 20 + Math.round(((t * 1000) / span) * 680)
      return `<line x1="${x}" x2="${x}" y1="20" y2="25" stroke="#444"/><text x="${x}" y="36" font-size="10" text-anchor="middle">${t} s</text>`
    })
    .join('')
  const faults = `<svg id="faults" width="720" height="${56 + r.faults.length * 16}" role="img" aria-label="faults on the time axis"><line x1="20" y1="20" x2="700" y2="20" stroke="#444"/>${faultTicks}${r.faults
    .map((f, i) => {
      const x = 20 + Math.round((f.atMs / span) * 680)
      return `<circle cx="${x}" cy="20" r="5" fill="#c0392b"/><text x="${x}" y="${54 + i * 16}" font-size="12">${esc(f.event)} (${(f.atMs / 1000).toFixed(1)} s)</text>`
    })
    .join('')}</svg>`
  const audit = Object.entries(r.audit)
    .map(
      ([c, a]) =>
        `<tr><td>${c}</td><td>${fmt(a.entries)}</td><td class="${a.verified ? 'ok' : 'bad'}">${a.verified ? 'verified' : `FAILED: ${esc(a.problem ?? '')}`}</td><td>${a.cosignedCheckpoints}</td></tr>`,
    )
    .join('')
  const detailRows = Object.entries(r.details.fields)
    .map(
      ([field, d]) =>
        `<tr><td>${esc(field)}</td><td class="left">${Object.entries(d.released)
          .map(([k, n]) => `${esc(k)}: ${fmt(n)}`)
          .join('<br>')}</td><td class="left">${Object.entries(d.withheld)
          .map(([k, n]) => `${esc(k)}: ${fmt(n)}`)
          .join('<br>')}</td></tr>`,
    )
    .join('')
  const defaultDeny = r.denials['default-deny'] ?? 0
  const groups = Object.entries(r.policy.groups)
    .map(([c, g]) => `<tr><td>${c}</td><td>${g.length ? esc(g.join(', ')) : '(none)'}</td></tr>`)
    .join('')
  const rules = r.policy.rules
    .map(
      (rule) =>
        `<tr><td>${esc(rule.id)}</td><td>${esc(rule.from)}</td><td>${esc(rule.purposes.join(', '))}</td><td>${esc(rule.steps.join(', '))}</td><td>${esc(rule.legalBasis ?? '(any)')}</td></tr>`,
    )
    .join('')
  const outcomeTotals: Record<string, number> = {}
  for (const b of r.timeline)
    for (const [o, n] of Object.entries(b.outcomes)) outcomeTotals[o] = (outcomeTotals[o] ?? 0) + n
  const g = r.guards
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mrn simulation report</title>
<style>
body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}p.note{font-size:13px;color:#444;max-width:900px}
.meta{font-size:12px;color:#555}.meta code{background:#f3f5f8;padding:1px 4px}
.kpis{display:flex;gap:14px;flex-wrap:wrap}.kpi{background:#f3f5f8;border-radius:6px;padding:10px 14px;min-width:120px}
.kpi b{display:block;font-size:20px}.kpi small{display:block;color:#555}.bad{color:#b00020;font-weight:bold}.ok{color:#1b7f3b}
table{border-collapse:collapse;font-size:12px;margin:6px 0}td,th{border:1px solid #ccc;padding:4px 6px;text-align:center}td.left{text-align:left}
.matrix td.self{background:#eee}.matrix td.deny{background:#fdecea}.matrix td.warn{background:#fff4d6}
.legend{font-size:12px;display:flex;gap:14px;flex-wrap:wrap;margin:6px 0}.legend i{display:inline-block;width:12px;height:12px;border:1px solid #999;margin-right:4px;vertical-align:-2px}
.cols{display:flex;gap:28px;flex-wrap:wrap}
</style></head><body>
<h1>Federation simulation: ${countries.length} countries, ${fmt(r.config.recordsPerCountry)} records each, ${fmt(r.queries)} queries</h1>
<p class="meta" id="meta">mrn ${esc(r.meta.version)}, commit <code>${esc(r.meta.commit)}</code>, ${esc(r.meta.date)}, Node.js ${esc(r.meta.node)}; command <code>${esc(r.meta.command)}</code>. Seed ${r.config.seed}, overlap ${r.config.overlap}, concurrency ${r.config.concurrency}, ${r.seconds.toFixed(1)} s.</p>
<div class="kpis">
<div class="kpi">p50 latency<b>${r.latencyMs.p50} ms</b></div><div class="kpi" id="kpi-p95">p95 latency<b>${r.latencyMs.p95} ms</b></div><div class="kpi">p99 latency<b>${r.latencyMs.p99} ms</b></div>
<div class="kpi">throughput<b>${r.throughputQps} q/s</b></div><div class="kpi">precision<b>${r.matching.precision}</b><small>${fmt(r.matching.truePositives)} true, ${fmt(r.matching.falsePositives)} false hits</small></div>
<div class="kpi">recall<b>${r.matching.recall}</b><small>${fmt(r.matching.missed)} missed</small></div>
<div class="kpi">strong-hit precision<b>${r.matching.strongPrecision}</b><small>${fmt(r.matching.strongHits)} strong hits</small></div>
<div class="kpi">ambiguous answers naming what would settle them<b>${r.matching.possibleSettleShare}</b><small>of ${fmt(r.matching.possibleAnswers)} without a clear best match</small></div>
<div class="kpi">details about a stranger<b>${fmt(r.matching.wrongDetails)}</b><small>${fmt(r.matching.detailsReleased)} released, ${fmt(r.matching.detailsUnconfirmed)} refused unconfirmed</small></div>
<div class="kpi" id="kpi-guards">guard violations<b class="${g.violations === 0 ? 'ok' : 'bad'}">${g.violations}</b><small>of ${fmt(g.hiddenRecords + g.notAsked)} guard activations</small></div>
<div class="kpi">not asked (outgoing guard)<b>${fmt(r.notAsked)}</b></div>
<div class="kpi">unreachable<b>${fmt(r.unreachable)}</b><small>${fmt(r.timeouts)} timeouts</small></div><div class="kpi">errors<b>${fmt(r.errors)}</b></div>
</div>
<h2>Latency of identify queries</h2>
<p class="note">One caseworker query through the local API to every peer at once (fan-out), from the caseworker's request to the last answer. p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms.</p>
${histogramSvg(r)}
<h2>Outcomes and latency over time</h2>
<p class="note">Answers per time window, stacked by outcome; the blue line is the p50 latency of the queries that ended in the window; faults are marked on the same axis.</p>
${timelineSvg(r)}
${legend([...Object.entries(OUTCOME_COLOURS).map(([o, c]): [string, string] => [c, `${o} (${fmt(outcomeTotals[o] ?? 0)})`]), ['#1565c0', 'p50 latency']], 'outcome-legend')}
<h2>Queries, hits and denials by country pair</h2>${matrix}
<h2>Faults</h2>${r.faults.length ? faults : '<p id="faults">none injected</p>'}
<h2 id="guards">Guards</h2>
<p class="note">Guard activations: the responders' hard guards hid ${fmt(g.hiddenRecords)} matching record(s) from answers (counted from their audit logs), and the outgoing guards kept ${fmt(g.notAsked)} question(s) from a protected person's country of nationality or feared country. Violations (a protected person's record disclosed to such a country, checked against ground truth in every audit log): <b class="${g.violations === 0 ? 'ok' : 'bad'}">${g.violations}</b>${g.hiddenRecords + g.notAsked === 0 ? ' — but no guard was exercised in this run, so this says nothing about them' : ''}.</p>
<h2>Details released and withheld</h2>
<p class="note">${fmt(r.details.answers)} details answers, from the responders' audit logs: per field, what was released (form and the rule that allowed it) and what was withheld (the rule or guard behind it).</p>
<table id="details"><tr><th>field</th><th>released: form (rule)</th><th>withheld: rule</th></tr>${detailRows || '<tr><td colspan="3">no details asked</td></tr>'}</table>
<p class="note" id="wrong-details">Details released about a stranger (ground truth says the record released is not the person asked about): ${
    r.matching.wrongDetailsCases.length === 0
      ? '<b class="ok">none</b>.'
      : `<b class="bad">${fmt(r.matching.wrongDetailsCases.length)}</b>, by generated record ids (asked → released, the hit's band): ${r.matching.wrongDetailsCases
          .slice(0, 50)
          .map((c) => `<code>${esc(c.asked)}</code> → <code>${esc(c.released)}</code> (${esc(c.band)})`)
          .join(', ')}${r.matching.wrongDetailsCases.length > 50 ? ', …' : ''}.`
  }</p>
<h2>Misses</h2>
<p class="note">A country holds a record of the person but answered no hit (guarded persons left out). By the scripts of the query's and the held record's first name, and by country pair.</p>
<div class="cols" id="misses">${countTable('query script → held script', r.misses.byScript, 'misses-by-script')}${countTable('requester → responder', r.misses.byPair, 'misses-by-pair')}</div>
<h2>Denials and the policy that explains them</h2>
<p class="note">A denial is the responder's policy at work, not a failure. default-deny (${fmt(defaultDeny)}) counts questions no rule admits: the profiles below admit a purpose only from the groups or countries they name, so, for example, a member outside the Dublin group asking for ASYLUM_RESPONSIBILITY is denied. A rule's id counts questions it would admit with another legal basis.</p>
<div class="cols">${countTable('rule', r.denials, 'denials')}
<table id="policy-groups"><tr><th>country</th><th>groups</th></tr>${groups}</table></div>
<table id="policy-rules"><tr><th>rule</th><th>from</th><th>purposes</th><th>steps</th><th>legal basis must match</th></tr>${rules || '<tr><td colspan="5">no rules</td></tr>'}</table>
<h2>Audit logs</h2><table id="audit"><tr><th>country</th><th>entries</th><th>verification</th><th>co-signed checkpoints</th></tr>${audit}</table>
</body></html>
`
}
