import { rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ephemeralRange, freePort } from '../../../src/util/ports.js'

describe('free ports for a node to listen on later', () => {
  it('are below the ephemeral range, so no outgoing connection takes them meanwhile, and can be listened on', async () => {
    const [low] = ephemeralRange()
    const seen = new Set<number>()
    for (let i = 0; i < 5; i++) {
      const port = await freePort('127.0.0.1')
      expect(port).toBeGreaterThanOrEqual(10_000)
      expect(port).toBeLessThan(low)
      // never handed out twice by one process
      expect(seen.has(port)).toBe(false)
      seen.add(port)
      const server = createServer()
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => resolve())
      })
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('never hands out the same port twice in one process, even when chance picks it again', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValueOnce(0.123456).mockReturnValueOnce(0.123456)
    try {
      const first = await freePort('127.0.0.1')
      const second = await freePort('127.0.0.1')
      expect(second).not.toBe(first)
    } finally {
      random.mockRestore()
    }
  })

  it("reads the OS's ephemeral range, or takes Linux's default", () => {
    const file = join(tmpdir(), `range-${process.pid}`)
    writeFileSync(file, '40000\t50000\n')
    expect(ephemeralRange(file)).toEqual([40000, 50000])
    writeFileSync(file, 'nonsense')
    expect(ephemeralRange(file)).toEqual([32768, 60999])
    rmSync(file)
    expect(ephemeralRange(file)).toEqual([32768, 60999])
  })
})
