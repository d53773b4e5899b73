import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/records/database.js'
import { GroupCommit } from '../../../src/records/groupCommit.js'

describe('GroupCommit', () => {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'mrn-gc-')), 'node.db'))
  db.exec('CREATE TABLE t (v INTEGER NOT NULL)')
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)')

  it('run() runs work queued together in one transaction before settling any of it', async () => {
    const commit = new GroupCommit(db)
    const events: string[] = []
    const work = (v: number) => () => {
      events.push(`run ${v} in transaction ${db.inTransaction}`)
      return insert.run(v).changes
    }
    await Promise.all([1, 2, 3].map((v) => commit.run(work(v)).then(() => events.push(`done ${v}`))))
    expect(events).toEqual([
      'run 1 in transaction true',
      'run 2 in transaction true',
      'run 3 in transaction true',
      'done 1',
      'done 2',
      'done 3',
    ])
  })

  it('rolls back and rejects only the work that throws', async () => {
    const commit = new GroupCommit(db)
    db.exec('DELETE FROM t')
    const results = await Promise.allSettled([
      commit.run(() => insert.run(1).changes),
      commit.run(() => {
        insert.run(2)
        throw new Error('bad piece')
      }),
      commit.run(() => insert.run(3).changes),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual([1, 3])
  })
})
