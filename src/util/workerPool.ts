import { Worker } from 'node:worker_threads'

/** What a pool's worker posts back for each job: its value, or why it failed. */
export type WorkerReply<R> = { id: number; value: R } | { id: number; failure: string }

interface Pending<R> {
  resolve: (value: R) => void
  reject: (err: Error) => void
}

/**
 * A fixed set of worker threads running one module, one job per thread at a
 * time, jobs waiting in order for the next idle thread. A worker answers
 * each `{ id, ...job }` message with a WorkerReply carrying the same id. A
 * thread that crashes fails every job in flight and waiting, and the pool
 * refuses work from then on, as it does once closed.
 */
export class WorkerPool<J extends object, R> {
  readonly threads: number
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly waiting: { job: J & { id: number }; pending: Pending<R> }[] = []
  private readonly inFlight = new Map<Worker, Pending<R>>()
  private nextId = 0
  private broken: Error | undefined

  /** `what`: the work, as errors name it ("preparing records"). */
  constructor(
    script: string,
    threads: number,
    private readonly what: string,
    workerData?: unknown,
  ) {
    if (!Number.isInteger(threads) || threads < 1)
      throw new RangeError(`threads must be a positive integer: got ${threads}`)
    this.threads = threads
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script, { workerData })
      worker.on('message', (reply: WorkerReply<R>) => this.settle(worker, reply))
      worker.on('error', (err) => this.fail(new Error(`${what}: a worker thread failed: ${err.message}`)))
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`${what}: a worker thread stopped (exit code ${code})`))
      })
      this.workers.push(worker)
      this.idle.push(worker)
    }
  }

  /** False once a thread has crashed or the pool was closed: every job would be refused. */
  get usable(): boolean {
    return this.broken === undefined
  }

  run(job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.broken !== undefined) {
        reject(this.broken)
        return
      }
      this.waiting.push({ job: { ...job, id: this.nextId++ }, pending: { resolve, reject } })
      this.dispatch()
    })
  }

  /** Stops the threads; a job still running or waiting is rejected. */
  async close(): Promise<void> {
    this.fail(new Error(`${this.what}: the worker pool is closed`))
    await Promise.all(this.workers.map((w) => w.terminate()))
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop() as Worker
      const { job, pending } = this.waiting.shift() as { job: J & { id: number }; pending: Pending<R> }
      this.inFlight.set(worker, pending)
      worker.postMessage(job)
    }
  }

  private settle(worker: Worker, reply: WorkerReply<R>): void {
    const pending = this.inFlight.get(worker)
    this.inFlight.delete(worker)
    this.idle.push(worker)
    if (pending !== undefined) {
      if ('failure' in reply) pending.reject(new Error(`${this.what} failed: ${reply.failure}`))
      else pending.resolve(reply.value)
    }
    this.dispatch()
  }

  private fail(err: Error): void {
    this.broken ??= err
    for (const pending of this.inFlight.values()) pending.reject(err)
    this.inFlight.clear()
    for (const { pending } of this.waiting.splice(0)) pending.reject(err)
  }
}

/** Answers a pool's jobs on this worker thread with `handle`, failures included. */
export function serveJobs<J, R>(
  port: { on: (e: 'message', f: (job: J & { id: number }) => void) => void; postMessage: (m: WorkerReply<R>) => void },
  handle: (job: J) => R,
): void {
  port.on('message', (job) => {
    try {
      port.postMessage({ id: job.id, value: handle(job) })
    } catch (err) {
      port.postMessage({ id: job.id, failure: (err as Error).message })
    }
  })
}
