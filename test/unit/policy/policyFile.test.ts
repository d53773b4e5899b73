import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPolicy, policySchema } from '../../../src/policy/policyFile.js'

const dir = mkdtempSync(join(tmpdir(), 'mrn-policy-'))
const file = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const rule = (id: string, extra = '') =>
  `  - id: ${id}\n    from: { countries: [ITA] }\n    purposes: [ASYLUM_RESPONSIBILITY]\n${extra}`

const parseRuleText = (legalBasis: string) =>
  policySchema.safeParse({
    version: 1,
    rules: [{ id: 'r', from: { countries: ['ITA'] }, purposes: ['ASYLUM_RESPONSIBILITY'], legalBasis }],
  })

describe('policySchema', () => {
  it.each<[string, unknown, RegExp]>([
    [
      'a form that does not apply to the field',
      { fields: { names: 'year_only' } },
      /form year_only does not apply to names \(allowed: exact, presence, omit\)/,
    ],
    ['an invalid legal-basis pattern', { legalBasis: '(' }, /must be a valid regular expression/],
    ['a lower-case country', { from: { countries: ['ita'] } }, /must be ISO 3166-1 alpha-3/],
    ['no requester at all', { from: {} }, /must name at least one country or group/],
    ['no purpose', { purposes: [] }, /must name at least one purpose/],
    ['an unknown key', { colour: 'red' }, /colour/],
    ['an unknown limit', { limits: { perYear: 3 } }, /perYear/],
  ])('refuses a rule with %s', (_, overrides, message) => {
    const r = policySchema.safeParse({
      version: 1,
      rules: [{ id: 'r', from: { countries: ['ITA'] }, purposes: ['ASYLUM_RESPONSIBILITY'], ...(overrides as object) }],
    })
    expect(r.success).toBe(false)
    expect(JSON.stringify(r.error?.issues)).toMatch(message)
  })

  const parseRule = (overrides: object) =>
    policySchema.safeParse({
      version: 1,
      rules: [{ id: 'r', from: { countries: ['ITA'] }, purposes: ['ASYLUM_RESPONSIBILITY'], ...overrides }],
    })

  it.each<[string, object, RegExp]>([
    ['a country with a prefix', { from: { countries: ['XITA'] } }, /must be ISO 3166-1 alpha-3/],
    ['a country with a suffix', { from: { countries: ['ITAX'] } }, /must be ISO 3166-1 alpha-3/],
    ['a role starting with a digit', { roles: ['1st-line'] }, /must be a lower-case role name/],
    ['a role with a prefix of capitals', { roles: ['Xcaseworker'] }, /must be a lower-case role name/],
    ['a role ending in a capital', { roles: ['caseworkerX'] }, /must be a lower-case role name/],
    ['a role with a digit inside', { roles: ['case9worker'] }, /must be a lower-case role name/],
    ['an id with upper case', { id: 'Rule1' }, /must be lower-case letters, digits/],
    ['an id ending in a capital', { id: 'ruleX' }, /must be lower-case letters, digits/],
    ['an id starting with a dot', { id: '.rule' }, /must be lower-case letters, digits/],
    ['no steps', { steps: [] }, /too_small|>=1/],
    ['a limit of zero', { limits: { perPeerPerDay: 0 } }, /too_small|>=1/],
    ['a fractional limit', { limits: { perCaseworkerPerHour: 1.5 } }, /int/],
    ['a purpose limit of zero', { limits: { perPurposePerDay: 0 } }, /too_small|>=1/],
  ])('refuses a rule with %s', (_, overrides, message) => {
    const r = parseRule(overrides)
    expect(r.success).toBe(false)
    expect(JSON.stringify(r.error?.issues)).toMatch(message)
  })

  it.each<[string, object]>([
    [
      'a one-letter role and an id of digits and dots',
      { roles: ['x', 'case_worker-2nd'.replace(/\d/g, '')], id: '2.1_a-b' },
    ],
    [
      'both steps and limits of one',
      { steps: ['identify', 'details'], limits: { perPeerPerDay: 1, perCaseworkerPerHour: 1, perPurposePerDay: 1 } },
    ],
  ])('accepts a rule with %s', (_, overrides) => {
    const r = parseRule(overrides)
    expect(r.error?.issues).toBeUndefined()
  })

  it.each([
    [0, false],
    [1, true],
    [10, true],
    [11, false],
  ])('maxHitsPerQuery %d is accepted: %s', (n, ok) => {
    expect(policySchema.safeParse({ version: 1, maxHitsPerQuery: n }).success).toBe(ok)
  })

  it('refuses an outgoing role map whose role or purpose is unknown', () => {
    expect(policySchema.safeParse({ version: 1, roles: { Caseworker: ['ASYLUM_RESPONSIBILITY'] } }).success).toBe(false)
    expect(policySchema.safeParse({ version: 1, roles: { caseworker: ['SHOPPING'] } }).success).toBe(false)
    expect(policySchema.safeParse({ version: 1, roles: { caseworker: ['STATISTICS'] } }).success).toBe(true)
  })

  it('refuses the same rule id twice', () => {
    const r = policySchema.safeParse({
      version: 1,
      rules: [
        { id: 'same', from: { countries: ['ITA'] }, purposes: ['ASYLUM_RESPONSIBILITY'] },
        { id: 'same', from: { countries: ['DEU'] }, purposes: ['ASYLUM_RESPONSIBILITY'] },
      ],
    })
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ['rules', 1, 'id'], message: 'rule id is used twice' }),
    ])
  })

  it('fills the defaults a rule and a policy may leave out', () => {
    const p = policySchema.parse({
      version: 1,
      rules: [{ id: 'r', from: { groups: ['g'] }, purposes: ['STATISTICS'] }],
    })
    expect(p).toMatchObject({ include: [], minors: {}, maxHitsPerQuery: 3, confirmPossibleHits: true })
    expect(p.rules[0]).toMatchObject({
      steps: ['identify', 'details'],
      showBand: false,
      fields: {},
      limits: {},
      source: '',
      description: '',
    })
  })
})

describe('loadPolicy()', () => {
  it("adds included profiles' rules after the file's own, and keeps the most restrictive minors form", () => {
    const inc = file(
      'inc.yaml',
      `version: 1\nminors: { names: presence, dateOfBirth: year_only }\nrules:\n${rule('included')}`,
    )
    const main = file(
      'main.yaml',
      `version: 1\ninclude: [${inc}]\nminors: { names: exact, dateOfBirth: age_band }\nrules:\n${rule('own')}`,
    )
    const p = loadPolicy(main)
    expect(p.rules.map((r) => r.id)).toEqual(['own', 'included'])
    expect(p.include).toEqual([])
    expect(p.minors).toEqual({ names: 'presence', dateOfBirth: 'age_band' })
  })

  it('asks confirmation of possible hits if any file leaves it on, and not where every file turns it off', () => {
    const off = file('off.yaml', `version: 1\nconfirmPossibleHits: false\nrules:\n${rule('off-inc')}`)
    const on = file('on.yaml', `version: 1\nrules:\n${rule('on-inc')}`)
    const mainOff = (inc: string, name: string) =>
      loadPolicy(file(name, `version: 1\ninclude: [${inc}]\nconfirmPossibleHits: false\nrules: []\n`))
    expect(mainOff(on, 'main-on.yaml').confirmPossibleHits).toBe(true)
    expect(mainOff(off, 'main-off.yaml').confirmPossibleHits).toBe(false)
    expect(loadPolicy(off).confirmPossibleHits).toBe(false)
    const starter = join(import.meta.dirname, '..', '..', '..', 'config', 'policies', 'starter.yaml')
    expect(loadPolicy(starter).confirmPossibleHits).toBe(true)
    for (const profile of ['dublin-art34', 'family-reunification', 'return-readmission', 'statistics']) {
      const p = loadPolicy(
        file(`with-${profile}.yaml`, `version: 1\ninclude: [${profile}]\nconfirmPossibleHits: false\nrules: []\n`),
      )
      expect([profile, p.confirmPossibleHits]).toEqual([profile, true])
    }
  })

  it('resolves an included file relative to the including one, and a bare name in config/policies/', () => {
    file('rel.yaml', `version: 1\nrules:\n${rule('rel')}`)
    const p = loadPolicy(file('main2.yaml', `version: 1\ninclude: [rel.yaml, statistics]\nrules: []\n`))
    expect(p.rules.map((r) => r.id)).toContain('rel')
    expect(p.rules.length).toBeGreaterThan(1)
  })

  it('refuses a rule id used in two files, naming both', () => {
    const inc = file('dup.yaml', `version: 1\nrules:\n${rule('twice')}`)
    const main = file('main3.yaml', `version: 1\ninclude: [${inc}]\nrules:\n${rule('twice')}`)
    expect(() => loadPolicy(main)).toThrow(/dup\.yaml: rule id "twice" is also used in .*main3\.yaml/)
  })

  it('refuses an included profile that includes others', () => {
    const inner = file('inner.yaml', 'version: 1\nrules: []\n')
    const middle = file('middle.yaml', `version: 1\ninclude: [${inner}]\nrules: []\n`)
    expect(() => loadPolicy(file('outer.yaml', `version: 1\ninclude: [${middle}]\n`))).toThrow(
      /middle\.yaml: an included profile may not include others/,
    )
  })

  it('keeps the minors of the files that have a minors section: an included profile without one changes nothing', () => {
    const inc = file('no-minors.yaml', `version: 1\nrules:\n${rule('plain-profile')}`)
    const p = loadPolicy(
      file('with-minors.yaml', `version: 1\ninclude: [${inc}]\nminors: { names: exact }\nrules:\n${rule('mine')}`),
    )
    expect(p.minors).toEqual({ names: 'exact' })
  })

  it('has no minors limits when no file has a minors section', () => {
    const inc = file('no-minors-2.yaml', `version: 1\nrules:\n${rule('p2')}`)
    const p = loadPolicy(file('none.yaml', `version: 1\ninclude: [${inc}]\nrules:\n${rule('m2')}`))
    expect(p.minors).toEqual({})
  })

  it('reads legal-basis patterns as Unicode, case-insensitive regular expressions', () => {
    expect(parseRuleText('Art\\.\\s*34').success).toBe(true)
    // valid without the u flag, invalid with it: the pattern is read with the flag
    expect(parseRuleText('\\-').success).toBe(false)
  })

  it('leaves a file without includes as it is', () => {
    const p = loadPolicy(file('plain.yaml', `version: 1\nminors: { names: exact }\nrules:\n${rule('only')}`))
    expect(p.minors).toEqual({ names: 'exact' })
    expect(p.rules.map((r) => r.id)).toEqual(['only'])
  })
})
