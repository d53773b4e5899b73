import type { ImportProgress } from '../records/importer.js'

/**
 * One status line, rewritten in place, on a terminal; nothing at all when the
 * stream is a pipe or a file (logs and scripts get only the result). Updates
 * at most every `intervalMs`, and the line is cleared when done.
 */
export function importProgressLine(
  stream: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean },
  options: { intervalMs?: number; now?: () => number } = {},
): { update: (p: ImportProgress) => void; done: () => void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined }
  const interval = options.intervalMs ?? 100
  const now = options.now ?? (() => performance.now())
  let last = Number.NEGATIVE_INFINITY
  let shown = false
  const count = (n: number): string => n.toLocaleString('en-US')
  return {
    update: (p) => {
      const t = now()
      const final = p.total !== undefined && p.done === p.total
      if (t - last < interval && !final) return
      last = t
      shown = true
      const of = p.total === undefined ? '' : ` of ${count(p.total)} (${Math.floor((100 * p.done) / p.total)} %)`
      const verb = { reading: 'read', preparing: 'checked and prepared', writing: 'written' }[p.phase]
      const file =
        p.total === undefined && p.fileRead !== undefined ? ` (${Math.floor(100 * p.fileRead)} % of the file read)` : ''
      stream.write(`\r\x1b[Kimport: ${count(p.done)}${of} records ${verb}${file}`)
    },
    done: () => {
      if (shown) stream.write('\r\x1b[K')
    },
  }
}
