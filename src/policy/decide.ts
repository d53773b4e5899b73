import type { ReleaseForm } from '../wire/types.js'
import { FORM_RANK, mostRestrictive, POLICY_FIELDS, type PolicyField } from './forms.js'
import { LEGAL_BASIS_FLAGS, type Policy, type PolicyRule } from './policyFile.js'

/** Rule id reported for anything no rule allowed. */
export const DEFAULT_DENY = 'default-deny'

/** Guard ids; guards run before rules and no rule overrides them. */
export const GUARD = {
  nonRefoulement: 'guard:non-refoulement',
  retention: 'guard:retention',
  restriction: 'guard:restriction',
  consent: 'guard:consent',
  minor: 'guard:minor',
} as const

export interface RequestContext {
  requesterCountry: string
  requesterGroups: readonly string[]
  purpose: string
  /** The requesting caseworker's role. */
  role: string
  legalBasis: string
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
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dateOfBirth?: string | undefined
}

export type StepDecision =
  | { allowed: false; ruleId: string; reason: string; denial: 'policy' | 'legal_basis' }
  | { allowed: true; rules: readonly PolicyRule[]; showBand: boolean }

const compiled = new WeakMap<PolicyRule, RegExp>()

function legalBasisMatches(rule: PolicyRule, legalBasis: string): boolean {
  if (rule.legalBasis === undefined) return true
  let re = compiled.get(rule)
  if (re === undefined) {
    re = new RegExp(rule.legalBasis, LEGAL_BASIS_FLAGS)
    compiled.set(rule, re)
  }
  return re.test(legalBasis)
}

/**
 * May this requester use this purpose, role and step at all? Default deny:
 * only rules that select the requester (country or group), the purpose, the
 * role and the step apply, and of those only the ones whose legal-basis
 * pattern the request meets.
 */
export function decideStep(policy: Policy, ctx: RequestContext): StepDecision {
  const selected = policy.rules.filter(
    (r) =>
      r.purposes.includes(ctx.purpose as PolicyRule['purposes'][number]) &&
      r.steps.includes(ctx.step) &&
      (r.roles === undefined || r.roles.includes(ctx.role)) &&
      (r.from.countries.includes(ctx.requesterCountry) || r.from.groups.some((g) => ctx.requesterGroups.includes(g))),
  )
  if (selected.length === 0) {
    return { allowed: false, ruleId: DEFAULT_DENY, reason: 'no rule selects this request', denial: 'policy' }
  }
  const rules = selected.filter((r) => legalBasisMatches(r, ctx.legalBasis))
  if (rules.length === 0) {
    const first = selected[0] as PolicyRule
    return { allowed: false, ruleId: first.id, reason: 'legal basis does not match the rule', denial: 'legal_basis' }
  }
  return { allowed: true, rules, showBand: rules.every((r) => r.showBand) }
}

/**
 * The hard guards for one record, before any rule: the guard that hides the
 * record from this request, or undefined. A hidden record is answered
 * exactly as no record at all.
 */
export function guardRecord(record: PolicyRecord, ctx: RequestContext, nowMs: number): string | undefined {
  if (
    record.protectionClaim &&
    (record.nationalities.includes(ctx.requesterCountry) || record.fearedCountries.includes(ctx.requesterCountry))
  ) {
    return GUARD.nonRefoulement
  }
  if (record.retentionUntil !== undefined && record.retentionUntil < isoDay(nowMs)) return GUARD.retention
  if (record.restrictions.length > 0) return GUARD.restriction
  if (record.consentScopes !== undefined && !record.consentScopes.includes(ctx.purpose)) return GUARD.consent
  return undefined
}

/**
 * Could the person be under 18 at `nowMs`? A partial date counts from its
 * latest possible day, so that an unknown day never turns a minor into an
 * adult; no date at all is treated as an adult's (nothing suggests a minor).
 */
export function mayBeMinor(dateOfBirth: string | undefined, nowMs: number): boolean {
  if (!dateOfBirth) return false
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number | undefined, number | undefined]
  const month = m ?? 12
  const day = d ?? new Date(Date.UTC(y, month, 0)).getUTCDate()
  const eighteenth = Date.UTC(y + 18, month - 1, day)
  return nowMs < eighteenth
}

export interface FieldDecision {
  field: string
  form: ReleaseForm
  /** The rule or guard that decided the form; for an exact release, a rule that allowed it. */
  decidedBy: string
}

/**
 * The release form of each requested field (all fields when none are named):
 * across the applicable rules the most restrictive form wins (a rule that
 * does not list a field omits it); then the minors section caps the result
 * for a person who may be under 18. Unknown field names are omitted by
 * default deny.
 */
export function decideFields(
  policy: Policy,
  decision: Extract<StepDecision, { allowed: true }>,
  record: PolicyRecord,
  requested: readonly string[],
  nowMs: number,
): FieldDecision[] {
  const wanted = requested.length > 0 ? requested : POLICY_FIELDS
  const minor = mayBeMinor(record.dateOfBirth, nowMs)
  return wanted.map((field) => {
    if (!(POLICY_FIELDS as readonly string[]).includes(field)) return { field, form: 'omit', decidedBy: DEFAULT_DENY }
    let form: ReleaseForm = 'exact'
    let decidedBy = DEFAULT_DENY
    let listed = false
    for (const rule of decision.rules) {
      const ruleForm = rule.fields[field as PolicyField] ?? 'omit'
      if (rule.fields[field as PolicyField] !== undefined) listed = true
      const next = mostRestrictive(form, ruleForm)
      if (next !== form || decidedBy === DEFAULT_DENY) {
        form = next
        decidedBy = rule.id
      }
    }
    if (!listed) return { field, form: 'omit', decidedBy: DEFAULT_DENY }
    if (minor) {
      const cap = policy.minors[field as PolicyField] ?? 'omit'
      if (FORM_RANK[cap] > FORM_RANK[form]) return { field, form: cap, decidedBy: GUARD.minor }
    }
    return { field, form, decidedBy }
  })
}

function isoDay(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 10)
}
