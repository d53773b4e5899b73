import { describe, expect, it } from 'vitest'
import { importProgressLine } from '../../../src/cli/progress.js'

describe('import progress line', () => {
  const sink = (isTTY: boolean) => {
    const written: string[] = []
    return { written, stream: { isTTY, write: (s: string) => written.push(s) > 0 } }
  }

  it('writes nothing when the stream is not a terminal', () => {
    const { written, stream } = sink(false)
    const p = importProgressLine(stream)
    p.update({ phase: 'reading', done: 5000 })
    p.update({ phase: 'writing', done: 10, total: 10 })
    p.done()
    expect(written).toEqual([])
  })

  it('rewrites one line on a terminal, at most every interval, always the last, and clears it', () => {
    const { written, stream } = sink(true)
    let t = 0
    const p = importProgressLine(stream, { intervalMs: 100, now: () => t })
    p.update({ phase: 'reading', done: 5000 })
    t = 50
    p.update({ phase: 'reading', done: 10000 }) // too soon: skipped
    t = 150
    p.update({ phase: 'preparing', done: 5000, total: 20000 })
    t = 160
    p.update({ phase: 'writing', done: 20000, total: 20000 }) // the last: always shown
    p.done()
    expect(written).toEqual([
      '\r\x1b[Kimport: 5,000 records read',
      '\r\x1b[Kimport: 5,000 of 20,000 (25 %) records checked and prepared',
      '\r\x1b[Kimport: 20,000 of 20,000 (100 %) records written',
      '\r\x1b[K',
    ])
  })

  it('shows how much of the file is read while the total is not yet known', () => {
    const { written, stream } = sink(true)
    const p = importProgressLine(stream, { intervalMs: 0 })
    p.update({ phase: 'writing', done: 4000, fileRead: 0.427 })
    p.update({ phase: 'writing', done: 9000, total: 9000, fileRead: 1 })
    expect(written).toEqual([
      '\r\x1b[Kimport: 4,000 records written (42 % of the file read)',
      '\r\x1b[Kimport: 9,000 of 9,000 (100 %) records written',
    ])
  })
})
