import { join } from 'node:path'
import { decideFields, decideStep, guardRecord, type RequestContext } from '../src/policy/decide.js'
import { POLICY_FIELDS, type PolicyField } from '../src/policy/forms.js'
import { loadPolicy } from '../src/policy/policyFile.js'
import { releaseField } from '../src/records/minimize.js'
import { hasProtectionClaim, type MigrantRecord } from '../src/records/schema.js'
import { generatePopulation } from '../src/sim/generator.js'
import { projectRoot } from '../src/util/projectRoot.js'
import { round } from './stats.js'

const BATCH = 1000
const BATCHES = 300

/**
 * npm run bench -- policy: decision plus minimization per record (the shipped
 * Dublin III Art. 34 profile, guards, minors, per-field forms) beside a
 * baseline that copies every field of the record unfiltered, same process.
 */
export async function benchPolicy(): Promise<void> {
  const policy = loadPolicy(join(projectRoot(), 'config', 'policies', 'dublin-art34.yaml'))
  const records = generatePopulation({ countries: ['ITA'], recordsPerCountry: BATCH, overlap: 0, seed: 5 }).records
    .ITA as MigrantRecord[]
  const views = records.map((r) => ({ ...r, protectionClaim: hasProtectionClaim(r) }))
  const ctx: RequestContext = {
    requesterCountry: 'GRC',
    requesterGroups: ['dublin'],
    purpose: 'ASYLUM_RESPONSIBILITY',
    role: 'caseworker',
    legalBasis: 'Regulation (EU) No 604/2013, Art. 34',
    step: 'details',
  }
  const now = Date.now()
  let sink = 0
  const decided = (): void => {
    for (let i = 0; i < BATCH; i++) {
      const step = decideStep(policy, ctx)
      if (!step.allowed || guardRecord(views[i]!, ctx, now) !== undefined) continue
      for (const d of decideFields(policy, step, views[i]!, [], now)) {
        if (d.form !== 'omit' && releaseField(records[i]!, d.field as PolicyField, d.form, d.decidedBy, now)) sink++
      }
    }
  }
  const unfiltered = (): void => {
    for (let i = 0; i < BATCH; i++)
      for (const f of POLICY_FIELDS) if (releaseField(records[i]!, f, 'exact', '', now)) sink++
  }
  const perRecordUs = (fn: () => void): number[] => {
    const out: number[] = []
    for (let b = 0; b < BATCHES; b++) {
      const t = performance.now()
      fn()
      out.push(((performance.now() - t) * 1000) / BATCH)
    }
    return out.sort((x, y) => x - y)
  }
  for (let w = 0; w < 20; w++) {
    decided()
    unfiltered()
  }
  const a: number[] = []
  const b: number[] = []
  // Alternate, so machine noise hits both alike.
  for (let r = 0; r < 3; r++) {
    a.push(...perRecordUs(decided))
    b.push(...perRecordUs(unfiltered))
  }
  a.sort((x, y) => x - y)
  b.sort((x, y) => x - y)
  const med = (xs: number[]): number => xs[Math.floor(xs.length / 2)] as number
  const p99 = (xs: number[]): number => xs[Math.floor(xs.length * 0.99)] as number
  process.stdout.write(
    [
      `policy: ${BATCHES * 3} batches of ${BATCH} records, per record (${sink > 0 ? 'results used' : ''})`,
      '',
      '| path | median µs | p99 µs | ratio to baseline |',
      '| --- | --- | --- | --- |',
      `| decision + minimization (dublin-art34) | ${round(med(a), 3)} | ${round(p99(a), 3)} | ${round(med(a) / med(b), 2)}x |`,
      `| baseline: copy every field unfiltered | ${round(med(b), 3)} | ${round(p99(b), 3)} | 1x |`,
      '',
    ].join('\n'),
  )
}
