import { createHash, randomBytes } from 'node:crypto'
import type { AuditLog } from '../audit/auditLog.js'
import type { Db } from '../records/database.js'
import { UsageError } from '../util/errors.js'
import { type Caller, ROLES, type Role } from './roles.js'

const TOKEN_PREFIX = 'mrn_'

/**
 * Local API bearer tokens. Only SHA-256 of a token is stored: tokens are 256
 * random bits, so a plain hash is enough (no password stretching needed).
 */
export class TokenStore {
  private readonly stmts
  private readonly db: Db
  private readonly audit: AuditLog | undefined

  /** With `audit`, every token created or revoked is audited in the same transaction (admin_action). */
  constructor(db: Db, audit?: AuditLog) {
    this.db = db
    this.audit = audit
    this.stmts = {
      insert: db.prepare(
        'INSERT INTO api_tokens (token_hash, name, role, pseudonym, created_at_ms) VALUES (?, ?, ?, ?, ?)',
      ),
      byHash: db.prepare('SELECT name, role, pseudonym FROM api_tokens WHERE token_hash = ?'),
      byName: db.prepare('SELECT 1 FROM api_tokens WHERE name = ?').pluck(),
      holder: db.prepare('SELECT role, pseudonym FROM api_tokens WHERE name = ?'),
      list: db.prepare('SELECT name, role, pseudonym, created_at_ms AS createdAtMs FROM api_tokens ORDER BY name'),
      revoke: db.prepare('DELETE FROM api_tokens WHERE name = ?'),
    }
  }

  /** Creates a token for `name`; the token text is returned once and never stored. */
  create(name: string, role: string, nowMs: number): { token: string; caller: Caller } {
    if (!/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
      throw new UsageError(`--name must be 1-64 letters, digits, ".", "_", "@" or "-": got "${name}"`)
    }
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new UsageError(`--role must be one of ${ROLES.join(', ')}: got "${role}"`)
    }
    if (this.stmts.byName.get(name) !== undefined) throw new UsageError(`a token named "${name}" already exists`)
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url')
    const pseudonym = `cw-${randomBytes(6).toString('hex')}`
    this.db
      .transaction(() => {
        this.stmts.insert.run(hashToken(token), name, role, pseudonym, nowMs)
        this.audit?.append({ kind: 'admin_action', action: 'token_created', caseworker: pseudonym, role }, nowMs)
      })
      .immediate()
    return { token, caller: { name, role: role as Role, pseudonym } }
  }

  /** The caller behind a token, or undefined. */
  verify(token: string): Caller | undefined {
    if (!token.startsWith(TOKEN_PREFIX)) return undefined
    return this.stmts.byHash.get(hashToken(token)) as Caller | undefined
  }

  list(): (Caller & { createdAtMs: number })[] {
    return this.stmts.list.all() as (Caller & { createdAtMs: number })[]
  }

  revoke(name: string, nowMs = Date.now()): boolean {
    return this.db
      .transaction(() => {
        const holder = this.stmts.holder.get(name) as { role: string; pseudonym: string } | undefined
        if (holder === undefined) return false
        this.stmts.revoke.run(name)
        this.audit?.append(
          { kind: 'admin_action', action: 'token_revoked', caseworker: holder.pseudonym, role: holder.role },
          nowMs,
        )
        return true
      })
      .immediate()
  }
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}
