import {
  decideFields,
  decideStep,
  type FieldDecision,
  guardRecord,
  type PolicyRecord,
  type RequestContext,
} from './decide.js'
import type { Policy } from './policyFile.js'

export interface PolicyExplanation {
  step: { allowed: boolean; rules: string[]; reason?: string; showBand?: boolean }
  /** The hard guard that hides this record from the requester, if any. */
  guard?: string
  /** Per field, for the details step (empty when the step or a guard refuses). */
  fields: FieldDecision[]
}

/**
 * What policy would decide for one request and one record, without sending
 * anything: the same functions the query path calls, in the same order.
 */
export function explainDecision(
  policy: Policy,
  ctx: RequestContext,
  record: PolicyRecord,
  nowMs: number,
  fields: readonly string[] = [],
): PolicyExplanation {
  const step = decideStep(policy, ctx)
  if (!step.allowed) return { step: { allowed: false, rules: [step.ruleId], reason: step.reason }, fields: [] }
  const out: PolicyExplanation = {
    step: { allowed: true, rules: step.rules.map((r) => r.id), showBand: step.showBand },
    fields: [],
  }
  const guard = guardRecord(record, ctx, nowMs)
  if (guard !== undefined) {
    out.guard = guard
    return out
  }
  if (ctx.step === 'details') out.fields = decideFields(policy, step, record, fields, nowMs)
  return out
}
