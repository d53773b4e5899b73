import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMatcher } from '../../../src/matching/matcher.js'
import type { PreparedSubject } from '../../../src/matching/types.js'
import { type Db, openDatabase } from '../../../src/records/database.js'
import { IdentifyScorer } from '../../../src/records/identifyScorer.js'
import { ScoringPool } from '../../../src/records/scoringPool.js'
import { RecordStore } from '../../../src/records/store.js'
import { makeRecord } from '../../helpers/federation.js'
import { IDENTIFY_CTX, SCORING_NOW } from '../../helpers/scoring.js'

const matcher = createMatcher()
const ctx = IDENTIFY_CTX
const NOW = SCORING_NOW
const PASSPHRASE = 'scoring pool test passphrase'
const subject = matcher.prepare({
  names: [{ given: 'Ahmad', family: 'Al Hassan' }],
  dateOfBirth: '1990-03-12',
  nationalities: ['SYR'],
  documents: [],
})

describe('ScoringPool', () => {
  let dir: string
  let db: Db
  let store: RecordStore
  let pool: ScoringPool
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mrn-scoring-'))
    // Encrypted, as a node's database is with a passphrase: the threads open it with the same one.
    db = openDatabase(join(dir, 'node.db'), { passphrase: PASSPHRASE })
    store = new RecordStore(db, matcher)
    store.putMany(
      Array.from({ length: 30 }, (_, i) =>
        makeRecord({
          id: `R${String(i).padStart(2, '0')}`,
          documents: i === 7 ? [{ type: 'passport', number: 'N7', issuer: 'SYR' }] : [],
          // Some the hard guards hide from a question asked by SYR (a state they may have fled).
          status: i % 3 === 0 ? [{ kind: 'refugee' }] : [{ kind: 'resident' }],
          dateOfBirth: i < 20 ? '1990-03-12' : '1991',
        }),
      ),
      NOW,
    )
    pool = new ScoringPool({
      threads: 2,
      path: join(dir, 'node.db'),
      passphrase: PASSPHRASE,
      matching: {},
      budgetMs: 10_000,
    })
  })
  afterAll(async () => {
    await pool.close()
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("scores on its threads exactly as the node's thread does, guards included, and sees records added since", async () => {
    const here = new IdentifyScorer({ records: store, matcher }, { budgetMs: 10_000 })
    const there = await pool.score(subject, ctx, NOW)
    expect(there).toEqual(here.scoreSync(subject, ctx, NOW))
    expect(there.guards.length).toBeGreaterThan(0)
    expect(there.matches.length).toBeGreaterThan(0)
    store.putMany([makeRecord({ id: 'LATE', documents: [], status: [] })], NOW)
    const later = await pool.score(subject, ctx, NOW)
    expect(later.matches.map((m) => m.id)).toContain('LATE')
    expect(later).toEqual(here.scoreSync(subject, ctx, NOW))
  })

  it('answers many questions at once, each its own', async () => {
    const questions = Array.from({ length: 20 }, (_, i) =>
      matcher.prepare({
        names: [{ given: 'Ahmad', family: 'Al Hassan' }],
        dateOfBirth: i % 2 === 0 ? '1990-03-12' : '1991',
        nationalities: [],
        documents: i === 3 ? [{ type: 'passport', number: 'N7', issuer: 'SYR' }] : [],
      }),
    )
    const here = new IdentifyScorer({ records: store, matcher }, { budgetMs: 10_000 })
    const scored = await Promise.all(questions.map((q) => pool.score(q, ctx, NOW)))
    expect(scored).toEqual(questions.map((q) => here.scoreSync(q, ctx, NOW)))
  })

  it("is left for the node's thread when a thread fails a question or the pool is gone: no answer lost", async () => {
    const errors: string[] = []
    const scorer = new IdentifyScorer(
      { records: store, matcher },
      { budgetMs: 10_000, pool, onPoolError: (err) => errors.push(err.message) },
    )
    // A question the threads cannot score fails here too, and says so.
    const broken = { ...subject, names: undefined } as unknown as PreparedSubject
    await expect(scorer.score(broken, ctx, NOW)).rejects.toThrow()
    expect(errors).toEqual([expect.stringMatching(/^scoring identify questions failed: /)])
    const closed = new ScoringPool({
      threads: 1,
      path: join(dir, 'node.db'),
      passphrase: PASSPHRASE,
      matching: {},
      budgetMs: 10_000,
    })
    await closed.close()
    expect(closed.usable).toBe(false)
    scorer.pool = closed
    const expected = new IdentifyScorer({ records: store, matcher }, { budgetMs: 10_000 }).scoreSync(subject, ctx, NOW)
    expect(await scorer.score(subject, ctx, NOW)).toEqual(expected)
    expect(errors).toHaveLength(1)
  })
})
