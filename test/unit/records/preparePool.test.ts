import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMatcher } from '../../../src/matching/matcher.js'
import type { Matcher } from '../../../src/matching/types.js'
import { openDatabase } from '../../../src/records/database.js'
import { PREPARE_CHUNK, PreparePool } from '../../../src/records/preparePool.js'
import type { MigrantRecord } from '../../../src/records/schema.js'
import { prepareRow, RecordStore } from '../../../src/records/store.js'
import { makeRecord } from '../../helpers/federation.js'

const matcher = createMatcher()

describe('PreparePool', () => {
  let pool: PreparePool
  let dir: string
  beforeAll(() => {
    pool = new PreparePool(2)
    dir = mkdtempSync(join(tmpdir(), 'mrn-pool-'))
  })
  afterAll(async () => {
    await pool.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('returns the rows this thread would prepare, in input order, over several jobs', async () => {
    const records = Array.from({ length: 2 * PREPARE_CHUNK + 3 }, (_, i) =>
      makeRecord({ id: `R${i}`, dateOfBirth: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}` }),
    )
    const progress: number[] = []
    const rows = await pool.prepareRecords(records, (done, total) => {
      expect(total).toBe(records.length)
      progress.push(done)
    })
    expect(rows).toEqual(records.map((r) => prepareRow(matcher, r)))
    // One report per job as it ends, counting the records done so far.
    expect(progress).toHaveLength(3)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    expect(progress.at(-1)).toBe(records.length)
  })

  it('rejects a job whose records cannot be prepared, and goes on with the next', async () => {
    const broken = { ...makeRecord({ id: 'X' }), names: undefined } as unknown as MigrantRecord
    await expect(pool.prepareRecords([broken])).rejects.toThrow(/^preparing records failed: /)
    expect(await pool.prepareRecords([makeRecord({ id: 'Y' })])).toHaveLength(1)
  })

  it("is used by putManyAsync only for a store whose matcher keys records as the workers' does", async () => {
    const db = openDatabase(join(dir, 'node.db'))
    // A matcher of another version with keys of its own: its records must not get the workers' keys.
    const other: Matcher = { ...matcher, keysVersion: matcher.keysVersion + 1, recordKeys: () => ['own:KEY'] }
    const store = new RecordStore(db, other)
    expect(store.preparesLikeWorkers()).toBe(false)
    await store.putManyAsync([makeRecord({ id: 'A' })], 1, pool)
    expect(db.prepare('SELECT key FROM record_keys').pluck().all()).toEqual(['own:KEY'])
    const standard = new RecordStore(db, matcher)
    expect(standard.preparesLikeWorkers()).toBe(true)
    expect(await standard.putManyAsync([makeRecord({ id: 'B' })], 1, pool)).toEqual({ inserted: 1, updated: 0 })
    expect(standard.candidates(matcher.queryKeys(matcher.prepare(makeRecord({ id: 'B' })))).map((c) => c.id)).toContain(
      'B',
    )
    db.close()
  })

  it('lets putManyAsync write chunk by chunk what putMany writes, and undo it all when a later chunk fails', async () => {
    const records = Array.from({ length: 3 * PREPARE_CHUNK + 5 }, (_, i) =>
      makeRecord({ id: `M${i}`, dateOfBirth: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}` }),
    )
    const contents = (db: ReturnType<typeof openDatabase>) => ({
      records: db.prepare('SELECT id, body, prepared, guard_view, keys FROM records ORDER BY id').all(),
      keys: db.prepare('SELECT key, record_id FROM record_keys ORDER BY key, record_id').all(),
      tokens: db.prepare('SELECT token, count FROM name_tokens ORDER BY token').all(),
      meta: db.prepare('SELECT key, value FROM node_meta ORDER BY key').all(),
    })
    const one = openDatabase(join(dir, 'one.db'))
    const chunked = openDatabase(join(dir, 'chunked.db'))
    new RecordStore(one, matcher).putMany(records, 1)
    const store = new RecordStore(chunked, matcher)
    expect(await store.putManyAsync(records, 1, pool)).toEqual({ inserted: records.length, updated: 0 })
    expect(contents(chunked)).toEqual(contents(one))

    // Three chunks are prepared and written before the fourth fails: nothing of the call stays.
    const before = contents(chunked)
    const again = records.map((r) => ({ ...r, placeOfBirth: 'Kabul' }))
    const broken = [...again, { ...makeRecord({ id: 'X' }), names: undefined } as unknown as MigrantRecord]
    await expect(store.putManyAsync(broken, 2, pool)).rejects.toThrow(/^preparing records failed: /)
    expect(contents(chunked)).toEqual(before)
    // The connection is free again.
    expect(await store.putManyAsync([makeRecord({ id: 'LATER' })], 3, pool)).toEqual({ inserted: 1, updated: 0 })
    one.close()
    chunked.close()
  })

  it('refuses work once closed, and a thread count that is not a positive whole number', async () => {
    const closing = new PreparePool(1)
    await closing.close()
    await expect(closing.prepareRecords([makeRecord({ id: 'Z' })])).rejects.toThrow(/closed/)
    expect(() => new PreparePool(0)).toThrow(/positive integer: got 0/)
    expect(() => new PreparePool(1.5)).toThrow(/positive integer/)
  })
})
