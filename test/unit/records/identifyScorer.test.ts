import { describe, expect, it } from 'vitest'
import { createMatcher, nameCountKeys } from '../../../src/matching/matcher.js'
import { openDatabase } from '../../../src/records/database.js'
import { IdentifyScorer } from '../../../src/records/identifyScorer.js'
import { RecordStore } from '../../../src/records/store.js'
import { makeRecord, strangers } from '../../helpers/federation.js'
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

  it('releases the question from the matcher once scored, sliced or in one go, not before', async () => {
    const released: unknown[] = []
    let comparedAfterRelease = false
    const watching = {
      ...matcher,
      compare: (...args: Parameters<typeof matcher.compare>) => {
        if (released.includes(args[0])) comparedAfterRelease = true
        return matcher.compare(...args)
      },
      release: (q: typeof subject) => {
        released.push(q)
        matcher.release?.(q)
      },
    }
    const s = store()
    new IdentifyScorer({ records: s, matcher: watching }).scoreSync(subject, ctx, NOW)
    const again = matcher.prepare({
      names: [{ given: 'Ahmad', family: 'Al Hassan' }],
      nationalities: [],
      documents: [],
    })
    await new IdentifyScorer({ records: s, matcher: watching }, { sliceMs: 1, nowMs: ticking(0.4) }).score(
      again,
      ctx,
      NOW,
    )
    expect(released).toEqual([subject, again])
    expect(comparedAfterRelease).toBe(false)
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

describe('IdentifyScorer name counts', () => {
  it("reads only the question's own name counts, all before scoring, whatever the candidates", () => {
    const s = new RecordStore(openDatabase(':memory:'), matcher)
    // A rare name, held in Latin letters; asked in Greek, whose spelling shares no skeleton with it
    // (Гаврилюк: Greek writes its г as γκ, German as h).
    s.putMany(
      [
        ...strangers(300),
        makeRecord({
          id: 'OLENA',
          documents: [],
          dateOfBirth: '1976-12-15',
          sex: 'F',
          nationalities: ['UKR'],
          names: [{ given: 'Olena', family: 'Hawryljuk', script: 'Latn', transliterated: true, type: 'primary' }],
        }),
      ],
      NOW,
    )
    const asked: string[] = []
    const spying = Object.assign(Object.create(s) as RecordStore, {
      nameStatistics: () => {
        const stats = s.nameStatistics()
        return {
          ...stats,
          keyCount: (key: string) => {
            asked.push(key)
            return stats.keyCount?.(key) ?? 0
          },
        }
      },
    })
    const ask = (dateOfBirth: string) => {
      asked.length = 0
      const q = matcher.prepare({
        names: [{ given: 'Ολενα', family: 'Γκαβριλιουκ', script: 'Grek' }],
        dateOfBirth,
        sex: 'F',
        nationalities: ['UKR'],
        documents: [],
      })
      const result = new IdentifyScorer({ records: spying, matcher }).scoreSync(q, ctx, NOW)
      return { q, result, asked: [...asked] }
    }
    const strong = ask('1976-12-15')
    expect(strong.result.matches.map((m) => [m.id, m.band])).toEqual([['OLENA', 'strong']])
    const own = nameCountKeys(strong.q)
    expect(own.length).toBeGreaterThan(0)
    // First the question's own counts; then, for the strong candidate, only counts already read.
    expect(strong.asked.slice(0, own.length)).toEqual(own)
    expect(strong.asked.length).toBeGreaterThan(own.length)
    expect(strong.asked.every((k) => own.includes(k))).toBe(true)
    // Another day of birth: nothing matches strongly, and the same counts are read.
    const weak = ask('1977-03-02')
    expect(weak.result.matches.some((m) => m.band === 'strong')).toBe(false)
    expect(new Set(weak.asked)).toEqual(new Set(strong.asked))
  })
})
