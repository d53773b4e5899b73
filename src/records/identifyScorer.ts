import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import type { RecordGuard } from '../audit/auditLog.js'
import { type Discriminator, discriminatingAgreement, nameCountKeys } from '../matching/matcher.js'
import type { Matcher, PreparedSubject } from '../matching/types.js'
import { guardRecord, type RequestContext } from '../policy/decide.js'
import type { MatchBand } from '../wire/types.js'
import type { ScoringPool } from './scoringPool.js'
import type { RecordStore } from './store.js'

/** A candidate that matched and no guard hid. */
export interface ScoredMatch {
  id: string
  band: Exclude<MatchBand, 'undisclosed'>
  weight: number
  /**
   * The evidence beyond names it agrees on (matcher.discriminatingAgreement): what tells it
   * apart from a namesake, and what a confirmation of this match could no longer add.
   */
  agreedOn: Discriminator[]
  prepared: PreparedSubject
}

export interface IdentifyScore {
  /** Unguarded matches, best first. */
  matches: ScoredMatch[]
  /** Matches a hard guard hid. */
  guards: RecordGuard[]
  /** Candidates scored; fewer than found when the budget ran out. */
  scored: number
  budgetExceeded: boolean
}

/** Most scoring time one identify query may use, whatever its content. */
export const DEFAULT_SCORING_BUDGET_MS = 100
/** Scoring yields to other work (other members' queries) after this much. */
export const SCORING_SLICE_MS = 2

export interface IdentifyScorerInit {
  budgetMs?: number
  /** Worker threads that score instead of this thread (score() only; scoreSync() always scores here). */
  pool?: ScoringPool | undefined
  /** Told when the pool failed a question, which was then scored on this thread. */
  onPoolError?: (err: Error) => void
  sliceMs?: number
  /** Time source for the budget (injectable for tests). */
  nowMs?: () => number
}

/**
 * Scores an identify query against its blocking candidates and applies the
 * hard guards. Bounded work: at most MAX_CANDIDATES candidates (the store's
 * cap) and `budgetMs` of scoring, after which the remaining candidates are
 * not scored (they come last: the store ranks candidates by the keys they share).
 * Constant work with respect to the guards: every candidate scored has its
 * guard evaluated from the same row, and a guarded match costs what an
 * unmatched candidate costs.
 */
export class IdentifyScorer {
  private readonly records: RecordStore
  private readonly matcher: Matcher
  private readonly budgetMs: number
  private readonly sliceMs: number
  private readonly now: () => number
  /** Worker threads that score instead of this thread, while usable. */
  pool: ScoringPool | undefined
  private readonly onPoolError: ((err: Error) => void) | undefined

  constructor(components: { records: RecordStore; matcher: Matcher }, init: IdentifyScorerInit = {}) {
    this.records = components.records
    this.matcher = components.matcher
    this.budgetMs = init.budgetMs ?? DEFAULT_SCORING_BUDGET_MS
    this.sliceMs = init.sliceMs ?? SCORING_SLICE_MS
    this.now = init.nowMs ?? (() => performance.now())
    this.pool = init.pool
    this.onPoolError = init.onPoolError
  }

  /** Scores in one go (inside a transaction, or where nothing else waits). */
  scoreSync(subject: PreparedSubject, ctx: RequestContext, nowMs: number): IdentifyScore {
    const run = this.begin(subject, ctx, nowMs)
    while (run.step(Number.POSITIVE_INFINITY)) {
      // until done or out of budget
    }
    return run.result()
  }

  /**
   * On the pool's threads when there is one; otherwise here, in slices of
   * `sliceMs`, yielding to the event loop between them, so that one member's
   * heavy query does not hold up another member's.
   */
  async score(subject: PreparedSubject, ctx: RequestContext, nowMs: number): Promise<IdentifyScore> {
    const pool = this.pool
    if (pool?.usable) {
      try {
        return await pool.score(subject, ctx, nowMs)
      } catch (err) {
        // A question the threads could not score is scored here: no answer is lost to a thread.
        this.onPoolError?.(err as Error)
      }
    }
    const run = this.begin(subject, ctx, nowMs)
    while (run.step(this.sliceMs)) await yieldToEventLoop()
    return run.result()
  }

  private begin(
    subject: PreparedSubject,
    ctx: RequestContext,
    nowMs: number,
  ): { step: (sliceMs: number) => boolean; result: () => IdentifyScore } {
    const candidates = this.records.candidates(this.matcher.weightedQueryKeys(subject))
    const stats = this.records.nameStatistics()
    // The name counts scoring uses (matcher.registryNameBits), read for every question before any candidate is scored:
    // no read, and no time, that depends on which candidates match (and which a guard then hides).
    for (const key of nameCountKeys(subject)) stats.keyCount?.(key)
    const matches: ScoredMatch[] = []
    const guards: RecordGuard[] = []
    let next = 0
    let scored = 0
    let spentMs = 0
    let budgetExceeded = false
    const step = (sliceMs: number): boolean => {
      const started = this.now()
      while (next < candidates.length) {
        const candidate = candidates[next++] as (typeof candidates)[number]
        scored++
        const match = this.matcher.compare(subject, candidate.prepared, stats)
        const guard = guardRecord(candidate.guardView, ctx, nowMs)
        if (match.band !== 'none') {
          if (guard !== undefined) guards.push({ recordId: candidate.id, guard })
          else {
            matches.push({
              id: candidate.id,
              band: match.band,
              weight: match.weight,
              agreedOn: discriminatingAgreement(subject, match),
              prepared: candidate.prepared,
            })
          }
        }
        const elapsed = this.now() - started
        if (spentMs + elapsed >= this.budgetMs && next < candidates.length) {
          budgetExceeded = true
          next = candidates.length
          break
        }
        if (elapsed >= sliceMs) {
          spentMs += elapsed
          return next < candidates.length
        }
      }
      spentMs += this.now() - started
      return false
    }
    const result = (): IdentifyScore => {
      this.matcher.release?.(subject)
      matches.sort((a, b) => b.weight - a.weight)
      return { matches, guards, scored, budgetExceeded }
    }
    return { step, result }
  }
}
