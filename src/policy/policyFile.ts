import { createHash } from 'node:crypto'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { UsageError } from '../util/errors.js'
import { projectRoot } from '../util/projectRoot.js'
import { loadYamlFile } from '../util/yamlFile.js'
import { PURPOSES, RELEASE_FORMS, type ReleaseForm } from '../wire/types.js'
import { FORMS_FOR_FIELD, mostRestrictive, POLICY_FIELDS, type PolicyField } from './forms.js'

/**
 * policy.yaml: default deny; rules select requesters, purposes, roles and
 * steps, and give each field a release form. docs/policy.md explains every
 * key; config/policies/ holds profiles.
 */

const country = z.string().regex(/^[A-Z]{3}$/, 'must be ISO 3166-1 alpha-3')
const purpose = z.enum(PURPOSES)
const role = z.string().regex(/^[a-z][a-z_-]*$/, 'must be a lower-case role name')

const fieldForms = z.partialRecord(z.enum(POLICY_FIELDS), z.enum(RELEASE_FORMS)).superRefine((forms, ctx) => {
  for (const [field, form] of Object.entries(forms)) {
    if (!FORMS_FOR_FIELD[field as PolicyField].includes(form)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `form ${form} does not apply to ${field} (allowed: ${FORMS_FOR_FIELD[field as PolicyField].join(', ')})`,
      })
    }
  }
})

/** Legal-basis patterns match case-insensitively. */
export const LEGAL_BASIS_FLAGS = 'iu'

const pattern = z.string().refine((p) => {
  try {
    new RegExp(p, LEGAL_BASIS_FLAGS)
    return true
  } catch {
    return false
  }
}, 'must be a valid regular expression')

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "_" or "-"'),
    description: z.string().default(''),
    /** Where the rule comes from (regulation, agreement); shown by `mrn policy explain`. */
    source: z.string().default(''),
    from: z
      .object({ countries: z.array(country).default([]), groups: z.array(z.string()).default([]) })
      .refine((f) => f.countries.length + f.groups.length > 0, 'must name at least one country or group'),
    purposes: z.array(purpose).min(1, 'must name at least one purpose'),
    /** Requesting caseworker roles; absent means any role. */
    roles: z.array(role).optional(),
    steps: z
      .array(z.enum(['identify', 'details']))
      .min(1)
      .default(['identify', 'details']),
    /** The request's legal basis must match this regular expression (case-insensitive). */
    legalBasis: pattern.optional(),
    /** Reveal the match band (strong/possible) with an identify hit. */
    showBand: z.boolean().default(false),
    /** Release form per field on details; fields not listed are omitted. */
    fields: fieldForms.default({}),
    limits: z
      .object({
        perPeerPerDay: z.number().int().min(1),
        perCaseworkerPerHour: z.number().int().min(1),
        perPurposePerDay: z.number().int().min(1),
      })
      .partial()
      .strict()
      .default({}),
  })
  .strict()

export const policySchema = z
  .object({
    version: z.literal(1),
    /** Profiles whose rules this policy adds: names in config/policies/, or paths relative to this file. */
    include: z.array(z.string().min(1)).default([]),
    /** Outgoing purpose limitation: the purposes each local role may put on a query. */
    roles: z.record(role, z.array(purpose)).optional(),
    /** The most any rule may release about a person under 18 at the query date; unlisted fields are omitted. */
    minors: fieldForms.default({}),
    /**
     * Most hits one identify answer carries. Hits are also limited to one
     * identity (the best match and the records consistent with it), so a
     * query listing several people cannot harvest them.
     */
    maxHitsPerQuery: z.number().int().min(1).max(10).default(3),
    /**
     * Details behind a `possible` hit (candidates the matcher could not tell
     * apart) are released only when the details request carries a document
     * number or a full date of birth that agrees with the record; a wrong one
     * spends the handle. On unless a policy turns it off.
     */
    confirmPossibleHits: z.boolean().default(true),
    rules: z.array(ruleSchema).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const ids = new Set<string>()
    p.rules.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: 'rule id is used twice' })
      ids.add(r.id)
    })
  })

export type Policy = z.infer<typeof policySchema>

/** SHA-256 (base64) of a resolved policy: what the audit log records of each policy the node enforced. */
export function policyDigest(policy: Policy): string {
  return createHash('sha256').update(JSON.stringify(policy)).digest('base64')
}
export type PolicyRule = Policy['rules'][number]
export type { PolicyField }
export { POLICY_FIELDS }

/**
 * Loads a policy file and the profiles it includes. Included rules are added
 * after the file's own (ids must stay unique); for minors, each field gets the
 * most restrictive form any file with a minors section gives it (a file's
 * unlisted field counts as omitted); confirmPossibleHits is on if any file
 * leaves it on; roles and maxHitsPerQuery come from the including file.
 */
export function loadPolicy(path: string): Policy {
  const main = loadYamlFile(path, policySchema)
  if (main.include.length === 0) return main
  const files: { path: string; policy: Policy }[] = [{ path, policy: main }]
  for (const name of main.include) {
    const includePath =
      name.includes('/') || name.endsWith('.yaml')
        ? resolve(dirname(path), name)
        : join(projectRoot(), 'config', 'policies', `${name}.yaml`)
    const included = loadYamlFile(includePath, policySchema)
    if (included.include.length > 0) throw new UsageError(`${includePath}: an included profile may not include others`)
    files.push({ path: includePath, policy: included })
  }
  const seen = new Map<string, string>()
  const rules: PolicyRule[] = []
  for (const f of files) {
    for (const r of f.policy.rules) {
      const other = seen.get(r.id)
      if (other !== undefined) throw new UsageError(`${f.path}: rule id "${r.id}" is also used in ${other}`)
      seen.set(r.id, f.path)
      rules.push(r)
    }
  }
  const withMinors = files.filter((f) => Object.keys(f.policy.minors).length > 0)
  const minors: Policy['minors'] = {}
  if (withMinors.length > 0) {
    for (const field of POLICY_FIELDS) {
      let form: ReleaseForm = 'exact'
      for (const f of withMinors) form = mostRestrictive(form, f.policy.minors[field] ?? 'omit')
      if (form !== 'omit') minors[field] = form
    }
  }
  const confirmPossibleHits = files.some((f) => f.policy.confirmPossibleHits)
  return { ...main, include: [], minors, confirmPossibleHits, rules }
}
