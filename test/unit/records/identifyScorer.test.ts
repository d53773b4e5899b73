import { describe, expect, it } from 'vitest'
import { createMatcher } from '../../../src/matching/matcher.js'
import { openDatabase } from '../../../src/records/database.js'
import { IdentifyScorer } from '../../../src/records/identifyScorer.js'
import { RecordStore } from '../../../src/records/store.js'
import { makeRecord } from '../../helpers/federation.js'
import { IDENTIFY_CTX, SCORING_NOW } from '../../helpers/scoring.js'

const matcher = createMatcher()
const ctx = IDENTIFY_CTX
const NOW = SCORING_NOW

/** Forty namesakes born the same day: all candidates of one question, all matching. */
function store(): RecordStore {
  const s = new RecordStore(openDatabase(':memory:'), matcher)
  s.putMany(
    Array.from({ length: 40 }, (_, i) =>
      makeRecord({
        id: `R${String(i).padStart(2, '0')}`,
        documents: [],
        status: i % 4 === 0 ? [{ kind: 'refugee' }] : [{ kind: 'resident' }],
      }),
    ),
    NOW,
  )
  return s
}
const subject = matcher.prepare({
  names: [{ given: 'Ahmad', family: 'Al Hassan' }],
  dateOfBirth: '1990-03-12',
  nationalities: [],
  documents: [],
})

/** A clock that moves `stepMs` every time it is read. */
const ticking = (stepMs: number) => {
  let t = 0
  return () => {
    t += stepMs
    return t
  }
}

describe('IdentifyScorer', () => {
  it('scores every candidate and hides the guarded ones, sliced or in one go alike', async () => {
    const s = store()
    const sync = new IdentifyScorer({ records: s, matcher }).scoreSync(subject, ctx, NOW)
    const sliced = await new IdentifyScorer({ records: s, matcher }, { sliceMs: 1, nowMs: ticking(0.4) }).score(
      subject,
      ctx,
      NOW,
    )
    expect(sync.scored).toBe(40)
    expect(sync.guards).toHaveLength(10)
    expect(sync.matches).toHaveLength(30)
    expect(sync.budgetExceeded).toBe(false)
    expect(sliced).toEqual(sync)
  })

  it.each([
    [5, 1, 5],
    [5, 0.5, 10],
    [1000, 1, 40],
  ])('stops at a budget of %i ms when each candidate costs %f ms', async (budgetMs, costMs, scored) => {
    // The scorer reads the clock once per candidate scored (and once per slice): each read advances the cost.
    const scorer = new IdentifyScorer({ records: store(), matcher }, { budgetMs, sliceMs: 2, nowMs: ticking(costMs) })
    const r = await scorer.score(subject, ctx, NOW)
    expect(r.scored).toBe(scored)
    expect(r.budgetExceeded).toBe(scored < 40)
  })

  it('lets other work run between slices', async () => {
    const scorer = new IdentifyScorer({ records: store(), matcher }, { sliceMs: 1, nowMs: ticking(0.5) })
    let ranBetween = false
    setImmediate(() => {
      ranBetween = true
    })
    const scoring = scorer.score(subject, ctx, NOW)
    // Scoring is not finished before the other work had its turn.
    const first = await Promise.race([
      scoring.then(() => 'scoring'),
      new Promise((r) => setImmediate(() => r('other'))),
    ])
    expect(first).toBe('other')
    expect(ranBetween).toBe(true)
    expect((await scoring).scored).toBe(40)
  })
})
