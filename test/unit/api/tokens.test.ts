import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { TokenStore } from '../../../src/api/tokens.js'
import { AuditLog, decodeAuditEntry } from '../../../src/audit/auditLog.js'
import { type Db, openDatabase } from '../../../src/records/database.js'

describe('TokenStore with an audit log', () => {
  let db: Db
  let audit: AuditLog
  let tokens: TokenStore
  beforeEach(() => {
    db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mrn-tokens-')), 'node.db'))
    audit = new AuditLog(db, new Uint8Array(32))
    tokens = new TokenStore(db, audit)
  })
  const leaves = () => audit.list().map((r) => decodeAuditEntry(audit.leafData(r.index)))

  it('audits a token created and revoked, naming its holder by pseudonym and role, never by name', () => {
    const { token, caller } = tokens.create('alice.smith', 'supervisor', 1_000)
    expect(tokens.verify(token)).toEqual(caller)
    expect(tokens.revoke('alice.smith', 2_000)).toBe(true)
    expect(tokens.verify(token)).toBeUndefined()
    expect(leaves()).toEqual([
      {
        atMs: 1_000,
        entry: { kind: 'admin_action', action: 'token_created', caseworker: caller.pseudonym, role: 'supervisor' },
      },
      {
        atMs: 2_000,
        entry: { kind: 'admin_action', action: 'token_revoked', caseworker: caller.pseudonym, role: 'supervisor' },
      },
    ])
    expect(JSON.stringify(audit.list())).not.toContain('alice')
  })

  it('audits nothing for a token it did not create or revoke', () => {
    expect(tokens.revoke('nobody')).toBe(false)
    expect(() => tokens.create('bad name', 'caseworker', 1)).toThrow(/--name/)
    tokens.create('bob', 'caseworker', 1)
    expect(() => tokens.create('bob', 'caseworker', 2)).toThrow(/already exists/)
    expect(leaves().map((l) => l.entry.kind === 'admin_action' && l.entry.action)).toEqual(['token_created'])
  })

  it('keeps no token whose audit entry could not be written: both or neither', () => {
    const failing = new TokenStore(db, {
      append: () => {
        throw new Error('disk full')
      },
    } as unknown as AuditLog)
    expect(() => failing.create('carol', 'caseworker', 1)).toThrow('disk full')
    expect(tokens.list()).toEqual([])
    tokens.create('dave', 'caseworker', 1)
    expect(() => failing.revoke('dave')).toThrow('disk full')
    expect(tokens.list().map((t) => t.name)).toEqual(['dave'])
  })
})
