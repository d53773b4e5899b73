import type { Policy, PolicyField, PolicyRule } from './policyFile.js'
import { POLICY_FIELDS } from './policyFile.js'

/** Rule id reported for anything no rule allowed. */
export const DEFAULT_DENY = 'default-deny'

/** Guard ids; guards run before rules and no rule overrides them. */
export const GUARD = {
  nonRefoulement: 'guard:non-refoulement',
  retention: 'guard:retention',
  restriction: 'guard:restriction',
  consent: 'guard:consent',
} as const

export interface RequestContext {
  requesterCountry: string
  requesterGroups: readonly string[]
  purpose: string
  step: 'identify' | 'details'
}

/** What policy needs of a record: structural, so policy/ imports nothing from records/. */
export interface PolicyRecord {
  nationalities: readonly string[]
  fearedCountries: readonly string[]
  /** Applied for or holds international protection. */
  protectionClaim: boolean
  /** YYYY-MM-DD or undefined. */
  retentionUntil?: string | undefined
  restrictions: readonly string[]
  consentScopes?: readonly string[] | undefined
}

export type StepDecision =
  | { allowed: false; ruleId: typeof DEFAULT_DENY }
  | { allowed: true; rules: readonly PolicyRule[]; showBand: boolean; fields: ReadonlyMap<PolicyField, string> }

/**
 * May this requester use this purpose for this step at all? Default deny:
 * allowed only if some rule selects the requester (country or group) and
 * purpose, and for identify, has `identify: true`.
 */
export function decideStep(policy: Policy, ctx: RequestContext): StepDecision {
  const rules = policy.rules.filter(
    (r) =>
      r.purposes.includes(ctx.purpose as PolicyRule['purposes'][number]) &&
      (r.from.countries.includes(ctx.requesterCountry) || r.from.groups.some((g) => ctx.requesterGroups.includes(g))),
  )
  const usable = ctx.step === 'identify' ? rules.filter((r) => r.identify) : rules.filter((r) => r.details.length > 0)
  if (usable.length === 0) return { allowed: false, ruleId: DEFAULT_DENY }
  const fields = new Map<PolicyField, string>()
  for (const r of usable) for (const f of r.details) if (!fields.has(f)) fields.set(f, r.id)
  return { allowed: true, rules: usable, showBand: usable.some((r) => r.showBand), fields }
}

/**
 * The hard guards for one record, before any rule: returns the guard that
 * hides the record from this requester, or undefined. A hidden record is
 * answered exactly like no record at all.
 */
export function guardRecord(record: PolicyRecord, ctx: RequestContext, today: string): string | undefined {
  if (
    record.protectionClaim &&
    (record.nationalities.includes(ctx.requesterCountry) || record.fearedCountries.includes(ctx.requesterCountry))
  ) {
    return GUARD.nonRefoulement
  }
  if (record.retentionUntil !== undefined && record.retentionUntil < today) return GUARD.retention
  if (record.restrictions.length > 0) return GUARD.restriction
  if (record.consentScopes !== undefined && !record.consentScopes.includes(ctx.purpose)) return GUARD.consent
  return undefined
}

/** For details: each requested field (or all disclosable ones) released by a rule, or withheld by default deny. */
export function decideFields(
  decision: Extract<StepDecision, { allowed: true }>,
  requested: readonly string[],
): { release: { field: PolicyField; ruleId: string }[]; withhold: { field: string; ruleId: string }[] } {
  const wanted = requested.length > 0 ? requested : POLICY_FIELDS
  const release: { field: PolicyField; ruleId: string }[] = []
  const withhold: { field: string; ruleId: string }[] = []
  for (const field of wanted) {
    const ruleId = decision.fields.get(field as PolicyField)
    if (ruleId === undefined) withhold.push({ field, ruleId: DEFAULT_DENY })
    else release.push({ field: field as PolicyField, ruleId })
  }
  return { release, withhold }
}
