import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMatcher } from '../../../src/matching/matcher.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { SentHandles } from '../../../src/records/sentHandles.js'
import { makeRecord } from '../../helpers/federation.js'

describe('SentHandles', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-sent-'))
    db = openDatabase(join(dir, 'node.db'))
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("keeps one question's handles with its subject, all or none, until they expire", () => {
    const handles = new SentHandles(db)
    const subject = createMatcher().prepare(makeRecord({ id: 'Q' }))
    const declared = {
      source: 'query' as const,
      nationalities: ['SYR'],
      fearedCountries: [],
      protectionClaim: true,
      granted: false,
      finalRejection: false,
    }
    // One transaction: a handle that cannot be stored leaves none of the question's behind.
    expect(() =>
      handles.putAll(
        [
          { handle: Uint8Array.of(1), country: 'ITA', expiresAtMs: 100 },
          { handle: Uint8Array.of(2), country: null as unknown as string, expiresAtMs: 200 },
        ],
        subject,
        declared,
      ),
    ).toThrow(/NOT NULL/)
    expect(handles.get(Uint8Array.of(1))).toBeUndefined()
    handles.putAll(
      [
        { handle: Uint8Array.of(1), country: 'ITA', expiresAtMs: 100 },
        { handle: Uint8Array.of(2), country: 'DEU', expiresAtMs: 200 },
      ],
      subject,
      declared,
    )
    expect(handles.get(Uint8Array.of(1))).toEqual({ country: 'ITA', subject, declared, expiresAtMs: 100 })
    expect(handles.get(Uint8Array.of(2))?.country).toBe('DEU')
    handles.putAll([], subject, undefined)
    expect(handles.purge(150)).toBe(1)
    expect(handles.get(Uint8Array.of(1))).toBeUndefined()
  })
})
