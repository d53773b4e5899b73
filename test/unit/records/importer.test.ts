import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMatcher } from '../../../src/matching/matcher.js'
import { openDatabase } from '../../../src/records/database.js'
import { importRecordsFile, parseRecordLine } from '../../../src/records/importer.js'
import { RecordStore } from '../../../src/records/store.js'
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
