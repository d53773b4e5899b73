import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { busyDatabaseError, openDatabase } from '../../../src/records/database.js'

describe('busyDatabaseError', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mrn-busy-'))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("turns a write refused for another connection's lock into an error saying what to do", () => {
    const path = join(dir, 'node.db')
    const holder = openDatabase(path)
    const waiter = openDatabase(path)
    // Not the 30 s a node waits: the refusal, at once.
    waiter.pragma('busy_timeout = 0')
    holder.exec('BEGIN IMMEDIATE')
    let refused: unknown
    try {
      waiter.exec('BEGIN IMMEDIATE')
    } catch (err) {
      refused = err
    }
    holder.exec('ROLLBACK')
    holder.close()
    waiter.close()
    expect(refused).toBeDefined()
    expect(busyDatabaseError(refused)?.message).toMatch(
      /^node\.db is busy: another process has held its write lock for more than 30 s .*try again when it has finished$/,
    )
    expect(busyDatabaseError(new Error('disk I/O error'))).toBeUndefined()
    expect(busyDatabaseError(undefined)).toBeUndefined()
  })
})
