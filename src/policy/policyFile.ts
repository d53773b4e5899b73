import { z } from 'zod'
import { loadYamlFile } from '../util/yamlFile.js'
import { PURPOSES } from '../wire/types.js'

/**
 * policy.yaml, node-core version: default deny, and rules that allow a
 * requester (by country or federation group) and purposes to get identify
 * answers and a list of fields on details. See docs/policy.md.
 * TODO(#4): release forms per field, limits, legal-basis patterns, minors.
 */

export const POLICY_FIELDS = [
  'names',
  'dateOfBirth',
  'placeOfBirth',
  'sex',
  'nationalities',
  'documents',
  'status',
] as const

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "_" or "-"'),
    description: z.string().default(''),
    from: z
      .object({
        countries: z.array(z.string().regex(/^[A-Z]{3}$/, 'must be ISO 3166-1 alpha-3')).default([]),
        groups: z.array(z.string()).default([]),
      })
      .refine((f) => f.countries.length + f.groups.length > 0, 'must name at least one country or group'),
    purposes: z.array(z.enum(PURPOSES)).min(1, 'must name at least one purpose'),
    /** May this rule answer identify queries (hit / no-hit)? */
    identify: z.boolean().default(true),
    /** Reveal the match band (strong/possible) with a hit. */
    showBand: z.boolean().default(false),
    /** Fields released on details, exactly as recorded. */
    details: z.array(z.enum(POLICY_FIELDS)).default([]),
  })
  .strict()

export const policySchema = z
  .object({
    version: z.literal(1),
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
export type PolicyRule = Policy['rules'][number]
export type PolicyField = (typeof POLICY_FIELDS)[number]

export function loadPolicy(path: string): Policy {
  return loadYamlFile(path, policySchema)
}
