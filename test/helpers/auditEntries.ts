import type { AuditEntry } from '../../src/audit/auditLog.js'
import type { Db } from '../../src/records/database.js'

/** An answer (query_received) audit entry with every required field, `over` replacing some. */
export function answerEntry(over: Partial<Extract<AuditEntry, { kind: 'query_received' }>> = {}): AuditEntry {
  return {
    kind: 'query_received',
    requestId: 'r',
    requester: 'ITA',
    purpose: 'P',
    legalBasis: 'L',
    caseReferenceHash: 'h',
    caseworker: 'w',
    role: 'caseworker',
    step: 'identify',
    status: 'NO_HIT',
    released: [],
    withheld: [],
    queryHash: 'q',
    responseDigest: 'd',
    ...over,
  }
}

/** Lifts the append-only triggers of the log's entries and hashes, so that a test can tamper with them. */
export function dropLogTriggers(db: Db): void {
  for (const t of [
    'audit_entries_no_update',
    'audit_entries_no_delete',
    'audit_hashes_no_update',
    'audit_hashes_no_delete',
  ])
    db.exec(`DROP TRIGGER ${t}`)
}
