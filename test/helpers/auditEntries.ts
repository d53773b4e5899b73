import type { AuditEntry } from '../../src/audit/auditLog.js'

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
