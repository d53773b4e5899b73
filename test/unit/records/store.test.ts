import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMatcher, NEIGHBOUR_YEAR_KEY_WEIGHT, slippedDates } from '../../../src/matching/matcher.js'
import type { Matcher } from '../../../src/matching/types.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { MAX_CANDIDATES, MAX_ROWS_PER_KEY, RecordStore, topRanked } from '../../../src/records/store.js'
import { SeededRandom } from '../../../src/sim/random.js'
import { makeRecord, strangers } from '../../helpers/federation.js'

const matcher = createMatcher()

/** The blocking keys of a record, as the store holds them, and as the matcher computes them. */
const keysInTable = (db: Db, id: string): string[] =>
  db.prepare('SELECT key FROM record_keys WHERE record_id = ? ORDER BY key').pluck().all(id) as string[]
const keysOf = (record: ReturnType<typeof makeRecord>): string[] =>
  [...matcher.recordKeys(matcher.prepare(record))].sort()

describe('RecordStore blocking keys', () => {
  let dir: string
  let db: Db
  let store: RecordStore
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-store-'))
    db = openDatabase(join(dir, 'node.db'))
    store = new RecordStore(db, matcher)
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("replaces a record's keys when it is imported again with other data, and leaves other records' keys alone", () => {
    const before = makeRecord({ id: 'A' })
    const other = makeRecord({ id: 'B' })
    store.putMany([before, other], 1)
    expect(keysInTable(db, 'A')).toEqual(keysOf(before))
    const after = makeRecord({
      id: 'A',
      names: [{ given: 'Yusuf', family: 'Darwish', script: 'Latn', transliterated: true, type: 'primary' }],
      dateOfBirth: '1971-02-03',
      documents: [{ type: 'passport', number: 'X7654321', issuer: 'SYR' }],
    })
    expect(store.putMany([after], 2)).toEqual({ inserted: 0, updated: 1 })
    expect(keysInTable(db, 'A')).toEqual(keysOf(after))
    expect(keysOf(after).some((k) => keysOf(before).includes(k))).toBe(false)
    expect(keysInTable(db, 'B')).toEqual(keysOf(other))
    expect(store.candidates(keysOf(before)).map((c) => c.id)).toEqual(['B'])
  })

  it('keeps the last of one id listed twice in one import, with its keys and token counts only', () => {
    const first = makeRecord({ id: 'A' })
    const other = makeRecord({
      id: 'B',
      names: [{ given: 'Olena', family: 'Shevchenko', script: 'Latn', transliterated: false, type: 'primary' }],
    })
    const last = makeRecord({
      id: 'A',
      names: [{ given: 'Yusuf', family: 'Darwish', script: 'Latn', transliterated: true, type: 'primary' }],
      dateOfBirth: '1971-02-03',
      documents: [],
    })
    expect(store.putMany([first, other, last], 1)).toEqual({ inserted: 2, updated: 1 })
    expect(keysInTable(db, 'A')).toEqual(keysOf(last))
    expect(keysInTable(db, 'B')).toEqual(keysOf(other))
    const tokens = (d: Db) => d.prepare('SELECT token, count FROM name_tokens WHERE count != 0 ORDER BY token').all()
    const fresh = openDatabase(join(dir, 'fresh.db'))
    new RecordStore(fresh, matcher).putMany([other, last], 1)
    expect(tokens(db)).toEqual(tokens(fresh))
    expect(db.prepare('SELECT count(*) FROM record_keys').pluck().get()).toBe(
      keysOf(last).length + keysOf(other).length,
    )
    fresh.close()
  })

  it('stages keys in temporary tables held in memory, never in a temporary file (not encrypted)', () => {
    expect(db.pragma('temp_store', { simple: true })).toBe(2)
  })

  it("reads another connection's token counts again after it writes records, not after its other commits", () => {
    const reader = new RecordStore(openDatabase(join(dir, 'node.db')), matcher)
    const hassan = makeRecord({ id: 'A' })
    store.putMany([hassan], 1)
    const token = matcher.prepare(hassan).names[0]?.tokens.at(-1) as string
    const frequency = (s: RecordStore) => s.nameStatistics().frequency(token)
    const once = frequency(reader)
    expect(once).toBe(frequency(store))
    // Commits that leave the records alone (one of them changes the token table behind the store's
    // back, which only a reload would show).
    db.prepare('UPDATE name_tokens SET count = count + 1000').run()
    db.prepare("INSERT INTO node_meta (key, value) VALUES ('unrelated', 'x')").run()
    expect(frequency(reader)).toBe(once)
    store.putMany([makeRecord({ id: 'B' })], 2)
    expect(frequency(reader)).not.toBe(once)
    expect(frequency(reader)).toBe(frequency(store))
    const twice = frequency(reader)
    store.delete('B')
    expect(frequency(reader)).not.toBe(twice)
    expect(frequency(reader)).toBe(frequency(store))
  })

  it('removes every key of a deleted record, and only its own', () => {
    const a = makeRecord({ id: 'A' })
    const b = makeRecord({ id: 'B' })
    store.putMany([a, b], 1)
    expect(store.delete('A')).toBe(true)
    expect(keysInTable(db, 'A')).toEqual([])
    expect(keysInTable(db, 'B')).toEqual(keysOf(b))
    expect(store.delete('A')).toBe(false)
  })

  it("removes the keys a record was stored with, even where today's matcher would compute others", () => {
    const a = makeRecord({ id: 'A' })
    store.putMany([a], 1)
    // As if an older matcher had keyed it: one key more than today's.
    db.prepare("INSERT INTO record_keys (key, record_id) VALUES ('old:KEY', 'A')").run()
    db.prepare("UPDATE records SET keys = json_insert(keys, '$[#]', 'old:KEY') WHERE id = 'A'").run()
    store.putMany([a], 2)
    expect(keysInTable(db, 'A')).toEqual(keysOf(a))
    store.delete('A')
    expect(db.prepare('SELECT count(*) FROM record_keys').pluck().get()).toBe(0)
  })
})

describe('RecordStore.candidates', () => {
  let dir: string
  let db: Db
  let store: RecordStore
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-candidates-'))
    db = openDatabase(join(dir, 'node.db'))
    store = new RecordStore(db, matcher)
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const key = (id: string, k: string): void => {
    db.prepare('INSERT INTO record_keys (key, record_id) VALUES (?, ?)').run(k, id)
  }

  it('ranks one rare shared key above several that many records share, ties by id, each candidate once', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `C${String(i).padStart(2, '0')}`)
    store.putMany(
      [...ids, 'RARE'].map((id) => makeRecord({ id, documents: [] })),
      1,
    )
    db.prepare('DELETE FROM record_keys').run()
    // Every C shares two keys 40 records hold; RARE shares one key no other record holds.
    for (const id of ids) {
      key(id, 'k:common-1')
      key(id, 'k:common-2')
    }
    key('RARE', 'k:rare')
    key('C07', 'k:rare-too')
    key('C31', 'k:rare-too')
    const found = store.candidates(['k:common-1', 'k:common-2', 'k:rare', 'k:rare-too', 'k:common-1']).map((c) => c.id)
    expect(found.slice(0, 3)).toEqual(['C07', 'C31', 'RARE'])
    expect(found.slice(3)).toEqual(ids.filter((id) => id !== 'C07' && id !== 'C31'))
    expect(new Set(found).size).toBe(found.length)
    const c = store.candidates(['k:rare'])[0]
    expect(c?.prepared).toEqual(matcher.prepare(makeRecord({ id: 'RARE', documents: [] })))
    expect(c?.guardView.nationalities).toEqual(['SYR'])
    expect(store.candidates([])).toEqual([])
    expect(store.candidates(['k:none'])).toEqual([])
  })

  it(`scores at most ${MAX_CANDIDATES} and reads at most ${MAX_ROWS_PER_KEY} rows of one key`, () => {
    const named = (prefix: string, n: number): string[] =>
      Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`)
    // Two keys, each held by more records than are read: read in full, N's key (fewer
    // records) would weigh more and its records come first; read to the cap, both weigh
    // the same and the tie goes by id.
    const ms = named('M', MAX_ROWS_PER_KEY + 50)
    const ns = named('N', MAX_ROWS_PER_KEY + 10)
    store.putMany(
      [...ms, ...ns].map((id) => makeRecord({ id, documents: [] })),
      1,
    )
    db.prepare('DELETE FROM record_keys').run()
    for (const id of ms) key(id, 'k:m')
    for (const id of ns) key(id, 'k:n')
    const rows = db.prepare('SELECT count(*) FROM record_keys WHERE key = ?').pluck()
    expect([rows.get('k:m'), rows.get('k:n')]).toEqual([ms.length, ns.length])
    expect(store.candidates(['k:n', 'k:m']).map((c) => c.id)).toEqual(ms.slice(0, MAX_CANDIDATES))
    // A record past the rows read of a common key is still found by a key of its own, first.
    const last = ms.at(-1) as string
    key(last, 'k:own')
    const found = store.candidates(['k:m', 'k:own']).map((c) => c.id)
    expect(found).toHaveLength(MAX_CANDIDATES)
    expect(found[0]).toBe(last)
    expect(found.slice(1)).toEqual(ms.slice(0, MAX_CANDIDATES - 1))
  })

  it("weighs a key by the query's own weight for it, a key given twice at its heaviest", () => {
    store.putMany(
      ['A', 'B', 'C'].map((id) => makeRecord({ id, documents: [] })),
      1,
    )
    db.prepare('DELETE FROM record_keys').run()
    // A and B hold a key of one holder each; C holds one of two holders (C and B).
    key('A', 'k:a')
    key('B', 'k:b')
    key('C', 'k:c')
    key('B', 'k:c')
    const ids = (keys: Parameters<RecordStore['candidates']>[0]) => store.candidates(keys).map((c) => c.id)
    // Unweighted: B shares two keys and leads; A before C, its one key rarer.
    expect(ids(['k:a', 'k:b', 'k:c'])).toEqual(['B', 'A', 'C'])
    // A's key at half weight falls behind C's (0.5 / log2 3 = 0.32 < 1 / log2 4 = 0.5).
    expect(ids([{ key: 'k:a', weight: 0.5 }, 'k:b', 'k:c'])).toEqual(['B', 'C', 'A'])
    expect(ids([{ key: 'k:a', weight: 0.5 }, { key: 'k:a', weight: 1 }, 'k:c'])).toEqual(['A', 'B', 'C'])
  })

  it('ranks namesakes born in the year asked about ahead of those born a year either side', () => {
    const named = (id: string, dateOfBirth: string) =>
      makeRecord({
        id,
        documents: [],
        dateOfBirth,
        names: [{ given: 'Muhammad', family: 'Ahmad', script: 'Latn', transliterated: true, type: 'primary' }],
      })
    // 100 namesakes born in 1985 and 100 in 1987, first by id, and 120 born in 1986: with equal
    // weights, the neighbouring years' keys (fewer holders each) would fill the list.
    const neighbours = Array.from({ length: 200 }, (_, i) =>
      named(`A${String(i).padStart(4, '0')}`, i % 2 === 0 ? '1985' : '1987'),
    )
    const sameYear = Array.from({ length: 120 }, (_, i) => named(`Z${String(i).padStart(4, '0')}`, '1986'))
    store.putMany([...neighbours, ...sameYear], 1)
    const q = matcher.prepare(named('Q', '1986-01-01'))
    const found = store.candidates(matcher.weightedQueryKeys(q)).map((c) => c.id)
    expect(found).toHaveLength(MAX_CANDIDATES)
    expect(found.slice(0, sameYear.length)).toEqual(sameYear.map((r) => r.id))
    const weights = new Map(matcher.weightedQueryKeys(q).map((k) => [k.key, k.weight]))
    expect([...weights].filter(([k]) => k.endsWith(':1986')).every(([, w]) => w === 1)).toBe(true)
    expect([...weights].filter(([k]) => /:198[57]$/.test(k)).every(([, w]) => w === NEIGHBOUR_YEAR_KEY_WEIGHT)).toBe(
      true,
    )
    expect(matcher.queryKeys(q)).toEqual([...weights.keys()])
  })
})

describe('slipped dates of birth', () => {
  it('are a year either side and day and month exchanged, of a full date only', () => {
    expect(slippedDates('1990-03-12')).toEqual(['1989-03-12', '1991-03-12', '1990-12-03'])
    expect(slippedDates('1990-03-13')).toEqual(['1989-03-13', '1991-03-13'])
    expect(slippedDates('1990-05-05')).toEqual(['1989-05-05', '1991-05-05'])
    for (const notFull of ['1990-01-01', '1990', '1990-03', undefined]) expect(slippedDates(notFull)).toEqual([])
  })

  let dir: string
  let db: Db
  let store: RecordStore
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-slipped-'))
    db = openDatabase(join(dir, 'node.db'))
    store = new RecordStore(db, matcher)
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  // The father's name differs from one registry to the other (patronymic naming), and the date
  // was mistyped: the given name and the day are all the two records share.
  const person = (id: string, family: string, dateOfBirth: string) =>
    makeRecord({
      id,
      documents: [],
      dateOfBirth,
      names: [{ given: 'Senait', family, script: 'Latn', transliterated: false, type: 'primary' }],
    })

  it.each([
    ['a year later', '1992-02-11'],
    ['a year earlier', '1990-02-11'],
    ['with day and month exchanged', '1991-11-02'],
  ])('finds a record whose date is the one asked about %s, by a token and that date', (_, recorded) => {
    store.putMany([person('T', 'Tesfay', recorded), person('N', 'Tesfay', '1991-02-12')], 1)
    const q = matcher.prepare(person('Q', 'Dawit', '1991-02-11'))
    const keys = matcher.weightedQueryKeys(q)
    expect(store.candidates(keys).map((c) => c.id)).toEqual(['T'])
    const slipped = keys.filter((k) => k.key.startsWith('td:') && k.key.endsWith(`:${recorded}`))
    expect(slipped.length).toBeGreaterThan(0)
    expect(slipped.every((k) => k.weight === NEIGHBOUR_YEAR_KEY_WEIGHT)).toBe(true)
  })
})

describe('RecordStore.nameStatistics', () => {
  let dir: string
  let db: Db
  let store: RecordStore
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-names-'))
    db = openDatabase(join(dir, 'node.db'))
    store = new RecordStore(db, matcher)
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('counts the records holding a name together, so a common name with a birth date is not strong', () => {
    const named = (id: string, given: string, family: string, dateOfBirth: string) =>
      makeRecord({
        id,
        documents: [],
        dateOfBirth,
        nationalities: ['ERI'],
        sex: 'F',
        names: [{ given, family, script: 'Latn', transliterated: true, type: 'primary' }],
      })
    // 3,000 others, 60 Ruth Kibroms born on other days, and two born on 1987-01-05: a Ruth Kibrom and a rare name.
    const records = [
      ...strangers(3000),
      ...Array.from({ length: 60 }, (_, i) =>
        named(`K${i}`, 'Ruth', 'Kibrom', `19${60 + (i % 30)}-03-0${1 + (i % 9)}`),
      ),
      named('RUTH', 'Ruth', 'Kibrom', '1987-01-05'),
      named('RARE', 'Zebulon', 'Quaxley', '1987-01-05'),
    ]
    store.putMany(records, 1)
    const stats = store.nameStatistics()
    const ask = (given: string, family: string, id: string) => {
      const q = matcher.prepare(named('Q', given, family, '1987-01-05'))
      const c = store.candidates(matcher.queryKeys(q)).find((x) => x.id === id)
      return c === undefined ? 'not a candidate' : matcher.compare(q, c.prepared, stats).band
    }
    // Tokens taken as independent (each about 1 in 50 here) would make both strong.
    const { keyCount: _counted, ...tokensOnly } = stats
    const ruth = matcher.prepare(named('Q', 'Ruth', 'Kibrom', '1987-01-05'))
    const candidate = matcher.prepare(records[3060] as ReturnType<typeof named>)
    expect(matcher.compare(ruth, candidate, tokensOnly).band).toBe('strong')
    expect(ask('Ruth', 'Kibrom', 'RUTH')).toBe('possible')
    expect(ask('Zebulon', 'Quaxley', 'RARE')).toBe('strong')
  })
})

describe('RecordStore.refreshMatchKeys', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-refresh-'))
    db = openDatabase(join(dir, 'node.db'))
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })
  /** An older matcher: another version, which keyed records on one key of its own. */
  const older: Matcher = { ...matcher, keysVersion: matcher.keysVersion - 1, recordKeys: () => ['old:KEY'] }
  const tokenCounts = () => db.prepare('SELECT token, count FROM name_tokens ORDER BY token').all()

  it('prepares records keyed by an older matcher again, once, without touching their data; counts stay right', () => {
    const records = Array.from({ length: 7 }, (_, i) => makeRecord({ id: `R${i}`, dateOfBirth: `199${i}-03-12` }))
    new RecordStore(db, older).putMany(records, 1)
    const counts = tokenCounts()
    const bodies = db.prepare('SELECT id, body, imported_at_ms FROM records ORDER BY id').all()
    expect(keysInTable(db, 'R0')).toEqual(['old:KEY'])
    const store = new RecordStore(db, matcher)
    const progress: { done: number; total: number }[] = []
    expect(store.refreshMatchKeys((p) => progress.push(p))).toBe(7)
    expect(progress.at(-1)).toEqual({ done: 7, total: 7 })
    for (const r of records) expect(keysInTable(db, r.id)).toEqual(keysOf(r))
    expect(db.prepare("SELECT count(*) FROM record_keys WHERE key = 'old:KEY'").pluck().get()).toBe(0)
    expect(tokenCounts()).toEqual(counts)
    expect(db.prepare('SELECT id, body, imported_at_ms FROM records ORDER BY id').all()).toEqual(bodies)
    expect(store.candidates(keysOf(records[3] as ReturnType<typeof makeRecord>)).map((c) => c.id)).toContain('R3')
    // Recorded: the next start has nothing to do.
    expect(store.refreshMatchKeys()).toBe(0)
    expect(db.prepare("SELECT value FROM node_meta WHERE key = 'matchKeysVersion'").pluck().get()).toBe(
      String(matcher.keysVersion),
    )
  })

  it('counts the name tokens again from every record: a new version may skeleton an unchanged token otherwise', () => {
    const records = Array.from({ length: 5 }, (_, i) =>
      makeRecord({
        id: `S${i}`,
        names: [
          {
            given: 'Olena',
            family: i % 2 ? 'Shevchenko' : 'Kravets',
            script: 'Latn',
            transliterated: true,
            type: 'primary',
          },
        ],
      }),
    )
    new RecordStore(db, older).putMany(records, 1)
    // As an older skeleton would have left them: counts under skeletons no record has now, one short.
    db.prepare("UPDATE name_tokens SET token = token || '-OLD'").run()
    db.prepare("INSERT INTO name_tokens (token, count) VALUES ('SFSN', 1)").run()
    const fresh = openDatabase(':memory:')
    new RecordStore(fresh, matcher).putMany(records, 1)
    const expected = fresh.prepare('SELECT token, count FROM name_tokens WHERE count > 0 ORDER BY token').all()
    fresh.close()
    const store = new RecordStore(db, matcher)
    expect(store.refreshMatchKeys()).toBe(5)
    expect(tokenCounts()).toEqual(expected)
    expect(store.nameStatistics().frequency('XeVCeNKo')).toBeGreaterThan(store.nameStatistics().frequency('ZZZZ'))
  })

  it('records the version of a store filled from empty, so a fresh import is not prepared twice', () => {
    const store = new RecordStore(db, matcher)
    store.putMany([makeRecord({ id: 'A' })], 1)
    expect(store.refreshMatchKeys()).toBe(0)
  })

  it('does not take records added to a store of unknown version as current', () => {
    new RecordStore(db, older).putMany([makeRecord({ id: 'A' })], 1)
    db.prepare("DELETE FROM node_meta WHERE key = 'matchKeysVersion'").run()
    const store = new RecordStore(db, matcher)
    store.putMany([makeRecord({ id: 'B' })], 2)
    expect(store.refreshMatchKeys()).toBe(2)
    expect(keysInTable(db, 'A')).toEqual(keysOf(makeRecord({ id: 'A' })))
  })
})

describe('schema 11: blocking keys without the by-record index', () => {
  it("lists each record's keys and moves the key table over, keys intact", () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrn-store-migrate-'))
    try {
      const path = join(dir, 'node.db')
      const db = openDatabase(path)
      const records = [makeRecord({ id: 'A' }), makeRecord({ id: 'B', documents: [] })]
      new RecordStore(db, matcher).putMany(records, 1)
      // Back to the layout of schema 10: the key table with its by-record index and foreign key, no
      // list; and no later column.
      db.exec(`
        CREATE TABLE record_keys_v10 (
          key TEXT NOT NULL,
          record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
          PRIMARY KEY (key, record_id)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO record_keys_v10 SELECT key, record_id FROM record_keys;
        DROP TABLE record_keys;
        ALTER TABLE record_keys_v10 RENAME TO record_keys;
        CREATE INDEX record_keys_by_record ON record_keys(record_id);
        ALTER TABLE records DROP COLUMN keys;
        ALTER TABLE handles DROP COLUMN confirm_with;
        DROP TABLE audit_gaps;
        ALTER TABLE witnessed_logs DROP COLUMN frontier;
        PRAGMA user_version = 10;
      `)
      db.close()
      const migrated = openDatabase(path)
      expect(migrated.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11)
      for (const r of records) {
        const listed = JSON.parse(migrated.prepare('SELECT keys FROM records WHERE id = ?').pluck().get(r.id) as string)
        expect([...listed].sort()).toEqual(keysOf(r))
        expect(keysInTable(migrated, r.id)).toEqual(keysOf(r))
      }
      expect(
        migrated.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'record_keys_by_record'").pluck().get(),
      ).toBe(0)
      expect(migrated.pragma('foreign_key_list(record_keys)')).toEqual([])
      expect(new RecordStore(migrated, matcher).candidates(['d:N0123456']).map((c) => c.id)).toEqual(['A'])
      migrated.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('topRanked', () => {
  /** What sorting every entry gives: rank high to low, ties by id. */
  function sortedAll(rank: Map<string, number>, limit: number): string[] {
    return [...rank]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, limit)
      .map(([id]) => id)
  }

  it('gives the same ids in the same order as sorting every entry, ties at the cut included', () => {
    const random = new SeededRandom(5)
    // Ranks as blocking keys make them: sums of a few key weights, so whole groups tie.
    const keyWeights = [1, 1 / Math.log2(3), 1 / Math.log2(12), 1 / Math.log2(1002), 1 / Math.log2(302)]
    for (let round = 0; round < 200; round++) {
      const rank = new Map<string, number>()
      const size = random.int(0, 3000)
      for (let i = 0; i < size; i++) {
        let r = 0
        for (const w of keyWeights) if (random.next() < 0.3) r += w
        rank.set(`DEU-${String(random.int(0, 99_999)).padStart(6, '0')}${random.next() < 0.1 ? 'é' : ''}`, r)
      }
      const limit = random.int(1, 200)
      expect(topRanked(rank, limit)).toEqual(sortedAll(rank, limit))
    }
  })

  it('keeps the lowest ids of a thousand namesakes tied at the cut', () => {
    const rank = new Map<string, number>([['z-rare', 2]])
    for (let i = 999; i >= 0; i--) rank.set(`n-${String(i).padStart(4, '0')}`, 0.1)
    expect(topRanked(rank, 3)).toEqual(['z-rare', 'n-0000', 'n-0001'])
  })
})
