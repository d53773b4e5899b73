import { describe, expect, it } from 'vitest'
import { decideOutgoing, type ProtectionFacts } from '../../../src/policy/outgoingGuard.js'

const fact = (overrides: Partial<ProtectionFacts>): ProtectionFacts => ({
  source: 'record',
  nationalities: ['SYR'],
  fearedCountries: [],
  protectionClaim: true,
  granted: false,
  finalRejection: false,
  ...overrides,
})
const caseworker = { purpose: 'ASYLUM_RESPONSIBILITY', role: 'caseworker' }
const returnBySupervisor = { purpose: 'RETURN_READMISSION', role: 'supervisor' }

describe('decideOutgoing()', () => {
  it.each([
    ['a record with a claim guards its nationalities', [fact({})], ['SYR']],
    [
      'and its feared countries',
      [fact({ nationalities: ['LBN'], fearedCountries: ['SYR', 'IRN'] })],
      ['LBN', 'SYR', 'IRN'],
    ],
    ['a declared claim guards what the query gives', [fact({ source: 'query', nationalities: ['ERI'] })], ['ERI']],
    ['no claim guards nothing', [fact({ protectionClaim: false })], []],
    ['no facts guard nothing', [], []],
    [
      'facts from query and record add up',
      [fact({ source: 'query', fearedCountries: ['AFG'], nationalities: [] }), fact({})],
      ['AFG', 'SYR'],
    ],
  ] as const)('%s', (_, facts, countries) => {
    const d = decideOutgoing(facts, caseworker)
    expect([...d.guarded.keys()]).toEqual(countries)
    for (const g of d.guarded.values()) expect(g.guard).toBe('guard:non-refoulement')
    expect(d.exception).toBe(false)
  })

  it('names where each guarded country came from', () => {
    const d = decideOutgoing([fact({ source: 'query' }), fact({ fearedCountries: ['IRN'] })], caseworker)
    expect(d.guarded.get('SYR')?.sources).toEqual(['query', 'record'])
    expect(d.guarded.get('IRN')?.sources).toEqual(['record'])
  })

  it.each([
    [
      'applies to a supervisor returning after a final rejection recorded here',
      [fact({ finalRejection: true })],
      returnBySupervisor,
      true,
    ],
    [
      'needs the purpose RETURN_READMISSION',
      [fact({ finalRejection: true })],
      { ...returnBySupervisor, purpose: 'BORDER_CHECK' },
      false,
    ],
    ['needs a supervisor', [fact({ finalRejection: true })], { ...returnBySupervisor, role: 'caseworker' }, false],
    ["needs the rejection in this node's own record", [fact({ source: 'query' })], returnBySupervisor, false],
    [
      'needs every record with a claim finally rejected',
      [fact({ finalRejection: true }), fact({})],
      returnBySupervisor,
      false,
    ],
    [
      'does not apply when protection is granted anywhere',
      [fact({ finalRejection: true }), fact({ source: 'query', granted: true })],
      returnBySupervisor,
      false,
    ],
    [
      'accepts a declared application beside the recorded rejection',
      [fact({ finalRejection: true }), fact({ source: 'query' })],
      returnBySupervisor,
      true,
    ],
    [
      'has nothing to lift when nothing is guarded',
      [fact({ protectionClaim: false, finalRejection: true })],
      returnBySupervisor,
      false,
    ],
  ] as const)('the return exception %s', (_, facts, ctx, exception) => {
    expect(decideOutgoing(facts, ctx).exception).toBe(exception)
  })
})
