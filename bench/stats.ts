import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
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

/** Result of a two-sided Mann-Whitney U test of sample `a` against sample `b`. */
export interface MannWhitney {
  /** U of `a`: how many (a, b) pairs have a > b, ties counting one half. */
  u: number
  /** U / (|a| |b|): the probability that a random `a` exceeds a random `b` (0.5: indistinguishable). */
  auc: number
  z: number
  /** Two-sided p-value (normal approximation with tie correction; fine for samples in the hundreds). */
  p: number
}

export function mannWhitney(a: readonly number[], b: readonly number[]): MannWhitney {
  const n1 = a.length
  const n2 = b.length
  const all = [...a.map((v) => ({ v, fromA: true })), ...b.map((v) => ({ v, fromA: false }))].sort((x, y) => x.v - y.v)
  let rankSumA = 0
  let tieTerm = 0
  for (let i = 0; i < all.length; ) {
    let j = i
    while (j + 1 < all.length && (all[j + 1] as { v: number }).v === (all[i] as { v: number }).v) j++
    const rank = (i + j) / 2 + 1 // average rank of the tied run, 1-based
    const t = j - i + 1
    tieTerm += t ** 3 - t
    for (let k = i; k <= j; k++) if ((all[k] as { fromA: boolean }).fromA) rankSumA += rank
    i = j + 1
  }
  const u = rankSumA - (n1 * (n1 + 1)) / 2
  const n = n1 + n2
  const mean = (n1 * n2) / 2
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))
  const z = variance > 0 ? (u - mean) / Math.sqrt(variance) : 0
  return { u, auc: u / (n1 * n2), z, p: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) }
}

/** Complementary error function (Chebyshev fit, fractional error below 1.2e-7 everywhere). */
export function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return x >= 0 ? r : 2 - r
}

/**
 * A full garbage collection now, so that garbage left by a benchmark's setup
 * (a generated population, an import's rows) is not collected in the middle
 * of what is measured next.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}
