import type { MatcherOptions } from '../matching/matcher.js'
import type { PreparedSubject } from '../matching/types.js'
import type { RequestContext } from '../policy/decide.js'
import { builtModule } from '../util/projectRoot.js'
import { WorkerPool } from '../util/workerPool.js'
import type { IdentifyScore } from './identifyScorer.js'

/** What a scoring thread needs to open the node's records as the node does. */
export interface ScoringWorkerData {
  /** The node database (opened read-only by each thread). */
  path: string
  passphrase: string | undefined
  matching: Partial<MatcherOptions>
  budgetMs: number
}

export interface ScoreJob {
  subject: PreparedSubject
  ctx: RequestContext
  nowMs: number
}

/**
 * Identify scoring on worker threads, each with its own read-only connection
 * to the node database: blocking, scoring and the hard guards run beside the
 * node's thread (which keeps the network, signatures and the commit), so a
 * node uses a second core. A question is scored on one thread from start to
 * end, on what the database held when it began; the answer's writes still go
 * through the node's group commit.
 */
export class ScoringPool {
  private readonly pool: WorkerPool<ScoreJob, IdentifyScore>

  constructor(init: ScoringWorkerData & { threads: number }) {
    const { threads, ...data } = init
    this.pool = new WorkerPool(
      builtModule(import.meta.url, './scoringWorker.js', 'records/scoringWorker.js'),
      threads,
      'scoring identify questions',
      data,
    )
  }

  get threads(): number {
    return this.pool.threads
  }

  /** False once a thread has crashed or the pool was closed. */
  get usable(): boolean {
    return this.pool.usable
  }

  score(subject: PreparedSubject, ctx: RequestContext, nowMs: number): Promise<IdentifyScore> {
    return this.pool.run({ subject, ctx, nowMs })
  }

  close(): Promise<void> {
    return this.pool.close()
  }
}

/** Most scoring threads a node may configure. */
export const MAX_SCORING_THREADS = 8

/**
 * Scoring threads by default: none. On the project's 2-core VM, where the
 * requesters of the benchmark share the cores with the responder, one thread
 * cost 10 to 17 % of the throughput at concurrency 32 (BENCHMARKS.md); a node
 * with cores to itself may gain from `query.scoringThreads`.
 */
export const DEFAULT_SCORING_THREADS = 0
