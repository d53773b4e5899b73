/** Latency summary of one measured run. */
export interface RunStats {
  ops: number
  p50Ms: number
  p99Ms: number
  meanMs: number
  opsPerSecond: number
}

export function summarize(latenciesMs: number[], wallMs: number): RunStats {
  const sorted = [...latenciesMs].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
  return {
    ops: sorted.length,
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    opsPerSecond: Math.round((sorted.length / wallMs) * 1000),
  }
}

/**
 * Runs `op` `total` times with `concurrency` in flight, timing each call.
 * Returns per-op latencies and the wall time.
 */
export async function measure(
  op: () => Promise<void>,
  total: number,
  concurrency: number,
): Promise<{ latenciesMs: number[]; wallMs: number }> {
  const latenciesMs: number[] = []
  let next = 0
  const started = performance.now()
  const worker = async (): Promise<void> => {
    while (next < total) {
      next++
      const t0 = performance.now()
      await op()
      latenciesMs.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { latenciesMs, wallMs: performance.now() - started }
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
