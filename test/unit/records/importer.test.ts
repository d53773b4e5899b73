import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { createMatcher } from '../../../src/matching/matcher.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { firstInvalidUtf8, importRecordsFile, parseRecordLine } from '../../../src/records/importer.js'
import { PREPARE_CHUNK, PreparePool } from '../../../src/records/preparePool.js'
import type { MigrantRecord } from '../../../src/records/schema.js'
import { RecordStore } from '../../../src/records/store.js'
import { generatePopulation } from '../../../src/sim/generator.js'
import { makeRecord } from '../../helpers/federation.js'

const dir = mkdtempSync(join(tmpdir(), 'mrn-import-'))

function freshStore(): RecordStore {
  return new RecordStore(openDatabase(join(dir, `${Math.random().toString(36).slice(2)}.db`)), createMatcher())
}

describe('importRecordsFile', () => {
  it('imports every line and maintains blocking keys', async () => {
    const store = freshStore()
    const path = join(dir, 'ok.jsonl')
    writeFileSync(
      path,
      `${JSON.stringify(makeRecord({ id: 'A' }))}\n\n${JSON.stringify(makeRecord({ id: 'B', documents: [] }))}\n`,
    )
    expect(await importRecordsFile(path, store, 0)).toEqual({ lines: 2, inserted: 2, updated: 0 })
    expect(store.candidates(['d:N0123456']).map((r) => r.id)).toEqual(['A'])
    expect(await importRecordsFile(path, store, 1)).toEqual({ lines: 2, inserted: 0, updated: 2 })
  })

  it('reports its progress: lines read, then records prepared and written, each up to the total', async () => {
    const store = freshStore()
    const path = join(dir, 'progress.jsonl')
    writeFileSync(
      path,
      `${Array.from({ length: 12_000 }, (_, i) => JSON.stringify(makeRecord({ id: `P${i}` }))).join('\n')}\n`,
    )
    const seen: string[] = []
    await importRecordsFile(path, store, 0, (p) => seen.push(`${p.phase} ${p.done}${p.total ? `/${p.total}` : ''}`), {
      threads: 1,
    })
    expect(seen).toEqual([
      'reading 5000',
      'reading 10000',
      'preparing 5000/12000',
      'preparing 10000/12000',
      'preparing 12000/12000',
      'writing 5000/12000',
      'writing 10000/12000',
      'writing 12000/12000',
    ])
    expect(store.count()).toBe(12_000)
  })

  it('overlapped, reports records written with the share of the file read, then of the total', async () => {
    const store = freshStore()
    const path = join(dir, 'progress-overlap.jsonl')
    writeFileSync(
      path,
      `${Array.from({ length: 12_000 }, (_, i) => JSON.stringify(makeRecord({ id: `P${i}` }))).join('\n')}\n`,
    )
    const seen: { phase: string; done: number; total?: number; fileRead?: number }[] = []
    await importRecordsFile(path, store, 0, (p) => seen.push({ ...p }), { threads: 1, overlap: true })
    expect(seen.map((p) => p.done)).toEqual([2000, 4000, 6000, 8000, 10000, 12000])
    expect(seen.every((p) => p.phase === 'writing')).toBe(true)
    // Read ahead of the writing, the file's share grows to 1, and the total is given once known.
    const shares = seen.flatMap((p) => (p.fileRead === undefined ? [] : [p.fileRead]))
    expect(shares.length).toBeGreaterThan(0)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
    expect(shares.every((x) => x > 0 && x <= 1)).toBe(true)
    expect(seen.at(-1)).toEqual({ phase: 'writing', done: 12000, total: 12000 })
    expect(store.count()).toBe(12_000)
  })

  it('prepares on worker threads what it would on its own thread: the same rows, errors and progress to the total', async () => {
    // Enough lines for several jobs per thread; generated people, some written in other scripts.
    const records = generatePopulation({
      countries: ['DEU'],
      recordsPerCountry: 3 * PREPARE_CHUNK + 7,
      overlap: 0,
      seed: 3,
    }).records.DEU as MigrantRecord[]
    const path = join(dir, 'threads.jsonl')
    writeFileSync(path, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`)
    const contents = (store: RecordStore) => {
      const db = (store as unknown as { db: Db }).db
      return {
        records: db.prepare('SELECT id, body, prepared, guard_view, keys FROM records ORDER BY id').all(),
        keys: db.prepare('SELECT key, record_id FROM record_keys ORDER BY key, record_id').all(),
        tokens: db.prepare('SELECT token, count FROM name_tokens ORDER BY token').all(),
      }
    }
    const here = freshStore()
    const threaded = freshStore()
    const seen: string[] = []
    expect(await importRecordsFile(path, here, 0, undefined, { threads: 1 })).toEqual({
      lines: records.length,
      inserted: records.length,
      updated: 0,
    })
    expect(
      await importRecordsFile(path, threaded, 0, (p) => p.phase === 'preparing' && seen.push(`${p.done}/${p.total}`), {
        threads: 2,
      }),
    ).toEqual({ lines: records.length, inserted: records.length, updated: 0 })
    expect(contents(threaded)).toEqual(contents(here))
    expect(seen.at(-1)).toBe(`${records.length}/${records.length}`)
    expect(seen.map((s) => Number(s.split('/')[0]))).toEqual(
      [...seen.map((s) => Number(s.split('/')[0]))].sort((a, b) => a - b),
    )

    // Bad lines and a repeated id, far apart: the same message either way, in line order.
    const lines = records.map((r) => JSON.stringify(r))
    lines[5] = '{not json'
    lines[2 * PREPARE_CHUNK + 1] = JSON.stringify({ ...records[9], dateOfBirth: '12/03/1990' })
    lines[3 * PREPARE_CHUNK] = JSON.stringify(records[100])
    const bad = join(dir, 'threads-bad.jsonl')
    writeFileSync(bad, `${lines.join('\n')}\n`)
    const message = async (threads: number) => {
      const store = freshStore()
      const err = await importRecordsFile(bad, store, 0, undefined, { threads }).catch((e: Error) => e)
      expect(store.count()).toBe(0)
      return (err as Error).message
    }
    const single = await message(1)
    expect(single).toMatch(
      /3 bad line\(s\):\n.*line 6: not valid JSON.*\n.*line 4002: 'dateOfBirth'.*\n.*line 6001: 'id' .* is already on line 101$/,
    )
    expect(await message(2)).toBe(single)

    // Writing each chunk as it is prepared: the same database, the same errors, on one thread or two.
    for (const threads of [1, 2]) {
      const overlapped = freshStore()
      expect(await importRecordsFile(path, overlapped, 0, undefined, { threads, overlap: true })).toEqual({
        lines: records.length,
        inserted: records.length,
        updated: 0,
      })
      expect(contents(overlapped)).toEqual(contents(here))
      const store = freshStore()
      const err = await importRecordsFile(bad, store, 0, undefined, { threads, overlap: true }).catch((e: Error) => e)
      expect((err as Error).message).toBe(single)
      expect(store.count()).toBe(0)
    }
  })

  it('overlapped, rolls back the chunks already written when a late line is bad, and reports every bad line', async () => {
    const records = generatePopulation({
      countries: ['DEU'],
      recordsPerCountry: 4 * PREPARE_CHUNK,
      overlap: 0,
      seed: 4,
    }).records.DEU as MigrantRecord[]
    const lines = records.map((r) => JSON.stringify(r))
    // Three chunks are good (and written); the fourth repeats an id of the first and has a bad date.
    lines[3 * PREPARE_CHUNK + 10] = JSON.stringify(records[7])
    lines[4 * PREPARE_CHUNK - 1] = JSON.stringify({ ...records[11], dateOfBirth: '1990-13' })
    const path = join(dir, 'late-bad.jsonl')
    writeFileSync(path, `${lines.join('\n')}\n`)
    for (const threads of [1, 2]) {
      const store = freshStore()
      const db = (store as unknown as { db: Db }).db
      store.putMany([makeRecord({ id: 'KEEP' })], 0)
      const before = {
        records: db.prepare('SELECT id, body, keys FROM records ORDER BY id').all(),
        keys: db.prepare('SELECT key, record_id FROM record_keys ORDER BY key, record_id').all(),
        tokens: db.prepare('SELECT token, count FROM name_tokens ORDER BY token').all(),
        meta: db.prepare('SELECT key, value FROM node_meta ORDER BY key').all(),
      }
      const written: number[] = []
      const err = await importRecordsFile(
        path,
        store,
        0,
        (p) => {
          if (p.phase === 'writing') written.push(p.done)
        },
        { threads, overlap: true },
      ).catch((e: Error) => e)
      expect((err as Error).message).toMatch(
        new RegExp(
          `nothing imported, 2 bad line\\(s\\):\\n.*line ${3 * PREPARE_CHUNK + 11}: 'id' .* is already on line 8\\n.*line ${4 * PREPARE_CHUNK}: 'dateOfBirth'`,
        ),
      )
      // Written before the bad lines came, and all of it undone.
      expect(written.at(-1)).toBe(3 * PREPARE_CHUNK)
      expect({
        records: db.prepare('SELECT id, body, keys FROM records ORDER BY id').all(),
        keys: db.prepare('SELECT key, record_id FROM record_keys ORDER BY key, record_id').all(),
        tokens: db.prepare('SELECT token, count FROM name_tokens ORDER BY token').all(),
        meta: db.prepare('SELECT key, value FROM node_meta ORDER BY key').all(),
      }).toEqual(before)
      // The connection is usable again: the next import goes through.
      expect(await importRecordsFile(join(dir, 'ok.jsonl'), store, 1, undefined, { overlap: true })).toEqual({
        lines: 2,
        inserted: 2,
        updated: 0,
      })
    }
  })

  it('overlapped, starts preparing threads only once a full chunk of lines is read', async () => {
    const spy = vi.spyOn(PreparePool.prototype, 'prepareLines')
    try {
      for (const [lines, threaded] of [
        [PREPARE_CHUNK, true],
        [PREPARE_CHUNK - 1, false],
      ] as const) {
        const path = join(dir, `chunk-${lines}.jsonl`)
        writeFileSync(
          path,
          `${Array.from({ length: lines + (threaded ? 1 : 0) }, (_, i) => JSON.stringify(makeRecord({ id: `C${i}` }))).join('\n')}\n`,
        )
        spy.mockClear()
        const store = freshStore()
        await importRecordsFile(path, store, 0, undefined, { threads: 2, overlap: true })
        expect(spy.mock.calls.length > 0).toBe(threaded)
        expect(store.count()).toBe(lines + (threaded ? 1 : 0))
      }
    } finally {
      spy.mockRestore()
    }
  })

  it('overlapped, reports a file it cannot read and leaves no transaction open', async () => {
    const store = freshStore()
    await expect(importRecordsFile(join(dir, 'missing.jsonl'), store, 0, undefined, { overlap: true })).rejects.toThrow(
      /missing\.jsonl: cannot read: file not found/,
    )
    store.putMany([makeRecord({ id: 'AFTER' })], 0)
    expect(store.count()).toBe(1)
  })

  it('leaves the store unchanged when any line is bad', async () => {
    const store = freshStore()
    store.putMany([makeRecord({ id: 'KEEP' })], 0)
    const path = join(dir, 'bad.jsonl')
    writeFileSync(path, `${JSON.stringify(makeRecord({ id: 'NEW' }))}\n{"id": "X", "names": []}\n`)
    await expect(importRecordsFile(path, store, 0)).rejects.toThrow(/line 2: 'names' needs at least one name/)
    expect(store.count()).toBe(1)
    expect(store.get('NEW')).toBeUndefined()
  })

  it('refuses the same id twice in one file', async () => {
    const path = join(dir, 'dup.jsonl')
    const line = JSON.stringify(makeRecord({ id: 'D' }))
    writeFileSync(path, `${line}\n${line}\n`)
    await expect(importRecordsFile(path, freshStore(), 0)).rejects.toThrow(/line 2: 'id' "D" is already on line 1/)
  })

  it.each([
    ['{not json', /line 7: not valid JSON/],
    [
      JSON.stringify({ ...makeRecord({ id: 'x' }), dateOfBirth: '12/03/1990' }),
      /line 7: 'dateOfBirth' must be YYYY, YYYY-MM or YYYY-MM-DD: got "12\/03\/1990"/,
    ],
    [
      JSON.stringify({ ...makeRecord({ id: 'x' }), nationalities: ['Syria'] }),
      /'nationalities\[0\]' must be ISO 3166-1 alpha-3/,
    ],
    [JSON.stringify({ ...makeRecord({ id: 'x' }), status: [{ kind: 'tourist' }] }), /'status\[0\].kind'/],
    [
      JSON.stringify({ ...makeRecord({ id: 'x' }), names: [{ given: '', family: '' }] }),
      /'names\[0\]' needs a given or a family name/,
    ],
  ])('parseRecordLine() explains %s', (line, message) => {
    expect(parseRecordLine(line, 7)).toMatch(message)
  })
})

describe('import input hygiene', () => {
  const good = Buffer.from(`${JSON.stringify(makeRecord({ id: 'A' }))}\n`)

  it.each([
    [
      'a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), good]),
      /line 1 \(byte 0\): the file starts with a byte-order mark/,
    ],
    [
      'invalid UTF-8 inside a name',
      Buffer.concat([
        good,
        Buffer.from('{"id":"B","names":[{"given":"Ahm'),
        Buffer.from([0xe9, 0x61]),
        Buffer.from('d"}]}\n'),
      ]),
      new RegExp(`line 2 \\(byte ${good.length + 32} of the file\\): not valid UTF-8 \\(byte 0xe9\\)`),
    ],
    [
      'a truncated sequence at the end',
      Buffer.concat([good, Buffer.from([0x7b, 0xf0, 0x9f])]),
      /line 2 \(byte \d+ of the file\): not valid UTF-8/,
    ],
  ])('refuses %s, naming the line and byte, with nothing written', async (_, bytes, message) => {
    const path = join(dir, `enc-${Math.random().toString(36).slice(2)}.jsonl`)
    writeFileSync(path, bytes)
    for (const overlap of [false, true]) {
      const store = freshStore()
      await expect(importRecordsFile(path, store, 0, undefined, { overlap })).rejects.toThrow(message)
      expect(store.count()).toBe(0)
    }
  })

  it('never echoes more than a short prefix of a huge value', async () => {
    const path = join(dir, 'huge.jsonl')
    const name = 'x'.repeat(5_000_000)
    writeFileSync(path, `${JSON.stringify({ ...makeRecord({ id: 'H' }), names: [{ given: name, family: 'F' }] })}\n`)
    const err = (await importRecordsFile(path, freshStore(), 0).catch((e: Error) => e)) as Error
    expect(err.message).toMatch(/line 1: 'names\[0\]\.given' .*got "x{10,}\.\.\. \(5000002 characters\)/)
    expect(err.message.length).toBeLessThan(400)
  })

  it('names the line of a deeply nested value', async () => {
    const path = join(dir, 'deep.jsonl')
    writeFileSync(path, `${good}${'['.repeat(200_000)}${']'.repeat(200_000)}\n`)
    await expect(importRecordsFile(path, freshStore(), 0)).rejects.toThrow(/line 2: /)
  })

  it('firstInvalidUtf8() agrees with a strict decoder on any bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let valid = true
        try {
          strict.decode(bytes)
        } catch {
          valid = false
        }
        expect(firstInvalidUtf8(bytes) < 0).toBe(valid)
      }),
      { numRuns: 5000 },
    )
  })
})
