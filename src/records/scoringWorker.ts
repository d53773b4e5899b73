import { parentPort, workerData } from 'node:worker_threads'
import { createMatcher } from '../matching/matcher.js'
import { serveJobs } from '../util/workerPool.js'
import { openDatabase } from './database.js'
import { type IdentifyScore, IdentifyScorer } from './identifyScorer.js'
import type { ScoreJob, ScoringWorkerData } from './scoringPool.js'
import { RecordStore } from './store.js'

/**
 * A worker thread of ScoringPool (scoringPool.ts): scores identify questions
 * against the node's records on a read-only connection of its own, guards
 * included, exactly as IdentifyScorer does on the node's thread.
 */
const init = workerData as ScoringWorkerData
const db = openDatabase(init.path, { readonly: true, mustExist: true, passphrase: init.passphrase })
const matcher = createMatcher(init.matching)
const scorer = new IdentifyScorer({ records: new RecordStore(db, matcher), matcher }, { budgetMs: init.budgetMs })

if (parentPort) {
  serveJobs<ScoreJob, IdentifyScore>(parentPort, (job) => scorer.scoreSync(job.subject, job.ctx, job.nowMs))
}
