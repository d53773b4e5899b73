import { PURPOSES, type Purpose } from '../wire/types.js'

export const ROLES = ['caseworker', 'supervisor', 'auditor', 'operator'] as const
export type Role = (typeof ROLES)[number]

/** Who may call what on the local API. */
export const ROLE_PERMISSIONS: Record<Role, { query: boolean; status: boolean }> = {
  caseworker: { query: true, status: true },
  supervisor: { query: true, status: true },
  auditor: { query: false, status: true },
  operator: { query: false, status: true },
}

/**
 * Outgoing purpose limitation by default: which purposes a role may put on a query.
 * Statistics is a supervisor's task; auditors and operators send no queries.
 * A policy file with a `roles` section replaces this table (docs/policy.md).
 */
export const ROLE_PURPOSES: Record<Role, readonly Purpose[]> = {
  caseworker: PURPOSES.filter((p) => p !== 'STATISTICS'),
  supervisor: PURPOSES,
  auditor: [],
  operator: [],
}

export interface Caller {
  name: string
  role: Role
  /** Sent to peers instead of the name. */
  pseudonym: string
}
