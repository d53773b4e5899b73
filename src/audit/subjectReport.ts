import type { AuditLog } from './auditLog.js'

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

/** Entries whose local decisions could not be opened (a missing or altered opening; audit verify names them). */
export interface SubjectReport {
  rows: SubjectAccessRow[]
  unopened: number[]
}

/**
 * The data subject's access report: every query that touched this record,
 * by whom, when, for what purpose and legal basis, and what was released or
 * withheld, or which guard hid it. Built on site from the audit log and the
 * openings of its commitments (the record ids are in those, not in the leaves).
 */
export function subjectReport(log: AuditLog, recordId: string): SubjectReport {
  const rows: SubjectAccessRow[] = []
  const unopened: number[] = []
  for (const { index, data } of log.iterateKind('query_received')) {
    const { atMs, entry } = log.entry(index, data)
    // Stryker disable next-line all: iterateKind already chose the kind; this narrows the type
    if (entry.kind !== 'query_received') continue
    if (entry.local === undefined) {
      unopened.push(index)
      continue
    }
    const guard = entry.local.guards.find((g) => g.recordId === recordId)
    if (!entry.local.recordIds.includes(recordId) && guard === undefined) continue
    rows.push({
      index,
      at: new Date(atMs).toISOString(),
      requester: entry.requester,
      purpose: entry.purpose,
      legalBasis: entry.legalBasis ?? '',
      step: entry.step,
      status: entry.status,
      caseworker: entry.caseworker,
      // Stryker disable next-line ArrayDeclaration: a decoded answer always has both lists (REQUIRED_ARRAYS)
      released: guard ? [] : (entry.released ?? []),
      // Stryker disable next-line ArrayDeclaration: as above
      withheld: guard ? [] : (entry.withheld ?? []),
      ...(guard ? { guard: guard.guard } : {}),
    })
  }
  return { rows, unopened }
}
