import { createHash } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import { AuditLog } from '../../../src/audit/auditLog.js'
import { openDatabase } from '../../../src/records/database.js'
import { RefusalLog } from '../../../src/records/refusalLog.js'
import { ErrorCode } from '../../../src/util/errors.js'

const digest = (i: number): Uint8Array => new Uint8Array(createHash('sha256').update(String(i)).digest())

describe('RefusalLog', () => {
  let audit: AuditLog
  let log: RefusalLog

  beforeEach(() => {
    audit = new AuditLog(openDatabase(':memory:'), new Uint8Array(32))
    log = new RefusalLog({ audit }, { answeredPerPeerPerMinute: 3 })
  })

  it('writes one entry per peer and code, however many frames were refused', () => {
    for (let i = 0; i < 1000; i++) log.record('peerA', ErrorCode.BAD_SIGNATURE, 'UNAUTHENTICATED', digest(i), 100 + i)
    for (let i = 0; i < 10; i++) log.record('peerA', ErrorCode.EXPIRED, 'EXPIRED', digest(i), i)
    log.record('peerB', ErrorCode.BAD_SIGNATURE, 'UNAUTHENTICATED', digest(0), 5)
    expect(log.flush(2_000)).toBe(3)
    const entries = audit.list().map((r) => r.entry)
    expect(entries).toHaveLength(3)
    expect(entries).toContainEqual(
      expect.objectContaining({
        kind: 'query_refusals',
        peerId: 'peerA',
        code: ErrorCode.BAD_SIGNATURE,
        count: 1000,
        windowStartMs: 100,
      }),
    )
    expect(log.totals.byCode).toEqual({ [ErrorCode.BAD_SIGNATURE]: 1001, [ErrorCode.EXPIRED]: 10 })
    // The next window starts empty.
    expect(log.flush(3_000)).toBe(0)
  })

  it("chains the refused requests' digests, so the entry commits to each of them in order", () => {
    let h = Buffer.alloc(32)
    for (let i = 0; i < 5; i++) {
      log.record('p', ErrorCode.REPLAY, 'REPLAY', digest(i), 0)
      h = createHash('sha256').update(h).update(digest(i)).digest()
    }
    log.flush(1)
    expect(audit.list()[0]?.entry).toMatchObject({ digestsHash: h.toString('base64'), count: 5 })
  })

  it("answers a peer's refused frames up to its quota a minute, then drops them, still counting every one", () => {
    const answered = Array.from({ length: 6 }, (_, i) =>
      log.record('p', ErrorCode.MALFORMED, 'INVALID', digest(i), 1_000 + i),
    )
    expect(answered).toEqual([true, true, true, false, false, false])
    expect(log.totals.dropped).toBe(3)
    expect(log.record('other', ErrorCode.MALFORMED, 'INVALID', digest(0), 1_010)).toBe(true)
    // A minute later the quota is back.
    expect(log.record('p', ErrorCode.MALFORMED, 'INVALID', digest(9), 61_000)).toBe(true)
    log.flush(61_001)
    expect(audit.list().find((r) => r.entry.kind === 'query_refusals' && r.entry.peerId === 'p')?.entry).toMatchObject({
      count: 7,
    })
  })
})
