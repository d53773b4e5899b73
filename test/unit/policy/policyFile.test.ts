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
    expect(p).toMatchObject({ include: [], minors: {}, maxHitsPerQuery: 3 })
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

  it('leaves a file without includes as it is', () => {
    const p = loadPolicy(file('plain.yaml', `version: 1\nminors: { names: exact }\nrules:\n${rule('only')}`))
    expect(p.minors).toEqual({ names: 'exact' })
    expect(p.rules.map((r) => r.id)).toEqual(['only'])
  })
})
