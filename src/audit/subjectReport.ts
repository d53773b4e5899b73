import type { AuditLog } from './auditLog.js'
import { decodeAuditEntry } from './auditLog.js'

export interface SubjectAccessRow {
  index: number
  at: string
  requester: string
  purpose: string
  legalBasis: string
  step: string
  status: string
  caseworker: string
  /** What left the node about this person: field and form. */
  released: { field: string; form: string; ruleId: string }[]
  withheld: { field: string; ruleId: string }[]
  /** A hard guard that hid the record from this requester. */
  guard?: string
}

/**
 * The data subject's access report: every query that touched this record,
 * by whom, when, for what purpose and legal basis, and what was released or
 * withheld. Built from the audit log alone.
 */
export function subjectReport(log: AuditLog, recordId: string): SubjectAccessRow[] {
  const rows: SubjectAccessRow[] = []
  for (const { index, data } of log.iterateKind('query_received')) {
    const { atMs, entry } = decodeAuditEntry(data)
    if (entry.kind !== 'query_received') continue
    const guard = (entry.guards ?? []).find((g) => g.recordId === recordId)
    if (!(entry.recordIds ?? []).includes(recordId) && guard === undefined) continue
    rows.push({
      index,
      at: new Date(atMs).toISOString(),
      requester: entry.requester,
      purpose: entry.purpose,
      legalBasis: entry.legalBasis ?? '',
      step: entry.step,
      status: entry.status,
      caseworker: entry.caseworker,
      released: guard ? [] : (entry.released ?? []),
      withheld: guard ? [] : (entry.withheld ?? []),
      ...(guard ? { guard: guard.guard } : {}),
    })
  }
  return rows
}
