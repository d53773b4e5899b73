import { InvalidArgumentError } from 'commander'
/** Prints rows as an aligned text table with a header. */
export function printTable(headers: string[], rows: (string | number | undefined)[][]): void {
  const cells = rows.map((r) => r.map((c) => (c === undefined ? '' : String(c))))
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  process.stdout.write(`${line(headers)}\n`)
  for (const r of cells) process.stdout.write(`${line(r)}\n`)
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

/** Splits "a,b" and repeated flags into one list. */
export function listOption(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ]
}

/** Collects a repeatable flag. */
/**
 * A commander argument parser for a whole number in [min, max]: "12abc", "1.5"
 * and "" are refused with the range, before anything runs (exit code 2).
 */
export function integerOption(min: number, max: number): (value: string) => number {
  return (value: string): number => {
    const n = /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got "${value}".`)
    }
    return n
  }
}

export function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}
